"""Email alert subscriptions in the admin: Democratic Services find an address and remove it (someone who
asks by telephone to stop their alerts); subscriptions are made only by their owners confirming them."""

from django.contrib import admin

from meetings.admin import workspace
from meetings.models import Meeting

from .models import AlertKind, Subscription

Status = Meeting.Status
# The alert each step of a meeting sends its committee's subscribers (feeds/receivers.py).
ALERT_OF_STEP = {
    Status.AGENDA_PUBLISHED: AlertKind.AGENDA,
    Status.MINUTES_DRAFT: AlertKind.MINUTES_DRAFT,
    Status.MINUTES_APPROVED: AlertKind.MINUTES_APPROVED,
}


def alerts_of_step(meeting: Meeting, step: str) -> list[workspace.StepEffect]:
    """For the confirmation of a meeting's next step: how many subscribers its alert goes to. One query."""
    kind = ALERT_OF_STEP.get(step)
    if kind is None:
        return []
    count = Subscription.objects.filter(committee_id=meeting.committee_id).wanting(kind).count()
    subscribers = f"{count} subscriber{'' if count == 1 else 's'}"
    return [
        workspace.StepEffect(
            f'Email the alert "{kind.label}" to the {subscribers} of the committee who asked for it.',
            f"The alert is on its way to {subscribers}.",
        )
    ]


workspace.add_step_effect(alerts_of_step)


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
