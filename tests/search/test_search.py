"""The search page: who finds what (exempt and unpublished material above all), filters, ranking, snippets,
bad input and the query budget. Runs on SQLite and PostgreSQL; where the engines differ the test says so."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from search import views as search_views
from search.models import Kind
from search.query import terms_of
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DocumentTextFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentTextFactory,
    HeldMeetingFactory,
    IndicatorFactory,
    MeetingFactory,
    MemberUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerUserFactory,
    PublicQuestionFactory,
    ResolutionFactory,
)
from tests.responses import text_of

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

# The queries of a search page (see SearchView): the count of results, the page of results with their
# committees, and the committees offered as a filter; and the request's transaction (ATOMIC_REQUESTS: here a
# savepoint and its release, inside the test's own transaction).
ANONYMOUS_QUERIES = 5
# For someone signed in, before those: their session and user, their permissions and groups' permissions
# (asked once, then cached on the user), and the committees they sit on.
SIGNED_IN_QUERIES = ANONYMOUS_QUERIES + 5


def search(client, q, **filters):
    response = client.get(reverse("search"), {"q": q, **filters})
    assert response.status_code == 200
    return response


def found(response) -> list[tuple[int, int]]:
    """The records on the page of results, as (content type, id), best first."""
    return [(result.entry.content_type_id, result.entry.object_id) for result in response.context["results"]]


def key(record) -> tuple[int, int]:
    return ContentType.objects.get_for_model(record).pk, record.pk


# --- who finds what -------------------------------------------------------------------------------------


@pytest.fixture
def council():
    """One committee's kestrel survey, in every state of publication and exemption."""
    committee = CommitteeFactory(name="Environment and Climate Overview and Scrutiny Committee")
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    public_item = AgendaItemFactory(meeting=meeting, number=1, title="Kestrel survey results")
    public_paper = DocumentTextFactory(
        document__agenda_item=public_item, text="The kestrel survey counted 41 pairs."
    ).document
    public_minute = MinuteFactory(meeting=meeting, agenda_item=public_item, heading="Kestrel survey results.")
    exempt_item = ExemptAgendaItemFactory(
        meeting=meeting, number=2, title="Kestrel nest box contract award", summary="The kestrel bids."
    )
    exempt_paper = ExemptDocumentTextFactory(
        document__agenda_item=exempt_item, text="Kestrel nest boxes: Provider A £12,000."
    ).document
    exempt_minute = MinuteFactory(
        meeting=meeting, agenda_item=exempt_item, heading="Kestrel nest box contract award."
    )
    exempt_resolution = ResolutionFactory(minute=exempt_minute, text="That the kestrel contract be awarded.")
    # An appendix marked exempt under an open item.
    exempt_appendix = ExemptDocumentTextFactory(
        document__agenda_item=public_item, text="Kestrel survey: landowners' names."
    ).document

    unpublished_agenda = MeetingFactory(committee=committee)
    unpublished_item = AgendaItemFactory(meeting=unpublished_agenda, title="Kestrel survey: next steps")
    unpublished_minutes = HeldMeetingFactory(committee=committee, start=meeting.start + timedelta(days=7))
    unpublished_minute = MinuteFactory(
        meeting=unpublished_minutes, heading="Kestrel survey: draft comments.", text="Not yet published."
    )
    withheld_question = PublicQuestionFactory(
        meeting=meeting, status="submitted", question="Will the kestrel survey be repeated?"
    )
    return {
        "committee": committee,
        "public": {key(public_item), key(public_paper), key(public_minute)},
        "exempt": {
            key(exempt_item),
            key(exempt_paper),
            key(exempt_minute),
            key(exempt_resolution),
            key(exempt_appendix),
        },
        "unpublished": {key(unpublished_item), key(unpublished_minute), key(withheld_question)},
    }


def anonymous(council):
    return None


def member_of_the_committee(council):
    return MemberUserFactory(committee=council["committee"])


def member_of_another_committee(council):
    return MemberUserFactory(committee=CommitteeFactory())


def officer(council):
    return OfficerUserFactory()


def democratic_services(council):
    return DemocraticServicesUserFactory()


@pytest.mark.parametrize(
    "who, finds",
    [
        (anonymous, ["public"]),
        (officer, ["public"]),
        (member_of_another_committee, ["public"]),
        (member_of_the_committee, ["public", "exempt"]),
        (democratic_services, ["public", "exempt", "unpublished"]),
    ],
)
def test_each_finds_only_what_they_are_entitled_to(client, council, who, finds):
    user = who(council)
    if user:
        client.force_login(user)
    response = search(client, "kestrel")
    assert set(found(response)) == set().union(*(council[group] for group in finds))
    html = response.content.decode()
    assert ("Exempt</strong>" in html) == ("exempt" in finds)
    assert ("Not published</strong>" in html) == ("unpublished" in finds)
    # Nothing exempt leaks through a snippet either.
    assert ("Provider A" in html) == ("exempt" in finds)


