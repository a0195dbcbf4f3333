"""RSS and Atom feeds of agendas, minutes and decisions, of every committee and of one; and, for every feed
and every calendar, that nothing exempt and nothing unpublished is in it.

Every feed is parsed with feedparser, which reports a feed that is not well formed (`bozo`)."""

from datetime import datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting, Minute, Resolution
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    ResolutionFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
OTHER = "Health Overview and Scrutiny Committee"
REQUEST_TRANSACTION = 2  # every request's savepoint and its release
FEED_NAMES = ["agendas", "minutes", "decisions"]
FORMATS = {"rss": "rss20", "atom": "atom10"}
# Text that only Democratic Services and the committee's members may read, or nobody yet: none of it may be
# in any feed or calendar.
SECRETS = [
    "bids received",  # the exempt item's summary
    "Director of Corporate Resources",  # who the exempt item's report is by
    "tender prices",  # the exempt appendix's title
    "appendix-b",  # … and its file
    "Acme Care",  # the exempt minute's heading, text and resolution
    "Draft budget",  # an item and a paper of an agenda not yet published
    "Unpublished minute",  # minutes not yet published
    "unpublished resolution",
]


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def text_of(html: str) -> str:
    """A description as its reader sees the words: feeds carry HTML, so an apostrophe may be &#x27;."""
    return unescape(html)


def parse(response, format_):
    assert response.status_code == 200, response.status_code
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == FORMATS[format_]
    return feed


def feed_url(name, format_, committee=None):
    if committee is None:
        return reverse(f"feed-{name}-{format_}")
    return reverse(f"committee-feed-{name}-{format_}", args=[committee.slug])


def every_feed_and_calendar(committee, meetings):
    urls = [feed_url(name, format_) for name in FEED_NAMES for format_ in FORMATS]
    urls += [feed_url(name, format_, committee) for name in FEED_NAMES for format_ in FORMATS]
    urls += [reverse("calendar-all"), reverse("calendar-committee", args=[committee.slug])]
    urls += [reverse("calendar-meeting", args=[meeting.pk]) for meeting in meetings]
    return urls


@pytest.fixture(autouse=True)
def site(settings):
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.SITE_URL = "https://committees.example.gov.uk"


@pytest.fixture
def committee():
    return CommitteeFactory(name=COMMITTEE, slug="children-and-families")


@pytest.fixture
def papers(committee):
    """What one committee has published, and what it has not.

    - 23 January 2024: minutes approved (at 5 March 2024), with a public minute of two resolutions and the
      minute of an exempt item; its agenda had a public item and the exempt item with an exempt appendix.
    - 5 March 2024: draft minutes published (one minute, one resolution).
    - 16 April 2024: held, minutes written but not published.
    - next month: agenda not published, its item and paper drafted.
    """
    january = MinutesPublishedMeetingFactory(
        committee=committee,
        start=at(2024, 1, 23),
        agenda_published_at=at(2024, 1, 12, 10),
        minutes_published_at=at(2024, 2, 1, 9),
    )
    march = MinutesPublishedMeetingFactory(
        committee=committee,
        start=at(2024, 3, 5),
        agenda_published_at=at(2024, 2, 23, 10),
        minutes_published_at=at(2024, 3, 14, 9),
    )
    AgendaItemFactory(meeting=january, number=8, title="Medium Term Financial Strategy")
    exempt_item = ExemptAgendaItemFactory(
        meeting=january, number=9, report_by="Director of Corporate Resources"
    )
    ExemptDocumentFactory(agenda_item=exempt_item)
    minute = MinuteFactory(meeting=january, number=52, heading="Medium Term Financial Strategy")
    ResolutionFactory(minute=minute, letter="a", text="That the report be noted.")
    ResolutionFactory(
        minute=minute,
        letter="b",
        kind="recommendation",
        recommended_to="Scrutiny Commission",
        text="That the comments now made be forwarded to the Scrutiny Commission.",
    )
    exempt_minute = MinuteFactory(
        meeting=january,
        number=53,
        agenda_item=exempt_item,
        heading="Award of the children's home contract to Acme Care Ltd",
        text="Acme Care Ltd offered the lowest price.",
    )
    ResolutionFactory(minute=exempt_minute, text="That the contract be awarded to Acme Care Ltd.")
    AgendaItemFactory(meeting=march, number=3, title="SEND Review")
    march_minute = MinuteFactory(meeting=march, number=60, heading="SEND Review")
    ResolutionFactory(minute=march_minute, text="That the Director report back on the SEND Review in June.")
    # Only now: minutes are approved once their records are made.
    Meeting.objects.filter(pk=january.pk).update(
        status=Meeting.Status.MINUTES_APPROVED, minutes_approved_at=march
    )
    january.refresh_from_db()

    april = HeldMeetingFactory(committee=committee, start=at(2024, 4, 16), agenda_published_at=at(2024, 4, 5))
    unpublished = MinuteFactory(meeting=april, number=70, heading="Unpublished minute heading")
    ResolutionFactory(minute=unpublished, text="That the unpublished resolution be kept.")
    upcoming = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=30))
    DocumentFactory(
        agenda_item__meeting=upcoming, agenda_item__title="Draft budget proposals", title="Draft budget"
    )
    return {"january": january, "march": march, "april": april, "upcoming": upcoming}


