"""The life of a meeting: each workflow step does its job, and refuses, saying why, when it makes no sense."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from meetings import workflow
from meetings.models import AgendaItem, Meeting
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PublishedAgendaMeetingFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Meeting.Status


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def stored_status(meeting):
    return Meeting.objects.values_list("status", flat=True).get(pk=meeting.pk)


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfosc")


# --- publish_agenda ---------------------------------------------------------------------------------------


@pytest.fixture
def march(committee):
    """The seed meeting, Tue 5 March 2024, with its agenda built but not published."""
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="Performance Report 2023/24 - Quarter 3")
    return meeting


def test_publish_agenda_on_time(march):
    when = at(2024, 2, 26, 16)
    result = workflow.publish_agenda(march, when=when)
    # Clear working days 27, 28, 29 Feb, 1, 4 Mar.
    assert result.clear_days == 5
    assert result.late is False
    assert result.meeting == march
    march.refresh_from_db()
    assert march.status == Status.AGENDA_PUBLISHED
    assert march.agenda_published_at == when


def test_publish_agenda_late(march):
    result = workflow.publish_agenda(march, when=at(2024, 2, 27, 9))
    assert result.clear_days == 4
    assert result.late is True
    assert stored_status(march) == Status.AGENDA_PUBLISHED


def test_publish_agenda_after_easter_counts_working_days(committee):
    # Meeting Thu 4 Apr 2024, published Wed 27 Mar: clear days 28 Mar and 2, 3 Apr (Good Friday, the
    # weekend and Easter Monday in between do not count).
    meeting = MeetingFactory(committee=committee, start=at(2024, 4, 4))
    AgendaItemFactory(meeting=meeting)
    result = workflow.publish_agenda(meeting, when=at(2024, 3, 27, 10))
    assert (result.clear_days, result.late) == (3, True)


def test_publish_agenda_stamps_now_by_default(committee):
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=30))
    AgendaItemFactory(meeting=meeting)
    before = timezone.now()
    result = workflow.publish_agenda(meeting)
    after = timezone.now()
    meeting.refresh_from_db()
    assert before <= meeting.agenda_published_at <= after
    # 29 days between publication and a meeting 30 days off hold at least 5 working days whatever the season.
    assert result.clear_days >= 5
    assert result.late is False


def test_publish_agenda_refuses_a_meeting_with_no_items(committee):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    with pytest.raises(ValidationError, match="has no items yet"):
        workflow.publish_agenda(meeting, when=at(2024, 2, 20))
    meeting.refresh_from_db()
    assert meeting.status == Status.SCHEDULED
    assert meeting.agenda_published_at is None


def test_publish_agenda_refuses_a_cancelled_meeting(march):
    workflow.cancel(march)
    with pytest.raises(ValidationError, match="cannot be published: the meeting is cancelled"):
        workflow.publish_agenda(march, when=at(2024, 2, 20))
    march.refresh_from_db()
    assert march.status == Status.CANCELLED
    assert march.agenda_published_at is None


def test_publish_agenda_refuses_an_already_published_agenda(march):
    first = at(2024, 2, 20)
    workflow.publish_agenda(march, when=first)
    with pytest.raises(ValidationError, match="the meeting is agenda published"):
        workflow.publish_agenda(march, when=at(2024, 2, 27))
    march.refresh_from_db()
    assert march.agenda_published_at == first


# --- mark_held --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.AGENDA_PUBLISHED])
def test_mark_held(committee, status):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5), status=status)
    workflow.mark_held(meeting, now=at(2024, 3, 5, 16, 1))
    assert stored_status(meeting) == Status.HELD


def test_mark_held_defaults_to_now(committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee, start=timezone.now() - timedelta(hours=2))
    workflow.mark_held(meeting)
    assert stored_status(meeting) == Status.HELD


def test_mark_held_refuses_a_meeting_that_has_not_started(committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee, start=at(2024, 3, 5))
    with pytest.raises(ValidationError, match="has not started yet"):
        workflow.mark_held(meeting, now=at(2024, 3, 5, 13, 59))
    assert stored_status(meeting) == Status.AGENDA_PUBLISHED


def test_mark_held_refuses_a_future_meeting_by_default(committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee, start=timezone.now() + timedelta(days=3))
    with pytest.raises(ValidationError, match="has not started yet"):
        workflow.mark_held(meeting)
    assert stored_status(meeting) == Status.AGENDA_PUBLISHED


@pytest.mark.parametrize(
    "status", [Status.HELD, Status.MINUTES_DRAFT, Status.MINUTES_APPROVED, Status.CANCELLED]
)
def test_mark_held_refuses_the_wrong_states(committee, status):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5), status=status)
    with pytest.raises(ValidationError, match="cannot be marked as held"):
        workflow.mark_held(meeting, now=at(2024, 3, 6))
    assert stored_status(meeting) == status


# --- publish_draft_minutes --------------------------------------------------------------------------------


@pytest.fixture
def january(committee):
    """23 January 2024, held, with minutes written but not published."""
    meeting = HeldMeetingFactory(committee=committee, start=at(2024, 1, 23), minutes_published_at=None)
    MinuteFactory(meeting=meeting, number=45, heading="Minutes of the previous meeting.")
    return meeting


def test_publish_draft_minutes(january):
    when = at(2024, 1, 30, 12)
    workflow.publish_draft_minutes(january, when=when)
    january.refresh_from_db()
    assert january.status == Status.MINUTES_DRAFT
    assert january.minutes_published_at == when


def test_publish_draft_minutes_stamps_now_by_default(january):
    before = timezone.now()
    workflow.publish_draft_minutes(january)
    january.refresh_from_db()
    assert before <= january.minutes_published_at <= timezone.now()


def test_publish_draft_minutes_needs_minutes(committee):
    meeting = HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    with pytest.raises(ValidationError, match="has no minutes written yet"):
        workflow.publish_draft_minutes(meeting)
    meeting.refresh_from_db()
    assert meeting.status == Status.HELD
    assert meeting.minutes_published_at is None


@pytest.mark.parametrize(
    "status", [Status.SCHEDULED, Status.AGENDA_PUBLISHED, Status.MINUTES_DRAFT, Status.CANCELLED]
)
def test_publish_draft_minutes_needs_a_held_meeting(committee, status):
    meeting = HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    MinuteFactory(meeting=meeting)
    Meeting.objects.filter(pk=meeting.pk).update(status=status)
    meeting.refresh_from_db()
    with pytest.raises(ValidationError, match="cannot be published"):
        workflow.publish_draft_minutes(meeting, when=at(2024, 1, 30))
    assert stored_status(meeting) == status


# --- approve_minutes --------------------------------------------------------------------------------------


def test_approve_minutes_records_where_they_were_approved(january, march):
    workflow.publish_draft_minutes(january, when=at(2024, 1, 30, 12))
    workflow.approve_minutes(january, approved_at=march, when=at(2024, 3, 5, 14, 10))
    january.refresh_from_db()
    assert january.status == Status.MINUTES_APPROVED
    assert january.minutes_approved_at == march
    # Published in draft earlier: that date stands.
    assert january.minutes_published_at == at(2024, 1, 30, 12)
    assert list(march.minutes_approved.all()) == [january]


def test_approving_minutes_never_published_in_draft_publishes_them(january, march):
    when = at(2024, 3, 5, 14, 10)
    workflow.approve_minutes(january, approved_at=march, when=when)
    january.refresh_from_db()
    assert january.status == Status.MINUTES_APPROVED
    assert january.minutes_published_at == when


def test_approve_minutes_refuses_another_committees_meeting(january):
    elsewhere = MeetingFactory(start=at(2024, 3, 5))
    with pytest.raises(ValidationError, match="same committee"):
        workflow.approve_minutes(january, approved_at=elsewhere)
    january.refresh_from_db()
    assert january.status == Status.HELD
    assert january.minutes_approved_at is None


@pytest.mark.parametrize("start", [at(2023, 11, 14), at(2024, 1, 23)])
def test_approve_minutes_refuses_an_earlier_meeting_or_itself(january, committee, start):
    approver = HeldMeetingFactory(committee=committee, start=start)
    with pytest.raises(ValidationError, match="later meeting"):
        workflow.approve_minutes(january, approved_at=approver)
    assert stored_status(january) == Status.HELD


def test_a_meeting_cannot_approve_its_own_minutes(january):
    with pytest.raises(ValidationError, match="later meeting"):
        workflow.approve_minutes(january, approved_at=january)
    assert stored_status(january) == Status.HELD


def test_a_cancelled_meeting_cannot_approve_minutes(january, march):
    workflow.cancel(march)
    with pytest.raises(ValidationError, match="cancelled"):
        workflow.approve_minutes(january, approved_at=march)
    assert stored_status(january) == Status.HELD


def test_approve_minutes_refuses_a_meeting_without_minutes(committee, march):
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    with pytest.raises(ValidationError, match="has no minutes to approve"):
        workflow.approve_minutes(meeting, approved_at=march)
    assert stored_status(meeting) == Status.MINUTES_DRAFT


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.AGENDA_PUBLISHED, Status.CANCELLED])
def test_approve_minutes_refuses_a_meeting_not_yet_held(january, march, status):
    Meeting.objects.filter(pk=january.pk).update(status=status)
    january.refresh_from_db()
    with pytest.raises(ValidationError, match="cannot be approved"):
        workflow.approve_minutes(january, approved_at=march)
    assert stored_status(january) == status


def test_approved_minutes_cannot_be_approved_again(january, march, committee):
    workflow.approve_minutes(january, approved_at=march)
    later = HeldMeetingFactory(committee=committee, start=at(2024, 6, 4))
    with pytest.raises(ValidationError, match="cannot be approved"):
        workflow.approve_minutes(january, approved_at=later)
    january.refresh_from_db()
    assert january.minutes_approved_at == march


# --- cancel -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.AGENDA_PUBLISHED])
def test_cancel(committee, status):
    meeting = MeetingFactory(committee=committee, status=status)
    workflow.cancel(meeting)
    assert stored_status(meeting) == Status.CANCELLED


@pytest.mark.parametrize(
    "status", [Status.HELD, Status.MINUTES_DRAFT, Status.MINUTES_APPROVED, Status.CANCELLED]
)
def test_cancel_refuses_a_meeting_already_held_or_cancelled(committee, status):
    meeting = MeetingFactory(committee=committee, start=at(2024, 1, 23), status=status)
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        workflow.cancel(meeting)
    assert stored_status(meeting) == status


# --- add_standard_items -----------------------------------------------------------------------------------

# Seed 003, the agenda of 5 March 2024, items 1-7 and the two closing items.
OPENING = [
    "Minutes of the previous meeting.",
    "Question Time.",
    "Questions asked by members under Standing Order 7(3) and 7(5).",
    "To advise of any other items which the Chairman has decided to take as urgent elsewhere on the agenda.",
    "Declarations of interest in respect of items on the agenda.",
    "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.",
    "Presentation of Petitions under Standing Order 36.",
]
CLOSING = ["Date of next meeting.", "Any other items which the Chairman has decided to take as urgent."]


def agenda(meeting):
    return list(meeting.agenda_items.order_by("number").values_list("number", "title", "kind"))


def test_standard_items_on_an_empty_agenda(committee):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    assert workflow.add_standard_items(meeting) == 9
    assert agenda(meeting) == [
        (number, title, "procedural") for number, title in enumerate(OPENING + CLOSING, start=1)
    ]


def test_existing_reports_move_between_the_opening_and_closing_items(committee):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="2024/25 Medium Term Financial Strategy")
    AgendaItemFactory(meeting=meeting, number=2, title="Performance Report 2023/24 - Quarter 3")
    assert workflow.add_standard_items(meeting) == 9
    assert agenda(meeting) == [
        *((number, title, "procedural") for number, title in enumerate(OPENING, start=1)),
        (8, "2024/25 Medium Term Financial Strategy", "report"),
        (9, "Performance Report 2023/24 - Quarter 3", "report"),
        (10, "Date of next meeting.", "procedural"),
        (11, "Any other items which the Chairman has decided to take as urgent.", "procedural"),
    ]


def test_adding_standard_items_twice_adds_nothing(committee):
    HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="Performance Report 2023/24 - Quarter 3")
    workflow.add_standard_items(meeting)
    before = agenda(meeting)
    assert workflow.add_standard_items(meeting) == 0
    assert agenda(meeting) == before
    assert meeting.agenda_items.count() == 10


def test_the_minutes_item_names_the_previous_meeting(committee):
    HeldMeetingFactory(committee=committee, start=at(2023, 11, 14))
    HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    # Another committee's meeting in between is not this committee's previous meeting.
    HeldMeetingFactory(start=at(2024, 2, 1))
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    workflow.add_standard_items(meeting)
    first = meeting.agenda_items.get(number=1)
    assert first.title == "Minutes of the meeting held on 23 January 2024."
    assert meeting.agenda_items.filter(title__startswith="Minutes of the").count() == 1


def test_the_minutes_item_skips_a_cancelled_meeting(committee):
    HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    MeetingFactory(committee=committee, start=at(2024, 2, 13), status=Status.CANCELLED)
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    workflow.add_standard_items(meeting)
    assert meeting.agenda_items.get(number=1).title == "Minutes of the meeting held on 23 January 2024."


def test_an_existing_minutes_item_is_not_duplicated(committee):
    HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the previous meeting.", kind="procedural")
    assert workflow.add_standard_items(meeting) == 8
    titles = list(meeting.agenda_items.order_by("number").values_list("title", flat=True))
    assert sum(title.startswith("Minutes of the") for title in titles) == 1
    assert len(titles) == 9


def test_standard_items_leave_other_meetings_alone(committee):
    other = MeetingFactory(committee=committee, start=at(2024, 6, 4))
    AgendaItemFactory(meeting=other, number=1, title="Appointment of Chairman")
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    workflow.add_standard_items(meeting)
    assert agenda(other) == [(1, "Appointment of Chairman", "report")]
    assert AgendaItem.objects.filter(meeting=other).count() == 1
