"""A committee's previous and next meetings, in one place (MeetingQuerySet): what approves whose minutes,
what the agenda pack prints, what actions are due before, and what is reported as arising."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.models import Meeting
from tests.factories import CommitteeFactory, MeetingFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Meeting.Status


def at(month, day, hour=14):
    return datetime(2024, month, day, hour, tzinfo=LONDON)


@pytest.fixture
def committee():
    return CommitteeFactory()


def test_the_previous_and_next_meetings_are_the_committees_nearest_either_side(committee):
    january = MeetingFactory(committee=committee, start=at(1, 23))
    march = MeetingFactory(committee=committee, start=at(3, 12))
    june = MeetingFactory(committee=committee, start=at(6, 4))
    MeetingFactory(start=at(2, 20))  # another committee's, in between
    assert Meeting.objects.previous_to(march) == january
    assert Meeting.objects.next_after(march) == june
    assert list(Meeting.objects.earlier_than(june)) == [march, january]
    assert list(Meeting.objects.later_than(january)) == [march, june]


def test_the_first_has_no_previous_and_the_last_no_next(committee):
    only = MeetingFactory(committee=committee, start=at(3, 12))
    assert Meeting.objects.previous_to(only) is None
    assert Meeting.objects.next_after(only) is None


def test_cancelled_meetings_are_passed_over(committee):
    january = MeetingFactory(committee=committee, start=at(1, 23))
    MeetingFactory(committee=committee, start=at(2, 20), status=Status.CANCELLED)
    march = MeetingFactory(committee=committee, start=at(3, 12))
    MeetingFactory(committee=committee, start=at(4, 16), status=Status.CANCELLED)
    assert Meeting.objects.previous_to(march) == january
    assert Meeting.objects.next_after(january) == march
    assert Meeting.objects.next_after(march) is None
    assert list(Meeting.objects.for_committee(committee).later_than_day(date(2024, 1, 23))) == [march]


def test_two_meetings_on_one_day_follow_each_other_by_the_hour(committee):
    morning = MeetingFactory(committee=committee, start=at(3, 12, hour=10))
    afternoon = MeetingFactory(committee=committee, start=at(3, 12, hour=14))
    assert Meeting.objects.previous_to(afternoon) == morning
    assert Meeting.objects.next_after(morning) == afternoon
    # By the day, neither comes after the day they are both on.
    assert not Meeting.objects.for_committee(committee).later_than_day(date(2024, 3, 12)).exists()
    assert list(Meeting.objects.for_committee(committee).later_than_day(date(2024, 3, 11))) == [
        morning,
        afternoon,
    ]


def test_meetings_at_the_same_moment_are_neither_before_nor_after_each_other(committee):
    january = MeetingFactory(committee=committee, start=at(1, 23))
    first = MeetingFactory(committee=committee, start=at(3, 12))
    second = MeetingFactory(committee=committee, start=at(3, 12))
    june = MeetingFactory(committee=committee, start=at(6, 4))
    assert Meeting.objects.previous_to(second) == january
    assert Meeting.objects.next_after(first) == june
    # Others sharing a moment are in the order they were made, whichever way they are read.
    assert Meeting.objects.previous_to(june) == second
    assert Meeting.objects.next_after(january) == first