@pytest.fixture
def other_committee():
    """Another committee with a published agenda and published minutes of its own."""
    meeting = MinutesPublishedMeetingFactory(
        committee__name=OTHER,
        committee__slug="health",
        start=at(2024, 2, 6),
        agenda_published_at=at(2024, 1, 26, 10),
        minutes_published_at=at(2024, 2, 15, 9),
    )
    AgendaItemFactory(meeting=meeting, number=4, title="Health and Wellbeing Strategy")
    ResolutionFactory(
        minute__meeting=meeting,
        minute__number=12,
        text="That the Health and Wellbeing Strategy be supported.",
    )
    return meeting.committee


@pytest.mark.parametrize("format_", FORMATS)
@pytest.mark.parametrize("name", FEED_NAMES)
def test_every_feed_is_well_formed_and_titled_for_its_committee(client, papers, committee, name, format_):
    everyone = parse(client.get(feed_url(name, format_)), format_)
    assert everyone.feed.title == f"Leicestershire County Council committees: {name}"
    assert everyone.feed.link == "http://testserver/committees/"
    assert everyone.feed.subtitle.endswith("of every committee of Leicestershire County Council.")
    if format_ == "atom":  # each feed has an id of its own: its Atom address
        assert everyone.feed.id == f"https://committees.example.gov.uk/{name}.atom"
    own = parse(client.get(feed_url(name, format_, committee)), format_)
    if format_ == "atom":
        assert (
            own.feed.id == f"https://committees.example.gov.uk/committees/children-and-families/{name}.atom"
        )
    assert own.feed.title == f"{COMMITTEE}: {name}"
    assert own.feed.link == "http://testserver/committees/children-and-families/"
    assert own.feed.subtitle.endswith(f"of the {COMMITTEE}.")
    assert own.entries, "each feed has entries from the fixture"
    for entry in own.entries:
        assert entry.link.startswith("http://testserver/meetings/")
        assert entry.id
        assert entry.published_parsed


@pytest.mark.parametrize("format_", FORMATS)
def test_the_agendas_feed_has_published_agendas_newest_first_with_their_items(
    client, papers, committee, format_
):
    feed = parse(client.get(feed_url("agendas", format_, committee)), format_)
    january, march, april = papers["january"], papers["march"], papers["april"]
    assert [entry.title for entry in feed.entries] == [
        f"Agenda: {COMMITTEE}, Tuesday 16 April 2024",
        f"Agenda: {COMMITTEE}, Tuesday 5 March 2024",
        f"Agenda: {COMMITTEE}, Tuesday 23 January 2024",
    ]
    assert [entry.link for entry in feed.entries] == [
        f"http://testserver/meetings/{meeting.pk}/#agenda" for meeting in (april, march, january)
    ]
    # Published at 10.00 on 12 January 2024: 10.00 GMT.
    assert feed.entries[2].published_parsed[:5] == (2024, 1, 12, 10, 0)
    description = text_of(feed.entries[2].summary)
    assert "<li>8. Medium Term Financial Strategy</li>" in description
    exempt = (
        "9. Children's home contract award (exempt: paragraph 3 of Schedule 12A to the Local Government Act"
    )
    assert f"<li>{exempt} 1972)</li>" in description
    assert "Tuesday 23 January 2024, 2.00 p.m., Sparkenhoe Committee Room" in description


