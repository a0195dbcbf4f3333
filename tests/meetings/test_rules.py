"""The domain rules: working days, the s.100B publication clock, the municipal year, minute numbering,
the freeze on approved minutes, exempt papers and Roman numerals.

Every expected value here is worked out by hand from the calendar or the papers, never by calling the code
under test."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from meetings import workflow
from meetings.models import (
    AgendaItem,
    Attendance,
    Declaration,
    DiscussionPoint,
    Document,
    MemberQuestion,
    Minute,
    MinutesApprovedError,
    Petition,
    PublicQuestion,
    Resolution,
    Vote,
)
from meetings.publication import clear_days_between, is_published_late, publication_deadline
from meetings.roman import to_roman
from scrutiny.closure_days import from_setting
from scrutiny.municipal_year import MunicipalYear
from scrutiny.working_days import is_working_day, working_days_before, working_days_between
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PetitionFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
    VoteFactory,
)

LONDON = ZoneInfo("Europe/London")


def at(year, month, day, hour=14, minute=0):
    """An aware datetime on the council's wall clock."""
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


# --- Working days -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 3, 2),  # Saturday
        date(2024, 3, 3),  # Sunday
        date(2023, 12, 25),  # Christmas Day
        date(2023, 12, 26),  # Boxing Day
        date(2024, 1, 1),  # New Year's Day
        date(2024, 3, 29),  # Good Friday
        date(2024, 4, 1),  # Easter Monday
        date(2024, 5, 6),  # Early May bank holiday
        date(2024, 5, 27),  # Spring bank holiday
        date(2024, 8, 26),  # Summer bank holiday (England and Wales: last Monday of August)
        date(2022, 12, 27),  # Substitute day: Christmas 2022 fell on a Sunday
        date(2023, 5, 8),  # One-off: the Coronation bank holiday
    ],
)
def test_weekends_and_bank_holidays_are_not_working_days(day):
    assert not is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 3, 5),  # an ordinary Tuesday
        date(2024, 3, 28),  # Maundy Thursday
        date(2024, 4, 2),  # the Tuesday after Easter
        date(2023, 12, 27),  # between Boxing Day and New Year: not a bank holiday
        date(2024, 8, 5),  # Scotland's summer holiday, not England's
        date(2024, 3, 18),  # the day after St Patrick's Day (a holiday in Northern Ireland only)
    ],
)
def test_ordinary_weekdays_are_working_days(day):
    assert is_working_day(day)


def test_council_closure_days_are_not_working_days(closed_on):
    closed_on("2023-12-27", "2023-12-28", "2023-12-29")
    assert not is_working_day(date(2023, 12, 27))
    assert not is_working_day(date(2023, 12, 29))
    assert is_working_day(date(2023, 12, 22))
    # 22 Dec to 2 Jan strictly between: 23/24 weekend, 25/26 bank holidays, 27-29 closed, 30/31 weekend,
    # 1 Jan bank holiday: nothing left.
    assert working_days_between(date(2023, 12, 22), date(2024, 1, 2)) == 0


def test_closure_days_written_with_spaces_after_the_commas_still_count():
    # django-environ splits "2023-12-27, 2023-12-28" on the comma and keeps the space. The setting is the
    # closure days' first value (scrutiny migration 0005 copies it into their records).
    assert from_setting(["2023-12-27", " 2023-12-28", ""]) == {date(2023, 12, 27), date(2023, 12, 28)}
    assert from_setting([date(2023, 12, 29)]) == {date(2023, 12, 29)}


def test_closure_days_default_to_none(closed_on):
    closed_on()
    assert is_working_day(date(2023, 12, 27))


