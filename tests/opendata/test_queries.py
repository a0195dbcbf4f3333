"""Each list of the API costs a fixed number of queries, however many rows its page holds: the same with one
committee's record as with three times as much, and within a budget (which counts the two queries of the
request's savepoint)."""

import pytest

from tests.factories import (
    RESOURCES,
    AgendaItemFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    ResolutionFactory,
    open_data_world,
)

pytestmark = pytest.mark.django_db

BUDGETS = {
    "committees": 5,  # count, page, current members with their people
    "people": 5,  # count, page, memberships with their committees
    "meetings": 4,
    "agenda-items": 6,  # count, page, public papers, contacts
    "documents": 4,
    "minutes": 10,  # count, page, discussion points, resolutions, votes, named votes, ballots, candidates
    "resolutions": 4,
    "actions": 6,  # count, page, accepted responses, their attachments
    "recommendations": 4,
    "indicator-values": 5,  # count, page, the indicators' committees
}
# A meeting's parts: the list's budget and the query that finds the meeting.
PART_BUDGETS = {part: BUDGETS[part] + 1 for part in ("agenda-items", "documents", "minutes", "resolutions")}


def rows_and_queries(client, address, assert_max_num_queries, budget) -> tuple[int, int]:
    with assert_max_num_queries(budget) as captured:
        response = client.get(address, {"page_size": 500})
    assert response.status_code == 200
    return len(response.json()["results"]), len(captured)


def test_every_list_has_a_budget():
    assert set(BUDGETS) == set(RESOURCES)


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_list_costs_the_same_queries_however_many_rows(client, django_assert_max_num_queries, resource):
    address, budget = f"/api/{resource}/", BUDGETS[resource]
    open_data_world("first")
    few_rows, few_queries = rows_and_queries(client, address, django_assert_max_num_queries, budget)

    open_data_world("second")
    open_data_world("third")
    many_rows, many_queries = rows_and_queries(client, address, django_assert_max_num_queries, budget)

    assert many_rows >= 3 * few_rows > 0
    assert many_queries == few_queries


def published_meeting_with(items: int):
    """A meeting with published minutes, `items` open items each with a paper, a contact and a minute with a
    discussion point and a resolution, and an exempt item with its paper."""
    meeting = MinutesPublishedMeetingFactory()
    for number in range(1, items + 1):
        item = AgendaItemFactory(meeting=meeting, number=number)
        item.contacts.set([OfficerFactory()])
        DocumentFactory(agenda_item=item)
        minute = MinuteFactory(meeting=meeting, agenda_item=item)
        DiscussionPointFactory(minute=minute, position=1)
        ResolutionFactory(minute=minute)
    ExemptDocumentFactory(agenda_item=ExemptAgendaItemFactory(meeting=meeting, number=items + 1))
    return meeting


@pytest.mark.parametrize("part", PART_BUDGETS)
def test_the_parts_of_a_meeting_cost_the_same_queries_however_many_rows(
    client, django_assert_max_num_queries, part
):
    small, large = published_meeting_with(1), published_meeting_with(4)

    few_rows, few_queries = rows_and_queries(
        client, f"/api/meetings/{small.pk}/{part}/", django_assert_max_num_queries, PART_BUDGETS[part]
    )
    many_rows, many_queries = rows_and_queries(
        client, f"/api/meetings/{large.pk}/{part}/", django_assert_max_num_queries, PART_BUDGETS[part]
    )

    assert many_rows > few_rows > 0
    assert many_queries == few_queries
