"""Petitions presented at a meeting, as its record has them."""

from django.contrib import admin

from meetings.models import Petition

from .base import (
    CommitteeFilter,
    MeetingFilter,
    MeetingRecordAdmin,
    RelatedInlineMixin,
    SignedRecordInlineMixin,
)


class PetitionInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = Petition
    related = ["presented_by"]
    fields = [
        ("title", "received_on"),
        ("lead_petitioner", "signature_count", "presented_by"),
        "prayer",
        "response",
    ]
    autocomplete_fields = ["presented_by"]
    extra = 0


@admin.register(Petition)
class PetitionAdmin(MeetingRecordAdmin):
    list_display = ["title", "lead_petitioner", "meeting", "signature_count", "received_on"]
    list_filter = [("meeting__committee", CommitteeFilter), ("meeting", MeetingFilter), "received_on"]
    search_fields = ["title", "lead_petitioner", "prayer", "response", "presented_by__name"]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "presented_by"]