def test_working_days_between_counts_strictly_between():
    # Mon 26 Feb to Tue 5 Mar 2024: 27, 28, 29 Feb, 1 Mar, (2, 3 weekend), 4 Mar.
    assert working_days_between(date(2024, 2, 26), date(2024, 3, 5)) == 5
    # Neither end counts, even when both are working days.
    assert working_days_between(date(2024, 3, 4), date(2024, 3, 5)) == 0
    assert working_days_between(date(2024, 3, 4), date(2024, 3, 6)) == 1
    assert working_days_between(date(2024, 3, 5), date(2024, 3, 5)) == 0
    # The wrong way round: nothing between.
    assert working_days_between(date(2024, 3, 5), date(2024, 2, 26)) == 0


def test_working_days_between_skips_easter():
    # Wed 27 Mar to Wed 3 Apr 2024: 28 Mar, (29 Good Friday, 30/31 weekend, 1 Easter Monday), 2 Apr.
    assert working_days_between(date(2024, 3, 27), date(2024, 4, 3)) == 2


def test_working_days_before():
    assert working_days_before(date(2024, 3, 5), 1) == date(2024, 3, 4)
    # Over the weekend: Tue 5 Mar minus 2 is Fri 1 Mar.
    assert working_days_before(date(2024, 3, 5), 2) == date(2024, 3, 1)
    assert working_days_before(date(2024, 3, 5), 5) == date(2024, 2, 27)
    # Over Easter: Tue 2 Apr minus 1 skips Easter Monday, the weekend and Good Friday.
    assert working_days_before(date(2024, 4, 2), 1) == date(2024, 3, 28)
    # Nothing to count: the day itself.
    assert working_days_before(date(2024, 3, 5), 0) == date(2024, 3, 5)


def test_working_days_before_skips_closure_days(closed_on):
    closed_on("2024-03-04")
    assert working_days_before(date(2024, 3, 5), 1) == date(2024, 3, 1)


# --- Publication: LGA 1972 s.100B, five clear days ------------------------------------------------------


def test_seed_meeting_deadline_is_monday_26_february():
    # Meeting Tue 5 Mar 2024. Five clear working days: 27, 28, 29 Feb, 1, 4 Mar; so publish by Mon 26 Feb.
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 26)


def test_seed_meeting_published_on_the_deadline_is_on_time_and_a_day_later_is_late():
    assert not is_published_late(date(2024, 2, 26), date(2024, 3, 5))
    assert is_published_late(date(2024, 2, 27), date(2024, 3, 5))
    assert not is_published_late(date(2024, 2, 20), date(2024, 3, 5))
    assert clear_days_between(date(2024, 2, 26), date(2024, 3, 5)) == 5
    assert clear_days_between(date(2024, 2, 27), date(2024, 3, 5)) == 4


def test_easter_bank_holidays_push_the_deadline_earlier():
    # Meeting Thu 4 Apr 2024. Counting back: Wed 3 Apr (1), Tue 2 Apr (2), Mon 1 Apr Easter Monday (no),
    # Sun 31 / Sat 30 Mar (no), Fri 29 Mar Good Friday (no), Thu 28 Mar (3), Wed 27 Mar (4), Tue 26 Mar (5).
    # So publish by Mon 25 Mar. Without the two bank holidays it would have been Wed 27 Mar.
    meeting_on = date(2024, 4, 4)
    assert publication_deadline(meeting_on) == date(2024, 3, 25)
    assert not is_published_late(date(2024, 3, 25), meeting_on)
    assert is_published_late(date(2024, 3, 26), meeting_on)
    assert is_published_late(date(2024, 3, 27), meeting_on)
    assert clear_days_between(date(2024, 3, 25), meeting_on) == 5
    assert clear_days_between(date(2024, 3, 27), meeting_on) == 3


def test_christmas_pushes_the_deadline_earlier():
    # Meeting Tue 2 Jan 2024: Fri 29 (1), Thu 28 (2), Wed 27 Dec (3), 26/25 bank holidays, 24/23 weekend,
    # Fri 22 (4), Thu 21 Dec (5): publish by Wed 20 Dec 2023.
    assert publication_deadline(date(2024, 1, 2)) == date(2023, 12, 20)


