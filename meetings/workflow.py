"""The life of a meeting: agenda built and published, meeting held, minutes published and approved.

Each step checks the meeting is in a state where the step makes sense and says why when it is not."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from scrutiny import item_wording
from scrutiny.after_commit import after_commit
from scrutiny.models import Committee, StandardItem

from . import notices, signals
from .models import AgendaItem, Meeting, Room
from .standard_items import CLOSING_ITEMS, OPENING_ITEMS

Status = Meeting.Status


def _announce(signal, meeting: Meeting, **kwargs) -> None:
    after_commit(signal.send, sender=Meeting, meeting=meeting, **kwargs)


@dataclass(frozen=True)
class PublicationResult:
    meeting: Meeting
    clear_days: int
    late: bool


@transaction.atomic
def add_standard_items(meeting: Meeting) -> int:
    """Put the committee type's standard procedural items at the top and bottom of the agenda, in the type's
    order and with their placeholders filled in; returns how many were added. An item already on the agenda,
    however its placeholders were filled, is not added again. The items that go before exempt business are
    left for an agenda that has some."""
    Meeting.objects.select_for_update().filter(pk=meeting.pk).first()  # one clerk at a time renumbers it
    existing_titles = list(meeting.agenda_items.values_list("title", flat=True))
    previous = Meeting.objects.previous_to(meeting)
    standard_items = _standard_items_of(meeting.committee)

    def missing(placement) -> list[str]:
        return [
            item.title(previous_meeting_on=previous.date if previous else None, committee=meeting.committee)
            for item in standard_items
            if item.placement == placement
            and not any(item_wording.matcher(item.wording).match(title) for title in existing_titles)
        ]

    opening, closing = missing(StandardItem.Placement.OPENING), missing(StandardItem.Placement.CLOSING)
    # Item by item, never in bulk: each save is seen by what follows the agenda (search, the agenda packs).
    if opening:
        # Shift existing items down (highest first, so numbers never collide mid-way).
        for item in meeting.agenda_items.order_by("-number"):
            item.number += len(opening)
            item.save(update_fields=["number"])
    last = meeting.agenda_items.order_by("-number").values_list("number", flat=True).first() or len(opening)
    numbered = [*enumerate(opening, start=1), *enumerate(closing, start=last + 1)]
    for number, title in numbered:
        AgendaItem.objects.create(
            meeting=meeting, number=number, title=title, kind=AgendaItem.Kind.PROCEDURAL
        )
    return len(opening) + len(closing)


def _standard_items_of(committee) -> list[StandardItem]:
    """The type's items in order; a committee of no type has the seed papers' (meetings/standard_items.py)."""
    if committee.committee_type_id is not None:
        return list(committee.committee_type.standard_items.all())
    placed = [(StandardItem.Placement.OPENING, wording) for wording in OPENING_ITEMS]
    placed += [(StandardItem.Placement.CLOSING, wording) for wording in CLOSING_ITEMS]
    return [StandardItem(position=n, placement=p, wording=w) for n, (p, w) in enumerate(placed, start=1)]


@transaction.atomic
def publish_agenda(meeting: Meeting, *, when=None) -> PublicationResult:
    if meeting.status != Status.SCHEDULED:
        raise ValidationError(
            f"The agenda of {meeting} cannot be published: the meeting is "
            f"{meeting.get_status_display().lower()}."
        )
    if not meeting.agenda_items.exists():
        raise ValidationError(f"The agenda of {meeting} has no items yet.")
    meeting.agenda_published_at = when or timezone.now()
    meeting.status = Status.AGENDA_PUBLISHED
    meeting.save(update_fields=["agenda_published_at", "status"])
    _announce(signals.agenda_published, meeting)
    return PublicationResult(meeting, meeting.agenda_clear_days, meeting.agenda_is_late)


@transaction.atomic
def mark_held(meeting: Meeting, *, now=None) -> Meeting:
    if meeting.status not in (Status.SCHEDULED, Status.AGENDA_PUBLISHED):
        raise ValidationError(
            f"{meeting} cannot be marked as held: it is {meeting.get_status_display().lower()}."
        )
    if meeting.start > (now or timezone.now()):
        raise ValidationError(f"{meeting} has not started yet, so it cannot be marked as held.")
    meeting.status = Status.HELD
    meeting.save(update_fields=["status"])
    return meeting


@transaction.atomic
def publish_draft_minutes(meeting: Meeting, *, when=None) -> Meeting:
    if meeting.status != Status.HELD:
        raise ValidationError(
            f"Draft minutes of {meeting} cannot be published: the meeting is "
            f"{meeting.get_status_display().lower()}."
        )
    if not meeting.minutes.exists():
        raise ValidationError(f"{meeting} has no minutes written yet.")
    meeting.status = Status.MINUTES_DRAFT
    meeting.minutes_published_at = when or timezone.now()
    meeting.save(update_fields=["status", "minutes_published_at"])
    _announce(signals.minutes_published, meeting, approved=False)
    return meeting


@transaction.atomic
def approve_minutes(meeting: Meeting, *, approved_at: Meeting, when=None) -> Meeting:
    """Record that `approved_at` confirmed the minutes of `meeting` as correct; from now they are frozen."""
    if meeting.status not in (Status.HELD, Status.MINUTES_DRAFT):
        raise ValidationError(
            f"The minutes of {meeting} cannot be approved: the meeting is "
            f"{meeting.get_status_display().lower()}."
        )
    if not meeting.minutes.exists():
        raise ValidationError(f"{meeting} has no minutes to approve.")
    if approved_at.committee_id != meeting.committee_id:
        raise ValidationError("Minutes are approved by a later meeting of the same committee.")
    if approved_at.start <= meeting.start:
        raise ValidationError("Minutes are approved by a later meeting of the same committee.")
    if approved_at.status == Status.CANCELLED:
        raise ValidationError(f"{approved_at} was cancelled, so it cannot approve the minutes of {meeting}.")
    meeting.status = Status.MINUTES_APPROVED
    meeting.minutes_approved_at = approved_at
    meeting.minutes_published_at = meeting.minutes_published_at or when or timezone.now()
    meeting.save(update_fields=["status", "minutes_approved_at", "minutes_published_at"])
    _announce(signals.minutes_published, meeting, approved=True)
    return meeting


def _locked(meeting: Meeting) -> Meeting:
    """The meeting read again and held until the change is committed: two clerks never change it at once."""
    meeting.refresh_from_db(from_queryset=Meeting.objects.select_for_update())
    return meeting


def _refuse_unless_to_come(meeting: Meeting, verb: str) -> None:
    if meeting.status not in (Status.SCHEDULED, Status.AGENDA_PUBLISHED):
        raise ValidationError(f"{meeting} cannot be {verb}: it is {meeting.get_status_display().lower()}.")


@transaction.atomic
def cancel(meeting: Meeting, *, reason: str = "") -> Meeting:
    """Cancel the meeting and tell its members and subscribers, with the reason."""
    meeting = _locked(meeting)
    _refuse_unless_to_come(meeting, "cancelled")
    meeting.status = Status.CANCELLED
    meeting.change_reason = reason.strip()
    meeting.save(update_fields=["status", "change_reason"])
    notices.plan(notices.Change.CANCELLED, meeting)
    return meeting


def _place(meeting: Meeting, room: Room | None) -> None:
    """The meeting held in `room` from now on, its printed location the room's name."""
    meeting.room = room
    meeting.location = room.name if room is not None else meeting.location


