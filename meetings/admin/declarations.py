"""Declarations of interest made at a meeting, and whether the member withdrew."""

from django.contrib import admin

from meetings.models import Declaration

from .base import (
    AgendaItemChoicesInlineMixin,
    CommitteeFilter,
    MeetingFilter,
    MeetingRecordAdmin,
    RelatedInlineMixin,
    SignedRecordInlineMixin,
)


class DeclarationInline(
    SignedRecordInlineMixin, AgendaItemChoicesInlineMixin, RelatedInlineMixin, admin.TabularInline
):
    model = Declaration
    related = ["person", "agenda_item"]
    fields = ["person", "agenda_item", "kind", "text", "withdrew"]
    autocomplete_fields = ["person"]
    agenda_item_fields = ["agenda_item"]
    extra = 0


@admin.register(Declaration)
class DeclarationAdmin(MeetingRecordAdmin):
    list_display = ["person", "meeting", "agenda_item", "kind", "withdrew"]
    list_filter = [("meeting__committee", CommitteeFilter), ("meeting", MeetingFilter), "kind", "withdrew"]
    search_fields = ["person__name", "person__family_name", "text", "agenda_item__title"]
    list_select_related = ["person", "meeting__committee", "agenda_item"]
    autocomplete_fields = ["meeting", "person"]
    agenda_item_fields = ["agenda_item"]
