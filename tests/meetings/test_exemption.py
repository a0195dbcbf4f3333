"""An item taken in private (Schedule 12A) withholds what is filed under it, and says so once: the search,
the agenda packs, the open data and the actions arising all follow that one announcement."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from followup.models import Action
from meetings import exemption, signals
from meetings.models import Document, Minute
from papers import rebuilding
from search.models import SearchEntry
from search.query import Search, terms_of
from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    DocumentFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    ResolutionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def announced():
    """The items announced as made exempt, in the order they were."""
    items = []

    def heard(sender, item, **kwargs):
        items.append(item.pk)

    signals.item_made_exempt.connect(heard, dispatch_uid="tests.heard")
    yield items
    signals.item_made_exempt.disconnect(dispatch_uid="tests.heard")


@pytest.fixture
def minuted():
    """An open item of published minutes, with two papers, a minute, its resolution and an action."""
    meeting = MinutesPublishedMeetingFactory()
    item = AgendaItemFactory(meeting=meeting, title="Residential homes contract")
    papers = DocumentFactory.create_batch(2, agenda_item=item, title="Residential homes: bids")
    minute = MinuteFactory(meeting=meeting, agenda_item=item, heading="Residential homes contract.")
    resolution = ResolutionFactory(minute=minute, text="That the residential homes contract be awarded.")
    action = ActionFactory(resolution=resolution, description="Cost the residential homes options.")
    return item, papers, minute, action


def test_making_an_item_exempt_withholds_its_papers_minute_and_actions_and_says_so_once(minuted, announced):
    item, _, minute, action = minuted
    made = exemption.make_exempt(item, paragraph=3)
    assert (made.exempt, made.exempt_paragraph) == (True, 3)
    assert set(Document.objects.filter(agenda_item=item).values_list("exempt", "exempt_paragraph")) == {
        (True, 3)
    }
    assert Minute.objects.get(pk=minute.pk).exempt
    assert Action.objects.get(pk=action.pk).exempt
    assert announced == [item.pk]


def test_a_paper_already_exempt_keeps_its_own_paragraph(minuted):
    item, papers, _, _ = minuted
    Document.objects.filter(pk=papers[0].pk).update(exempt=True, exempt_paragraph=1)
    exemption.make_exempt(item, paragraph=3)
    assert Document.objects.get(pk=papers[0].pk).exempt_paragraph == 1
    assert Document.objects.get(pk=papers[1].pk).exempt_paragraph == 3


def test_saving_an_open_item_announces_nothing_and_an_exempt_one_each_time(minuted, announced):
    item, _, _, _ = minuted
    item.title = "Residential homes contract: the tenders"
    item.save()
    assert announced == []
    item.exempt, item.exempt_paragraph = True, 3
    item.save()  # as the admin saves it
    item.summary = "Taken in private."
    item.save()
    assert announced == [item.pk, item.pk]


def test_making_it_exempt_again_on_the_same_ground_changes_and_announces_nothing(minuted, announced):
    item, _, _, _ = minuted
    exemption.make_exempt(item, paragraph=3)
    exemption.make_exempt(item, paragraph=3)
    assert announced == [item.pk]
    exemption.make_exempt(item, paragraph=1)
    assert announced == [item.pk, item.pk]


def test_there_is_no_paragraph_eight(minuted, announced):
    item, _, _, _ = minuted
    with pytest.raises(
        ValidationError, match="no paragraph 8: exempt information falls under paragraphs 1 to 7"
    ):
        exemption.make_exempt(item, paragraph=8)
    item.refresh_from_db()
    assert not item.exempt
    assert announced == []


@pytest.mark.search_index
def test_the_public_no_longer_finds_any_of_it(minuted):
    def found() -> set[str]:
        entries = SearchEntry.objects.visible_to(AnonymousUser())
        return set(Search(terms_of("residential homes")).matching(entries).values_list("kind", flat=True))

    assert found() == {"agenda_item", "document", "minute", "resolution", "action"}
    exemption.make_exempt(minuted[0], paragraph=3)
    assert found() == set()


def test_the_open_data_no_longer_gives_its_papers_minute_or_actions(client, minuted):
    item, _, minute, action = minuted

    def listed(resource) -> list[int]:
        return [row["id"] for row in client.get(f"/api/{resource}/").json()["results"]]

    assert (len(listed("documents")), listed("minutes"), listed("actions")) == (2, [minute.pk], [action.pk])
    assert len(listed("resolutions")) == 1
    exemption.make_exempt(item, paragraph=3)
    assert (listed("documents"), listed("minutes"), listed("resolutions"), listed("actions")) == (
        [],
        [],
        [],
        [],
    )


@pytest.mark.agenda_packs
def test_the_pack_that_prints_its_minutes_is_rebuilt(
    minuted, monkeypatch, django_capture_on_commit_callbacks
):
    item, _, _, _ = minuted
    following = MeetingFactory(
        committee=item.meeting.committee, start=item.meeting.start + timedelta(days=42)
    )
    rebuilding._changes.forget()  # what setting up gathered is never committed in a test
    queued = []
    monkeypatch.setattr(rebuilding, "request_build", lambda meeting_id, **kwargs: queued.append(meeting_id))
    with django_capture_on_commit_callbacks(execute=True):
        exemption.make_exempt(item, paragraph=3)
    assert sorted(queued) == sorted([item.meeting_id, following.pk])
