"""Reports commissioned from officers, in the admin: the meeting's "Reports" page (one row per substantive
item: its lead officer and deadlines, saved at once; the drafts and finals received; withdrawing and
reopening), the list of every request, the to-do list's "Reports overdue from officers", and the blocker of
the agenda's publication while one is overdue."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from meetings import report_requests, report_timetable
from meetings.models import AgendaItem, Meeting, ReportRequest
from scrutiny import admin_to_do

from . import workspace
from .base import CommitteeFilter, MeetingFilter, long_date

SLUG = "reports"


class OverdueFilter(admin.SimpleListFilter):
    title = "overdue"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue from the officer")]

    def queryset(self, request, queryset):
        return queryset.overdue() if self.value() == "yes" else queryset


@admin.register(ReportRequest)
class ReportRequestAdmin(admin.ModelAdmin):
    """Every report commissioned, across committees. They are commissioned from the meeting's Reports page."""

    list_display = ["agenda_item", "meeting", "officer", "draft_due", "final_due", "status"]
    list_filter = [
        OverdueFilter,
        ("agenda_item__meeting__committee", CommitteeFilter),
        ("agenda_item__meeting", MeetingFilter),
        "status",
    ]
    list_select_related = ["agenda_item__meeting__committee", "officer"]
    search_fields = ["agenda_item__title", "officer__name", "agenda_item__meeting__committee__name"]
    date_hierarchy = "final_due"
    fields = [
        "agenda_item",
        "officer",
        ("draft_due", "final_due"),
        "status",
        "draft_received_at",
        "final",
        "final_received_at",
        "reopened",
    ]

    # Commissioned, withdrawn and reopened only on the meeting's Reports page, which emails and checks.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(ordering="agenda_item__meeting__start")
    def meeting(self, request_):
        return request_.agenda_item.meeting


# --- the meeting's Reports page --------------------------------------------------------------------------


# The browser's date picker, which sends and reads ISO dates.
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ReportRowForm(forms.Form):
    """An item's lead officer and deadlines. The officers are read once for the page, shared by its rows."""

    officer = forms.TypedChoiceField(coerce=int, required=False, label="Lead officer")
    draft_due = forms.DateField(label="Draft due", widget=DATE)
    final_due = forms.DateField(label="Final due", widget=DATE)

    def __init__(self, *args, item: AgendaItem, officer_choices: list, **kwargs):
        super().__init__(*args, prefix=f"item-{item.pk}", **kwargs)
        self.item = item
        self.request = getattr(item, "report_request", None)
        self.fields["officer"].choices = officer_choices
        for name in self.fields:
            self.fields[name].widget.attrs["aria-label"] = f"{self.fields[name].label}: {item}"

    def clean(self):
        cleaned = super().clean()
        draft_due, final_due = cleaned.get("draft_due"), cleaned.get("final_due")
        if draft_due and final_due and draft_due > final_due:
            raise ValidationError("The draft cannot be due after the final report.")
        return cleaned

    def changes_something(self) -> bool:
        officer = self.cleaned_data["officer"]
        if not officer:
            return False
        request = self.request
        if request is None or request.status == ReportRequest.Status.WITHDRAWN:
            return True
        return (officer, self.cleaned_data["draft_due"], self.cleaned_data["final_due"]) != (
            request.officer_id,
            request.draft_due,
            request.final_due,
        )


def _officer_choices() -> tuple[list, dict]:
    officers = list(report_requests.officers().order_by("family_name", "name"))
    choices = [("", "No report commissioned")] + [
        (person.pk, f"{person.name}, {person.job_title}" if person.job_title else person.name)
        for person in officers
    ]
    return choices, {person.pk: person for person in officers}


def _substantive_items(meeting: Meeting):
    return (
        meeting.agenda_items.exclude(kind=AgendaItem.Kind.PROCEDURAL)
        .select_related("report_request__officer", "report_request__final")
        .order_by("number")
    )


def _rows(meeting: Meeting, data=None) -> tuple[list[ReportRowForm], dict]:
    """A form for each substantive item, and the officers they offer (by id)."""
    choices, people = _officer_choices()
    due = (report_timetable.draft_due(meeting), report_timetable.final_due(meeting))
    rows = []
    for item in _substantive_items(meeting):
        request = getattr(item, "report_request", None)
        open_ = request is not None and request.status != ReportRequest.Status.WITHDRAWN
        initial = {
            "officer": request.officer_id if open_ else "",
            "draft_due": request.draft_due if open_ else due[0],
            "final_due": request.final_due if open_ else due[1],
        }
        rows.append(ReportRowForm(data, item=item, officer_choices=choices, initial=initial))
    return rows, people


