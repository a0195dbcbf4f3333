"""The rooms meetings are held in, kept by Democratic Services: a meeting's room is picked from them."""

from django.contrib import admin

from meetings.models import Room


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["name", "capacity"]
    search_fields = ["name", "address"]
