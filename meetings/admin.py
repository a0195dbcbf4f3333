"""Meetings, agendas and minutes in the admin: the tool Democratic Services run the committees with.

Moving a meeting through its life (publishing the agenda, marking it held, publishing and approving the
minutes, cancelling) is done only by the actions on the meeting list, each of which calls meetings.workflow
and reports, meeting by meeting, what it did or why it refused. Once a meeting's minutes are approved they
are the signed record: every page that shows a part of that record shows it read-only and says why."""

import re
from datetime import datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import actions as admin_actions
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from followup import workflow as followup_workflow
from followup.models import Recommendation
from papers.admin import rebuild_agenda_packs
from participation import questions as participation_questions
from scrutiny import admin_steps
from scrutiny.models import Person, Team
from scrutiny.municipal_year import MunicipalYear
from scrutiny.renumbering import RenumberingInlineMixin
from scrutiny.uploads import CheckedUploadForm

from . import workflow
from .models import (
    AgendaItem,
    Attendance,
    Declaration,
    DiscussionPoint,
    Document,
    Meeting,
    MemberQuestion,
    Minute,
    MinutesRecord,
    Petition,
    PublicQuestion,
    Resolution,
    Vote,
)

Status = Meeting.Status


def long_date(day) -> str:
    return f"{day:%-d %B %Y}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# --- the signed record ---------------------------------------------------------------------------------


def signed_meeting(obj) -> Meeting | None:
    """The meeting whose approved minutes `obj` (a meeting, a part of its record or an agenda item) belongs
    to; None when the minutes are not approved yet, or for a new object."""
    if obj is None or obj.pk is None:
        return None
    if isinstance(obj, Meeting):
        meeting = obj
    elif isinstance(obj, MinutesRecord):
        meeting = obj.record_meeting()
    else:
        meeting = obj.meeting
    return meeting if meeting is not None and meeting.minutes_are_approved else None


def approved_message(meeting: Meeting) -> str:
    approved_at = meeting.minutes_approved_at
    at = f" at the meeting of {long_date(approved_at.date)}" if approved_at is not None else ""
    return f"The minutes of {meeting} were approved{at} and are the signed record; they cannot be changed."


class GuardedDeleteMixin:
    """Bulk deletion deletes rows with SQL, around the models' own refusal to delete approved records, and
    cascades into them: refuse it when any selected row belongs to a meeting whose minutes are approved."""

    meeting_path = "meeting"  # from the admin's model to its meeting; "" for Meeting itself

    @admin.action(permissions=["delete"], description=gettext_lazy("Delete selected %(verbose_name_plural)s"))
    def delete_selected(self, request, queryset):
        status_field = f"{self.meeting_path}__status" if self.meeting_path else "status"
        signed = queryset.filter(**{status_field: Status.MINUTES_APPROVED})
        if signed.exists():
            self.message_user(
                request,
                f"Nothing was deleted: {plural(signed.count(), 'selected row')} "
                f"belong{'s' if signed.count() == 1 else ''} to minutes that are approved and are the signed "
                f"record. Untick {'it' if signed.count() == 1 else 'them'} and try again.",
                messages.ERROR,
            )
            return None
        return admin_actions.delete_selected(self, request, queryset)


class SignedRecordInlineMixin:
    """An inline of a meeting's record (or of a minute): read-only once the minutes are approved."""

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and signed_meeting(obj) is None

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and signed_meeting(obj) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


class AgendaItemChoicesInlineMixin:
    """Inlines on the meeting page offer only that meeting's agenda items."""

    agenda_item_fields = ()

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        for name in self.agenda_item_fields:
            field = formset.form.base_fields.get(name)
            if field is not None:
                field.queryset = (
                    AgendaItem.objects.filter(meeting=obj)
                    if obj is not None and obj.pk
                    else AgendaItem.objects.none()
                )
        return formset


class AgendaItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.meeting}: {obj}"


def limit_agenda_items(form_class, names, meeting_id):
    """Offer the agenda items of one meeting when it is known, else those of meetings still being minuted."""
    for name in names:
        field = form_class.base_fields.get(name)
        if field is None:
            continue
        items = AgendaItem.objects.select_related("meeting__committee").order_by("-meeting__start", "number")
        if meeting_id:
            items = items.filter(meeting_id=meeting_id)
        else:
            items = items.exclude(meeting__status=Status.MINUTES_APPROVED)
        replacement = AgendaItemChoiceField(
            queryset=items,
            required=field.required,
            label=field.label,
            help_text=field.help_text,
            widget=field.widget,
        )
        form_class.base_fields[name] = replacement


