"""The list of meetings and a meeting's page. A meeting moves through its life (publishing the agenda,
marking it held, publishing and approving the minutes, cancelling) only by the actions on the list, each of
which calls meetings.workflow and reports, meeting by meeting, what it did or why it refused. The meeting's
page holds its agenda and the parts of its record filed directly under it, as inlines."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db import models
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from meetings import agenda, clashes, workflow
from meetings.models import Meeting
from scrutiny import admin_steps

from . import changes, cycle, hooks, schedule, to_do, workspace
from .attendance import AttendanceInline
from .base import (
    GuardedDeleteMixin,
    Status,
    approved_message,
    is_autocomplete_for,
    long_date,
    parse_day,
    plural,
    signed_meeting,
)
from .declarations import DeclarationInline
from .items import AgendaItemInline
from .petitions import PetitionInline
from .questions import MemberQuestionInline, PublicQuestionInline


class ApprovingMeetingField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{long_date(obj.date)} ({obj.get_status_display().lower()})"


def approving_candidates(meeting: Meeting):
    """Meetings that could approve the minutes of `meeting`: later, same committee, not cancelled."""
    return Meeting.objects.later_than(meeting)


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


# Models whose "meeting" field is a part of the record: their autocomplete offers no approved meetings.
RECORD_MODELS = {"attendance", "declaration", "publicquestion", "memberquestion", "petition", "minute"}


@admin.register(Meeting)
class MeetingAdmin(hooks.ExtendedActionsMixin, GuardedDeleteMixin, admin.ModelAdmin):
    meeting_path = ""
    list_display = ["committee", "start", "status", "agenda_deadline", "late"]
    list_display_links = ["committee", "start"]
    list_filter = ["committee", "status", to_do.ToDoFilter]
    date_hierarchy = "start"
    search_fields = ["committee__name", "location"]
    search_help_text = 'Search by committee, place, or a date such as "5 March 2024".'
    list_select_related = ["committee__committee_type"]
    autocomplete_fields = ["committee", "room", "contact_officer"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["css/admin.css"]}  # "Late" in red, the agenda items' widths: no inline styles (CSP)

    readonly_fields = [
        "is_postponed",
        "moved_from",
        "change_reason",
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
    own_actions = [
        "delete_selected",
        "add_standard_items",
        "add_actions_arising",
        "publish_agenda",
        "mark_held",
        "publish_draft_minutes",
        "approve_minutes",
        "cancel_meetings",
    ]  # then those of the apps above (papers: rebuilding the agenda packs)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("committee__committee_type")

    def get_urls(self):
        own = [
            path("plan/", self._adding(schedule.plan_view), name="meetings_meeting_plan"),
            path(
                "extraordinary/",
                self._adding(changes.extraordinary_view),
                name="meetings_meeting_extraordinary",
            ),
        ]
        return [*own, *workspace.urls(self), *super().get_urls()]

    def _adding(self, page):
        """A page that adds meetings, for those who may add them."""

        def view(request):
            if not self.has_add_permission(request):
                raise PermissionDenied
            return page(request, model_admin=self)

        view.__name__ = page.__name__
        return self.admin_site.admin_view(view)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "meeting_pages": workspace.meeting_pages()}
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A warning, not a refusal: a clerk may mean two meetings to share a room or run back to back.
        for other in clashes.clashes_of(obj):
            shared = "room" if other.room_id and other.room_id == obj.room_id else "committee"
            if other.committee_id == obj.committee_id and shared == "room":
                shared = "committee and room"
            messages.warning(
                request,
                format_html(
                    'This meeting clashes with <a href="{}">{}</a> at {}: the same {}.',
                    reverse("admin:meetings_meeting_change", args=[other.pk]),
                    other,
                    date_format(timezone.localtime(other.start), "H:i"),
                    shared,
                ),
            )

    def get_fieldsets(self, request, obj=None):
        meeting = [
            (
                None,
                {
                    "fields": [
                        "committee",
                        "start",
                        "end",
                        "room",
                        "location",
                        "contact_officer",
                        "webcast_url",
                        "is_extraordinary",
                        "purpose",
                    ]
                },
            )
        ]
        if obj is None:
            return meeting
        if obj.change_reason or obj.moved_from or obj.is_postponed:
            meeting.append(
                (
                    "Changed",
                    {
                        "fields": ["is_postponed", "moved_from", "change_reason"],
                        "description": 'Changed only by "Cancel, postpone or move", which tells everyone.',
                    },
                )
            )
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
        if obj is not None and obj.pk:
            context["cycle"] = cycle.panel(obj)
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
            self, request, queryset.select_related("committee__committee_type").order_by("start"), step, done
        )

    @admin.action(permissions=["change"], description="Add the standard procedural agenda items")
    def add_standard_items(self, request, queryset):
        def step(meeting):
            return agenda.add_standard_items(meeting=meeting)

        def done(meeting, added):
            if added:
                return f"Added {plural(added, 'standard item')} to the agenda of {meeting}."
            self.message_user(
                request, f"The agenda of {meeting} already has every standard item.", messages.INFO
            )
            return None

        self._for_each(request, queryset, step, done)

    @admin.action(permissions=["change"], description="Add the actions arising (a generated report)")
    def add_actions_arising(self, request, queryset):
        self._for_each(
            request,
            queryset,
            workflow.add_actions_arising,
            lambda m, item: (
                f"Added item {item.number}, {item.title} to the agenda of {m}: its report is "
                "generated into the agenda pack."
            ),
        )

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
        for meeting in queryset.select_related("committee__committee_type").order_by("start"):
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
    rules = meeting.rules
    working = "working " if rules.publication_counts_working_days else ""
    notice = f"{days} clear {working}" + ("day's notice" if days == 1 else "days' notice")
    text = (
        f"The agenda of {meeting} was published with {notice}; the law asks for "
        f"{rules.publication_clear_days} (deadline was {long_date(meeting.publication_deadline)})."
    )
    if not meeting.late_publication_reason:
        text += " Record the Chairman's reason for urgency on the meeting."
    return text
