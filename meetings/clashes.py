"""Clashes: two meetings at overlapping times, which matters when they share a room or a committee. A
meeting whose end is not yet recorded (every one still to be held) is taken to last ASSUMED_LENGTH."""

from datetime import datetime, timedelta

from django.db.models import Q

ASSUMED_LENGTH = timedelta(hours=3)


def clashing(meetings, start: datetime, end: datetime | None, room=None):
    """`meetings` (a Meeting queryset) not cancelled that overlap `start` to `end` (or ASSUMED_LENGTH)."""
    end = end or start + ASSUMED_LENGTH
    overlapping = meetings.filter(start__lt=end).filter(
        Q(end__gt=start) | Q(end__isnull=True, start__gt=start - ASSUMED_LENGTH)
    )
    if room is not None:
        overlapping = overlapping.filter(room=room)
    return overlapping.exclude(status="cancelled")


def overlaps(start: datetime, end: datetime | None, other) -> bool:
    """The rule `clashing` applies in the database, for a meeting already read (`other`)."""
    end = end or start + ASSUMED_LENGTH
    return other.start < end and (other.end or other.start + ASSUMED_LENGTH) > start


def clashes_of(meeting) -> list:
    """Other meetings at the same time as `meeting` in its room or of its committee, soonest first."""
    if meeting.is_cancelled:
        return []
    same_time = clashing(type(meeting).objects.exclude(pk=meeting.pk), meeting.start, meeting.end)
    where = Q(committee_id=meeting.committee_id)
    if meeting.room_id:
        where |= Q(room_id=meeting.room_id)
    return list(same_time.filter(where).select_related("committee", "room").order_by("start", "pk"))
