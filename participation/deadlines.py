"""When a member of the public may still send a question for a meeting's Question Time.

A question must leave the clear working days the committee's type asks (QUESTION_DEADLINE_CLEAR_WORKING_DAYS
for a committee of no type) before the meeting, counted as agenda publication counts them
(meetings/publication.py): neither the day it is sent nor the meeting day counts, nor weekends, bank
holidays or the council's closure days. So the deadline is the end (11:59pm, in
the council's time zone) of the last day that still leaves those days clear."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from meetings.models import Meeting
from scrutiny.committee_rules import Rules
from scrutiny.working_days import working_days_before

TAKES_QUESTIONS = (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED)


def last_day_for_questions(meeting_on: date, rules: Rules | None = None) -> date:
    required = (rules or Rules.from_settings()).question_deadline_clear_working_days
    return working_days_before(meeting_on, required) - timedelta(days=1)


def questions_close_at(meeting: Meeting) -> datetime:
    """The first moment a question is too late: midnight at the end of the last day."""
    day_after = last_day_for_questions(meeting.date, meeting.rules) + timedelta(days=1)
    return datetime.combine(day_after, time.min, tzinfo=timezone.get_default_timezone())


def why_questions_are_refused(meeting: Meeting, now: datetime | None = None) -> str | None:
    """Why the meeting takes no more questions, in words for the public; None while it takes them."""
    now = now or timezone.now()
    if meeting.is_cancelled:
        return "This meeting has been cancelled, so it takes no questions."
    if meeting.status not in TAKES_QUESTIONS or meeting.start <= now:
        return "This meeting has already taken place, so it takes no more questions."
    if now >= questions_close_at(meeting):
        last_day = last_day_for_questions(meeting.date, meeting.rules)
        return f"The deadline for questions to this meeting was 11:59pm on {last_day:%A %-d %B %Y}."
    return None
