"""When follow-up is due: actions before the committee's next meeting, the executive's reply in two months."""

from datetime import date

from dateutil.relativedelta import relativedelta
from django.conf import settings

from meetings.models import Meeting
from scrutiny.working_days import working_days_after, working_days_before


def default_due_date(committee_id: int, raised_on: date) -> date:
    """Ten working days (a setting) before the committee's next meeting, so the answer can go into its
    agenda; when no meeting is scheduled, or it is too close, twenty working days (a setting) from now."""
    next_meeting = Meeting.objects.for_committee(committee_id).later_than_day(raised_on).first()
    if next_meeting is not None:
        due = working_days_before(next_meeting.date, settings.ACTION_DUE_WORKING_DAYS_BEFORE_MEETING)
        if due > raised_on:
            return due
    return working_days_after(raised_on, settings.ACTION_DUE_WORKING_DAYS_WITHOUT_MEETING)


def executive_response_due(sent_on: date) -> date:
    """Local Government Act 2000 s.9FE: two months (a setting) from the day the recommendation was sent."""
    return sent_on + relativedelta(months=settings.EXECUTIVE_RESPONSE_MONTHS)
