"""Minutes, numbered within a committee's municipal year; their parts are edited on the minute's page."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from meetings.models import Minute
from scrutiny.municipal_year import MunicipalYear

from . import hooks
from .base import MeetingFilter, MunicipalYearFilter, SignedRecordAdmin, Status, is_autocomplete_for
from .minute_parts import DiscussionPointInline, ResolutionInline, VoteInline

PART_MODELS = {"discussionpoint", "resolution", "vote"}


@admin.register(Minute)
class MinuteAdmin(SimpleHistoryAdmin, SignedRecordAdmin):
    list_display = ["number", "heading", "meeting", "agenda_item", "exempt"]
    list_display_links = ["number", "heading"]
    list_filter = ["committee", ("meeting", MeetingFilter), MunicipalYearFilter, "exempt"]
    search_fields = ["heading", "text"]
    search_help_text = "Search the headings and text, or give a minute number."
    list_select_related = ["meeting__committee", "agenda_item"]
    date_hierarchy = "meeting__start"
    ordering = ["-meeting__start", "number"]
    autocomplete_fields = ["meeting"]
    fields = [
        "meeting",
        "agenda_item",
        "number",
        "number_gap_reason",
        "heading",
        "text",
        "exempt",
        "committee",
        "municipal_year_label",
    ]
    readonly_fields = ["committee", "municipal_year_label"]
    agenda_item_fields = ["agenda_item"]
    inlines = [DiscussionPointInline, ResolutionInline, VoteInline]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if issubclass(formset.form, hooks.ExtendedForm):
            for row_form in formset.forms:
                if row_form.instance.pk and row_form not in formset.deleted_forms:
                    row_form.saved(request.user)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(
                "meeting__committee", "meeting__minutes_approved_at", "committee", *self.list_select_related
            )
        )

    picker_related = ["meeting__committee"]

    def picker_label(self, minute):
        """Pickers name the meeting: minute numbers start again each municipal year."""
        return f"{minute.meeting}: {minute}"

    def get_search_results(self, request, queryset, search_term):
        unsearched = queryset
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip().isdigit():
            queryset = queryset | unsearched.filter(number=int(search_term.strip()))
        if is_autocomplete_for(request, PART_MODELS, "minute"):
            queryset = queryset.exclude(meeting__status=Status.MINUTES_APPROVED)
        return queryset, may_have_duplicates

    @admin.display(description="municipal year", ordering="municipal_year")
    def municipal_year_label(self, minute):
        return MunicipalYear(minute.municipal_year).label if minute.municipal_year else None
