"""Planning a committee's municipal year in one step: the clerk gives a list of dates or a pattern, sees each
meeting it would make (with its agenda deadline, any clash, the days skipped or moved for a bank holiday or a
closure day, and the days the committee already meets on) and then makes them all at once, or none."""

from dataclasses import dataclass
from datetime import date, datetime

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin import helpers
from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from meetings import clashes, publication, schedule, workflow
from meetings.models import Meeting, Room
from scrutiny.closure_days import closure_days
from scrutiny.models import Committee
from scrutiny.municipal_year import MunicipalYear

from .base import committee_asked_for, long_date, parse_day, plural

WEEKDAYS = [
    (number, name) for number, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip
SIGNING_SALT = "meetings.schedule.preview"


def year_choices(today: date) -> list[tuple[int, str]]:
    this = MunicipalYear.containing(today).start_year
    return [(year, MunicipalYear(year).label) for year in range(this - 1, this + 3)]


def month_choices() -> list[tuple[int, str]]:
    """The months in the order of the municipal year (May first by default)."""
    first = settings.MUNICIPAL_YEAR_START[0]
    return [((first - 1 + offset) % 12 + 1, MONTH_NAMES[(first - 1 + offset) % 12]) for offset in range(12)]


class PlanForm(forms.Form):
    committee = forms.ModelChoiceField(
        Committee.objects.filter(is_active=True).select_related("committee_type")
    )
    year = forms.TypedChoiceField(coerce=int, label="Municipal year")
    time = forms.TimeField(
        input_formats=["%H:%M", "%H.%M", "%H:%M:%S"],
        widget=forms.TimeInput(format="%H:%M"),
        help_text="The time every meeting starts, for example 14:00.",
        error_messages={"required": "Give the time the meetings start, for example 14:00."},
    )
    room = forms.ModelChoiceField(Room.objects.all(), required=False, help_text="Where they are held.")
    how = forms.ChoiceField(
        label="Dates from",
        widget=forms.RadioSelect,
        choices=[("dates", "The list of dates below"), ("pattern", "The pattern below")],
        initial="dates",
    )
    dates = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8, "cols": 30}),
        required=False,
        max_length=4000,
        help_text=(
            f'One a line, as "5 March 2024", "05/03/2024" or "2024-03-05"; at most {schedule.MOST_DATES}.'
        ),
    )
    week = forms.TypedChoiceField(coerce=int, choices=schedule.WEEKS, required=False, label="Week")
    weekday = forms.TypedChoiceField(coerce=int, choices=WEEKDAYS, required=False, label="Weekday")
    months = forms.TypedMultipleChoiceField(
        coerce=int, widget=forms.CheckboxSelectMultiple, required=False, label="Months"
    )
    on_holiday = forms.ChoiceField(
        label="A date on a bank holiday or closure day",
        widget=forms.RadioSelect,
        choices=[(schedule.SKIP, "Skip it"), (schedule.NEXT_WORKING_DAY, "Move it to the next working day")],
        initial=schedule.SKIP,
    )

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = year_choices(today)
        self.fields["year"].initial = MunicipalYear.containing(today).start_year + 1
        self.fields["months"].choices = month_choices()

    def clean(self):
        data = super().clean()
        if "year" not in data:
            return data
        year = MunicipalYear(data["year"])
        if data.get("how") == "pattern":
            missing = [name for name in ("week", "weekday") if data.get(name) in (None, "")]
            if missing or not data.get("months"):
                raise forms.ValidationError("A pattern needs its week, its day and at least one month.")
            days = schedule.pattern_days(
                schedule.Pattern(data["week"], data["weekday"], frozenset(data["months"])), year
            )
        else:
            days = self._typed_days(data.get("dates", ""), year)
        if not days:
            raise forms.ValidationError(f"No dates in {year}: give some, or a pattern.")
        data["days"] = days
        return data

    def _typed_days(self, text: str, year: MunicipalYear) -> list[date]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > schedule.MOST_DATES:
            self.add_error("dates", f"{len(lines)} dates: at most {schedule.MOST_DATES} are planned at once.")
            return []
        days, errors = [], []
        for line in lines:
            day = parse_day(line)
            if day is None:
                errors.append(
                    f'"{line}" is not a date: write it as "5 March 2024", "05/03/2024" or "2024-03-05".'
                )
            elif not year.start <= day < year.end:
                errors.append(f"{long_date(day)} is not in the municipal year {year}.")
            else:
                days.append(day)
        for error in errors:
            self.add_error("dates", error)
        return days if not errors else []


