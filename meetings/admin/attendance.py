"""Who attended a meeting, in what capacity, substituting for whom and for which items."""

from django.contrib import admin

from meetings.models import Attendance

from .base import (
    AgendaItemChoicesInlineMixin,
    CommitteeFilter,
    MeetingFilter,
    MeetingRecordAdmin,
    RelatedInlineMixin,
    SignedRecordInlineMixin,
)


class AttendanceInline(
    SignedRecordInlineMixin, AgendaItemChoicesInlineMixin, RelatedInlineMixin, admin.TabularInline
):
    model = Attendance
    fields = ["person", "status", "in_chair", "substitute_for", "role", "for_item"]
    autocomplete_fields = ["person", "substitute_for"]
    agenda_item_fields = ["for_item"]
    related = ["person", "substitute_for", "for_item"]
    extra = 0


@admin.register(Attendance)
class AttendanceAdmin(MeetingRecordAdmin):
    list_display = ["person", "meeting", "status", "in_chair", "substitute_for", "role"]
    list_filter = [("meeting__committee", CommitteeFilter), ("meeting", MeetingFilter), "status", "in_chair"]
    search_fields = ["person__name", "person__family_name", "role", "meeting__committee__name"]
    list_select_related = ["person", "meeting__committee", "substitute_for"]
    autocomplete_fields = ["meeting", "person", "substitute_for"]
    agenda_item_fields = ["for_item"]