def test_words_only_in_exempt_papers_find_nothing_for_the_public(client, council):
    response = search(client, "nest box contract")
    assert found(response) == []
    assert "There are no matching results." in response.content.decode()


# --- the page -------------------------------------------------------------------------------------------


def test_a_result_shows_its_kind_committee_date_place_and_the_words_marked(client):
    meeting = MinutesPublishedMeetingFactory(committee__name="Children and Families Overview and Scrutiny")
    item = AgendaItemFactory(meeting=meeting, number=8, title="Medium Term Financial Strategy 2024/25")
    DocumentTextFactory(
        document__agenda_item=item,
        document__title="Report of the Director of Corporate Resources",
        text="Growth in demand for SEND tribunals is a pressure on the budget.",
    )
    html = search(client, "tribunals").content.decode()
    assert "1 result" in html
    assert "Report or paper</strong>" in html
    assert f"Children and Families Overview and Scrutiny, {meeting.date:%-d %B %Y}" in html
    assert "Agenda item 8: Medium Term Financial Strategy 2024/25" in html
    assert "Report of the Director of Corporate Resources</a>" in html
    assert "<mark>tribunals</mark>" in html


def test_no_results_gives_advice(client):
    html = search(client, "zeppelin").content.decode()
    assert "0 results" in html
    assert "There are no matching results." in html
    assert "removing filters" in html


def test_the_page_without_a_search_shows_only_the_form(client):
    response = client.get(reverse("search"))
    assert response.status_code == 200
    assert response.context["searched"] is False
    assert "There are no matching results." not in response.content.decode()