@pytest.mark.parametrize("format_", FORMATS)
def test_the_minutes_feed_has_draft_and_approved_minutes_as_distinct_entries(
    client, papers, committee, format_
):
    feed = parse(client.get(feed_url("minutes", format_, committee)), format_)
    january, march = papers["january"], papers["march"]
    # Draft minutes of 5 March were published on 14 March; the January minutes were approved on 5 March.
    assert [entry.title for entry in feed.entries] == [
        f"Draft minutes: {COMMITTEE}, Tuesday 5 March 2024",
        f"Minutes approved: {COMMITTEE}, Tuesday 23 January 2024",
    ]
    draft, approved = feed.entries
    assert draft.published_parsed[:5] == (2024, 3, 14, 9, 0)
    assert approved.published_parsed[:5] == (2024, 3, 5, 14, 0)
    assert draft.link == f"http://testserver/meetings/{march.pk}/#minutes"
    assert approved.link == f"http://testserver/meetings/{january.pk}/#minutes"
    assert draft.id == f"https://committees.example.gov.uk/meetings/{march.pk}/#minutes-draft"
    assert approved.id == f"https://committees.example.gov.uk/meetings/{january.pk}/#minutes-approved"
    assert "<li>52. Medium Term Financial Strategy</li>" in approved.summary
    assert "53." not in approved.summary  # the exempt minute
    assert "confirmed as a correct record at the meeting of 5 March 2024" in approved.summary
    assert "<li>60. SEND Review</li>" in draft.summary
    assert "they become the formal record once the committee approves them" in draft.summary


@pytest.mark.parametrize("format_", FORMATS)
def test_the_decisions_feed_has_the_resolutions_of_published_minutes(client, papers, committee, format_):
    feed = parse(client.get(feed_url("decisions", format_, committee)), format_)
    january, march = papers["january"], papers["march"]
    assert [entry.title for entry in feed.entries] == [
        f"Resolution 60: {COMMITTEE}, Tuesday 5 March 2024",
        f"Resolution 52(a): {COMMITTEE}, Tuesday 23 January 2024",
        f"Resolution 52(b): {COMMITTEE}, Tuesday 23 January 2024",
    ]
    resolutions = {r.reference: r for r in Resolution.objects.filter(minute__meeting=january)}
    recommendation = feed.entries[2]
    assert recommendation.link == (
        f"http://testserver/meetings/{january.pk}/#resolution-{resolutions['52(b)'].pk}"
    )
    assert "That the comments now made be forwarded to the Scrutiny Commission." in recommendation.summary
    assert "Recommendation or comments to another body: to Scrutiny Commission." in recommendation.summary
    assert "From the approved minutes of the meeting of 23 January 2024." in recommendation.summary
    assert "From the draft minutes of the meeting of 5 March 2024." in feed.entries[0].summary
    assert feed.entries[0].link.startswith(f"http://testserver/meetings/{march.pk}/#resolution-")
    assert feed.entries[0].published_parsed[:5] == (2024, 3, 14, 9, 0)


@pytest.mark.parametrize("format_", FORMATS)
@pytest.mark.parametrize("name", FEED_NAMES)
def test_a_committee_feed_has_only_its_committee_and_the_council_feed_has_every_committee(
    client, papers, committee, other_committee, name, format_
):
    own = parse(client.get(feed_url(name, format_, committee)), format_)
    other = parse(client.get(feed_url(name, format_, other_committee)), format_)
    everyone = parse(client.get(feed_url(name, format_)), format_)
    assert own.entries and other.entries
    assert all(COMMITTEE in entry.title for entry in own.entries)
    assert all(OTHER in entry.title for entry in other.entries)
    assert sorted(entry.id for entry in everyone.entries) == sorted(
        entry.id for entry in own.entries + other.entries
    )


