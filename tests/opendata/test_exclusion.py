"""Open data is the published, non-exempt record, the same for whoever asks.

The API is crawled from its root, following every link it gives to its own addresses (every page of every
list, every row's own address, every part of every meeting, and the lists' widest filters), and nothing it
answers may hold a word of exempt or unpublished material, a contact detail or where a file is stored.
Withheld rows are not found at their own addresses either. Signed-in members, officers and Democratic
Services, who read more on the site, get exactly what the public gets.
"""

import json

import pytest
from django.conf import settings as django_settings

from followup.models import Action
from meetings.models import AgendaItem, Document, Minute
from tests.factories import (
    EXEMPT_WORDS,
    RESOURCES,
    SECRETS,
    UNPUBLISHED_FIGURES,
    DemocraticServicesUserFactory,
    MemberUserFactory,
    OfficerUserFactory,
    open_data_world,
    world_for_the_module,
)

pytestmark = pytest.mark.django_db

API = "http://testserver/api/"
# Where a crawl starts: the root, and the filters that widen a list beyond its default.
STARTS = ["/api/", "/api/indicator-values/?include_superseded=true", "/api/agenda-items/?exempt=true"]


@pytest.fixture(autouse=True)
def unthrottled(settings):
    # A crawl makes more requests in a second than the throttle allows a client in a minute.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"opendata": None}}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_for_the_module(django_db_blocker, open_data_world) as world:
        yield world


def links(data) -> set[str]:
    """Every address of the API that a response links to."""
    if isinstance(data, dict):
        return set().union(*(links(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(*(links(value) for value in data))
    if isinstance(data, str) and data.startswith(API):
        return {data.removeprefix("http://testserver")}
    return set()


def crawl(client) -> dict[str, str]:
    """Each address reached from the root and from each list in small pages (so that `next` is followed),
    and what it answered."""
    root = client.get("/api/").json()
    waiting = ["/api/", *(f"{start}&page_size=2" for start in STARTS[1:])]
    waiting += [f"{address.removeprefix('http://testserver')}?page_size=2" for address in root.values()]
    answered = {}
    while waiting:
        address = waiting.pop()
        if address in answered:
            continue
        response = client.get(address)
        assert response.status_code == 200, (address, response.content)
        answered[address] = response.content.decode()
        waiting.extend(links(json.loads(answered[address])) - answered.keys())
    return answered


def test_the_crawl_reaches_every_resource_and_every_public_row(client, world):
    answered = crawl(client)

    for resource in RESOURCES:
        assert f"/api/{resource}/?page_size=2" in answered
    for part in ("agenda-items", "documents", "minutes", "resolutions"):
        assert f"/api/meetings/{world.meeting.pk}/{part}/" in answered
    public_rows = {
        "documents": world.public_document,
        "resolutions": world.to_cabinet,
        "recommendations": world.recommendation,
        "actions": world.raised_action,
        "indicator-values": world.superseded_q2,
    }
    for resource, row in public_rows.items():
        assert f"/api/{resource}/{row.pk}/" in answered
    assert any("page=2" in address for address in answered)  # pages are followed
    everything = "\n".join(answered.values())
    for text in ("Budget monitoring report", "Children's home contract award", "114 were decided", "58.1"):
        assert text in everything


def test_no_exempt_or_unpublished_word_contact_detail_or_stored_file_anywhere(client, world):
    answered = crawl(client)

    stored_files = [document.file.name for document in Document.objects.all()] + [
        world.attachment.file.name,
        str(django_settings.MEDIA_ROOT),
    ]
    for address, text in answered.items():
        for secret in SECRETS + stored_files:
            assert secret not in text, (secret, address)
        assert "@" not in text, address  # no email address of anybody


@pytest.mark.parametrize(
    "resource, withheld",
    [
        ("documents", "exempt_document"),  # exempt, under an exempt item
        ("documents", "paper_of_exempt_item"),  # filed as open under an exempt item
        ("documents", "exempt_appendix"),  # exempt, under an open item
        ("documents", "unpublished_document"),  # of an agenda not published
        ("agenda-items", "unpublished_item"),
        ("minutes", "exempt_minute"),
        ("minutes", "unpublished_minute"),
        ("resolutions", "exempt_resolution"),
        ("resolutions", "unpublished_resolution"),
        ("actions", "exempt_action"),
        ("actions", "exempt_raised_action"),
        ("actions", "unpublished_action"),
        ("recommendations", "exempt_recommendation"),
        ("recommendations", "unpublished_recommendation"),
        ("people", "guest"),
    ],
)
def test_a_withheld_row_is_not_found_at_its_own_address(client, world, resource, withheld):
    response = client.get(f"/api/{resource}/{getattr(world, withheld).pk}/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_figures_not_published_are_not_found_at_their_own_addresses(client, world):
    unpublished = world.indicator.values.exclude(status="published") | world.other_indicator.values.all()

    assert unpublished.count() == len(UNPUBLISHED_FIGURES)
    for figure in unpublished:
        assert client.get(f"/api/indicator-values/{figure.pk}/").status_code == 404


def test_exempt_material_stays_out_when_a_flag_was_missed(client, world):
    """A bulk update that skipped save() can leave a row unflagged: what it hangs from still keeps it out."""
    Document.objects.filter(pk=world.paper_of_exempt_item.pk).update(exempt=False, exempt_paragraph=None)
    Minute.objects.filter(pk=world.exempt_minute.pk).update(exempt=False)
    Action.objects.filter(pk=world.exempt_action.pk).update(exempt=False)

    answered = crawl(client)

    for text in answered.values():
        for secret in EXEMPT_WORDS:
            assert secret not in text
    for resource, row in [
        ("documents", world.paper_of_exempt_item),
        ("minutes", world.exempt_minute),
        ("resolutions", world.exempt_resolution),
        ("actions", world.exempt_action),
        ("recommendations", world.exempt_recommendation),
    ]:
        assert client.get(f"/api/{resource}/{row.pk}/").status_code == 404


def test_an_action_of_unpublished_minutes_stays_out_when_raised_without_its_resolution(client, world):
    """Only its meeting links it to minutes not yet published."""
    Action.objects.filter(pk=world.unpublished_action.pk).update(resolution=None, minute=None)

    assert client.get(f"/api/actions/{world.unpublished_action.pk}/").status_code == 404


def test_whoever_asks_gets_what_the_public_gets(client, world):
    """Democratic Services, a member of the committee (who reads its exempt papers on the site) and the
    officer answering the exempt action are all given the public's open data, word for word."""
    member = MemberUserFactory(committee=world.committee)
    users = [DemocraticServicesUserFactory(), member, OfficerUserFactory(person=world.exempt_action.owner)]
    public = crawl(client)

    for user in users:
        signed_in = type(client)()
        signed_in.force_login(user)
        assert crawl(signed_in) == public
    # On the site, the member reads the exempt paper the API never gives.
    signed_in.force_login(member)
    assert signed_in.get(f"/documents/{world.exempt_document.pk}/").status_code == 200


def test_the_crawl_finds_exempt_words_once_they_are_made_public(client, world):
    """The check above can fail: the words are in the data, and the crawl reads every response."""
    AgendaItem.objects.filter(pk=world.exempt_item.pk).update(exempt=False, exempt_paragraph=None)
    Document.objects.filter(pk=world.exempt_document.pk).update(exempt=False, exempt_paragraph=None)

    everything = "\n".join(crawl(client).values())

    assert "Acme Care" in everything
    assert "Appendix B: tender prices" in everything
