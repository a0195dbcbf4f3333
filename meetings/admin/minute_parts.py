"""The parts of a minute: its discussion points, resolutions and votes, each on the minute's page and on a
list of its own."""

from django import forms
from django.contrib import admin
from django.db import transaction
from simple_history.admin import SimpleHistoryAdmin

from followup import workflow as followup_workflow
from followup.models import Recommendation
from meetings.models import DiscussionPoint, Resolution, Vote
from scrutiny.models import Person, Team
from scrutiny.renumbering import RenumberingInlineMixin

from .base import (
    CommitteeFilter,
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
    list_filter = [("minute__committee", CommitteeFilter), MinuteMunicipalYearFilter]
    search_fields = ["text", "section", "minute__heading"]
    fields = ["minute", "position", "section", "text"]

    @admin.display(description="point", ordering="position")
    def numeral(self, point):
        return f"({point.numeral})"

    @admin.display(description="text")
    def text_excerpt(self, point):
        return excerpt(point.text, 20)


class ResolutionForm(RecordForm):
    """A resolution, and in the same step what follows from it: a request for information raises its action,
    a recommendation starts the executive's two-month response clock."""

    action_owner = forms.ModelChoiceField(
        queryset=Person.objects.filter(kind=Person.Kind.OFFICER),
        required=False,
        label="Raise an action for this officer",
        help_text="For a request for information: the officer who is to answer it.",
    )
    action_team = forms.ModelChoiceField(
        queryset=Team.objects.all(), required=False, label="… or for this team"
    )
    action_due_date = forms.DateField(
        required=False,
        label="Action due",
        help_text="Leave blank for ten working days before the committee's next meeting.",
        widget=admin.widgets.AdminDateWidget,
    )
    recommendation_sent_on = forms.DateField(
        required=False,
        label="Recommendation sent on",
        help_text="For a recommendation: the day it went to the body, which starts its response clock.",
        widget=admin.widgets.AdminDateWidget,
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("action_owner") and cleaned_data.get("action_team"):
            self.add_error("action_team", "Choose an officer or a team to answer the action, not both.")
        if cleaned_data.get("action_due_date") and not (
            cleaned_data.get("action_owner") or cleaned_data.get("action_team")
        ):
            self.add_error("action_owner", "Choose who is to answer the action.")
        if cleaned_data.get("recommendation_sent_on"):
            if cleaned_data.get("kind") != Resolution.Kind.RECOMMENDATION:
                self.add_error("recommendation_sent_on", "Only a recommendation is sent for a response.")
            elif self.instance.pk and Recommendation.objects.filter(resolution=self.instance).exists():
                self.add_error("recommendation_sent_on", "This recommendation has already been sent.")
        return cleaned_data

    def follow_up(self, user):
        """Once the resolution is saved: raise its action, and record that its recommendation was sent."""
        resolution, data = self.instance, self.cleaned_data
        if data.get("action_owner") or data.get("action_team"):
            followup_workflow.raise_action(
                description=resolution.text,
                owner=data.get("action_owner"),
                team=data.get("action_team"),
                resolution=resolution,
                due_date=data.get("action_due_date"),
                raised_by=user,
            )
        if data.get("recommendation_sent_on"):
            followup_workflow.send_recommendation(resolution, sent_on=data["recommendation_sent_on"])


FOLLOW_UP_FIELDS = [("action_owner", "action_team", "action_due_date"), "recommendation_sent_on"]


class ResolutionInline(SignedRecordInlineMixin, RenumberingInlineMixin, admin.StackedInline):
    model = Resolution
    numbered_field = "letter"
    form = ResolutionForm
    extra = 0

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(None, {"fields": [("position", "letter", "kind"), "text", "recommended_to"]})]
        if signed_meeting(obj) is None:  # follow-up is raised while the minutes are drafted
            fieldsets.append(("Follow-up", {"fields": FOLLOW_UP_FIELDS}))
        return fieldsets


@admin.register(Resolution)
class ResolutionAdmin(SimpleHistoryAdmin, MinutePartAdmin):
    form = ResolutionForm
    list_display = ["reference", "committee", "meeting_date", "kind", "text_excerpt", "recommended_to"]
    list_filter = ["kind", ("minute__committee", CommitteeFilter), MinuteMunicipalYearFilter]
    search_fields = ["text", "recommended_to", "minute__heading"]

    def get_fields(self, request, obj=None):
        fields = ["minute", ("position", "letter"), "kind", "text", "recommended_to"]
        return fields + FOLLOW_UP_FIELDS if signed_meeting(obj) is None else fields

    def save_model(self, request, obj, form, change):
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            form.follow_up(request.user)

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
    list_filter = [("minute__committee", CommitteeFilter), "secret_ballot"]
    search_fields = ["motion", "minute__heading", "mover__name", "seconder__name"]
    list_select_related = ["minute__meeting__committee", "mover", "seconder"]
    autocomplete_fields = ["minute", "mover", "seconder"]
    fields = [
        "minute",
        ("position", "secret_ballot"),
        "motion",
        ("mover", "seconder"),
        ("votes_for", "votes_against", "abstentions"),
    ]

    @admin.display(description="motion")
    def motion_excerpt(self, vote):
        return excerpt(vote.motion)

    @admin.display(boolean=True)
    def carried(self, vote):
        return vote.carried