class RecordForm(forms.ModelForm):
    """Refuses, saying why, to file a record under approved minutes or against another meeting's item."""

    def clean(self):
        cleaned_data = super().clean()
        field, meeting = "meeting", cleaned_data.get("meeting")
        if cleaned_data.get("minute") is not None:
            field, meeting = "minute", cleaned_data["minute"].meeting
        if meeting is None:
            return cleaned_data
        if meeting.minutes_are_approved:
            self.add_error(field, approved_message(meeting))
        for name in ("agenda_item", "for_item"):
            item = cleaned_data.get(name)
            if item is not None and item.meeting_id != meeting.pk:
                self.add_error(
                    name, f"Item {item.number} is on the agenda of {item.meeting}, not of {meeting}."
                )
        return cleaned_data


class SignedRecordAdmin(GuardedDeleteMixin, admin.ModelAdmin):
    """A part of a meeting's formal record: read-only, saying why, once its minutes are approved."""

    form = RecordForm
    actions = ["delete_selected"]
    agenda_item_fields = ()

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and signed_meeting(obj) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        meeting = signed_meeting(obj)
        if meeting is not None:
            self.message_user(request, approved_message(meeting), messages.WARNING)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if self.agenda_item_fields:
            meeting_id = obj.meeting_id if obj is not None else request.GET.get("meeting", "")
            limit_agenda_items(
                form, self.agenda_item_fields, meeting_id if str(meeting_id).isdigit() else None
            )
        return form


