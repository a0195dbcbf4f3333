"""The deadline for public questions: QUESTION_DEADLINE_CLEAR_WORKING_DAYS clear working days before the
meeting, counted as agenda publication counts them, up to 11:59pm (London time) on the last day; and only
for meetings still to be held."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from meetings.models import Meeting
from participation import deadlines
from scrutiny.working_days import is_working_day, working_days_between
from tests.factories import MeetingFactory
from tests.fuzzing import examples

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
Status = Meeting.Status


def at(year, month, day, hour=14, minute=0, second=0, tz=LONDON):
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


@pytest.fixture(autouse=True)
def three_clear_days(settings):
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 3
    settings.BANK_HOLIDAY_REGION = "ENG"
    settings.COUNCIL_CLOSURE_DAYS = []


@pytest.mark.parametrize(
    "meeting_on, last_day",
    [
        # Friday: Tuesday, Wednesday and Thursday are clear, so Monday is the last day.
        (date(2024, 3, 8), date(2024, 3, 4)),
        # Wednesday: Friday, Monday and Tuesday are clear (not the weekend), so the Thursday before.
        (date(2024, 3, 6), date(2024, 2, 29)),
        # Monday: Wednesday, Thursday and Friday, so the Tuesday before.
        (date(2024, 3, 11), date(2024, 3, 5)),
        # Thursday after Easter: Good Friday and Easter Monday are bank holidays, so Thursday 28 March,
        # Tuesday 2 and Wednesday 3 April are clear, and the last day is Wednesday 27 March.
        (date(2024, 4, 4), date(2024, 3, 27)),
        # Tuesday after Christmas 2024: 25, 26 December and 1 January are bank holidays.
        (date(2025, 1, 7), date(2025, 1, 1)),
    ],
)
def test_last_day_leaves_the_clear_working_days(meeting_on, last_day):
    assert deadlines.last_day_for_questions(meeting_on) == last_day
    assert working_days_between(last_day, meeting_on) == 3


def test_closure_days_are_not_working_days(closed_on):
    closed_on("2024-03-07")
    # Friday 8 March with Thursday closed: Monday, Tuesday and Wednesday are the clear days, so a question
    # sent by the end of Sunday 3 March leaves them clear.
    assert deadlines.last_day_for_questions(date(2024, 3, 8)) == date(2024, 3, 3)
    closed_on()
    assert deadlines.last_day_for_questions(date(2024, 3, 8)) == date(2024, 3, 4)


@pytest.mark.parametrize("clear_days, last_day", [(1, date(2024, 3, 6)), (5, date(2024, 2, 29))])
def test_the_number_of_clear_days_is_a_setting(settings, clear_days, last_day):
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = clear_days
    assert deadlines.last_day_for_questions(date(2024, 3, 8)) == last_day


@hypothesis_settings(max_examples=examples(300), deadline=None)
@given(
    meeting_on=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    clear_days=st.integers(min_value=1, max_value=12),
)
def test_the_last_day_is_the_latest_that_leaves_the_clear_days(meeting_on, clear_days):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.conf.settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS", clear_days)
        last_day = deadlines.last_day_for_questions(meeting_on)
    assert working_days_between(last_day, meeting_on) >= clear_days
    assert working_days_between(last_day + timedelta(days=1), meeting_on) < clear_days
    assert is_working_day(last_day + timedelta(days=1))  # the first clear day


# --- the moment questions close ----------------------------------------------------------------------------


@pytest.mark.django_db
class TestWhenQuestionsClose:
    def test_a_question_at_the_last_moment_is_in_time_and_a_second_later_is_not(self):
        meeting = MeetingFactory(start=at(2024, 3, 8, 14))
        assert deadlines.questions_close_at(meeting) == at(2024, 3, 5, 0)
        assert deadlines.why_questions_are_refused(meeting, at(2024, 3, 4, 23, 59, 59)) is None
        refusal = deadlines.why_questions_are_refused(meeting, at(2024, 3, 5, 0, 0, 0))
        assert refusal == "The deadline for questions to this meeting was 11:59pm on Monday 4 March 2024."

    def test_the_deadline_is_london_time_in_summer(self):
        # Friday 7 June 2024, in British Summer Time: the last day is Monday 3 June, ending at 23:00 UTC.
        meeting = MeetingFactory(start=at(2024, 6, 7, 10))
        assert deadlines.why_questions_are_refused(meeting, at(2024, 6, 3, 22, 59, 59, tz=UTC)) is None
        assert deadlines.why_questions_are_refused(meeting, at(2024, 6, 3, 23, 0, 0, tz=UTC)) is not None

    def test_a_meeting_weeks_away_takes_questions(self):
        meeting = MeetingFactory(start=at(2024, 3, 8, 14))
        assert deadlines.why_questions_are_refused(meeting, at(2024, 2, 1, 9)) is None

    def test_a_published_agenda_still_takes_questions(self):
        meeting = MeetingFactory(
            start=at(2024, 3, 8, 14), status=Status.AGENDA_PUBLISHED, agenda_published_at=at(2024, 2, 28)
        )
        assert deadlines.why_questions_are_refused(meeting, at(2024, 3, 1, 9)) is None

    def test_a_cancelled_meeting_refuses(self):
        meeting = MeetingFactory(start=at(2024, 3, 8, 14), status=Status.CANCELLED)
        refusal = deadlines.why_questions_are_refused(meeting, at(2024, 2, 1, 9))
        assert refusal == "This meeting has been cancelled, so it takes no questions."

    @pytest.mark.parametrize(
        "status", [Status.HELD, Status.MINUTES_DRAFT, Status.MINUTES_APPROVED], ids=lambda s: s.value
    )
    def test_a_held_meeting_refuses(self, status):
        meeting = MeetingFactory(start=at(2024, 3, 8, 14), status=status)
        refusal = deadlines.why_questions_are_refused(meeting, at(2024, 2, 1, 9))
        assert refusal == "This meeting has already taken place, so it takes no more questions."

    def test_a_meeting_that_has_started_refuses_even_if_not_yet_marked_held(self, settings):
        settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 0
        meeting = MeetingFactory(start=at(2024, 3, 8, 14))
        assert "already taken place" in deadlines.why_questions_are_refused(meeting, at(2024, 3, 8, 15))
