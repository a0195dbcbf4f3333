"""Search on the demo committee's real papers (manage.py load_demo, then rebuild_search_index).

The tests run on SQLite and PostgreSQL. Where the engines genuinely rank differently (PostgreSQL by weighted
relevance, the SQLite fallback by title match, then the words together, then date) the test says so.
The demo is loaded once for the module, in a transaction rolled back at its end; each test runs inside it
and is rolled back in turn, so none sees another's changes."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from meetings.models import AgendaItem, Document, Minute, PublicQuestion
from search.models import Kind
from tests.factories import (
    CommitteeFactory,
    MemberUserFactory,
    load_demo_with_its_papers_text,
    world_for_the_module,
)

pytestmark = pytest.mark.django_db

MARCH = date(2024, 3, 5)
JANUARY = date(2024, 1, 23)
EXEMPT_APPENDIX_WORDS = "DEMONSTRATION exempt paper"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded, each paper's text read as papers.tasks reads it once the upload commits, and the
    index rebuilt."""
    media = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=media), world_for_the_module(django_db_blocker, loaded_and_indexed):
        yield


def loaded_and_indexed():
    load_demo_with_its_papers_text()
    call_command("rebuild_search_index", stdout=StringIO())


def search(client, q, **filters):
    response = client.get(reverse("search"), {"q": q, **filters})
    assert response.status_code == 200
    return response


def found(response) -> list[tuple[int, int]]:
    """The results of the page, as (content type, id) of the records found, best first."""
    return [(result.entry.content_type_id, result.entry.object_id) for result in response.context["results"]]


def key(record) -> tuple[int, int]:
    return ContentType.objects.get_for_model(record).pk, record.pk


def q3_performance_report():
    item = AgendaItem.objects.get(meeting__start__date=MARCH, number=12)
    assert item.title == "Quarter 3 2023/24 Performance Report."
    return item, item.documents.get(kind=Document.Kind.REPORT)


def test_progress_8_finds_the_q3_performance_report_at_the_top(demo, client):
    item, report = q3_performance_report()
    response = search(client, "Progress 8")
    results = response.context["results"]
    top = results[0]
    if connection.vendor == "postgresql":
        # Weighted relevance: the report discussing Progress 8 outranks the indicators named after it.
        assert found(response)[0] == key(report)
    else:
        # The fallback puts titles holding every word first: the four "KS4 - Progress 8" indicators. Then
        # the papers holding "Progress 8" together, where the report comes before its appendix.
        title_matches = [r for r in results if "progress 8" in r.entry.title.lower()]
        assert {r.entry.kind for r in title_matches} == {Kind.INDICATOR}
        assert results[: len(title_matches)] == title_matches
        top = results[len(title_matches)]
        assert (top.entry.content_type_id, top.entry.object_id) == key(report)
    # The result says what it is: agenda item 12 of 5 March 2024, linking to the paper, the words marked.
    assert top.entry.date == MARCH
    assert top.entry.context == "Agenda item 12: Quarter 3 2023/24 Performance Report."
    assert top.entry.url == report.get_absolute_url()
    assert "<mark>Progress</mark> <mark>8</mark>" in top.snippet
    html = response.content.decode()
    assert f'href="{report.get_absolute_url()}"' in html
    assert "Children and Families Overview and Scrutiny Committee, 5 March 2024" in html

    # The item itself is what its title finds first, on both engines.
    assert found(search(client, "Quarter 3 2023/24 Performance Report"))[0] == key(item)


def test_tribunal_finds_mr_warwicks_public_question_of_23_january(demo, client):
    question = PublicQuestion.objects.get(questioner="Mr David Warwick")
    assert question.meeting.date == JANUARY
    response = search(client, "tribunal")
    assert key(question) in found(response)
    result = next(r for r in response.context["results"] if (r.entry.object_id == question.pk))
    assert result.entry.kind == Kind.PUBLIC_QUESTION
    assert result.entry.date == JANUARY
    assert str(result.title) == "Question by Mr David Warwick"
    assert "<mark>tribunal" in result.snippet.lower()
    # The minute that records Question Time is 46, and the question links to the minutes of that meeting.
    assert Minute.objects.get(meeting=question.meeting, number=46).heading == "Question Time."
    assert result.entry.url == f"{question.meeting.get_absolute_url()}#minutes"


@pytest.mark.parametrize("words", ["tribun", "TRIBUNALS", "Warwi", "tribunal Leicestershire"])
def test_the_start_of_a_word_finds_the_whole_word(demo, client, words):
    question = PublicQuestion.objects.get(questioner="Mr David Warwick")
    assert key(question) in found(search(client, words))


def test_filters_narrow_the_demo_results(demo, client):
    question = PublicQuestion.objects.get(questioner="Mr David Warwick")
    committee = question.meeting.committee
    everything = search(client, "tribunal").context["page_obj"].paginator.count
    assert everything > 1

    questions = search(client, "tribunal", kind=Kind.PUBLIC_QUESTION)
    assert found(questions) == [key(question)]

    january = search(client, "tribunal", date_from="2024-01-23", date_to="2024-01-23")
    assert key(question) in found(january)
    assert {r.entry.date for r in january.context["results"]} == {JANUARY}

    march = search(client, "tribunal", date_from="2024-02-01")
    assert key(question) not in found(march)

    assert key(question) in found(search(client, "tribunal", committee=committee.pk))
    elsewhere = CommitteeFactory()
    assert found(search(client, "tribunal", committee=elsewhere.pk)) == []


def test_the_exempt_demo_appendix_is_found_only_by_those_entitled(demo, client):
    appendix = Document.objects.get(exempt=True, title__contains="DEMONSTRATION exempt paper")

    assert found(search(client, EXEMPT_APPENDIX_WORDS)) == []  # the public

    client.force_login(MemberUserFactory(committee=CommitteeFactory()))
    assert key(appendix) not in found(search(client, EXEMPT_APPENDIX_WORDS))  # another committee's member

    for username in ("democratic.services", "councillor.fryer"):  # Democratic Services, a member of it
        client.force_login(User.objects.get(username=username))
        response = search(client, EXEMPT_APPENDIX_WORDS)
        assert found(response)[0] == key(appendix), username
        assert "Exempt</strong>" in response.content.decode()
