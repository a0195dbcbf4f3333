"""Holding back the receivers that keep derived records in step (scrutiny.keeping): while the search index is
held nothing is written to it, in this thread only; the test suite's factories hold it unless a test asks."""

import threading

import pytest
from django.contrib.contenttypes.models import ContentType

from meetings.models import Document
from scrutiny import keeping
from search import index
from search.models import SearchEntry
from tests.factories import DocumentFactory, keeping_in_step

pytestmark = pytest.mark.django_db


def entries_of(document) -> list[str]:
    content_type = ContentType.objects.get_for_model(Document)
    return list(
        SearchEntry.objects.filter(content_type=content_type, object_id=document.pk).values_list(
            "title", flat=True
        )
    )


def test_a_document_saved_while_the_index_is_held_is_not_indexed_until_it_is_saved_again():
    with keeping_in_step():
        document = DocumentFactory(title="Youth services review")
    assert entries_of(document) == ["Youth services review"]

    document.title = "Youth services review: the consultation"
    with keeping.holding(keeping.SEARCH_INDEX):
        document.save()
    assert entries_of(document) == ["Youth services review"]

    document.save()
    assert entries_of(document) == ["Youth services review: the consultation"]


def test_a_hold_is_this_threads_alone():
    with keeping_in_step():
        document = DocumentFactory(title="Before")
    seen_elsewhere = []

    def elsewhere():
        seen_elsewhere.append(keeping.is_held(keeping.SEARCH_INDEX))

    with keeping.holding(keeping.SEARCH_INDEX):
        assert keeping.is_held(keeping.SEARCH_INDEX)
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
    assert seen_elsewhere == [False]
    assert not keeping.is_held(keeping.SEARCH_INDEX)
    assert entries_of(document) == ["Before"]


def test_a_rebuild_writes_whatever_is_held():
    document = DocumentFactory(title="Made while held")  # the factories hold the index by default
    assert entries_of(document) == []
    with keeping.holding(keeping.SEARCH_INDEX):
        index.rebuild()
    assert entries_of(document) == ["Made while held"]


@pytest.mark.search_index
def test_a_test_marked_search_index_has_its_factories_keep_the_index():
    assert entries_of(DocumentFactory(title="Kept in step")) == ["Kept in step"]