def test_an_unknown_committee_has_no_feeds(client):
    for name in FEED_NAMES:
        for format_ in FORMATS:
            url = reverse(f"committee-feed-{name}-{format_}", args=["no-such-committee"])
            assert client.get(url).status_code == 404


def test_nothing_exempt_or_unpublished_is_in_any_feed_or_calendar(client, papers, committee):
    urls = every_feed_and_calendar(committee, papers.values())
    assert len(urls) == 18
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        # Calendars fold long lines: read them unfolded too.
        unfolded = text.replace("\r\n ", "")
        for secret in SECRETS:
            assert secret.lower() not in unfolded.lower(), (url, secret)


def test_a_meeting_whose_agenda_is_not_published_is_in_no_feed(client, committee):
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=10))
    AgendaItemFactory(meeting=meeting, title="Draft budget proposals")
    for name in FEED_NAMES:
        for format_ in FORMATS:
            assert parse(client.get(feed_url(name, format_, committee)), format_).entries == []


def test_feeds_stop_showing_an_item_once_it_is_made_exempt(client, papers, committee):
    """An item marked exempt after publishing: its minute and resolutions go from the feeds."""
    item = papers["march"].agenda_items.get(number=3)
    Minute.objects.filter(meeting=papers["march"]).update(agenda_item=item)
    item.exempt, item.exempt_paragraph = True, 1
    item.save()
    minutes = parse(client.get(feed_url("minutes", "rss", committee)), "rss")
    assert "SEND Review" not in minutes.entries[0].summary
    decisions = parse(client.get(feed_url("decisions", "rss", committee)), "rss")
    assert all("SEND Review" not in entry.summary for entry in decisions.entries)
    agendas = parse(client.get(feed_url("agendas", "rss", committee)), "rss")
    assert "<li>3. SEND Review (exempt: paragraph 1 of Schedule 12A" in agendas.entries[1].summary


def test_the_committee_page_lists_and_announces_its_feeds(client, committee, papers):
    page = client.get(committee.get_absolute_url()).content.decode()
    for name in FEED_NAMES:
        for format_, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
            url = feed_url(name, format_, committee)
            label = {"rss": "RSS", "atom": "Atom"}[format_]
            assert (
                f'<link rel="alternate" type="{mime}" title="{COMMITTEE}: {name} ({label})" href="{url}">'
                in page
            )
            assert f'rel="alternate" type="{mime}" href="{url}">' in page  # the visible link
            parse(client.get(url), format_)


@pytest.mark.parametrize("format_", FORMATS)
@pytest.mark.parametrize("name", FEED_NAMES)
def test_feed_queries_do_not_grow_with_the_meetings(
    client, committee, name, format_, django_assert_max_num_queries
):
    made = []

    def populate(count):
        for _ in range(count):
            made.append(at(2023, 6, 1) + timedelta(days=len(made)))
            meeting = MinutesPublishedMeetingFactory(committee=committee, start=made[-1])
            for number in (1, 2, 3):
                AgendaItemFactory(meeting=meeting, number=number)
            ExemptAgendaItemFactory(meeting=meeting, number=4)
            for minute in MinuteFactory.create_batch(2, meeting=meeting):
                ResolutionFactory.create_batch(2, minute=minute)

    # The committee (for its own feed), the entries, and the agenda items or minutes they list.
    budgets = {None: REQUEST_TRANSACTION + 2, committee: REQUEST_TRANSACTION + 3}
    populate(1)
    for whose, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            parse(client.get(feed_url(name, format_, whose)), format_)
    populate(15)
    for whose, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert (
                len(parse(client.get(feed_url(name, format_, whose)), format_).entries)
                == ({"agendas": 16, "minutes": 16, "decisions": 50}[name])
            )
