"""Each rule read from the meeting's committee type: two types that differ give two answers, and a committee
of no type keeps the settings'."""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from meetings import quorum, report_timetable, workflow
from meetings.models import Meeting
from participation import deadlines
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    CommitteeTypeFactory,
    HeldMeetingFactory,
    MeetingFactory,
    StandardItemFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
TUESDAY_5_MARCH = datetime(2024, 3, 5, 14, tzinfo=LONDON)


@pytest.fixture
def settings_rules(settings):
    settings.PUBLICATION_CLEAR_DAYS, settings.PUBLICATION_COUNTS_WORKING_DAYS = 5, True
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 3
    settings.REPORT_DRAFT_WORKING_DAYS, settings.REPORT_FINAL_WORKING_DAYS = 10, 3
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 0.25, 3


@pytest.fixture
def scrutiny(settings_rules):
    """Five clear working days, three for questions, reports 10 and 3 working days ahead, a quarter and 3."""
    return CommitteeFactory(committee_type=CommitteeTypeFactory(name="Scrutiny-like", slug="scrutiny-like"))


@pytest.fixture
def licensing(settings_rules):
    """Three clear calendar days, one for questions, reports 5 and 2 working days ahead, a half and 2."""
    committee_type = CommitteeTypeFactory(
        name="Licensing",
        slug="licensing",
        publication_clear_days=3,
        publication_counts_working_days=False,
        question_deadline_clear_working_days=1,
        report_draft_working_days=5,
        report_final_working_days=2,
        quorum_fraction=Decimal("0.5"),
        quorum_minimum=2,
    )
    return CommitteeFactory(committee_type=committee_type)


def meeting_of(committee, start=TUESDAY_5_MARCH):
    return Meeting.objects.select_related("committee__committee_type").get(
        pk=MeetingFactory(committee=committee, start=start).pk
    )


def test_the_agenda_deadline_is_the_types(scrutiny, licensing):
    # Five clear working days before Tuesday 5 March: Monday 26 February. Three calendar days: Friday 1 March.
    assert meeting_of(scrutiny).publication_deadline == date(2024, 2, 26)
    assert meeting_of(licensing).publication_deadline == date(2024, 3, 1)
    assert meeting_of(CommitteeFactory(committee_type=None)).publication_deadline == date(2024, 2, 26)


def test_clear_days_and_lateness_are_counted_as_the_type_counts_them(scrutiny, licensing):
    published = datetime(2024, 2, 29, 9, tzinfo=LONDON)  # Thursday: Friday and Monday clear, and the weekend
    for committee, clear_days, late in [(scrutiny, 2, True), (licensing, 4, False)]:
        meeting = meeting_of(committee)
        meeting.agenda_published_at = published
        assert (meeting.agenda_clear_days, meeting.agenda_is_late) == (clear_days, late)


def test_the_question_deadline_is_the_types(scrutiny, licensing):
    # Three clear working days before Tuesday 5 March (Thursday, Friday, Monday): questions by Wednesday 28
    # February. One (Monday): by Sunday 3 March.
    assert deadlines.last_day_for_questions(date(2024, 3, 5), meeting_of(scrutiny).rules) == date(2024, 2, 28)
    assert deadlines.last_day_for_questions(date(2024, 3, 5), meeting_of(licensing).rules) == date(2024, 3, 3)
    closes = deadlines.questions_close_at(meeting_of(licensing))
    assert closes == datetime(2024, 3, 4, tzinfo=timezone.get_default_timezone())


def test_the_quorum_is_the_types(scrutiny, licensing, settings):
    assert [quorum.quorum(meeting_of(scrutiny), members=n) for n in (3, 12, 13)] == [3, 3, 4]
    assert [quorum.quorum(meeting_of(licensing), members=n) for n in (3, 12, 13)] == [2, 6, 7]
    assert quorum.is_quorate(meeting_of(licensing), members=12, present=6)
    assert not quorum.is_quorate(meeting_of(licensing), members=12, present=5)
    # No type: the settings.
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 1 / 3, 5
    assert quorum.quorum(meeting_of(CommitteeFactory(committee_type=None)), members=12) == 5


def test_the_report_timetable_is_the_types(scrutiny, licensing):
    meeting = meeting_of(scrutiny)  # agenda by Monday 26 February
    assert (report_timetable.draft_due(meeting), report_timetable.final_due(meeting)) == (
        date(2024, 2, 12),
        date(2024, 2, 21),
    )
    meeting = meeting_of(licensing)  # agenda by Friday 1 March: five and two working days before it
    assert (report_timetable.draft_due(meeting), report_timetable.final_due(meeting)) == (
        date(2024, 2, 23),
        date(2024, 2, 28),
    )