def test_council_closure_day_pushes_the_deadline_earlier(closed_on):
    closed_on("2024-03-04")
    # Meeting Tue 5 Mar 2024 with Mon 4 Mar closed: the five clear days are 26, 27, 28, 29 Feb and 1 Mar,
    # so the agenda must be out before Mon 26 Feb: by Sun 25 Feb (the deadline is a date, not a working day).
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 25)
    assert not is_published_late(date(2024, 2, 23), date(2024, 3, 5))
    assert is_published_late(date(2024, 2, 26), date(2024, 3, 5))
    assert clear_days_between(date(2024, 2, 26), date(2024, 3, 5)) == 4


def test_calendar_days_when_working_days_are_not_counted(settings):
    settings.PUBLICATION_COUNTS_WORKING_DAYS = False
    # Meeting Tue 5 Mar 2024, five clear calendar days: 29 Feb (a leap year), 1, 2, 3, 4 Mar.
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 28)
    assert clear_days_between(date(2024, 2, 28), date(2024, 3, 5)) == 5
    assert not is_published_late(date(2024, 2, 28), date(2024, 3, 5))
    assert is_published_late(date(2024, 2, 29), date(2024, 3, 5))
    # Weekends and bank holidays count: meeting Thu 4 Apr -> 30, 31 Mar, 1, 2, 3 Apr clear, publish by 29 Mar.
    assert publication_deadline(date(2024, 4, 4)) == date(2024, 3, 29)


@pytest.mark.parametrize(
    "clear_days, deadline",
    [
        # Meeting Tue 5 Mar 2024. Three: 4 Mar, 1 Mar, 29 Feb -> Wed 28 Feb.
        (3, date(2024, 2, 28)),
        # Ten: 4, 1 Mar, 29, 28, 27, 26, 23, 22, 21, 20 Feb -> Mon 19 Feb.
        (10, date(2024, 2, 19)),
    ],
)
def test_publication_clear_days_is_configurable(settings, clear_days, deadline):
    settings.PUBLICATION_CLEAR_DAYS = clear_days
    assert publication_deadline(date(2024, 3, 5)) == deadline


def test_publication_clear_calendar_days_is_configurable(settings):
    settings.PUBLICATION_COUNTS_WORKING_DAYS = False
    settings.PUBLICATION_CLEAR_DAYS = 3
    # Meeting 5 Mar: 2, 3, 4 Mar clear -> publish by Fri 1 Mar.
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 3, 1)


def seed_meeting(**kwargs):
    """An unsaved meeting on Tue 5 March 2024 at 14:00, like the seed agenda."""
    return MeetingFactory.build(start=at(2024, 3, 5), **kwargs)


def test_meeting_published_late():
    meeting = seed_meeting(agenda_published_at=at(2024, 2, 27, 9), status="agenda_published")
    assert meeting.agenda_clear_days == 4
    assert meeting.agenda_is_late


def test_meeting_published_on_time():
    meeting = seed_meeting(agenda_published_at=at(2024, 2, 26, 17, 30), status="agenda_published")
    assert meeting.agenda_clear_days == 5
    assert not meeting.agenda_is_late
    assert meeting.publication_deadline == date(2024, 2, 26)


def test_lateness_uses_the_london_date_of_publication():
    # Meeting Tue 11 Jun 2024: clear days 4, 5, 6, 7, 10 Jun, so publish by Mon 3 Jun. 23:30 UTC on 3 Jun is
    # 00:30 on 4 Jun in London (BST): a day late.
    published = datetime(2024, 6, 3, 23, 30, tzinfo=ZoneInfo("UTC"))
    meeting = MeetingFactory.build(start=at(2024, 6, 11), agenda_published_at=published)
    assert meeting.agenda_is_late
    assert meeting.agenda_clear_days == 4


def test_unpublished_meeting_past_its_deadline_is_late():
    meeting = seed_meeting()
    assert meeting.agenda_clear_days is None
    assert meeting.agenda_is_late


