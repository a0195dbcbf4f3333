"""Lists of the open data API in pages: every row once, the page sizes, one order across pages; and each
list's count kept until a record changes. Each test builds what it counts (test_api.py's share one world)."""

from urllib.parse import urlsplit

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opendata.pagination import OpenDataPagination
from tests.factories import CommitteeFactory, MeetingFactory, ResolutionFactory, open_data_world
from tests.opendata.test_api import get_json, ids, path_of

pytestmark = pytest.mark.django_db


def test_lists_come_in_pages_that_together_hold_every_row_once(client):
    CommitteeFactory.create_batch(7)
    every_slug = get_json(client, "/api/committees/")["results"]

    first = get_json(client, "/api/committees/", {"page_size": 3})
    second = get_json(client, path_of(first["next"]) + "?" + urlsplit(first["next"]).query)
    third = get_json(client, "/api/committees/", {"page_size": 3, "page": 3})

    assert (first["count"], first["previous"]) == (7, None)
    assert urlsplit(second["previous"]).query == "page_size=3"
    assert third["next"] is None
    assert ids(first, "slug") + ids(second, "slug") + ids(third, "slug") == [c["slug"] for c in every_slug]
    assert [c["name"] for c in every_slug] == sorted(c["name"] for c in every_slug)


def test_a_page_holds_50_rows_unless_asked_and_never_more_than_the_maximum(client, monkeypatch):
    CommitteeFactory.create_batch(53)

    assert len(get_json(client, "/api/committees/")["results"]) == 50
    assert len(get_json(client, "/api/committees/", {"page_size": 53})["results"]) == 53
    monkeypatch.setattr(OpenDataPagination, "max_page_size", 10)
    assert len(get_json(client, "/api/committees/", {"page_size": 53})["results"]) == 10


def test_rows_that_sort_alike_keep_one_order_across_pages(client):
    """Meetings at the same moment are ordered by id, so no page repeats or misses one."""
    start = timezone.now().replace(microsecond=0)
    meetings = [MeetingFactory(start=start) for _ in range(5)]

    paged = [
        get_json(client, "/api/meetings/", {"page_size": 1, "page": n})["results"][0]["id"]
        for n in range(1, 6)
    ]

    assert paged == sorted(meeting.pk for meeting in meetings)


def test_a_lists_count_is_kept_until_any_record_changes(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        world = open_data_world()
    assert get_json(client, "/api/resolutions/")["count"] == 3
    with CaptureQueriesContext(connection) as queries:
        assert get_json(client, "/api/resolutions/", {"page_size": 2})["count"] == 3
    assert not any("COUNT(" in query["sql"] for query in queries.captured_queries)

    with django_capture_on_commit_callbacks(execute=True):
        ResolutionFactory(minute=world.minute, letter="d")
    assert get_json(client, "/api/resolutions/")["count"] == 4
    # A change not yet committed is counted by its own transaction and kept for nobody.
    with transaction.atomic():
        ResolutionFactory(minute=world.minute, letter="e")
        assert get_json(client, "/api/resolutions/")["count"] == 5
        transaction.set_rollback(True)
    assert get_json(client, "/api/resolutions/")["count"] == 4