def _reschedule(meeting: Meeting, start: datetime, room: Room | None, reason: str) -> None:
    if meeting.end is not None:  # as long as it was to last
        meeting.end += start - meeting.start
    meeting.moved_from, meeting.start = meeting.start, start
    if room is not None:
        _place(meeting, room)
    meeting.change_reason = reason.strip()


@transaction.atomic
def move(
    meeting: Meeting, *, reason: str, start: datetime | None = None, room: Room | None = None
) -> Meeting:
    """Hold the meeting at another time (its agenda deadline follows the date), in another room, or both. A
    published agenda stays published: it is the same meeting, and the notice tells everyone where it went."""
    meeting = _locked(meeting)
    _refuse_unless_to_come(meeting, "moved")
    start = start or meeting.start
    if start == meeting.start and (room is None or room.pk == meeting.room_id) and not meeting.is_postponed:
        raise ValidationError(f"{meeting} is already then and there: give a new date, time or room.")
    _reschedule(meeting, start, room, reason)
    meeting.is_postponed = False
    meeting.save()
    notices.plan(notices.Change.MOVED, meeting)
    return meeting


@transaction.atomic
def postpone(
    meeting: Meeting, *, reason: str, start: datetime | None = None, room: Room | None = None
) -> Meeting:
    """Put the meeting off: to `start` when the new date is known, otherwise until it is fixed (the meeting
    keeps its old date meanwhile, marked postponed, and a later move fixes the new one)."""
    meeting = _locked(meeting)
    _refuse_unless_to_come(meeting, "postponed")
    if start is not None and start <= meeting.start:
        raise ValidationError(
            f"{meeting} can only be postponed to a later date; move it to bring it forward."
        )
    _reschedule(meeting, start or meeting.start, room, reason)
    meeting.is_postponed = start is None
    meeting.save()
    notices.plan(notices.Change.POSTPONED, meeting)
    return meeting


