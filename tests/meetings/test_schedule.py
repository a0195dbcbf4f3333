"""A committee's year planned in one step: the rule that turns a pattern into dates, the days skipped or moved
for a bank holiday or a closure day, and the admin page's preview (clashes, days already met on) and
confirmation (all or nothing; bad input refused with its message and nothing written)."""

from datetime import date, datetime, time, timedelta
from time import sleep
from zoneinfo import ZoneInfo

import pytest
from dateutil.easter import easter
from django.urls import reverse
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from meetings import schedule, workflow
from meetings.models import Meeting
from meetings.schedule import LAST, NEXT_WORKING_DAY, SKIP, Pattern, nth_weekday, pattern_days, settle
from scrutiny.municipal_year import MunicipalYear
from scrutiny.working_days import is_working_day
from tests.factories import CommitteeFactory, CommitteeTypeFactory, MeetingFactory, RoomFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
YEAR = MunicipalYear(2024)  # 1 May 2024 to 30 April 2025
PLAN = reverse("admin:meetings_meeting_plan")


# --- the rule -------------------------------------------------------------------------------------------


def test_a_pattern_gives_its_day_in_each_chosen_month_in_the_years_order():
    first_tuesdays = Pattern(week=1, weekday=1, months=frozenset({3, 6, 9, 11}))
    assert pattern_days(first_tuesdays, YEAR) == [
        date(2024, 6, 4),
        date(2024, 9, 3),
        date(2024, 11, 5),
        date(2025, 3, 4),
    ]
    assert pattern_days(Pattern(week=LAST, weekday=4, months=frozenset({4, 5})), YEAR) == [
        date(2024, 5, 31),
        date(2025, 4, 25),
    ]


def test_bank_holidays_are_skipped_or_moved_to_the_next_working_day():
    days = [date(2024, 5, 6), date(2024, 6, 4), date(2024, 12, 25)]  # May Day, a Tuesday, Christmas Day
    skipped = settle(days, year=YEAR, on_holiday=SKIP, closed=frozenset())
    assert [(p.asked, p.day) for p in skipped] == [
        (date(2024, 5, 6), None),
        (date(2024, 6, 4), date(2024, 6, 4)),
        (date(2024, 12, 25), None),
    ]
    assert (
        skipped[0].why.startswith("a bank holiday (") and skipped[2].why == "a bank holiday (Christmas Day)"
    )
    assert skipped[1].why == ""
    # Moved on: Christmas Day past Boxing Day, and past the council's closure day on the 27th.
    moved = settle(days, year=YEAR, on_holiday=NEXT_WORKING_DAY, closed=frozenset({date(2024, 12, 27)}))
    assert [p.day for p in moved] == [date(2024, 5, 7), date(2024, 6, 4), date(2024, 12, 30)]
    assert moved[0].is_moved and not moved[1].is_moved


def test_a_closure_day_a_weekend_and_the_years_end():
    closed = frozenset({date(2025, 4, 30), date(2024, 11, 8)})
    days = [date(2024, 11, 8), date(2024, 11, 11), date(2024, 11, 16), date(2025, 4, 30)]
    proposed = settle(days, year=YEAR, on_holiday=NEXT_WORKING_DAY, closed=closed)
    # The Friday closure day moves to Monday the 11th, which was asked for already: one meeting, not two.
    assert [(p.asked, p.day, p.why) for p in proposed] == [
        (date(2024, 11, 8), None, "a council closure day"),
        (date(2024, 11, 11), date(2024, 11, 11), ""),
        (date(2024, 11, 16), date(2024, 11, 18), "a Saturday"),
        (date(2025, 4, 30), None, "a council closure day"),  # the next working day is in the next year
    ]


@settings(max_examples=60, deadline=None)
@given(
    start_year=st.integers(2020, 2035),
    week=st.sampled_from([1, 2, 3, 4, LAST]),
    weekday=st.integers(0, 4),
    months=st.frozensets(st.integers(1, 12), min_size=1),
    closed_offsets=st.frozensets(st.integers(0, 364), max_size=20),
    on_holiday=st.sampled_from([SKIP, NEXT_WORKING_DAY]),
)
def test_a_planned_meeting_is_never_on_a_day_off_nor_outside_the_year(
    start_year, week, weekday, months, closed_offsets, on_holiday
):
    year = MunicipalYear(start_year)
    closed = frozenset(year.start + timedelta(days=offset) for offset in closed_offsets)
    asked = pattern_days(Pattern(week, weekday, months), year)
    assert all(day.month in months and day.weekday() == weekday for day in asked)
    assert len(asked) == len([m for m in schedule.months_of(year) if m[1] in months])
    proposed = settle(asked, year=year, on_holiday=on_holiday, closed=closed)
    held = [p.day for p in proposed if p.day is not None]
    assert len(held) == len(set(held))
    for p in proposed:
        assert (p.why == "") == is_working_day(p.asked, closed)
        if p.day is None:
            continue
        assert is_working_day(p.day, closed) and year.start <= p.day < year.end
        if on_holiday == SKIP:
            assert p.day == p.asked
        else:  # the first working day on or after the day asked
            assert all(
                not is_working_day(p.asked + timedelta(days=n), closed) for n in range((p.day - p.asked).days)
            )