def reports_page(request, meeting: Meeting, *, model_admin):
    refusal = ""
    if request.method == "POST":
        if (done := _act_on_one(request, meeting)) is not None:
            return done
        rows, people = _rows(meeting, request.POST)
        refusal = _save(request, rows, people)
        if not refusal:
            return HttpResponseRedirect(request.path)
    else:
        rows, _ = _rows(meeting)
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title="Reports",
        rows=rows,
        today=timezone.localdate(),
        timetable_draft_due=report_timetable.draft_due(meeting),
        timetable_final_due=report_timetable.final_due(meeting),
        refusal=refusal,
    )
    return TemplateResponse(request, "admin/meetings/meeting/reports.html", context)


def _act_on_one(request, meeting: Meeting):
    """Withdraw or reopen one request (a button of its row)."""
    for name, act, done in (
        ("withdraw", report_requests.withdraw, "withdrawn: nobody will be chased for it"),
        ("reopen", report_requests.reopen, "reopened: its officer may upload it again"),
    ):
        if name in request.POST:
            found = ReportRequest.objects.filter(
                pk=_int(request.POST[name]), agenda_item__meeting=meeting
            ).first()
            if found is None:
                messages.error(request, "No such report on this meeting's agenda.")
            else:
                try:
                    act(request=found)
                except ValidationError as error:
                    messages.error(request, " ".join(error.messages))
                else:
                    messages.success(request, f"The report for {found.agenda_item} is {done}.")
            return HttpResponseRedirect(request.path)
    return None


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() and len(value) < 18 else None


def _save(request, rows: list[ReportRowForm], people: dict) -> str:
    """Commission every row whose officer or dates changed, all or nothing; why not, if nothing was."""
    if not all(row.is_valid() for row in rows):
        return "Nothing was saved: correct the rows marked below."
    changed = [row for row in rows if row.changes_something()]
    try:
        with transaction.atomic():
            for row in changed:
                officer = people.get(row.cleaned_data["officer"])
                if officer is None:
                    raise ValidationError(f"{row.item}: choose an officer from the list.")
                report_requests.commission(
                    item=row.item,
                    officer=officer,
                    draft_due=row.cleaned_data["draft_due"],
                    final_due=row.cleaned_data["final_due"],
                )
    except ValidationError as error:
        return "Nothing was saved: " + " ".join(error.messages)
    if changed:
        saved = f"{len(changed)} report{'' if len(changed) == 1 else 's'}"
        messages.success(request, f"Saved {saved}; new officers are emailed.")
    else:
        messages.info(request, "Nothing had changed.")
    return ""


workspace.add_meeting_page(
    workspace.MeetingPage(
        slug=SLUG,
        title="Reports",
        view=reports_page,
        order=20,
        queryset=lambda meetings: meetings.select_related("committee"),
    )
)


# --- what is late ---------------------------------------------------------------------------------------


def overdue_blockers(meeting: Meeting) -> list[workspace.Blocker]:
    """The agenda should not go out while a report is overdue from its officer (one query)."""
    if meeting.status != Meeting.Status.SCHEDULED:
        return []
    overdue = (
        ReportRequest.objects.filter(agenda_item__meeting=meeting)
        .overdue()
        .select_related("agenda_item", "officer")
    )
    url = reverse(f"admin:meetings_meeting_{SLUG}", args=[meeting.pk])
    return [
        workspace.Blocker(
            step=Meeting.Status.AGENDA_PUBLISHED,
            text=(
                f"A report overdue from its officer: {request_.agenda_item} ({request_.officer}, "
                f"{request_.stage} due {long_date(request_.next_due)})"
            ),
            url=url,
        )
        for request_ in overdue.order_by("agenda_item__number")
    ]


workspace.add_blocker(overdue_blockers)


def _where_done(request_: ReportRequest) -> str:
    return reverse(f"admin:meetings_meeting_{SLUG}", args=[request_.agenda_item.meeting_id])


def _describe_overdue(request_: ReportRequest) -> str:
    return f"{request_}: {request_.stage} from {request_.officer}, due {long_date(request_.next_due)}"


admin_to_do.register(
    admin_to_do.Section(
        title="Reports overdue from officers",
        rows=lambda: (
            ReportRequest.objects.overdue()
            .select_related("agenda_item__meeting__committee", "officer")
            .order_by("final_due", "pk")
        ),
        describe=_describe_overdue,
        link=_where_done,
        permission="meetings.change_meeting",
        changelist="admin:meetings_reportrequest_changelist",
        query="overdue=yes",
        order=15,
    )
)