def test_the_agendas_due_are_each_by_their_committees_type(settings):
    settings.PUBLICATION_CLEAR_DAYS, settings.PUBLICATION_COUNTS_WORKING_DAYS = 2, False
    today = timezone.localdate()
    long_notice = CommitteeFactory(
        committee_type=CommitteeTypeFactory(publication_clear_days=20, publication_counts_working_days=False)
    )
    short_notice = CommitteeFactory(
        committee_type=CommitteeTypeFactory(publication_clear_days=0, publication_counts_working_days=False)
    )
    no_type = CommitteeFactory(committee_type=None)

    def in_days(committee, days):
        start = datetime.combine(today + timedelta(days=days), datetime.min.time().replace(hour=14))
        return MeetingFactory(committee=committee, start=timezone.make_aware(start))

    due = {
        in_days(long_notice, 15),  # deadline 6 days ago
        in_days(short_notice, 1),  # deadline today
        in_days(no_type, 3),  # the settings' two clear days: deadline today
    }
    in_days(short_notice, 2)  # deadline tomorrow
    in_days(no_type, 4)  # deadline tomorrow
    in_days(long_notice, 30)  # deadline in 9 days
    assert set(Meeting.objects.awaiting_agenda(due_by=today)) == due
    # Each one's own deadline is what the list says.
    assert all(meeting.publication_deadline <= today for meeting in due)


# --- the type's standard items --------------------------------------------------------------------------


def agenda(meeting):
    return list(meeting.agenda_items.order_by("number").values_list("number", "title"))


@pytest.fixture
def planning():
    committee_type = CommitteeTypeFactory(name="Planning", slug="planning")
    for position, placement, wording in [
        (3, "opening", "Declarations of interest."),
        (1, "opening", "Apologies for absence."),
        (2, "opening", "Minutes of {previous_meeting}."),
        (5, "closing", "Date of the next meeting of the {committee}."),
        (4, "before_exempt", "Exclusion of the press and public."),
    ]:
        StandardItemFactory(
            committee_type=committee_type, position=position, placement=placement, wording=wording
        )
    return CommitteeFactory(name="Development Control Board", committee_type=committee_type)


def test_the_types_items_are_added_in_order_with_their_placeholders_filled(planning):
    HeldMeetingFactory(committee=planning, start=datetime(2024, 1, 23, 14, tzinfo=LONDON))
    meeting = MeetingFactory(committee=planning, start=TUESDAY_5_MARCH)
    AgendaItemFactory(meeting=meeting, number=1, title="Land at Hallam Fields")
    assert workflow.add_standard_items(meeting) == 4
    assert agenda(meeting) == [
        (1, "Apologies for absence."),
        (2, "Minutes of the meeting held on 23 January 2024."),
        (3, "Declarations of interest."),
        (4, "Land at Hallam Fields"),
        (5, "Date of the next meeting of the Development Control Board."),
    ]
    # Again: nothing more.
    assert workflow.add_standard_items(meeting) == 0
    assert len(agenda(meeting)) == 5


def test_a_first_meeting_names_the_previous_meeting_in_words_and_another_types_items_differ(planning):
    first = MeetingFactory(committee=planning, start=TUESDAY_5_MARCH)
    workflow.add_standard_items(first)
    assert agenda(first)[1] == (2, "Minutes of the previous meeting.")
    cabinet = CommitteeFactory(committee_type=CommitteeTypeFactory())
    StandardItemFactory(committee_type=cabinet.committee_type, wording="Leader's announcements.")
    other = MeetingFactory(committee=cabinet, start=TUESDAY_5_MARCH)
    assert workflow.add_standard_items(other) == 1
    assert agenda(other) == [(1, "Leader's announcements.")]


def test_an_item_already_there_with_another_previous_meeting_is_not_added_again(planning):
    meeting = MeetingFactory(committee=planning, start=TUESDAY_5_MARCH)
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the previous meeting.", kind="procedural")
    HeldMeetingFactory(committee=planning, start=datetime(2024, 1, 23, 14, tzinfo=LONDON))
    assert workflow.add_standard_items(meeting) == 3
    titles = [title for _, title in agenda(meeting)]
    assert sum(title.startswith("Minutes of") for title in titles) == 1