@transaction.atomic
def call_extraordinary(
    *, committee: Committee, start: datetime, purpose: str, room: Room | None = None, location: str = ""
) -> Meeting:
    """Call an extraordinary meeting of the committee for `purpose`, and tell its members and subscribers."""
    if not purpose.strip():
        raise ValidationError("Say what the extraordinary meeting is called for.")
    meeting = Meeting(committee=committee, start=start, location=location, is_extraordinary=True)
    meeting.purpose = purpose.strip()
    _place(meeting, room)
    meeting.save()
    notices.plan(notices.Change.CALLED, meeting)
    return meeting


@transaction.atomic
def create_schedule(
    *, committee: Committee, starts: list[datetime], room: Room | None = None
) -> list[Meeting]:
    """The committee's meetings at `starts`, all or none. The committee is held while they are made, so that
    two clerks planning its year at once cannot give it the same day twice; a day it already meets on is
    left as it is."""
    Committee.objects.select_for_update().get(pk=committee.pk)
    taken = Meeting.objects.days_met(committee, {timezone.localdate(start) for start in starts})
    made = []
    for start in sorted(starts):
        if timezone.localdate(start) in taken:
            continue
        meeting = Meeting(committee=committee, start=start)
        _place(meeting, room)
        meeting.save()
        made.append(meeting)
    return made


ACTIONS_ARISING_TITLE = "Actions arising from previous meetings."


@transaction.atomic
def add_actions_arising(meeting: Meeting) -> AgendaItem:
    """Put the item "Actions arising from previous meetings", whose report is generated, after the minutes
    of the last meeting (first, when there is no such item); the items after it move down one."""
    meeting = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    if meeting.status != Status.SCHEDULED:
        raise ValidationError(
            f"The actions arising cannot be added to the agenda of {meeting}: the meeting is "
            f"{meeting.get_status_display().lower()}, and items are added this way only before the agenda is "
            "published (adding one renumbers the items after it)."
        )
    if meeting.agenda_items.filter(kind=AgendaItem.Kind.ACTIONS_ARISING).exists():
        raise ValidationError(f"The agenda of {meeting} already has the actions arising.")
    minutes = meeting.agenda_items.filter(title__startswith="Minutes of the").order_by("number").first()
    number = minutes.number + 1 if minutes else 1
    # Item by item, highest first, so that numbers never collide mid-way (as add_standard_items).
    for item in meeting.agenda_items.filter(number__gte=number).order_by("-number"):
        item.number += 1
        item.save(update_fields=["number"])
    return AgendaItem.objects.create(
        meeting=meeting, number=number, title=ACTIONS_ARISING_TITLE, kind=AgendaItem.Kind.ACTIONS_ARISING
    )