def test_what_records_say_is_escaped_and_only_the_marks_are_html(client):
    meeting = MinutesPublishedMeetingFactory()
    item = AgendaItemFactory(meeting=meeting, title="Budget <script>alert('title')</script> savings")
    DocumentTextFactory(
        document__agenda_item=item, text="Budget lines <b>bold</b> & <script>alert('body')</script> cut."
    )
    DocumentTextFactory(  # long enough to be shown in passages
        document__agenda_item=item,
        text="Budget " + "savings were discussed at length. " * 20 + "<script>alert('long')</script> budget",
    )
    html = search(client, "budget").content.decode()
    assert "<script>alert" not in html
    assert "<b>" not in html
    assert "<mark>Budget</mark> &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; savings" in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(&#x27;body&#x27;)" in html


def test_results_come_a_page_at_a_time_keeping_the_search_and_filters(client):
    meeting = MinutesPublishedMeetingFactory()
    for number in range(1, 26):
        AgendaItemFactory(meeting=meeting, number=number, title=f"Library opening hours, part {number}")
    first = search(client, "library", kind=Kind.AGENDA_ITEM)
    assert len(first.context["results"]) == 20
    assert first.context["page_obj"].paginator.count == 25
    html = first.content.decode()
    assert "25 results, page 1 of 2" in html
    assert 'href="?q=library&amp;kind=agenda_item&amp;page=2"' in html

    second = client.get(reverse("search"), {"q": "library", "kind": Kind.AGENDA_ITEM, "page": 2})
    assert len(second.context["results"]) == 5
    assert not set(found(first)) & set(found(second))


def test_a_common_word_is_counted_up_to_a_limit_and_paginated_that_far(client, monkeypatch):
    monkeypatch.setattr(search_views, "COUNTED_UP_TO", 21)
    meeting = MinutesPublishedMeetingFactory()
    for number in range(1, 26):
        AgendaItemFactory(meeting=meeting, number=number, title=f"Library opening hours, part {number}")
    first = search(client, "library", kind=Kind.AGENDA_ITEM)
    assert first.context["page_obj"].paginator.count == 21
    assert "More than 21 results" in text_of(first)
    assert "page 1 of 2" in text_of(first)
    last = client.get(reverse("search"), {"q": "library", "kind": Kind.AGENDA_ITEM, "page": 2})
    assert len(last.context["results"]) == 1

    monkeypatch.setattr(search_views, "COUNTED_UP_TO", 25)
    exactly = search(client, "library", kind=Kind.AGENDA_ITEM)
    assert "25 results, page 1 of 2" in text_of(exactly)
    assert "More than" not in text_of(exactly)


# --- filters --------------------------------------------------------------------------------------------


@pytest.fixture
def two_committees():
    children = CommitteeFactory(name="Children and Families")
    adults = CommitteeFactory(name="Adults and Communities")
    now = timezone.now()
    january = MinutesPublishedMeetingFactory(committee=children, start=now - timedelta(days=120))
    march = MinutesPublishedMeetingFactory(committee=children, start=now - timedelta(days=60))
    adults_march = MinutesPublishedMeetingFactory(committee=adults, start=now - timedelta(days=60))
    return {
        "children": children,
        "adults": adults,
        "january_item": AgendaItemFactory(meeting=january, title="Transport to school"),
        "march_minute": MinuteFactory(meeting=march, heading="Transport to school: budget."),
        "adults_item": AgendaItemFactory(meeting=adults_march, title="Transport for older people"),
        "both_indicator": IndicatorFactory(name="Transport journeys on time", committees=[children, adults]),
        "adults_indicator": IndicatorFactory(name="Transport complaints", committees=[adults]),
        "january": january,
        "march": march,
    }


def test_the_committee_filter_keeps_its_records_and_its_indicators(client, two_committees):
    c = two_committees
    response = search(client, "transport", committee=c["children"].pk)
    assert set(found(response)) == {key(c["january_item"]), key(c["march_minute"]), key(c["both_indicator"])}
    response = search(client, "transport", committee=c["adults"].pk)
    adults = {key(c["adults_item"]), key(c["both_indicator"]), key(c["adults_indicator"])}
    assert set(found(response)) == adults


def test_the_kind_filter(client, two_committees):
    c = two_committees
    assert found(search(client, "transport", kind=Kind.MINUTE)) == [key(c["march_minute"])]
    assert set(found(search(client, "transport", kind=Kind.INDICATOR))) == {
        key(c["both_indicator"]),
        key(c["adults_indicator"]),
    }


def test_the_date_filter_takes_meetings_from_and_to_a_date(client, two_committees):
    c = two_committees
    january, march = c["january"].date, c["march"].date
    from_march = search(client, "transport", date_from=march.isoformat())
    assert set(found(from_march)) == {key(c["march_minute"]), key(c["adults_item"])}  # no dateless indicators
    to_january = search(client, "transport", date_to=january.isoformat())
    assert found(to_january) == [key(c["january_item"])]
    only_january = search(client, "transport", date_from=january.isoformat(), date_to=january.isoformat())
    assert found(only_january) == [key(c["january_item"])]


def test_a_date_range_the_wrong_way_round_is_an_error(client, two_committees):
    response = search(client, "transport", date_from="2024-03-05", date_to="2024-01-23")
    html = response.content.decode()
    assert "There is a problem" in html
    assert "‘Meetings to’ must be the same as or after ‘Meetings from’" in html
    assert response.context["searched"] is False
    assert "<title>Error: " in html


# --- matching and ranking -------------------------------------------------------------------------------


def test_the_start_of_a_word_finds_the_word_and_every_word_must_be_there(client):
    meeting = MinutesPublishedMeetingFactory()
    tribunals = AgendaItemFactory(meeting=meeting, title="SEND tribunals and appeals")
    AgendaItemFactory(meeting=meeting, title="SEND transport")
    assert found(search(client, "tribun")) == [key(tribunals)]
    assert found(search(client, "TRIBUNALS send")) == [key(tribunals)]
    assert found(search(client, "tribunal zeppelin")) == []


def test_a_title_holding_the_words_comes_before_a_text_holding_them(client):
    meeting = MinutesPublishedMeetingFactory()
    in_text = DocumentTextFactory(
        document__agenda_item__meeting=meeting,
        document__title="Report of the Director",
        text="This report covers the fostering recruitment campaign.",
    ).document
    in_title = AgendaItemFactory(meeting=meeting, title="Fostering recruitment campaign")
    assert found(search(client, "fostering recruitment")) == [key(in_title), key(in_text)]


def test_words_together_as_typed_come_before_the_same_words_apart(client):
    meeting = MinutesPublishedMeetingFactory()
    apart = DocumentTextFactory(
        document__agenda_item__meeting=meeting,
        text="Progress on the plan was reported. Key Stage 2 results for 8 schools were late.",
    ).document
    together = DocumentTextFactory(
        document__agenda_item__meeting=meeting,
        text="The average Progress 8 score for pupils at Key Stage 4 was -0.09.",
    ).document
    assert found(search(client, "Progress 8")) == [key(together), key(apart)]


def test_otherwise_the_newest_meeting_comes_first(client):
    older = MinutesPublishedMeetingFactory(start=timezone.now() - timedelta(days=90))
    newer = MinutesPublishedMeetingFactory(start=timezone.now() - timedelta(days=30))
    old_minute = MinuteFactory(meeting=older, heading="Libraries.", text="The library review was noted.")
    new_minute = MinuteFactory(meeting=newer, heading="Libraries.", text="The library review was noted.")
    assert found(search(client, "library review")) == [key(new_minute), key(old_minute)]


def test_a_number_is_matched_whole_on_postgresql_and_anywhere_in_the_fallback(client):
    meeting = MinutesPublishedMeetingFactory()
    eight = AgendaItemFactory(meeting=meeting, title="Item 8 of the plan")
    eighty = AgendaItemFactory(meeting=meeting, title="Item 83 of the plan")
    results = set(found(search(client, "8")))
    if connection.vendor == "postgresql":
        assert results == {key(eight)}  # "8" is not the start of every figure beginning with 8
    else:
        assert results == {key(eight), key(eighty)}  # LIKE finds the digit inside "83"


@pytest.mark.parametrize(
    "typed, terms",
    [
        ("Progress 8", ["progress", "8"]),
        ("children's services", ["children", "services"]),
        ("Q3 2023/24", ["q3", "2023/24"]),
        ("Unaccompanied Asylum-Seeking Children", ["unaccompanied", "asylum-seeking", "children"]),
        ("tribunal TRIBUNAL tribunal", ["tribunal"]),
        ("&|!:*()'\"\\", []),
        ("a b c", []),
        (" ".join(f"word{n}" for n in range(20)), [f"word{n}" for n in range(10)]),
    ],
)
def test_what_is_typed_becomes_words_and_never_syntax(typed, terms):
    assert terms_of(typed) == terms


# --- bad input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "&",
        "|",
        "!",
        ":",
        "*",
        "(",
        ")",
        "'",
        '"',
        "\\",
        "&|!:*()'\"\\",
        "tribunal & | ! :* ( ) ' \" \\",
        "tribunal:* | !send",
        "'; DROP TABLE search_searchentry; --",
        "<script>alert(1)</script>",
        "the",
        "a",
        "8",
        "x" * 200,
        "tribunal " * 22,
        "ζ日本語 ünïcödé",
    ],
)
def test_odd_input_is_never_an_error(client, q):
    MinutesPublishedMeetingFactory()
    AgendaItemFactory(title="SEND tribunals")
    response = search(client, q)
    assert response.context["form"].is_valid()


