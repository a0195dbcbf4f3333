"""iCalendar feeds of meetings: every committee's, one committee's, and one meeting's.

Each calendar is parsed with `icalendar`; the expected times, summaries and descriptions are written out by
hand. Meetings fall next January (Greenwich Mean Time) and next July (British Summer Time), so that both
halves of the year's clock are checked, and they stay in the calendars' window whenever the tests run."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meetings.models import Meeting
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    PublishedAgendaMeetingFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
NEXT_YEAR = timezone.localdate().year + 1
# Every request runs in a transaction (ATOMIC_REQUESTS): its savepoint and release count as two queries.
REQUEST_TRANSACTION = 2


def london(month, day, hour=14, minute=0, year=NEXT_YEAR):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def calendar_of(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_of(response) -> dict[str, object]:
    """The calendar's events by their summary and date, e.g. "Children and … Committee 14 January"."""
    return {
        f"{event['SUMMARY']} {event.decoded('DTSTART'):%-d %B}": event
        for event in calendar_of(response).walk("VEVENT")
    }


@pytest.fixture(autouse=True)
def site(settings):
    """Pinned, so that an environment variable cannot change the expected UIDs and names."""
    settings.SITE_URL = "https://committees.example.gov.uk"
    settings.COUNCIL_NAME = "Leicestershire County Council"


@pytest.fixture
def committee():
    return CommitteeFactory(name=COMMITTEE, slug="children-and-families")


@pytest.fixture
def winter_meeting(committee):
    """In January, on Greenwich Mean Time; its agenda is published, with an exempt item and papers."""
    meeting = PublishedAgendaMeetingFactory(
        committee=committee,
        start=london(1, 14),
        end=london(1, 14, 16, 1),
        location="Sparkenhoe Committee Room, County Hall, Glenfield",
    )
    AgendaItemFactory(
        meeting=meeting, number=1, title="Minutes of the previous meeting", summary="Pages 5-14"
    )
    DocumentFactory(agenda_item__meeting=meeting, agenda_item__number=2, agenda_item__title="SEND Review")
    exempt = ExemptAgendaItemFactory(meeting=meeting, number=3, report_by="Director of Corporate Resources")
    ExemptDocumentFactory(agenda_item=exempt)
    return meeting


@pytest.fixture
def summer_meeting(committee):
    """In July, on British Summer Time; its agenda is not published yet."""
    meeting = MeetingFactory(committee=committee, start=london(7, 8, 10, 30), location="")
    AgendaItemFactory(meeting=meeting, number=1, title="Draft budget proposals not yet public")
    return meeting


def test_the_committee_calendar_is_valid_icalendar_with_the_london_time_zone(
    client, committee, winter_meeting, summer_meeting
):
    calendar = calendar_of(client.get(reverse("calendar-committee", args=[committee.slug])))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["X-WR-CALNAME"] == f"{COMMITTEE} meetings"
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/London"
    # The zone as written in the calendar (not the computer's own rules) gives GMT in winter, BST in summer.
    rules = zone.to_tz()
    assert rules.utcoffset(datetime(NEXT_YEAR, 1, 14, 14)) == timedelta(0)
    assert rules.utcoffset(datetime(NEXT_YEAR, 7, 8, 10, 30)) == timedelta(hours=1)
    assert rules.utcoffset(datetime(2030, 10, 26, 12)) == timedelta(
        hours=1
    )  # the day before the clocks go back
    assert rules.utcoffset(datetime(2030, 10, 27, 12)) == timedelta(0)
    assert len(calendar.walk("VEVENT")) == 2


def test_events_start_and_end_in_london_time(client, committee, winter_meeting, summer_meeting):
    events = events_of(client.get(reverse("calendar-committee", args=[committee.slug])))
    winter, summer = events[f"{COMMITTEE} 14 January"], events[f"{COMMITTEE} 8 July"]
    for event in (winter, summer):
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event["DTEND"].params["TZID"] == "Europe/London"
    assert b"DTSTART;TZID=Europe/London:" + f"{NEXT_YEAR}0114T140000".encode() in winter.to_ical()
    assert winter.decoded("DTSTART").astimezone(UTC) == datetime(NEXT_YEAR, 1, 14, 14, tzinfo=UTC)
    assert winter.decoded("DTEND").astimezone(UTC) == datetime(NEXT_YEAR, 1, 14, 16, 1, tzinfo=UTC)
    # 10.30 BST is 9.30 UTC; with no closing time recorded the event lasts two hours.
    assert b"DTSTART;TZID=Europe/London:" + f"{NEXT_YEAR}0708T103000".encode() in summer.to_ical()
    assert summer.decoded("DTSTART").astimezone(UTC) == datetime(NEXT_YEAR, 7, 8, 9, 30, tzinfo=UTC)
    assert summer.decoded("DTEND").astimezone(UTC) == datetime(NEXT_YEAR, 7, 8, 11, 30, tzinfo=UTC)