def test_unpublished_meeting_before_its_deadline_is_not_late():
    meeting = MeetingFactory.build(start=timezone.now() + timedelta(days=60))
    assert meeting.agenda_clear_days is None
    assert not meeting.agenda_is_late


def test_cancelled_meeting_is_not_flagged_late():
    meeting = seed_meeting(status="cancelled")
    assert not meeting.agenda_is_late


def test_publication_settings_reach_the_model(settings):
    settings.PUBLICATION_COUNTS_WORKING_DAYS = False
    # 27 Feb to 5 Mar: 28, 29 Feb, 1, 2, 3, 4 Mar: six calendar days.
    meeting = seed_meeting(agenda_published_at=at(2024, 2, 27, 9))
    assert meeting.agenda_clear_days == 6
    assert not meeting.agenda_is_late


# --- Municipal year -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day, start_year, label",
    [
        (date(2024, 1, 23), 2023, "2023/24"),
        (date(2024, 3, 5), 2023, "2023/24"),
        (date(2024, 4, 30), 2023, "2023/24"),
        (date(2024, 5, 1), 2024, "2024/25"),
        (date(2024, 12, 31), 2024, "2024/25"),
        (date(2023, 5, 1), 2023, "2023/24"),
        (date(2099, 6, 1), 2099, "2099/00"),
        (date(2009, 6, 1), 2009, "2009/10"),
    ],
)
def test_municipal_year_runs_may_to_may(day, start_year, label):
    year = MunicipalYear.containing(day)
    assert year.start_year == start_year
    assert year.label == label
    assert str(year) == label


def test_municipal_year_bounds():
    year = MunicipalYear(2023)
    assert year.start == date(2023, 5, 1)
    assert year.end == date(2024, 5, 1)
    assert MunicipalYear(2023) < MunicipalYear(2024)


def test_municipal_year_start_is_configurable(settings):
    settings.MUNICIPAL_YEAR_START = (5, 15)
    assert MunicipalYear.containing(date(2024, 5, 14)).label == "2023/24"
    assert MunicipalYear.containing(date(2024, 5, 15)).label == "2024/25"
    assert MunicipalYear(2024).start == date(2024, 5, 15)
    assert MunicipalYear(2024).end == date(2025, 5, 15)


