"""When an agenda must be published: LGA 1972 s.100B asks for five clear days before the meeting.

Clear days exclude the day of publication and the day of the meeting. By default they are working days
(no weekends or England and Wales bank holidays); a council can count calendar days instead."""

from datetime import date, timedelta

from django.conf import settings

from scrutiny.working_days import working_days_before, working_days_between


def clear_days_between(published_on: date, meeting_on: date) -> int:
    if settings.PUBLICATION_COUNTS_WORKING_DAYS:
        return working_days_between(published_on, meeting_on)
    return max((meeting_on - published_on).days - 1, 0)


def publication_deadline(meeting_on: date) -> date:
    """The last day an agenda can be published and still leave the required clear days."""
    required = settings.PUBLICATION_CLEAR_DAYS
    if settings.PUBLICATION_COUNTS_WORKING_DAYS:
        return working_days_before(meeting_on, required) - timedelta(days=1)
    return meeting_on - timedelta(days=required + 1)


def is_published_late(published_on: date, meeting_on: date) -> bool:
    return published_on > publication_deadline(meeting_on)


def last_meeting_due_by(day: date) -> date:
    """The latest meeting date whose agenda must be published by `day` (the deadline only moves later as the
    meeting does, so the first date past it ends the search)."""
    meeting_on = day
    while publication_deadline(meeting_on + timedelta(days=1)) <= day:
        meeting_on += timedelta(days=1)
    return meeting_on