def test_the_nth_weekday():
    assert nth_weekday(2024, 3, 1, 1) == date(2024, 3, 5)
    assert nth_weekday(2024, 3, LAST, 1) == date(2024, 3, 26)
    assert nth_weekday(2024, 2, 4, 3) == date(2024, 2, 22)


# --- the page -------------------------------------------------------------------------------------------


def next_year() -> MunicipalYear:
    """The page offers the years about today: the tests plan next year's meetings, whatever today is."""
    return MunicipalYear(MunicipalYear.containing(timezone.localdate()).start_year + 1)


def first_tuesday(month: int) -> date:
    year = next_year()
    return nth_weekday(year.start_year + (month < year.start.month), month, 1, 1)


def at(day: date, hour=14, minute=0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")


@pytest.fixture
def room():
    return RoomFactory(name="Sparkenhoe Committee Room")


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def form(committee, room=None, **fields):
    return {
        "committee": committee.pk,
        "year": next_year().start_year,
        "time": "14:00",
        "room": room.pk if room else "",
        "how": "dates",
        "on_holiday": SKIP,
        **fields,
    }


def lines(*days: date) -> str:
    return "\n".join(f"{day:%-d %B %Y}" for day in days)


def test_the_page_offers_the_committee_it_was_opened_from(staff, committee):
    response = staff.get(PLAN, {"committee": committee.pk})
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<option value="{committee.pk}" selected>{committee}</option>' in page
    assert f'<option value="{next_year().start_year}" selected>{next_year()}</option>' in page
    assert "Preview the meetings" in page and 'name="confirm"' not in page


def test_the_preview_shows_holidays_clashes_and_days_already_met_on_and_writes_nothing(
    staff, committee, room, closed_on
):
    june, september, november = first_tuesday(6), first_tuesday(9), first_tuesday(11)
    easter_monday = easter(next_year().start_year + 1) + timedelta(days=1)
    closed_on(november.isoformat())
    cabinet = MeetingFactory(committee=CommitteeFactory(name="Cabinet"), start=at(june, 13), room=room)
    MeetingFactory(committee=CommitteeFactory(name="Planning Committee"), start=at(june, 14, 30))
    MeetingFactory(
        committee=CommitteeFactory(name="Audit"), start=at(june, 9), end=at(june, 11)
    )  # over by 14:00
    already = MeetingFactory(committee=committee, start=at(september, 10))
    before = set(Meeting.objects.values_list("pk", flat=True))

    response = staff.post(
        PLAN,
        form(committee, room, dates=lines(june, september, november, easter_monday) + "\n\n", preview="1"),
    )
    page = response.content.decode()
    assert set(Meeting.objects.values_list("pk", flat=True)) == before
    rows = {row.proposed.asked: row for row in response.context["rows"]}
    assert rows[june].made and rows[june].start == at(june)
    assert [(other.committee.name, same_room) for other, same_room in rows[june].clashes] == [
        ("Cabinet", True),
        ("Planning Committee", False),
    ]
    cabinet_url = reverse("admin:meetings_meeting_change", args=[cabinet.pk])
    assert f'href="{cabinet_url}">Cabinet</a> at 13:00, in the same room' in page
    assert rows[september].already and not rows[september].made
    assert "The committee already meets that day: not made twice." in page
    assert rows[november].start is None and f"{november:%-d %B} is a council closure day: skipped." in page
    assert f"{easter_monday:%-d %B} is a bank holiday (Easter Monday): skipped." in page
    assert response.context["to_make"] == 1 and "Make these 1 meeting" in page
    deadline = rows[june].deadline
    assert f"{deadline:%a} {deadline:%-d %B %Y}" in page
    assert already.pk in before


def test_each_agenda_deadline_is_the_committee_types(staff):
    # Full Council, say: ten clear calendar days.
    council = CommitteeFactory(
        committee_type=CommitteeTypeFactory(publication_clear_days=10, publication_counts_working_days=False)
    )
    june = first_tuesday(6)
    response = staff.post(PLAN, form(council, dates=lines(june), preview="1"))
    assert [row.deadline for row in response.context["rows"]] == [june - timedelta(days=11)]


def test_confirming_makes_every_meeting_previewed(staff, committee, room):
    months = [6, 9, 11, 2, 3]  # never a first Tuesday on a bank holiday (1 January can be one)
    days = [first_tuesday(month) for month in months]
    existing = MeetingFactory(committee=committee, start=at(days[1], 10))
    fields = form(
        committee,
        room,
        how="pattern",
        week="1",
        weekday="1",
        months=[str(month) for month in months],
        on_holiday=NEXT_WORKING_DAY,
    )
    preview = staff.post(PLAN, fields | {"preview": "1"})
    sleep(1.1)  # confirmed a second later, the preview's signature still matches
    response = staff.post(
        PLAN, fields | {"confirm": "1", "previewed": preview.context["previewed"]}, follow=True
    )
    made = Meeting.objects.filter(committee=committee).exclude(pk=existing.pk).order_by("start")
    expected = [at(day) for day in days if day != days[1]]
    assert [meeting.start for meeting in made] == sorted(expected)
    assert {(meeting.room, meeting.location, meeting.status) for meeting in made} == {
        (room, "Sparkenhoe Committee Room", Meeting.Status.SCHEDULED)
    }
    assert response.redirect_chain[-1][0] == (
        reverse("admin:meetings_meeting_changelist") + f"?committee__id__exact={committee.pk}"
    )
    assert f"4 meetings of {committee} planned for {next_year()}" in response.content.decode()
    # Confirming again makes nothing twice.
    staff.post(PLAN, fields | {"confirm": "1", "previewed": preview.context["previewed"]})
    assert Meeting.objects.filter(committee=committee).count() == 5


def test_a_plan_changed_since_its_preview_is_shown_again_not_made(staff, committee):
    fields = form(committee, dates=lines(first_tuesday(6)))
    preview = staff.post(PLAN, fields | {"preview": "1"})
    changed = fields | {"dates": lines(first_tuesday(6), first_tuesday(9))}
    response = staff.post(PLAN, changed | {"confirm": "1", "previewed": preview.context["previewed"]})
    assert response.status_code == 200 and not Meeting.objects.exists()
    assert "The plan changed since its preview" in response.content.decode()
    assert response.context["to_make"] == 2


def test_all_or_nothing(committee, monkeypatch):
    made = []
    real_save = Meeting.save

    def save_then_fail(meeting, *args, **kwargs):
        if made:
            raise RuntimeError("the database went away")
        real_save(meeting, *args, **kwargs)
        made.append(meeting)

    monkeypatch.setattr(Meeting, "save", save_then_fail)
    with pytest.raises(RuntimeError):
        workflow.create_schedule(committee=committee, starts=[at(first_tuesday(6)), at(first_tuesday(9))])
    assert made and not Meeting.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"dates": "5 March 2025\nthe fifth of June"},
            "&quot;the fifth of June&quot; is not a date: write it as &quot;5 March 2024&quot;",
        ),
        ({"dates": "\n".join(["2 June 2025"] * 61)}, "61 dates: at most 60 are planned at once."),
        ({"dates": "1 January 2001"}, "1 January 2001 is not in the municipal year"),
        ({"dates": "   "}, "No dates in"),
        ({"time": "", "dates": "2 June 2025"}, "Give the time the meetings start, for example 14:00."),
        ({"time": "25:00", "dates": "2 June 2025"}, "Enter a valid time."),
        (
            {"how": "pattern", "week": "1", "weekday": "1"},
            "A pattern needs its week, its day and at least one month.",
        ),
    ],
)
def test_bad_input_gets_its_message_and_nothing_is_written(staff, committee, fields, message):
    response = staff.post(PLAN, form(committee) | fields | {"confirm": "1", "previewed": "x"})
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Please correct the errors below." in page
    assert not Meeting.objects.exists()
    if "dates" in fields and fields["dates"].strip():  # what was typed is kept
        assert fields["dates"].splitlines()[-1] in page


def test_the_preview_takes_the_same_queries_however_many_dates(
    staff, committee, room, django_assert_num_queries
):
    def preview(months):
        return staff.post(
            PLAN, form(committee, room, how="pattern", week="1", weekday="1", months=months, preview="1")
        )

    preview(["6"])  # the sessions's and the closure days' first reads
    with django_assert_num_queries(QUERIES) as captured:
        response = preview(["6"])
    assert len(response.context["rows"]) == 1, "\n".join(q["sql"][:150] for q in captured.captured_queries)
    for month in (6, 7, 9, 10, 11, 1, 2, 3):
        MeetingFactory(start=at(first_tuesday(month)), room=room)
        MeetingFactory(committee=committee, start=at(first_tuesday(month), 9))
    with django_assert_num_queries(QUERIES):
        response = preview([str(month) for month in range(1, 13)])
    assert (
        len(response.context["rows"]) == 12 and sum(len(row.clashes) for row in response.context["rows"]) == 8
    )


# The session, the user and their permissions (3), the request's savepoint and its release, the committee and
# room chosen, the days the committee meets on, the meetings near the dates (with their committees and rooms),
# and the committees and rooms offered.
QUERIES = 12
