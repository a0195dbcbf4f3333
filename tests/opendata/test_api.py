"""The open data API: every resource lists and retrieves, the parts of a meeting, what each row says, the
filters, pages past the last, read-only methods, throttling and the documentation page.

What the API must never contain (exempt and unpublished material, contact details) is tested in
test_exclusion.py; the schema in test_schema.py; query counts in test_queries.py; pagination and its
stable order, and the counts kept, in test_paging.py.
"""

from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from tests.factories import (
    RESOURCES,
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
    IndicatorValueFactory,
    MinutesPublishedMeetingFactory,
    open_data_world,
    world_for_the_module,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Read by the tests (what they add is rolled back after each); those that count rows on an empty
    database are test_paging.py's."""
    with world_for_the_module(django_db_blocker, open_data_world) as world:
        yield world


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def path_of(url: str) -> str:
    return urlsplit(url).path


def ids(page: dict, key: str = "id") -> list:
    return [row[key] for row in page["results"]]


def test_the_root_lists_every_resource(client):
    root = get_json(client, "/api/")

    assert list(root) == RESOURCES
    assert all(path_of(url) == f"/api/{name}/" for name, url in root.items())


# The rows each list gives for the world, in the order it gives them.
LISTED = {
    "committees": ("slug", lambda w: [w.committee.slug]),
    "meetings": ("id", lambda w: [w.meeting.pk, w.held_meeting.pk, w.upcoming_meeting.pk]),
    "agenda-items": ("id", lambda w: [w.open_item.pk, w.exempt_item.pk, w.held_item.pk]),
    "documents": ("id", lambda w: [w.public_document.pk, w.held_document.pk]),
    "minutes": ("id", lambda w: [w.minute.pk, w.minute_without_item.pk]),
    "resolutions": ("id", lambda w: [w.noted.pk, w.request.pk, w.to_cabinet.pk]),
    "actions": ("id", lambda w: [w.raised_action.pk, w.action.pk]),  # by due date
    "recommendations": ("id", lambda w: [w.recommendation.pk]),
    "indicator-values": ("id", lambda w: [w.figure_q1.pk, w.figure_q2.pk]),
}


@pytest.mark.parametrize("resource", LISTED)
def test_each_resource_lists_its_public_rows_in_order_and_retrieves_each(client, world, resource):
    key, expected = LISTED[resource]

    page = get_json(client, f"/api/{resource}/")

    assert ids(page, key) == expected(world)
    assert page["count"] == len(expected(world))
    for row in page["results"]:
        assert get_json(client, path_of(row["url"])) == row


def test_people_lists_members_and_officers_but_not_guests(client, world):
    page = get_json(client, "/api/people/", {"page_size": 100})

    listed = ids(page)
    for person in (world.chairman, world.co_opted, world.former_member, world.officer):
        assert person.pk in listed
        assert get_json(client, f"/api/people/{person.pk}/")["name"] == person.name
    assert world.guest.pk not in listed
    get_json(client, f"/api/people/{world.guest.pk}/", status=404)


def test_a_person_reads_by_name_kind_party_and_memberships_and_an_officer_by_work_details(client, world):
    chairman = get_json(client, f"/api/people/{world.chairman.pk}/")
    officer = get_json(client, f"/api/people/{world.officer.pk}/")

    assert chairman == {
        "id": world.chairman.pk,
        "url": f"http://testserver/api/people/{world.chairman.pk}/",
        "name": "Mrs. H. J. Fryer CC",
        "family_name": "Fryer",
        "kind": "councillor",
        "party": "Conservative",
        "job_title": None,  # a councillor's job is not published, though one is recorded
        "department": None,
        "memberships": [
            {
                "committee": {
                    "slug": world.committee.slug,
                    "name": world.committee.name,
                    "url": f"http://testserver/api/committees/{world.committee.slug}/",
                },
                "role": "chairman",
                "is_voting": True,
                "voting_note": "",
                "start_date": None,
                "end_date": None,
            }
        ],
    }
    assert (officer["job_title"], officer["department"]) == (
        "Director of Children and Family Services",
        "Children and Family Services",
    )


def test_a_committee_lists_who_sits_on_it_today_chairman_first(client, world):
    committee = get_json(client, f"/api/committees/{world.committee.slug}/")

    assert [(member["person"]["name"], member["role"]) for member in committee["members"]] == [
        ("Mrs. H. J. Fryer CC", "chairman"),
        ("Mr. P. Cowell", "co_opted"),
    ]
    assert committee["members"][1]["voting_note"] == "Votes on education matters only"
    assert path_of(committee["web_url"]) == f"/committees/{world.committee.slug}/"


def test_a_meeting_links_to_its_parts_and_page(client, world):
    meeting = get_json(client, f"/api/meetings/{world.meeting.pk}/")

    assert meeting["status"] == "minutes_draft"
    assert meeting["contact_officer"] == {
        "id": world.officer.pk,
        "name": "Jane Moore",
        "kind": "officer",
        "job_title": "Director of Children and Family Services",
    }
    assert path_of(meeting["web_url"]) == f"/meetings/{world.meeting.pk}/"
    for part in ("agenda-items", "documents", "minutes", "resolutions"):
        assert (
            path_of(meeting[f"{part.replace('-', '_')}_url"]) == f"/api/meetings/{world.meeting.pk}/{part}/"
        )


@pytest.mark.parametrize(
    "part, meeting, expected",
    [
        ("agenda-items", "meeting", lambda w: [w.open_item.pk, w.exempt_item.pk]),
        ("agenda-items", "held_meeting", lambda w: [w.held_item.pk]),
        ("agenda-items", "upcoming_meeting", lambda w: []),  # agenda not published
        ("documents", "meeting", lambda w: [w.public_document.pk]),
        ("documents", "upcoming_meeting", lambda w: []),
        ("minutes", "meeting", lambda w: [w.minute.pk, w.minute_without_item.pk]),
        ("minutes", "held_meeting", lambda w: []),  # minutes not published
        ("resolutions", "meeting", lambda w: [w.noted.pk, w.request.pk, w.to_cabinet.pk]),
        ("resolutions", "held_meeting", lambda w: []),
    ],
)
def test_the_parts_of_a_meeting(client, world, part, meeting, expected):
    page = get_json(client, f"/api/meetings/{getattr(world, meeting).pk}/{part}/")

    assert ids(page) == expected(world)


@pytest.mark.parametrize("part", ["agenda-items", "documents", "minutes", "resolutions"])
def test_the_parts_of_no_meeting_are_not_found(client, world, part):
    get_json(client, f"/api/meetings/{world.upcoming_meeting.pk + 1000}/{part}/", status=404)


def test_an_exempt_item_shows_its_number_title_and_paragraph_and_nothing_else(client, world):
    item = get_json(client, f"/api/agenda-items/{world.exempt_item.pk}/")

    assert item == {
        "id": world.exempt_item.pk,
        "url": f"http://testserver/api/agenda-items/{world.exempt_item.pk}/",
        "web_url": f"http://testserver/meetings/{world.meeting.pk}/#item-2",
        "meeting": {
            "id": world.meeting.pk,
            "start": item["meeting"]["start"],
            "url": f"http://testserver/api/meetings/{world.meeting.pk}/",
        },
        "committee": {
            "slug": world.committee.slug,
            "name": world.committee.name,
            "url": f"http://testserver/api/committees/{world.committee.slug}/",
        },
        "number": 2,
        "reference": "2",
        "title": "Children's home contract award",
        "kind": "report",
        "exempt": True,
        "exempt_paragraph": 3,
        "exempt_reason": "3: the financial or business affairs of any particular person "
        "(including the authority)",
        "report_by": None,
        "page_start": None,
        "page_end": None,
        "summary": None,
        "documents": [],
        "contacts": [],
    }


def test_an_open_item_lists_its_public_papers_with_their_download(client, world):
    item = get_json(client, f"/api/agenda-items/{world.open_item.pk}/")

    assert item["summary"] == "The quarterly budget report."
    assert [document["title"] for document in item["documents"]] == ["Budget monitoring report"]
    download = item["documents"][0]["download_url"]
    assert path_of(download) == f"/documents/{world.public_document.pk}/"
    assert client.get(path_of(download)).status_code == 200
    assert [contact["name"] for contact in item["contacts"]] == ["Jane Moore"]


def test_a_document_gives_its_item_meeting_committee_and_download(client, world):
    document = get_json(client, f"/api/documents/{world.public_document.pk}/")

    assert (document["title"], document["kind"]) == ("Budget monitoring report", "report")
    assert document["agenda_item"]["id"] == world.open_item.pk
    assert document["meeting"]["id"] == world.meeting.pk
    assert document["committee"]["slug"] == world.committee.slug
    assert path_of(document["download_url"]) == f"/documents/{world.public_document.pk}/"


def test_a_minute_has_its_discussion_points_and_resolutions(client, world):
    minute = get_json(client, f"/api/minutes/{world.minute.pk}/")

    assert minute["heading"] == "Budget monitoring."
    assert minute["approved"] is False
    assert minute["agenda_item"]["number"] == 1
    assert minute["discussion_points"] == [
        {
            "position": 1,
            "numeral": "i",
            "section": "Savings",
            "text": "Members asked about the savings target.",
        }
    ]
    assert [(r["reference"], r["kind"]) for r in minute["resolutions"]] == [
        (f"{world.minute.number}(a)", "noted"),
        (f"{world.minute.number}(b)", "request_for_information"),
        (f"{world.minute.number}(c)", "recommendation"),
    ]


def test_an_action_gives_its_source_owner_and_only_its_accepted_responses(client, world):
    action = get_json(client, f"/api/actions/{world.action.pk}/")

    assert action["reference"] == f"A{world.action.pk}"
    assert action["source"] == f"Minute {world.request.reference}"
    assert action["resolution"]["id"] == world.request.pk
    assert action["owner"]["name"] == "Jane Moore"
    assert action["is_overdue"] is False
    assert [response["text"] for response in action["responses"]] == [
        "Of 120 tribunal appeals, 114 were decided for the parent."
    ]
    (attachment,) = action["responses"][0]["attachments"]
    assert attachment["filename"] == world.attachment.filename  # the storage may have added a suffix
    assert client.get(path_of(attachment["download_url"])).status_code == 200


def test_an_action_of_a_team_names_the_team(client, world):
    action = get_json(client, f"/api/actions/{world.raised_action.pk}/")

    assert (action["owner"], action["team"]) == (None, world.team.name)
    assert action["source"] == "Raised by Democratic Services"
    assert action["is_overdue"] is True


def test_a_recommendation_gives_its_resolution_and_the_response_it_is_owed(client, world):
    recommendation = get_json(client, f"/api/recommendations/{world.recommendation.pk}/")

    assert recommendation["body"] == "Cabinet"
    assert recommendation["resolution"]["id"] == world.to_cabinet.pk
    assert recommendation["response_due"] == world.recommendation.response_due.isoformat()
    assert (recommendation["response_received_on"], recommendation["is_overdue"]) == (None, False)


def test_a_figure_gives_its_indicator_and_period_and_its_value_as_a_number(client, world):
    figure = get_json(client, f"/api/indicator-values/{world.figure_q2.pk}/")

    assert (figure["value"], figure["revision"], figure["superseded"]) == (58.4, 2, False)
    assert figure["period"] == {
        "type": "financial_quarter",
        "label": "Q2 2023/24",
        "start": "2023-07-01",
        "end": "2023-09-30",
    }
    assert figure["indicator"]["name"] == world.indicator.name
    assert figure["indicator"]["committees"] == [world.committee.slug]


def test_a_superseded_revision_is_retrieved_by_its_address(client, world):
    figure = get_json(client, f"/api/indicator-values/{world.superseded_q2.pk}/")

    assert (figure["value"], figure["superseded"]) == (58.1, True)


# --- filters --------------------------------------------------------------------------------------------


@pytest.fixture
def other_committee():
    """A second committee with a meeting whose agenda and minutes are published."""
    committee = CommitteeFactory(slug="health", name="Health Overview and Scrutiny Committee")
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    item = AgendaItemFactory(meeting=meeting, number=1, kind="procedural", title="Minutes")
    DocumentFactory(agenda_item=item, kind="minutes", title="Minutes of the last meeting")
    return committee


def local_date(moment) -> str:
    return timezone.localdate(moment).isoformat()


# (resource, query, the rows expected, by their "id" or, for committees, "slug").
FILTERS = [
    ("committees", {"active": "true"}, lambda w: ["health", w.committee.slug]),  # by name
    ("committees", {"active": "false"}, lambda w: []),
    ("meetings", {"committee": "health"}, lambda w: [w.health_meeting.pk]),
    ("meetings", {"status": "held"}, lambda w: [w.held_meeting.pk]),
    (
        "meetings",
        lambda w: {"committee": w.committee.slug, "from": local_date(w.held_meeting.start)},
        lambda w: [w.held_meeting.pk, w.upcoming_meeting.pk],
    ),
    (
        "meetings",
        lambda w: {"committee": w.committee.slug, "to": local_date(w.held_meeting.start)},
        lambda w: [w.meeting.pk, w.held_meeting.pk],
    ),
    (
        "meetings",
        lambda w: {"from": local_date(w.held_meeting.start), "to": local_date(w.held_meeting.start)},
        lambda w: [w.held_meeting.pk],
    ),
    ("agenda-items", {"exempt": "true"}, lambda w: [w.exempt_item.pk]),
    ("agenda-items", {"kind": "procedural"}, lambda w: [w.health_item.pk]),
    ("agenda-items", {"committee": "health"}, lambda w: [w.health_item.pk]),
    ("agenda-items", lambda w: {"meeting": w.held_meeting.pk}, lambda w: [w.held_item.pk]),
    (
        "agenda-items",
        lambda w: {"committee": w.committee.slug, "from": local_date(w.held_meeting.start)},
        lambda w: [w.held_item.pk],
    ),
    ("documents", {"kind": "minutes"}, lambda w: [w.health_document.pk]),
    ("documents", {"committee": "health"}, lambda w: [w.health_document.pk]),
    ("documents", lambda w: {"meeting": w.held_meeting.pk}, lambda w: [w.held_document.pk]),
    (
        "documents",
        lambda w: {"committee": w.committee.slug, "to": local_date(w.meeting.start)},
        lambda w: [w.public_document.pk],
    ),
    ("minutes", {"committee": "health"}, lambda w: []),
    ("minutes", lambda w: {"meeting": w.meeting.pk}, lambda w: [w.minute.pk, w.minute_without_item.pk]),
    ("minutes", lambda w: {"to": local_date(w.meeting.start - timedelta(days=1))}, lambda w: []),
    ("resolutions", {"kind": "recommendation"}, lambda w: [w.to_cabinet.pk]),
    ("resolutions", {"committee": "health"}, lambda w: []),
    ("resolutions", lambda w: {"meeting": w.meeting.pk, "kind": "noted"}, lambda w: [w.noted.pk]),
    ("actions", {"status": "open"}, lambda w: [w.raised_action.pk]),
    ("actions", {"overdue": "true"}, lambda w: [w.raised_action.pk]),
    ("actions", {"overdue": "false"}, lambda w: [w.action.pk]),
    ("actions", lambda w: {"meeting": w.meeting.pk}, lambda w: [w.action.pk]),
    ("actions", lambda w: {"from": w.action.due_date.isoformat()}, lambda w: [w.action.pk]),
    ("actions", lambda w: {"to": w.raised_action.due_date.isoformat()}, lambda w: [w.raised_action.pk]),
    ("actions", {"committee": "health"}, lambda w: []),
    ("recommendations", {"awaiting_response": "true"}, lambda w: [w.recommendation.pk]),
    ("recommendations", {"awaiting_response": "false"}, lambda w: []),
    ("recommendations", {"body": "cabinet"}, lambda w: [w.recommendation.pk]),
    ("recommendations", {"outcome": "accepted"}, lambda w: []),
    ("recommendations", {"overdue": "true"}, lambda w: []),
    (
        "recommendations",
        lambda w: {"from": w.recommendation.sent_on.isoformat()},
        lambda w: [w.recommendation.pk],
    ),
    (
        "recommendations",
        lambda w: {"to": (w.recommendation.sent_on - timedelta(days=1)).isoformat()},
        lambda w: [],
    ),
    (
        "indicator-values",
        {"include_superseded": "true"},
        lambda w: [w.figure_q1.pk, w.superseded_q2.pk, w.figure_q2.pk],
    ),
    ("indicator-values", {"from": "2023-07-01"}, lambda w: [w.figure_q2.pk]),
    ("indicator-values", {"to": "2023-06-30"}, lambda w: [w.figure_q1.pk]),
    ("indicator-values", {"period_type": "academic_year"}, lambda w: []),
    ("indicator-values", {"committee": "health"}, lambda w: []),
    (
        "indicator-values",
        lambda w: {"committee": w.committee.slug},
        lambda w: [w.figure_q1.pk, w.figure_q2.pk],
    ),
    ("indicator-values", lambda w: {"indicator": w.other_indicator.pk}, lambda w: []),
    (
        "indicator-values",
        lambda w: {"theme": w.indicator.theme.name.upper()},
        lambda w: [w.figure_q1.pk, w.figure_q2.pk],
    ),
]


@pytest.mark.parametrize("resource, query, expected", FILTERS)
def test_filters(client, world, other_committee, resource, query, expected):
    health_meeting = other_committee.meetings.get()
    world.health_meeting = health_meeting
    world.health_item = health_meeting.agenda_items.get()
    world.health_document = world.health_item.documents.get()
    key = "slug" if resource == "committees" else "id"

    page = get_json(client, f"/api/{resource}/", query(world) if callable(query) else query)

    assert ids(page, key) == expected(world)


@pytest.mark.parametrize(
    "query, expected",
    [
        (lambda w: {"committee": w.committee.slug}, ["chairman", "co_opted", "former_member"]),
        (lambda w: {"committee": w.committee.slug, "current": "true"}, ["chairman", "co_opted"]),
        (lambda w: {"committee": w.committee.slug, "current": "false"}, ["former_member"]),
        (lambda w: {"current": "true"}, ["chairman", "co_opted"]),
        (lambda w: {"committee": "health"}, []),
        (lambda w: {"kind": "co_opted"}, ["co_opted"]),
    ],
)
def test_people_filters(client, world, query, expected):
    people = sorted((getattr(world, name) for name in expected), key=lambda person: person.family_name)

    page = get_json(client, "/api/people/", query(world))

    assert ids(page) == [person.pk for person in people]


def test_people_of_a_kind(client, world):
    page = get_json(client, "/api/people/", {"kind": "officer", "page_size": 100})

    assert world.officer.pk in ids(page)
    assert {row["kind"] for row in page["results"]} == {"officer"}


@pytest.mark.parametrize(
    "resource, query",
    [
        ("meetings", {"from": "next tuesday"}),
        ("meetings", {"status": "adjourned"}),
        ("agenda-items", {"meeting": "first"}),
        ("resolutions", {"kind": "vote"}),
        ("actions", {"to": "2024-02-30"}),
        ("indicator-values", {"period_type": "fortnight"}),
        ("people", {"kind": "mayor"}),
    ],
)
def test_a_filter_value_it_cannot_read_is_refused_with_the_reason(client, world, resource, query):
    errors = get_json(client, f"/api/{resource}/", query, status=400)

    assert list(errors) == list(query)


# --- pagination and order -------------------------------------------------------------------------------


def test_a_page_past_the_last_is_not_found(client, world):
    get_json(client, "/api/meetings/", {"page": 2}, status=404)


# --- read-only ------------------------------------------------------------------------------------------


def addresses(w):
    return [
        "/api/",
        "/api/meetings/",
        f"/api/meetings/{w.meeting.pk}/",
        f"/api/meetings/{w.meeting.pk}/agenda-items/",
        f"/api/committees/{w.committee.slug}/",
        f"/api/actions/{w.action.pk}/",
        f"/api/indicator-values/{w.figure_q1.pk}/",
        "/api/schema/",
        "/api/docs/",
    ]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_can_be_written_whoever_asks(client, world, method):
    democratic_services = DemocraticServicesUserFactory()
    signed_in = type(client)(enforce_csrf_checks=True)
    signed_in.force_login(democratic_services)

    for who in (client, signed_in):
        for address in addresses(world):
            response = getattr(who, method)(
                address, data={"title": "Changed"}, content_type="application/json"
            )
            assert response.status_code == 405, (address, response.content)
    assert world.meeting.agenda_items.filter(title="Changed").count() == 0


def test_head_and_options_are_answered(client, world):
    head = client.head(f"/api/meetings/{world.meeting.pk}/")
    options = client.options("/api/meetings/")

    assert (head.status_code, head.content) == (200, b"")
    assert options.status_code == 200
    assert options.json()["name"] == "Meeting List"
    assert "actions" not in options.json()  # no form to write with


# --- throttling -----------------------------------------------------------------------------------------


def test_too_many_requests_from_one_address_are_refused_until_the_minute_is_up(client, settings, world):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"opendata": "3/minute"}}

    answered = [client.get("/api/meetings/", REMOTE_ADDR="192.0.2.1").status_code for _ in range(3)]
    refused = client.get("/api/meetings/", REMOTE_ADDR="192.0.2.1")
    # Claiming to be another client through X-Forwarded-For does not reset the count.
    spoofed = client.get("/api/meetings/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    another_client = client.get("/api/meetings/", REMOTE_ADDR="192.0.2.2")

    assert answered == [200, 200, 200]
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert "throttled" in refused.json()["detail"]
    assert 0 < int(refused["Retry-After"]) <= 60
    assert spoofed.status_code == 429
    assert another_client.status_code == 200


# --- documentation ------------------------------------------------------------------------------------


def test_the_documentation_page_lists_every_address_and_needs_no_other_site(client, world):
    response = client.get("/api/docs/")

    page = response.content.decode()
    assert response.status_code == 200
    schema = client.get("/api/schema/", {"format": "json"}).json()
    for path in schema["paths"]:
        assert f"GET {path}</code>" in page
    assert 'href="/api/schema/"' in page
    assert "120 requests a minute" in page
    assert "include_superseded" in page  # parameters are documented
    assert "exempt_reason" in page  # and the fields of what comes back
    scripts = [part.split('"', 1)[0] for part in page.split('<script type="module" src="')[1:]]
    assert page.count("<script") == len(scripts) == 1
    assert all(script.startswith("/static/") for script in scripts)
    assert "cdn" not in page.lower()


def test_figures_with_numerators_read_as_numbers(client, world):
    # Published figures are locked, whatever the path: one is published with its numerator and denominator.
    published = IndicatorValueFactory(
        indicator=world.other_indicator, period=world.q1, numerator=Decimal("291"), denominator=Decimal("314")
    )

    figure = get_json(client, f"/api/indicator-values/{published.pk}/")

    assert (figure["numerator"], figure["denominator"]) == (291, 314)
