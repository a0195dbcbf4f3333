"""The meetings' sections of the clerk's to-do list on the admin's home page (scrutiny/admin_to_do.py)."""

from datetime import timedelta

from django.contrib import admin
from django.utils import timezone

from scrutiny import admin_to_do

from ..models import Meeting

# How far ahead the list looks for agendas to publish: those whose deadline falls within a fortnight.
AGENDA_LOOKAHEAD = timedelta(days=14)


def _agendas_due(meetings=Meeting.objects):
    return meetings.awaiting_agenda(due_by=timezone.localdate() + AGENDA_LOOKAHEAD)


class ToDoFilter(admin.SimpleListFilter):
    """The meetings of a section of the to-do list, which its "All" link lists."""

    title = "to do"
    parameter_name = "to_do"

    def lookups(self, request, model_admin):
        return [
            ("agenda", "Agenda to publish"),
            ("minutes", "Minutes to write"),
            ("publish_minutes", "Minutes to publish"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "agenda":
            return _agendas_due(queryset)
        if self.value() == "minutes":
            return queryset.awaiting_minutes()
        if self.value() == "publish_minutes":
            return queryset.awaiting_minutes_publication()
        return queryset


def _publish_by(meeting: Meeting) -> str:
    return f"{meeting}: publish by {meeting.publication_deadline:%-d %B %Y}"


for section in [
    admin_to_do.Section(
        title="Agendas to publish",
        rows=lambda: _agendas_due().select_related("committee__committee_type"),
        describe=_publish_by,
        permission="meetings.change_meeting",
        changelist="admin:meetings_meeting_changelist",
        query="to_do=agenda",
        order=10,
    ),
    admin_to_do.Section(
        title="Minutes to write",
        rows=lambda: Meeting.objects.awaiting_minutes().select_related("committee"),
        permission="meetings.add_minute",
        changelist="admin:meetings_meeting_changelist",
        query="to_do=minutes",
        order=20,
    ),
    admin_to_do.Section(
        title="Minutes to publish",
        rows=lambda: Meeting.objects.awaiting_minutes_publication().select_related("committee"),
        permission="meetings.change_meeting",
        changelist="admin:meetings_meeting_changelist",
        query="to_do=publish_minutes",
        order=30,
    ),
]:
    admin_to_do.register(section)