FIELDSETS = [
    (None, {"fields": ["committee", "year", "time", "room"]}),
    ("Dates", {"fields": ["how", "dates", ("week", "weekday"), "months", "on_holiday"]}),
]


@dataclass
class Row:
    """A meeting the plan would make, or a date it would not."""

    proposed: schedule.Proposed
    start: datetime | None
    deadline: date | None
    clashes: list  # (meeting, shares the room)
    already: bool  # the committee already meets that day

    @property
    def made(self) -> bool:
        return self.start is not None and not self.already


def plan(data: dict) -> list[Row]:
    """The rows of the preview, in three queries however many dates: the closure days (cached), the days
    the committee already meets on, and every meeting near the dates for the clashes."""
    year = MunicipalYear(data["year"])
    proposed = schedule.settle(data["days"], year=year, on_holiday=data["on_holiday"], closed=closure_days())
    starts = {
        p.day: timezone.make_aware(datetime.combine(p.day, data["time"]))
        for p in proposed
        if p.day is not None
    }
    already = Meeting.objects.days_met(data["committee"], set(starts)) if starts else set()
    nearby = []
    if starts:
        nearby = list(
            Meeting.objects.exclude(status=Meeting.Status.CANCELLED)
            .filter(
                start__gte=min(starts.values()) - clashes.ASSUMED_LENGTH * 2,
                start__lte=max(starts.values()) + clashes.ASSUMED_LENGTH,
            )
            .select_related("committee", "room")
            .order_by("start", "pk")
        )
    room, rules = data.get("room"), data["committee"].rules  # the deadline is the committee type's
    rows = []
    for p in proposed:
        start = starts.get(p.day)
        found = []
        if start is not None:
            found = [
                (other, room is not None and other.room_id == room.pk)
                for other in nearby
                if clashes.overlaps(start, None, other) and other.committee_id != data["committee"].pk
            ]
        deadline = publication.publication_deadline(p.day, rules) if p.day else None
        rows.append(Row(p, start, deadline, found, p.day in already))
    return rows


def fingerprint(data: dict, rows: list[Row]) -> str:
    """What the clerk saw in the preview, signed: the confirmation makes exactly that, or shows it again."""
    made = [row.start.isoformat() for row in rows if row.made]
    room = data.get("room")
    # The same plan signs the same at any time (no timestamp): confirming compares the two.
    payload = [data["committee"].pk, room.pk if room else None, made]
    return signing.Signer(salt=SIGNING_SALT).sign_object(payload)


def plan_view(request, *, model_admin):
    """The page: the form, then the preview, then the meetings made."""
    form = PlanForm(request.POST or None, today=timezone.localdate(), initial=committee_asked_for(request))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Plan a year's meetings",
        "form": form,
        "adminform": helpers.AdminForm(form, FIELDSETS, {}, model_admin=model_admin),
        "media": model_admin.media + form.media,
    }
    if request.method == "POST" and form.is_valid():
        rows = plan(form.cleaned_data)
        previewed = fingerprint(form.cleaned_data, rows)
        if "confirm" in request.POST and request.POST.get("previewed") == previewed:
            return _make(request, model_admin, form.cleaned_data, rows)
        if "confirm" in request.POST:
            messages.warning(request, "The plan changed since its preview: check it again, then confirm.")
        context |= {"rows": rows, "previewed": previewed, "to_make": sum(row.made for row in rows)}
    return TemplateResponse(request, "admin/meetings/meeting/plan.html", context)


def _make(request, model_admin, data: dict, rows: list[Row]):
    committee = data["committee"]
    starts = [row.start for row in rows if row.made]
    if not starts:
        messages.info(request, f"Nothing to make: {committee} already meets on every one of those days.")
        return HttpResponseRedirect(request.get_full_path())
    made = workflow.create_schedule(committee=committee, starts=starts, room=data.get("room"))
    days = ", ".join(long_date(timezone.localdate(meeting.start)) for meeting in made)
    model_admin.message_user(
        request,
        f"{plural(len(made), 'meeting')} of {committee} planned for {MunicipalYear(data['year'])}: {days}.",
        messages.SUCCESS,
    )
    changelist = reverse("admin:meetings_meeting_changelist")
    return HttpResponseRedirect(f"{changelist}?{urlencode({'committee__id__exact': committee.pk})}")
