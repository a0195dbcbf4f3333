"""The parts of a minute: its discussion points, resolutions and votes, each on the minute's page and on a
list of its own."""

from django.contrib import admin
from django.db import transaction
from simple_history.admin import SimpleHistoryAdmin

from meetings.models import DiscussionPoint, Resolution, Vote
from scrutiny.renumbering import RenumberingInlineMixin

from . import hooks
from .base import (
    CommitteeFilter,
    MeetingFilter,
    MinuteMunicipalYearFilter,
    RecordForm,
    RelatedInlineMixin,
    SignedRecordAdmin,
    SignedRecordInlineMixin,
    excerpt,
    signed_meeting,
)


class MinutePartAdmin(SignedRecordAdmin):
    meeting_path = "minute__meeting"
    autocomplete_fields = ["minute"]
    date_hierarchy = "minute__meeting__start"
    list_select_related = ["minute__meeting__committee"]
    ordering = ["-minute__meeting__start", "minute__number", "position"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(
                "minute__meeting__committee",
                "minute__meeting__minutes_approved_at",
                *self.list_select_related,
            )
        )

    @admin.display(description="committee", ordering="minute__meeting__committee__name")
    def committee(self, part):
        return part.minute.meeting.committee

    @admin.display(description="meeting date", ordering="minute__meeting__start")
    def meeting_date(self, part):
        return part.minute.meeting.date

    @admin.display(description="minute", ordering="minute__number")
    def minute_heading(self, part):
        return part.minute


class DiscussionPointInline(SignedRecordInlineMixin, RenumberingInlineMixin, admin.TabularInline):
    model = DiscussionPoint
    numbered_field = "position"
    fields = ["position", "section", "text"]
    extra = 0


@admin.register(DiscussionPoint)
class DiscussionPointAdmin(SimpleHistoryAdmin, MinutePartAdmin):
    list_display = ["numeral", "minute_heading", "committee", "meeting_date", "section", "text_excerpt"]
    list_filter = [
        ("minute__committee", CommitteeFilter),
        ("minute__meeting", MeetingFilter),
        MinuteMunicipalYearFilter,
    ]
    search_fields = ["text", "section", "minute__heading"]
    fields = ["minute", "position", "section", "text"]

    @admin.display(description="point", ordering="position")
    def numeral(self, point):
        return f"({point.numeral})"

    @admin.display(description="text")
    def text_excerpt(self, point):
        return excerpt(point.text, 20)


class ResolutionForm(hooks.ExtendedForm, RecordForm):
    """A resolution, and in the same step what the apps above make follow from it (followup: a request for
    information raises its action, a recommendation starts the executive's two-month response clock)."""


class ResolutionInline(
    hooks.ExtendedFormMixin, SignedRecordInlineMixin, RenumberingInlineMixin, admin.StackedInline
):
    model = Resolution
    numbered_field = "letter"
    base_form = ResolutionForm
    extra = 0

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(None, {"fields": [("position", "letter", "kind"), "text", "recommended_to"]})]
        if signed_meeting(obj) is None:  # follow-up is raised while the minutes are drafted
            fieldsets += [(s.title, {"fields": s.layout}) for s in hooks.form_sections(Resolution)]
        return fieldsets


@admin.register(Resolution)
class ResolutionAdmin(hooks.ExtendedFormMixin, SimpleHistoryAdmin, MinutePartAdmin):
    base_form = ResolutionForm
    picker_related = ["minute__meeting__committee"]
    list_display = ["reference", "committee", "meeting_date", "kind", "text_excerpt", "recommended_to"]
    list_filter = [
        "kind",
        ("minute__committee", CommitteeFilter),
        ("minute__meeting", MeetingFilter),
        MinuteMunicipalYearFilter,
    ]
    search_fields = ["text", "recommended_to", "minute__heading"]

    def picker_label(self, resolution):
        """Pickers name the meeting and the minute: "(a)" is in almost every minute."""
        return f"{resolution.minute.meeting}: minute {resolution.reference}, {resolution.text[:60]}"

    def get_fields(self, request, obj=None):
        fields = ["minute", ("position", "letter"), "kind", "text", "recommended_to"]
        if signed_meeting(obj) is not None:
            return fields
        return fields + [field for section in hooks.form_sections(Resolution) for field in section.layout]

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            form.saved(request.user)

    @admin.display(description="reference", ordering="minute__number")
    def reference(self, resolution):
        return resolution.reference

    @admin.display(description="text")
    def text_excerpt(self, resolution):
        return excerpt(resolution.text, 20)


class VoteInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = Vote
    related = ["mover", "seconder"]
    fields = [
        ("position", "secret_ballot"),
        "motion",
        ("mover", "seconder"),
        ("votes_for", "votes_against", "abstentions"),
        "casting_vote",
    ]
    autocomplete_fields = ["mover", "seconder"]
    extra = 0


@admin.register(Vote)
class VoteAdmin(MinutePartAdmin):
    list_display = [
        "motion_excerpt",
        "minute_heading",
        "meeting_date",
        "votes_for",
        "votes_against",
        "abstentions",
        "carried",
        "secret_ballot",
    ]
    list_filter = [
        ("minute__committee", CommitteeFilter),
        ("minute__meeting", MeetingFilter),
        "secret_ballot",
    ]
    search_fields = ["motion", "minute__heading", "mover__name", "seconder__name"]
    list_select_related = ["minute__meeting__committee", "mover", "seconder"]
    autocomplete_fields = ["minute", "mover", "seconder"]
    fields = [
        "minute",
        ("position", "secret_ballot"),
        "motion",
        ("mover", "seconder"),
        ("votes_for", "votes_against", "abstentions"),
        "casting_vote",
    ]

    @admin.display(description="motion")
    def motion_excerpt(self, vote):
        return excerpt(vote.motion)

    @admin.display(boolean=True)
    def carried(self, vote):
        return vote.carried