def test_events_have_summary_location_link_and_status(client, committee, winter_meeting, summer_meeting):
    events = events_of(client.get(reverse("calendar-committee", args=[committee.slug])))
    winter, summer = events[f"{COMMITTEE} 14 January"], events[f"{COMMITTEE} 8 July"]
    assert winter["LOCATION"] == "Sparkenhoe Committee Room, County Hall, Glenfield"
    assert "LOCATION" not in summer
    assert winter["URL"] == f"http://testserver/meetings/{winter_meeting.pk}/"
    assert summer["URL"] == f"http://testserver/meetings/{summer_meeting.pk}/"
    assert winter["STATUS"] == summer["STATUS"] == "CONFIRMED"
    assert winter.decoded("DTSTAMP").tzinfo is not None


def test_a_cancelled_meeting_says_so(client, committee, winter_meeting):
    winter_meeting.status = Meeting.Status.CANCELLED
    winter_meeting.save()
    (event,) = calendar_of(client.get(reverse("calendar-committee", args=[committee.slug]))).walk("VEVENT")
    assert event["SUMMARY"] == f"Cancelled: {COMMITTEE}"
    assert event["STATUS"] == "CANCELLED"
    assert event["DESCRIPTION"].startswith("This meeting has been cancelled.\n")


def test_uids_are_stable_and_the_same_in_every_calendar(client, committee, winter_meeting, summer_meeting):
    def uids(url):
        return {
            event["SUMMARY"] + event.decoded("DTSTART").isoformat(): str(event["UID"])
            for event in calendar_of(client.get(url)).walk("VEVENT")
        }

    committee_calendar = reverse("calendar-committee", args=[committee.slug])
    first = uids(committee_calendar)
    assert len(set(first.values())) == 2
    assert set(first.values()) == {
        f"meeting-{winter_meeting.pk}@committees.example.gov.uk",
        f"meeting-{summer_meeting.pk}@committees.example.gov.uk",
    }
    # The meeting moves by an hour and is cancelled: it is still the same event.
    summer_meeting.start += timedelta(hours=1)
    summer_meeting.status = Meeting.Status.CANCELLED
    summer_meeting.save()
    again = set(uids(committee_calendar).values())
    assert again == set(first.values())
    assert set(uids(reverse("calendar-all")).values()) == again
    single = uids(reverse("calendar-meeting", args=[winter_meeting.pk]))
    assert set(single.values()) == {f"meeting-{winter_meeting.pk}@committees.example.gov.uk"}


def test_the_description_lists_the_published_agenda_and_an_exempt_item_only_by_number_title_and_paragraph(
    client, committee, winter_meeting
):
    (event,) = calendar_of(client.get(reverse("calendar-committee", args=[committee.slug]))).walk("VEVENT")
    assert event["DESCRIPTION"] == (
        "Agenda:\n"
        "1. Minutes of the previous meeting\n"
        "2. SEND Review\n"
        "3. Children's home contract award (exempt: paragraph 3 of Schedule 12A to the Local Government Act "
        "1972)\n"
        "\n"
        f"Agenda, papers and minutes: http://testserver/meetings/{winter_meeting.pk}/"
    )


def test_nothing_of_an_unpublished_agenda_or_of_exempt_papers_is_in_any_calendar(
    client, committee, winter_meeting, summer_meeting
):
    DocumentFactory(agenda_item=summer_meeting.agenda_items.get(), title="Draft budget report")
    for url in (
        reverse("calendar-committee", args=[committee.slug]),
        reverse("calendar-all"),
        reverse("calendar-meeting", args=[summer_meeting.pk]),
        reverse("calendar-meeting", args=[winter_meeting.pk]),
    ):
        response = client.get(url)
        text = response.content.decode()
        unfolded = "".join(
            str(event.get("DESCRIPTION", "")) for event in calendar_of(response).walk("VEVENT")
        )
        for secret in (
            "Draft budget",  # an item and a paper of the unpublished agenda
            "bids received",  # the exempt item's summary
            "Director of Corporate Resources",  # who the exempt item's report is by
            "tender prices",  # the exempt appendix
            "appendix-b",
            "Pages 5-14",  # a published item's summary: calendars give numbers and titles only
        ):
            assert secret not in text and secret not in unfolded, (url, secret)
    summer = events_of(client.get(reverse("calendar-meeting", args=[summer_meeting.pk])))[
        f"{COMMITTEE} 8 July"
    ]
    assert summer["DESCRIPTION"].startswith("The agenda is not published yet.\n")


