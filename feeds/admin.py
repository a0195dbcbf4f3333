"""Email alert subscriptions in the admin: Democratic Services find an address and remove it (someone who
asks by telephone to stop their alerts); subscriptions are made only by their owners confirming them."""

from django.contrib import admin

from .models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "committee", "agendas", "minutes", "papers", "confirmed_at"]
    list_filter = ["committee", "agendas", "minutes", "papers"]
    search_fields = ["email"]
    list_select_related = ["committee"]
    fields = list_display
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
