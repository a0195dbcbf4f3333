"""A meeting cancelled, postponed or moved (a page of its workspace), and an extraordinary meeting called (a
page beside the list of meetings). Each shows what it will do and who will be told before it does it: the
clerk confirms, the workflow (meetings/workflow.py) changes the meeting and sends the notices."""

from datetime import datetime

from django import forms
from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from meetings import notices, workflow
from meetings.models import Meeting, Room
from scrutiny.models import Committee

from . import workspace
from .base import committee_asked_for, long_date, parse_day

Status = Meeting.Status
MOVE, POSTPONE, CANCEL = "move", "postpone", "cancel"


class DayField(forms.CharField):
    """A date as a clerk types it ("12 March 2024", "12/03/2024", "2024-03-12")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 40)
        kwargs.setdefault("help_text", 'For example "12 March 2024" or "12/03/2024".')
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        day = parse_day(text)
        if day is None:
            raise ValidationError(f'"{text}" is not a date: write it as "12 March 2024" or "12/03/2024".')
        return day


def time_field(**kwargs) -> forms.TimeField:
    return forms.TimeField(
        input_formats=["%H:%M", "%H.%M", "%H:%M:%S"], widget=forms.TimeInput(format="%H:%M"), **kwargs
    )


def reason_field(**kwargs) -> forms.CharField:
    return forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 60}), max_length=2000, **kwargs)


class ChangeForm(forms.Form):
    what = forms.ChoiceField(
        label="What to do",
        widget=forms.RadioSelect,
        choices=[
            (MOVE, "Move it: a new date, time or room"),
            (POSTPONE, "Postpone it: to a later date, or until a new date is fixed"),
            (CANCEL, "Cancel it"),
        ],
    )
    day = DayField(required=False, label="New date")
    time = time_field(required=False, label="New time", help_text="Left blank: the time it has now.")
    room = forms.ModelChoiceField(Room.objects.all(), required=False, label="New room")
    reason = reason_field(
        help_text="Said in the notice to the members and subscribers, and on the meeting's page.",
        error_messages={"required": "Give the reason: the notice and the meeting's page say it."},
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting

    def clean(self):
        data = super().clean()
        what, day, at, room = data.get("what"), data.get("day"), data.get("time"), data.get("room")
        data["start"] = None
        if day or at:
            current = timezone.localtime(self.meeting.start)
            data["start"] = timezone.make_aware(datetime.combine(day or current.date(), at or current.time()))
        if what == MOVE and data["start"] is None and room is None and not self.meeting.is_postponed:
            raise ValidationError("Give the new date, time or room to move the meeting to.")
        if what == POSTPONE and data["start"] is not None and data["start"] <= self.meeting.start:
            self.add_error("day", "A meeting is postponed to a later date: to bring it forward, move it.")
        return data

    def describe(self) -> str:
        data = self.cleaned_data
        if data["what"] == CANCEL:
            return f"cancel the meeting of {self.meeting}"
        where = f" in {data['room']}" if data.get("room") else ""
        when = f" to {when_text(data['start'])}" if data["start"] else ""
        if data["what"] == POSTPONE:
            return f"postpone the meeting of {self.meeting}" + (
                when + where if when else " until a new date is fixed"
            )
        return f"move the meeting of {self.meeting}{when}{where}"


def when_text(start: datetime) -> str:
    local = timezone.localtime(start)
    return f"{local:%A} {long_date(local.date())} at {local:%H:%M}"


def clashes_at(start: datetime, room: Room | None, excluding: Meeting | None = None) -> list[tuple]:
    """Other meetings at that time, of any committee (members sit on several), each with whether it is in
    the same room."""
    others = Meeting.objects.clashing_with(start, None).select_related("committee", "room").order_by("start")
    if excluding is not None:
        others = others.exclude(pk=excluding.pk)
    return [(other, room is not None and other.room_id == room.pk) for other in others]


def change_view(request, meeting: Meeting, *, model_admin):
    """The workspace page: the form, then what it will do and who will be told, then done."""
    context = workspace.page_context(
        request, meeting, model_admin=model_admin, title=CHANGE_PAGE.title, media=model_admin.media
    )
    if meeting.status not in (Status.SCHEDULED, Status.AGENDA_PUBLISHED):
        context["refusal"] = (
            f"This meeting is {meeting.get_status_display().lower()}: it can no longer be changed."
        )
        return TemplateResponse(request, "admin/meetings/meeting/change_meeting.html", context)
    form = ChangeForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        if "confirm" in request.POST:
            return _apply(request, meeting, form.cleaned_data)
        start = form.cleaned_data["start"] or meeting.start
        room = form.cleaned_data.get("room") or meeting.room
        context |= {
            "confirming": form.describe(),
            "confirm_label": f"Yes, {form.cleaned_data['what']} it and send the notice",
            "told": notices.audience(meeting),
            "clashes": [] if form.cleaned_data["what"] == CANCEL else clashes_at(start, room, meeting),
        }
    context |= {
        "form": form,
        "adminform": helpers.AdminForm(form, [(None, {"fields": list(form.fields)})], {}),
    }
    return TemplateResponse(request, "admin/meetings/meeting/change_meeting.html", context)


def _apply(request, meeting: Meeting, data: dict):
    what, reason, was = data["what"], data["reason"], str(meeting)
    try:
        if what == CANCEL:
            workflow.cancel(meeting, reason=reason)
            done = f"{was} is cancelled"
        elif what == POSTPONE:
            workflow.postpone(meeting, reason=reason, start=data["start"], room=data.get("room"))
            done = f"{was} is postponed" + (f" to {when_text(meeting.start)}" if data["start"] else "")
        else:
            workflow.move(meeting, reason=reason, start=data["start"], room=data.get("room"))
            done = f"{was} is moved to {when_text(meeting.start)}, {meeting.location}"
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(request.path)
    messages.success(request, f"{done}: the members and subscribers are being told.")
    return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))


CHANGE_PAGE = workspace.MeetingPage(
    slug="reschedule", title="Cancel, postpone or move", view=change_view, order=90,
    queryset=lambda meetings: meetings.select_related("committee__committee_type", "room"),
)  # fmt: skip
workspace.add_meeting_page(CHANGE_PAGE)


class ExtraordinaryForm(forms.Form):
    committee = forms.ModelChoiceField(
        Committee.objects.filter(is_active=True).select_related("committee_type")
    )
    day = DayField(label="Date", error_messages={"required": "Give the date of the meeting."})
    time = time_field(error_messages={"required": "Give the time the meeting starts, for example 14:00."})
    room = forms.ModelChoiceField(Room.objects.all(), required=False)
    purpose = reason_field(
        help_text="The business the meeting is called for, as the summons and its page say.",
        error_messages={"required": "Say what the extraordinary meeting is called for."},
    )

    def clean(self):
        data = super().clean()
        if data.get("day") and data.get("time"):
            data["start"] = timezone.make_aware(datetime.combine(data["day"], data["time"]))
            if data["start"] <= timezone.now():
                self.add_error("day", "A meeting is called for a date still to come.")
        return data


def extraordinary_view(request, *, model_admin):
    form = ExtraordinaryForm(request.POST or None, initial=committee_asked_for(request))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Call an extraordinary meeting",
        "form": form,
        "adminform": helpers.AdminForm(form, [(None, {"fields": list(form.fields)})], {}),
        "media": model_admin.media,
    }
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if "confirm" in request.POST:
            meeting = workflow.call_extraordinary(
                committee=data["committee"],
                start=data["start"],
                room=data.get("room"),
                purpose=data["purpose"],
            )
            messages.success(
                request, f"An extraordinary meeting of {meeting}: the members and subscribers are being told."
            )
            return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
        proposed = Meeting(committee=data["committee"], start=data["start"])
        context |= {
            "confirming": f"call an extraordinary meeting of {proposed}, {when_text(proposed.start)}",
            "confirm_label": "Yes, call the meeting and send the notice",
            "deadline": proposed.publication_deadline,
            "told": notices.audience(proposed),
            "clashes": clashes_at(data["start"], data.get("room")),
        }
    return TemplateResponse(request, "admin/meetings/meeting/extraordinary.html", context)