def test_the_calendar_of_all_meetings_has_every_committee_and_a_committee_calendar_only_its_own(
    client, committee, winter_meeting
):
    other = PublishedAgendaMeetingFactory(
        committee__name="Health Overview and Scrutiny Committee", start=london(2, 3)
    )
    everything = events_of(client.get(reverse("calendar-all")))
    assert set(everything) == {f"{COMMITTEE} 14 January", "Health Overview and Scrutiny Committee 3 February"}
    assert calendar_of(client.get(reverse("calendar-all")))["X-WR-CALNAME"] == (
        "Leicestershire County Council committee meetings"
    )
    own = events_of(client.get(reverse("calendar-committee", args=[committee.slug])))
    assert set(own) == {f"{COMMITTEE} 14 January"}
    assert set(events_of(client.get(reverse("calendar-committee", args=[other.committee.slug])))) == {
        "Health Overview and Scrutiny Committee 3 February"
    }


def uids_of(response) -> set[str]:
    return {str(event["UID"]) for event in calendar_of(response).walk("VEVENT")}


def test_a_committees_calendar_has_every_meeting_however_old_and_the_calendar_of_all_keeps_a_year(
    client, committee
):
    last_month = HeldMeetingFactory(committee=committee, start=timezone.now() - timedelta(days=30))
    two_years_ago = HeldMeetingFactory(committee=committee, start=timezone.now() - timedelta(days=730))
    ten_years_ago = HeldMeetingFactory(committee=committee, start=timezone.now() - timedelta(days=3653))
    assert uids_of(client.get(reverse("calendar-committee", args=[committee.slug]))) == {
        f"meeting-{meeting.pk}@committees.example.gov.uk"
        for meeting in (last_month, two_years_ago, ten_years_ago)
    }
    assert uids_of(client.get(reverse("calendar-all"))) == {
        f"meeting-{last_month.pk}@committees.example.gov.uk"
    }
    old = calendar_of(client.get(reverse("calendar-meeting", args=[two_years_ago.pk]))).walk("VEVENT")
    assert [str(event["UID"]) for event in old] == [f"meeting-{two_years_ago.pk}@committees.example.gov.uk"]


def test_unknown_committees_and_meetings_are_not_found(client, committee):
    assert client.get(reverse("calendar-committee", args=["no-such-committee"])).status_code == 404
    assert client.get(reverse("calendar-meeting", args=[999999])).status_code == 404


def test_calendars_download_as_files(client, committee, winter_meeting):
    response = client.get(reverse("calendar-committee", args=[committee.slug]))
    assert response["Content-Disposition"] == 'attachment; filename="children-and-families.ics"'
    response = client.get(reverse("calendar-meeting", args=[winter_meeting.pk]))
    assert response["Content-Disposition"] == (
        f'attachment; filename="children-and-families-{NEXT_YEAR}-01-14.ics"'
    )


def test_the_committee_and_meeting_pages_link_to_their_calendars(client, committee, winter_meeting):
    committee_page = client.get(committee.get_absolute_url()).content.decode()
    assert f'href="/committees/{committee.slug}/meetings.ics">Add to your calendar' in committee_page
    meeting_page = client.get(winter_meeting.get_absolute_url()).content.decode()
    assert f'href="/meetings/{winter_meeting.pk}/meeting.ics">Add to your calendar' in meeting_page


def test_calendar_queries_do_not_grow_with_the_meetings(client, committee, django_assert_max_num_queries):
    def populate(count):
        for n in range(count):
            meeting = PublishedAgendaMeetingFactory(committee=committee, start=london(3, 1 + n))
            for number in (1, 2, 3):
                AgendaItemFactory(meeting=meeting, number=number)
            ExemptAgendaItemFactory(meeting=meeting, number=4)
            MeetingFactory(committee=committee, start=london(4, 1 + n))
            # Years ago: in the committee's calendar, not in the calendar of all.
            old = PublishedAgendaMeetingFactory(
                committee=committee, start=london(5, 1 + n, year=NEXT_YEAR - 5)
            )
            AgendaItemFactory(meeting=old, number=1)

    budgets = {
        reverse("calendar-committee", args=[committee.slug]): REQUEST_TRANSACTION
        + 3,  # committee, meetings, items
        reverse("calendar-all"): REQUEST_TRANSACTION + 2,  # meetings, items
    }
    populate(1)
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert client.get(url).status_code == 200
    populate(12)
    events = {reverse("calendar-committee", args=[committee.slug]): 39, reverse("calendar-all"): 26}
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert len(calendar_of(client.get(url)).walk("VEVENT")) == events[url]
    meeting = Meeting.objects.filter(committee=committee).first()
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # meeting, items
        assert client.get(reverse("calendar-meeting", args=[meeting.pk])).status_code == 200
