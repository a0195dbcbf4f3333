"""The quorum and the report timetable, from the settings that are a committee type's defaults."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings import quorum, report_timetable
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("members", "expected"),
    [(0, 0), (2, 2), (3, 3), (12, 3), (13, 4), (16, 4), (17, 5), (60, 15)],
)
def test_a_quarter_of_the_members_and_never_fewer_than_three(settings, members, expected):
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 0.25, 3
    assert quorum.quorum(None, members=members) == expected


def test_quorate_when_enough_are_present(settings):
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 1 / 3, 3
    assert quorum.is_quorate(None, members=12, present=4)
    assert not quorum.is_quorate(None, members=12, present=3)


def test_reports_are_due_working_days_before_the_publication_deadline(settings):
    settings.REPORT_DRAFT_WORKING_DAYS, settings.REPORT_FINAL_WORKING_DAYS = 10, 3
    # Tuesday 5 March 2024: the agenda is due by Monday 26 February (five clear working days).
    meeting = MeetingFactory(start=datetime(2024, 3, 5, 14, tzinfo=ZoneInfo("Europe/London")))
    assert meeting.publication_deadline == date(2024, 2, 26)
    assert report_timetable.final_due(meeting) == date(2024, 2, 21)
    assert report_timetable.draft_due(meeting) == date(2024, 2, 12)