class CommitteeFilter(admin.RelatedFieldListFilter):
    """A committee filter reached through a relation, titled simply "committee"."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = "committee"


def excerpt(text: str, words: int = 14) -> str:
    return Truncator(text).words(words)


# --- inlines -------------------------------------------------------------------------------------------


class RelatedInlineMixin:
    """Fetch the related rows each inline row shows with the rows themselves."""

    related = ()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.related)


class AgendaItemInlineForm(forms.ModelForm):
    class Meta:
        widgets = {
            # Widths from classes in css/admin.css (MeetingAdmin's media): no inline styles under the CSP.
            "number": forms.NumberInput(attrs={"class": "app-item-number"}),
            "title": forms.TextInput(attrs={"size": 50}),
            "page_start": forms.NumberInput(attrs={"class": "app-page-number"}),
            "page_end": forms.NumberInput(attrs={"class": "app-page-number"}),
            "exempt_paragraph": forms.Select(attrs={"class": "app-paragraph-choice"}),
        }


class AgendaItemInline(RenumberingInlineMixin, admin.TabularInline):
    model = AgendaItem
    numbered_field = "number"  # items can be inserted by renumbering those after them in one save
    form = AgendaItemInlineForm
    fields = ["number", "title", "kind", "report_by", "page_start", "page_end", "exempt", "exempt_paragraph"]
    extra = 0
    show_change_link = True  # the item's page holds its documents

    def has_delete_permission(self, request, obj=None):
        # Deleting an item would unlink the approved minute and declarations filed under it.
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


class AttendanceInline(
    SignedRecordInlineMixin, AgendaItemChoicesInlineMixin, RelatedInlineMixin, admin.TabularInline
):
    model = Attendance
    fields = ["person", "status", "in_chair", "substitute_for", "role", "for_item"]
    autocomplete_fields = ["person", "substitute_for"]
    agenda_item_fields = ["for_item"]
    related = ["person", "substitute_for", "for_item"]
    extra = 0


class PublicQuestionInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = PublicQuestion
    related = ["answered_by", "supplementary_answered_by"]
    fields = [
        ("position", "questioner", "received_on", "status"),
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]
    autocomplete_fields = ["answered_by", "supplementary_answered_by"]
    readonly_fields = ["status"]  # questions sent online are accepted or rejected on the questions' list
    extra = 0


class MemberQuestionInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = MemberQuestion
    related = ["asked_by", "answered_by", "supplementary_answered_by"]
    fields = [
        ("position", "asked_by", "standing_order"),
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]
    autocomplete_fields = ["asked_by", "answered_by", "supplementary_answered_by"]
    extra = 0


class DeclarationInline(
    SignedRecordInlineMixin, AgendaItemChoicesInlineMixin, RelatedInlineMixin, admin.TabularInline
):
    model = Declaration
    related = ["person", "agenda_item"]
    fields = ["person", "agenda_item", "kind", "text", "withdrew"]
    autocomplete_fields = ["person"]
    agenda_item_fields = ["agenda_item"]
    extra = 0


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


class DocumentForm(CheckedUploadForm):
    """A paper is checked by its content when it is uploaded, up to DOCUMENT_MAX_MEGABYTES."""

    upload_limit = "DOCUMENT_MAX_MEGABYTES"


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    fields = ["title", "kind", "file", "position", "exempt", "exempt_paragraph"]
    extra = 0


class DiscussionPointInline(SignedRecordInlineMixin, RenumberingInlineMixin, admin.TabularInline):
    model = DiscussionPoint
    numbered_field = "position"
    fields = ["position", "section", "text"]
    extra = 0


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


# --- meetings ------------------------------------------------------------------------------------------


class ApprovingMeetingField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{long_date(obj.date)} ({obj.get_status_display().lower()})"


def approving_candidates(meeting: Meeting):
    """Meetings that could approve the minutes of `meeting`: later, same committee, not cancelled."""
    return (
        Meeting.objects.filter(committee_id=meeting.committee_id, start__gt=meeting.start)
        .exclude(status=Status.CANCELLED)
        .order_by("start")
    )


class ApproveMinutesForm(forms.Form):
    """For each selected meeting, the later meeting that approved its minutes (the next one by default)."""

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self._rows = []
        for meeting in meetings:
            candidates = approving_candidates(meeting)
            name = f"approved_at_{meeting.pk}"
            next_meeting = candidates.first()
            self.fields[name] = ApprovingMeetingField(
                queryset=candidates,
                empty_label=None,
                initial=next_meeting.pk if next_meeting else None,
                label=f"Minutes of {meeting} approved at the meeting of",
            )
            self._rows.append((meeting, name))

    def rows(self):
        return [(meeting, self[name]) for meeting, name in self._rows]

    def approvals(self):
        return [(meeting, self.cleaned_data[name]) for meeting, name in self._rows]


DATE_FORMATS = ["%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
# Models whose "meeting" field is a part of the record: their autocomplete offers no approved meetings.
RECORD_MODELS = {"attendance", "declaration", "publicquestion", "memberquestion", "petition", "minute"}


def parse_day(text: str):
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def is_autocomplete_for(request, model_names, field_name) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name == "autocomplete"
        and request.GET.get("app_label") == "meetings"
        and request.GET.get("model_name") in model_names
        and request.GET.get("field_name") == field_name
    )


@admin.register(Meeting)
class MeetingAdmin(GuardedDeleteMixin, admin.ModelAdmin):
    meeting_path = ""
    list_display = ["committee", "start", "status", "agenda_deadline", "late"]
    list_display_links = ["committee", "start"]
    list_filter = ["committee", "status"]
    date_hierarchy = "start"
    search_fields = ["committee__name", "location"]
    search_help_text = 'Search by committee, place, or a date such as "5 March 2024".'
    list_select_related = ["committee"]
    autocomplete_fields = ["committee", "contact_officer"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["css/admin.css"]}  # "Late" in red, the agenda items' widths: no inline styles (CSP)

    readonly_fields = [
        "status",
        "agenda_deadline",
        "agenda_published_at",
        "clear_days",
        "minutes_published_at",
        "minutes_approved_at",
        "minutes_links",
    ]
    inlines = [
        AgendaItemInline,
        AttendanceInline,
        PublicQuestionInline,
        MemberQuestionInline,
        DeclarationInline,
        PetitionInline,
    ]
    actions = [
        "delete_selected",
        "add_standard_items",
        "publish_agenda",
        "mark_held",
        "publish_draft_minutes",
        "approve_minutes",
        "cancel_meetings",
        rebuild_agenda_packs,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("committee")

    def get_fieldsets(self, request, obj=None):
        meeting = [
            (None, {"fields": ["committee", "start", "end", "location", "contact_officer", "webcast_url"]})
        ]
        if obj is None:
            return meeting
        return meeting + [
            (
                "Agenda",
                {
                    "fields": [
                        "status",
                        "agenda_deadline",
                        "agenda_published_at",
                        "clear_days",
                        "late_publication_reason",
                    ],
                    "description": "The status changes only through the actions on the list of meetings.",
                },
            ),
            ("Minutes", {"fields": ["minutes_links", "minutes_published_at", "minutes_approved_at"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk:
            if obj.minutes.exists():
                # Minute numbers run on within a committee's municipal year, copied from the meeting.
                readonly += ["committee", "start"]
            if obj.minutes_are_approved:
                readonly += ["end", "location"]
        return readonly

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if signed_meeting(obj) is not None:
            self.message_user(
                request,
                approved_message(obj)
                + " Its attendance, questions, declarations and petitions are shown read-only.",
                messages.WARNING,
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_search_results(self, request, queryset, search_term):
        unsearched = queryset
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        day = parse_day(search_term) if search_term else None
        if day is not None:
            queryset = queryset | unsearched.filter(start__date=day)
        if is_autocomplete_for(request, RECORD_MODELS, "meeting"):
            queryset = queryset.exclude(status=Status.MINUTES_APPROVED)
        return queryset, may_have_duplicates

    # Columns and read-only fields.

    @admin.display(description="agenda deadline", ordering="start")
    def agenda_deadline(self, meeting):
        return date_format(meeting.publication_deadline) if meeting.start else None

    @admin.display(description="agenda")
    def late(self, meeting):
        if meeting.is_cancelled or not meeting.start:
            return None
        if meeting.agenda_is_late:
            return format_html('<strong class="app-late">{}</strong>', "Late")
        return "On time" if meeting.agenda_is_published else None

    @admin.display(description="clear days' notice")
    def clear_days(self, meeting):
        return meeting.agenda_clear_days

    @admin.display(description="minutes")
    def minutes_links(self, meeting):
        if not meeting.pk:
            return None
        count = meeting.minutes.count()
        links = [
            (
                reverse("admin:meetings_minute_changelist")
                + "?"
                + urlencode({"meeting__id__exact": meeting.pk}),
                plural(count, "minute"),
            )
        ]
        if signed_meeting(meeting) is None:
            links.append(
                (
                    reverse("admin:meetings_minute_add") + "?" + urlencode({"meeting": meeting.pk}),
                    "Add a minute",
                )
            )
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    # Actions: each calls the workflow, and says for every meeting what it did or why it refused.

    def _for_each(self, request, queryset, step, done):
        admin_steps.take_each(
            self, request, queryset.select_related("committee").order_by("start"), step, done
        )

    @admin.action(permissions=["change"], description="Add the standard procedural agenda items")
    def add_standard_items(self, request, queryset):
        def step(meeting):
            if meeting.status != Status.SCHEDULED:
                raise ValidationError(
                    f"The standard items cannot be added to the agenda of {meeting}: the meeting is "
                    f"{meeting.get_status_display().lower()}, and items are added only before the agenda "
                    "is published (adding them renumbers every item)."
                )
            return workflow.add_standard_items(meeting)

        def done(meeting, added):
            if added:
                return f"Added {plural(added, 'standard item')} to the agenda of {meeting}."
            self.message_user(
                request, f"The agenda of {meeting} already has every standard item.", messages.INFO
            )
            return None

        self._for_each(request, queryset, step, done)

    @admin.action(permissions=["change"], description="Publish the agenda")
    def publish_agenda(self, request, queryset):
        def done(meeting, result):
            self.message_user(request, f"The agenda of {meeting} is published.", messages.SUCCESS)
            if result.late:
                self.message_user(request, late_publication_warning(result), messages.WARNING)

        self._for_each(request, queryset, workflow.publish_agenda, done)

    @admin.action(permissions=["change"], description="Mark as held")
    def mark_held(self, request, queryset):
        self._for_each(request, queryset, workflow.mark_held, lambda m, _: f"{m} is marked as held.")

    @admin.action(permissions=["change"], description="Publish the draft minutes")
    def publish_draft_minutes(self, request, queryset):
        self._for_each(
            request,
            queryset,
            workflow.publish_draft_minutes,
            lambda m, _: f"The draft minutes of {m} are published.",
        )

    @admin.action(permissions=["change"], description="Approve the minutes")
    def approve_minutes(self, request, queryset):
        """A page asks, for each meeting, which later meeting approved its minutes; then records it."""
        meetings = []
        for meeting in queryset.select_related("committee").order_by("start"):
            if approving_candidates(meeting).exists():
                meetings.append(meeting)
            else:
                self.message_user(
                    request,
                    f"The minutes of {meeting} cannot be approved yet: no later meeting of "
                    f"{meeting.committee} is scheduled to approve them at.",
                    messages.ERROR,
                )
        if not meetings:
            return None
        form = ApproveMinutesForm(request.POST if "apply" in request.POST else None, meetings=meetings)
        if form.is_bound and form.is_valid():
            for meeting, approved_at in form.approvals():
                self._for_each(
                    request,
                    Meeting.objects.filter(pk=meeting.pk),
                    lambda m, approved_at=approved_at: workflow.approve_minutes(m, approved_at=approved_at),
                    lambda m, _: (
                        f"The minutes of {m} are approved, at the meeting of "
                        f"{long_date(m.minutes_approved_at.date)}."
                    ),
                )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Approve the minutes",
            "opts": self.model._meta,
            "form": form,
            "meetings": meetings,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/meetings/meeting/approve_minutes.html", context)

    @admin.action(permissions=["change"], description="Cancel the meeting")
    def cancel_meetings(self, request, queryset):
        self._for_each(request, queryset, workflow.cancel, lambda m, _: f"{m} is cancelled.")


def late_publication_warning(result: workflow.PublicationResult) -> str:
    meeting, days = result.meeting, result.clear_days
    working = "working " if settings.PUBLICATION_COUNTS_WORKING_DAYS else ""
    notice = f"{days} clear {working}" + ("day's notice" if days == 1 else "days' notice")
    text = (
        f"The agenda of {meeting} was published with {notice}; the law asks for "
        f"{settings.PUBLICATION_CLEAR_DAYS} (deadline was {long_date(meeting.publication_deadline)})."
    )
    if not meeting.late_publication_reason:
        text += " Record the Chairman's reason for urgency on the meeting."
    return text


# --- agenda items and documents ------------------------------------------------------------------------


@admin.register(AgendaItem)
class AgendaItemAdmin(GuardedDeleteMixin, admin.ModelAdmin):
    list_display = ["__str__", "meeting", "kind", "report_by", "pages", "exempt"]
    list_filter = [("meeting__committee", CommitteeFilter), "kind", "exempt"]
    date_hierarchy = "meeting__start"
    search_fields = ["title", "report_by", "summary", "meeting__committee__name"]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "contacts"]
    fields = [
        "meeting",
        ("number", "kind"),
        "title",
        "report_by",
        ("page_start", "page_end"),
        "summary",
        ("exempt", "exempt_paragraph"),
        "contacts",
    ]
    inlines = [DocumentInline]
    actions = ["delete_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting__committee")

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentForm
    list_display = ["title", "agenda_item", "meeting", "kind", "position", "exempt", "uploaded_at"]
    list_filter = [("agenda_item__meeting__committee", CommitteeFilter), "kind", "exempt"]
    date_hierarchy = "uploaded_at"
    search_fields = ["title", "agenda_item__title", "agenda_item__meeting__committee__name"]
    list_select_related = ["agenda_item__meeting__committee"]
    autocomplete_fields = ["agenda_item"]
    fields = [
        "agenda_item",
        "title",
        "kind",
        "file",
        "position",
        ("exempt", "exempt_paragraph"),
        "uploaded_at",
    ]
    readonly_fields = ["uploaded_at"]

    @admin.display(ordering="agenda_item__meeting__start")
    def meeting(self, document):
        return document.agenda_item.meeting


# --- the record of a meeting ---------------------------------------------------------------------------


class MeetingRecordAdmin(SignedRecordAdmin):
    """A record filed directly under a meeting."""

    date_hierarchy = "meeting__start"
    autocomplete_fields = ["meeting"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("meeting__committee", "meeting__minutes_approved_at", *self.list_select_related)
        )


@admin.register(Attendance)
class AttendanceAdmin(MeetingRecordAdmin):
    list_display = ["person", "meeting", "status", "in_chair", "substitute_for", "role"]
    list_filter = [("meeting__committee", CommitteeFilter), "status", "in_chair"]
    search_fields = ["person__name", "person__family_name", "role", "meeting__committee__name"]
    list_select_related = ["person", "meeting__committee", "substitute_for"]
    autocomplete_fields = ["meeting", "person", "substitute_for"]
    agenda_item_fields = ["for_item"]


@admin.register(Declaration)
class DeclarationAdmin(MeetingRecordAdmin):
    list_display = ["person", "meeting", "agenda_item", "kind", "withdrew"]
    list_filter = [("meeting__committee", CommitteeFilter), "kind", "withdrew"]
    search_fields = ["person__name", "person__family_name", "text", "agenda_item__title"]
    list_select_related = ["person", "meeting__committee", "agenda_item"]
    autocomplete_fields = ["meeting", "person"]
    agenda_item_fields = ["agenda_item"]


class QuestionAdmin(MeetingRecordAdmin):
    question_fields = [
        "position",
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]

    @admin.display(description="question")
    def question_excerpt(self, question):
        return excerpt(question.question)

    @admin.display(description="answered", boolean=True)
    def answered(self, question):
        return bool(question.response)


@admin.register(PublicQuestion)
class PublicQuestionAdmin(QuestionAdmin):
    """Questions recorded from the minutes, and those sent online, which wait here for Democratic Services to
    accept or reject them (participation.questions); the questioner is emailed the decision."""

    list_display = ["questioner", "meeting", "received_on", "status", "question_excerpt", "answered"]
    list_filter = ["status", ("meeting__committee", CommitteeFilter), "received_on"]
    search_fields = [
        "questioner",
        "questioner_email",
        "question",
        "response",
        "supplementary_question",
        "supplementary_answer",
    ]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "answered_by", "supplementary_answered_by"]
    fields = [
        "meeting",
        ("questioner", "received_on"),
        ("questioner_email", "attending"),
        ("status", "submitted_at"),
        "rejection_reason",
        *QuestionAdmin.question_fields,
    ]
    readonly_fields = ["status", "submitted_at", "rejection_reason"]
    actions = ["delete_selected", "accept_questions", "reject_questions"]

    @admin.action(permissions=["change"], description="Accept the questions for Question Time")
    def accept_questions(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset,
            participation_questions.accept,
            lambda question, _: f"{question} for {question.meeting} is accepted; the questioner is told.",
        )

    @admin.action(permissions=["change"], description="Reject the questions, with a reason")
    def reject_questions(self, request, queryset):
        return admin_steps.take_each_with_reason(
            self,
            request,
            queryset,
            title="Reject the questions",
            explanation=admin_steps.REASON_EMAILED,
            step=participation_questions.reject,
            done=lambda question, _: (
                f"{question} for {question.meeting} is rejected; the questioner is told why."
            ),
        )


@admin.register(MemberQuestion)
class MemberQuestionAdmin(QuestionAdmin):
    list_display = ["asked_by", "meeting", "standing_order", "question_excerpt", "answered"]
    list_filter = [("meeting__committee", CommitteeFilter), "standing_order"]
    search_fields = [
        "asked_by__name",
        "asked_by__family_name",
        "question",
        "response",
        "supplementary_question",
    ]
    list_select_related = ["asked_by", "meeting__committee"]
    autocomplete_fields = ["meeting", "asked_by", "answered_by", "supplementary_answered_by"]
    fields = ["meeting", ("asked_by", "standing_order"), *QuestionAdmin.question_fields]


@admin.register(Petition)
class PetitionAdmin(MeetingRecordAdmin):
    list_display = ["title", "lead_petitioner", "meeting", "signature_count", "received_on"]
    list_filter = [("meeting__committee", CommitteeFilter), "received_on"]
    search_fields = ["title", "lead_petitioner", "prayer", "response", "presented_by__name"]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "presented_by"]


# --- minutes -------------------------------------------------------------------------------------------


class MunicipalYearFilter(admin.SimpleListFilter):
    title = "municipal year"
    parameter_name = "municipal_year"
    year_field = "municipal_year"

    def lookups(self, request, model_admin):
        years = (
            model_admin.get_queryset(request)
            .order_by(f"-{self.year_field}")
            .values_list(self.year_field, flat=True)
            .distinct()
        )
        return [(str(year), MunicipalYear(year).label) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{self.year_field: int(self.value())})
        return queryset


class MinuteMunicipalYearFilter(MunicipalYearFilter):
    year_field = "minute__municipal_year"


PART_MODELS = {"discussionpoint", "resolution", "vote"}


@admin.register(Minute)
class MinuteAdmin(SimpleHistoryAdmin, SignedRecordAdmin):
    list_display = ["number", "heading", "meeting", "agenda_item", "exempt"]
    list_display_links = ["number", "heading"]
    list_filter = ["committee", MunicipalYearFilter, "exempt"]
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
        if formset.model is Resolution:
            for resolution_form in formset.forms:
                if resolution_form.instance.pk and resolution_form not in formset.deleted_forms:
                    resolution_form.follow_up(request.user)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(
                "meeting__committee", "meeting__minutes_approved_at", "committee", *self.list_select_related
            )
        )

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