def test_a_very_long_search_is_refused_politely(client):
    response = search(client, "tribunal " * 100)
    html = response.content.decode()
    assert "Search for 200 characters or fewer" in html
    assert '<a href="#id_q">' in html
    assert "<title>Error: " in html


@pytest.mark.parametrize(
    "params, error",
    [
        ({"committee": "abc"}, "Select a committee from the list"),
        ({"committee": "999999"}, "Select a committee from the list"),
        ({"kind": "everything"}, "Select a type from the list"),
        ({"date_from": "2024-02-31"}, "Enter a real date for ‘Meetings from’"),
        ({"date_to": "yesterday"}, "Enter a real date for ‘Meetings to’"),
        ({"q": "tribunal\x00"}, "Null characters are not allowed."),
    ],
)
def test_bad_filters_are_errors_not_failures(client, params, error):
    response = client.get(reverse("search"), {"q": "tribunal", **params})
    assert response.status_code == 200
    assert error in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", ""])
def test_any_page_number_gives_a_page(client, page):
    AgendaItemFactory(meeting=MinutesPublishedMeetingFactory(), title="SEND tribunals")
    response = client.get(reverse("search"), {"q": "tribunal", "page": page})
    assert response.status_code == 200
    assert len(response.context["results"]) == 1


# --- queries --------------------------------------------------------------------------------------------


def _matching_records(count):
    meeting = MinutesPublishedMeetingFactory()
    for _ in range(count):
        item = AgendaItemFactory(meeting=meeting, title="Home to school transport")
        DocumentTextFactory(document__agenda_item=item, text="Home to school transport costs rose.")
        MinuteFactory(meeting=meeting, agenda_item=item, heading="Home to school transport.")


@pytest.mark.parametrize(
    "who, budget",
    [
        (anonymous, ANONYMOUS_QUERIES),
        (member_of_the_committee, SIGNED_IN_QUERIES),
        (democratic_services, SIGNED_IN_QUERIES),
    ],
)
def test_the_queries_do_not_grow_with_the_results(client, django_assert_max_num_queries, who, budget):
    user = who({"committee": CommitteeFactory()})
    _matching_records(1)
    if user:
        client.force_login(user)
    with django_assert_max_num_queries(budget):
        assert len(search(client, "school transport").context["results"]) == 3
    _matching_records(10)
    if user:
        client.force_login(user)  # a fresh request: nothing cached from the last one
    with django_assert_max_num_queries(budget):
        response = search(client, "school transport", kind="", date_from="", date_to="")
        assert len(response.context["results"]) == 20
