"""When an agenda must be published: LGA 1972 s.100B asks for five clear days before the meeting.

Clear days exclude the day of publication and the day of the meeting. By default they are working days
(no weekends or England and Wales bank holidays); a council can count calendar days instead. How many, and
how counted, is the committee type's rule (scrutiny.committee_rules), the settings when none is given."""

from datetime import date, timedelta

from scrutiny.committee_rules import Rules
from scrutiny.working_days import working_days_before, working_days_between


def clear_days_between(published_on: date, meeting_on: date, rules: Rules | None = None) -> int:
    rules = rules or Rules.from_settings()
    if rules.publication_counts_working_days:
        return working_days_between(published_on, meeting_on)
    return max((meeting_on - published_on).days - 1, 0)


def publication_deadline(meeting_on: date, rules: Rules | None = None) -> date:
    """The last day an agenda can be published and still leave the required clear days."""
    rules = rules or Rules.from_settings()
    required = rules.publication_clear_days
    if rules.publication_counts_working_days:
        return working_days_before(meeting_on, required) - timedelta(days=1)
    return meeting_on - timedelta(days=required + 1)


def is_published_late(published_on: date, meeting_on: date, rules: Rules | None = None) -> bool:
    return published_on > publication_deadline(meeting_on, rules)


def last_meeting_due_by(day: date, rules: Rules | None = None) -> date:
    """The latest meeting date whose agenda must be published by `day` (the deadline only moves later as the
    meeting does, so the first date past it ends the search)."""
    meeting_on = day
    while publication_deadline(meeting_on + timedelta(days=1), rules) <= day:
        meeting_on += timedelta(days=1)
    return meeting_on