def test_meeting_knows_its_municipal_year():
    assert MeetingFactory.build(start=at(2024, 1, 23)).municipal_year.label == "2023/24"
    # Late evening on 30 April in London is already 1 May nowhere: still 2023/24.
    assert MeetingFactory.build(start=at(2024, 4, 30, 23, 30)).municipal_year.label == "2023/24"
    # 23:30 UTC on 30 April is 00:30 on 1 May in London: 2024/25.
    utc = datetime(2024, 4, 30, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert MeetingFactory.build(start=utc).municipal_year.label == "2024/25"


# --- Minute numbering -------------------------------------------------------------------------------------


@pytest.fixture
def committee(db):
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfosc")


@pytest.fixture
def january(committee):
    """23 January 2024 with minutes 45 to 51, like seed 003 (which runs to 55)."""
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    for number in range(45, 52):
        MinuteFactory(meeting=meeting, number=number)
    return meeting


@pytest.fixture
def march(committee):
    return HeldMeetingFactory(committee=committee, start=at(2024, 3, 5))


@pytest.mark.django_db
def test_duplicate_minute_number_is_refused_by_the_database(january):
    with pytest.raises(IntegrityError), transaction.atomic():
        MinuteFactory(meeting=january, number=47)
    assert Minute.objects.filter(meeting=january, number=47).count() == 1


@pytest.mark.django_db
def test_duplicate_minute_number_in_another_meeting_of_the_year_is_refused_by_the_database(january, march):
    with pytest.raises(IntegrityError), transaction.atomic():
        MinuteFactory(meeting=march, number=45)


@pytest.mark.django_db
def test_full_clean_refuses_a_duplicate_number_of_a_saved_minute(january):
    minute = Minute.objects.get(meeting=january, number=46)
    minute.number = 45
    with pytest.raises(ValidationError) as error:
        minute.full_clean()
    assert 'These minutes already have a minute 45: "' in str(error.value)


@pytest.mark.django_db
def test_full_clean_refuses_a_duplicate_number_of_a_new_minute_of_a_later_meeting(january, march):
    minute = Minute(meeting=march, number=45, heading="Performance report.")
    with pytest.raises(ValidationError) as error:
        minute.full_clean()
    assert "number" in error.value.message_dict


@pytest.mark.django_db
def test_full_clean_refuses_a_duplicate_number_of_a_new_minute_of_the_same_meeting(january):
    minute = Minute(meeting=january, number=47, heading="Another heading.")
    with pytest.raises(ValidationError) as error:
        minute.full_clean()
    assert "number" in error.value.message_dict


@pytest.mark.django_db
def test_the_same_number_is_allowed_in_another_municipal_year(january, committee):
    june = HeldMeetingFactory(committee=committee, start=at(2024, 6, 4))
    minute = MinuteFactory(meeting=june, number=45)
    minute.full_clean()
    assert minute.municipal_year == 2024
    assert Minute.objects.filter(committee=committee, number=45).count() == 2


@pytest.mark.django_db
def test_the_same_number_is_allowed_in_another_committee(january):
    other = HeldMeetingFactory(start=at(2024, 1, 23))
    minute = MinuteFactory(meeting=other, number=45)
    minute.full_clean()
    assert Minute.objects.filter(number=45).count() == 2


@pytest.mark.django_db
def test_a_blank_number_takes_the_next_in_the_municipal_year(january, march):
    first = MinuteFactory(meeting=march)
    second = MinuteFactory(meeting=march)
    assert (first.number, second.number) == (52, 53)
    first.refresh_from_db()
    assert first.number == 52
    assert first.municipal_year == 2023
    assert first.committee_id == march.committee_id


@pytest.mark.django_db
def test_a_blank_number_in_an_earlier_meeting_never_breaks_the_run_on(january, march):
    MinuteFactory(meeting=march, number=52)
    try:
        minute = MinuteFactory(meeting=january)
    except ValidationError:
        return  # refusing is fine: January's 45-51 and March's 52 leave no number free
    minute.full_clean()


@pytest.mark.django_db
def test_a_blank_number_ignores_other_committees(january):
    other = HeldMeetingFactory(start=at(2024, 3, 5))
    assert MinuteFactory(meeting=other).number == 1


@pytest.mark.django_db
def test_numbers_restart_in_the_new_municipal_year(january, march, committee):
    MinuteFactory(meeting=march)  # 52
    june = HeldMeetingFactory(committee=committee, start=at(2024, 6, 4))
    assert MinuteFactory(meeting=june).number == 1
    assert MinuteFactory(meeting=june).number == 2


@pytest.mark.django_db
@pytest.mark.parametrize("number", [1, 50, 51])
def test_clean_rejects_a_number_not_above_an_earlier_meetings_last(january, march, number):
    minute = Minute(meeting=march, number=number, heading="Performance report.")
    with pytest.raises(ValidationError) as error:
        minute.clean()
    message = " ".join(error.value.message_dict["number"])
    assert "run on through the municipal year" in message
    assert "earlier meeting already reached minute 51" in message


@pytest.mark.django_db
@pytest.mark.parametrize("number", [52, 53, 60])
def test_clean_rejects_a_number_at_or_above_a_later_meetings_first(january, march, number):
    MinuteFactory(meeting=march, number=52)
    minute = Minute(meeting=january, number=number, heading="Any other urgent items.")
    with pytest.raises(ValidationError) as error:
        minute.clean()
    message = " ".join(error.value.message_dict["number"])
    assert "run on through the municipal year" in message
    assert "later meeting starts at minute 52" in message


@pytest.mark.django_db
def test_clean_accepts_numbers_that_run_on(january, march, committee):
    Minute(meeting=march, number=52, heading="Performance report.").clean()
    # Leaving a gap (52 to 59) needs its reason.
    with pytest.raises(ValidationError) as error:
        Minute(meeting=march, number=60, heading="Performance report.").clean()
    assert (
        "minute 60 leaves a gap, as minutes 52 to 59 are not recorded"
        in error.value.message_dict["number"][0]
    )
    gap = "Minutes 52 to 59 were taken in private session and are kept apart."
    Minute(meeting=march, number=60, heading="Performance report.", number_gap_reason=gap).clean()
    # The last meeting of one year does not constrain the first of the next.
    june = HeldMeetingFactory(committee=committee, start=at(2024, 6, 4))
    Minute(meeting=june, number=1, heading="Appointment of Chairman.").clean()
    # A saved minute re-cleaned with its own number is not a clash with itself.
    Minute.objects.get(meeting=january, number=51).full_clean()


# --- Approved minutes are immutable -----------------------------------------------------------------------


def _record_of(kind, meeting, minute):
    return {
        "minute": lambda: minute,
        "resolution": lambda: ResolutionFactory(minute=minute, letter="a"),
        "discussion point": lambda: DiscussionPointFactory(minute=minute, position=1),
        "vote": lambda: VoteFactory(minute=minute),
        "attendance": lambda: AttendanceFactory(meeting=meeting),
        "declaration": lambda: DeclarationFactory(meeting=meeting),
        "public question": lambda: PublicQuestionFactory(meeting=meeting),
        "member question": lambda: MemberQuestionFactory(meeting=meeting),
        "petition": lambda: PetitionFactory(meeting=meeting),
    }[kind]()


RECORD_KINDS = [
    "minute",
    "resolution",
    "discussion point",
    "vote",
    "attendance",
    "declaration",
    "public question",
    "member question",
    "petition",
]
MODELS = {
    "minute": Minute,
    "resolution": Resolution,
    "discussion point": DiscussionPoint,
    "vote": Vote,
    "attendance": Attendance,
    "declaration": Declaration,
    "public question": PublicQuestion,
    "member question": MemberQuestion,
    "petition": Petition,
}


@pytest.fixture
def draft(committee):
    """The minutes of 23 January 2024, published in draft, with one minute."""
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    MinuteFactory(meeting=meeting, number=45, heading="Minutes of the previous meeting.")
    return meeting


def _approve(draft, march):
    # Through fresh copies, so the instances the test holds are as stale as a long-lived form's would be.
    from meetings.models import Meeting

    workflow.approve_minutes(Meeting.objects.get(pk=draft.pk), approved_at=Meeting.objects.get(pk=march.pk))


@pytest.mark.django_db
@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_records_of_approved_minutes_cannot_be_saved_or_deleted(kind, draft, march):
    model = MODELS[kind]
    record = _record_of(kind, draft, draft.minutes.get())
    _approve(draft, march)

    fresh = model.objects.get(pk=record.pk)
    with pytest.raises(MinutesApprovedError) as error:
        fresh.save()
    message = " ".join(error.value.messages)
    assert "were approved" in message
    assert "at the meeting of 5 March 2024" in message
    assert "23 January 2024" in message

    with pytest.raises(MinutesApprovedError):
        model.objects.get(pk=record.pk).delete()
    assert model.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_a_stale_instance_cannot_slip_through(kind, draft, march):
    model = MODELS[kind]
    record = _record_of(kind, draft, draft.minutes.get())
    stale = model.objects.get(pk=record.pk)
    assert stale.record_meeting().status == "minutes_draft"  # loaded, and cached, before approval
    _approve(draft, march)

    with pytest.raises(MinutesApprovedError) as error:
        stale.save()
    assert "were approved" in " ".join(error.value.messages)
    with pytest.raises(MinutesApprovedError):
        stale.delete()
    assert model.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
def test_a_stale_instance_is_told_where_the_minutes_were_approved(draft, march):
    stale = Minute.objects.get(meeting=draft)
    stale.record_meeting()
    _approve(draft, march)
    with pytest.raises(MinutesApprovedError) as error:
        stale.save()
    assert "at the meeting of 5 March 2024" in " ".join(error.value.messages)


@pytest.mark.django_db
def test_an_edit_of_an_approved_minute_does_not_reach_the_database(draft, march):
    minute = draft.minutes.get()
    _approve(draft, march)
    minute.heading = "Rewritten after approval."
    with pytest.raises(MinutesApprovedError):
        minute.save()
    minute.refresh_from_db()
    assert minute.heading == "Minutes of the previous meeting."


@pytest.mark.django_db
def test_new_records_cannot_be_added_to_approved_minutes(draft, march):
    minute = draft.minutes.get()
    _approve(draft, march)
    with pytest.raises(MinutesApprovedError):
        ResolutionFactory(minute=minute)
    with pytest.raises(MinutesApprovedError):
        MinuteFactory(meeting=draft)
    with pytest.raises(MinutesApprovedError):
        AttendanceFactory(meeting=draft)
    assert Resolution.objects.filter(minute=minute).count() == 0
    assert draft.minutes.count() == 1


@pytest.mark.django_db
def test_a_minute_cannot_be_moved_out_of_approved_minutes(draft, march, committee):
    minute = draft.minutes.get()
    _approve(draft, march)
    minute.meeting = march
    minute.number = None
    with pytest.raises(MinutesApprovedError):
        minute.save()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_records_of_draft_minutes_can_still_be_edited(kind, draft, march):
    model = MODELS[kind]
    record = _record_of(kind, draft, draft.minutes.get())
    # March's own minutes being approved does not freeze January's draft.
    record = model.objects.get(pk=record.pk)
    record.save()
    record.delete()
    assert not model.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
def test_draft_minutes_can_still_be_edited_and_extended(draft):
    minute = draft.minutes.get()
    minute.heading = "Minutes of the meeting held on 14 November 2023."
    minute.save()
    ResolutionFactory(minute=minute)
    minute.refresh_from_db()
    assert minute.heading == "Minutes of the meeting held on 14 November 2023."
    assert minute.resolutions.count() == 1


# --- Exempt papers ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_document_under_an_exempt_item_is_saved_exempt_on_the_items_paragraph():
    item = ExemptAgendaItemFactory(exempt_paragraph=3)
    document = DocumentFactory(agenda_item=item, exempt=False)
    document.refresh_from_db()
    assert document.exempt
    assert document.exempt_paragraph == 3


@pytest.mark.django_db
def test_making_an_item_exempt_makes_its_documents_exempt():
    item = AgendaItemFactory()
    report, appendix = DocumentFactory(agenda_item=item), DocumentFactory(agenda_item=item)
    other = DocumentFactory()
    item.exempt, item.exempt_paragraph = True, 1
    item.save()
    for document in (report, appendix):
        document.refresh_from_db()
        assert document.exempt
        assert document.exempt_paragraph == 1
    other.refresh_from_db()
    assert not other.exempt


@pytest.mark.django_db
def test_public_documents_leave_out_exempt_papers_and_unpublished_agendas():
    published = PublishedAgendaMeetingFactory()
    public_item = AgendaItemFactory(meeting=published)
    public = DocumentFactory(agenda_item=public_item)
    ExemptDocumentFactory(agenda_item=public_item)
    exempt_item = ExemptAgendaItemFactory(meeting=published)
    under_exempt_item = DocumentFactory(agenda_item=exempt_item)
    # Even if a document under an exempt item somehow lost its own flag, the item keeps it private.
    Document.objects.filter(pk=under_exempt_item.pk).update(exempt=False, exempt_paragraph=None)
    unpublished = MeetingFactory()
    DocumentFactory(agenda_item=AgendaItemFactory(meeting=unpublished))

    assert list(Document.objects.public()) == [public]


@pytest.mark.django_db
def test_published_resolutions_leave_out_exempt_minutes_and_unpublished_minutes(committee):
    draft = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    approved = MinutesPublishedMeetingFactory(committee=committee, start=at(2023, 11, 14))
    # Minutes written in date order, so their numbers run on.
    public_approved = ResolutionFactory(minute=MinuteFactory(meeting=approved))
    public_draft = ResolutionFactory(minute=MinuteFactory(meeting=draft))
    workflow.approve_minutes(approved, approved_at=draft)
    ResolutionFactory(minute=MinuteFactory(meeting=draft, exempt=True))
    exempt_item = ExemptAgendaItemFactory(meeting=draft)
    ResolutionFactory(minute=MinuteFactory(meeting=draft, agenda_item=exempt_item))
    ResolutionFactory(minute=MinuteFactory(meeting=HeldMeetingFactory(committee=committee)))
    ResolutionFactory(minute=MinuteFactory(meeting=MeetingFactory(committee=committee)))
    ResolutionFactory(minute=MinuteFactory(meeting=PublishedAgendaMeetingFactory(committee=committee)))

    assert set(Resolution.objects.published()) == {public_draft, public_approved}


@pytest.mark.django_db
def test_a_minute_of_an_exempt_item_is_exempt():
    item = ExemptAgendaItemFactory(meeting=MinutesPublishedMeetingFactory())
    minute = MinuteFactory(meeting=item.meeting, agenda_item=item, exempt=False)
    minute.refresh_from_db()
    assert minute.exempt


@pytest.mark.django_db
def test_making_an_item_exempt_hides_the_resolutions_already_minuted():
    meeting = MinutesPublishedMeetingFactory()
    item = AgendaItemFactory(meeting=meeting)
    resolution = ResolutionFactory(minute=MinuteFactory(meeting=meeting, agenda_item=item))
    item.exempt, item.exempt_paragraph = True, 3
    item.save()
    assert resolution not in Resolution.objects.published()


@pytest.mark.django_db
def test_the_database_refuses_an_exempt_item_without_a_paragraph():
    meeting = PublishedAgendaMeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(meeting=meeting, number=1, title="Contract award", exempt=True)
    assert not AgendaItem.objects.filter(meeting=meeting).exists()


@pytest.mark.django_db
def test_the_database_refuses_an_exempt_document_without_a_paragraph():
    item = AgendaItemFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentFactory(agenda_item=item, exempt=True, exempt_paragraph=None)
    assert not Document.objects.filter(agenda_item=item).exists()


@pytest.mark.django_db
def test_full_clean_explains_a_missing_paragraph():
    item = AgendaItem(meeting=PublishedAgendaMeetingFactory(), number=1, title="Contract award", exempt=True)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "needs the Schedule 12A paragraph" in str(error.value)


# --- Roman numerals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number, numeral",
    [
        (1, "i"),
        (2, "ii"),
        (3, "iii"),
        (4, "iv"),
        (5, "v"),
        (6, "vi"),
        (7, "vii"),
        (8, "viii"),
        (9, "ix"),
        (10, "x"),
        (11, "xi"),
        (12, "xii"),
        (13, "xiii"),
        (14, "xiv"),
        (15, "xv"),
        (16, "xvi"),
        (17, "xvii"),
        (18, "xviii"),
        (19, "xix"),
        (20, "xx"),
        (40, "xl"),
        (44, "xliv"),
        (49, "xlix"),
        (90, "xc"),
        (99, "xcix"),
        (400, "cd"),
        (1999, "mcmxcix"),
        (2024, "mmxxiv"),
    ],
)
def test_roman_numerals(number, numeral):
    assert to_roman(number) == numeral


@pytest.mark.parametrize("number", [0, -1])
def test_roman_numerals_start_at_one(number):
    with pytest.raises(ValueError):
        to_roman(number)


@pytest.mark.django_db
def test_discussion_points_are_numbered_in_roman():
    point = DiscussionPointFactory(position=14)
    assert point.numeral == "xiv"
    assert str(point).startswith("(xiv) ")
