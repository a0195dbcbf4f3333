"""The search index kept in step with the records: every change that alters what can be found, or by whom,
changes the index in the same transaction; rebuild_search_index makes the same index from scratch."""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from followup import workflow as followup_workflow
from meetings import workflow
from meetings.models import Meeting
from search.models import Kind, SearchEntry
from search.query import Search, terms_of
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DiscussionPointFactory,
    DocumentTextFactory,
    HeldMeetingFactory,
    IndicatorFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PublicQuestionFactory,
    ResolutionFactory,
    load_demo_with_its_papers_text,
)

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

ENTRY_FIELDS = [
    "kind",
    "content_type_id",
    "object_id",
    "committee_id",
    "meeting_id",
    "date",
    "title",
    "context",
    "body",
    "url",
    "exempt",
    "published",
    "weight",
]


def findable(words: str, user=None) -> set[tuple[int, int]]:
    """What `user` (by default the public) finds for `words`, as (content type, id) of the records."""
    entries = SearchEntry.objects.visible_to(user or AnonymousUser())
    return set(Search(terms_of(words)).matching(entries).values_list("content_type_id", "object_id"))


def key(record) -> tuple[int, int]:
    return ContentType.objects.get_for_model(record).pk, record.pk


def index_as_rows():
    return list(SearchEntry.objects.order_by("content_type", "object_id").values(*ENTRY_FIELDS))


@pytest.fixture
def democratic_services():
    return DemocraticServicesUserFactory()


def test_the_index_the_receivers_keep_is_the_index_a_rebuild_makes(settings, tmp_path):
    """Loading the demo indexes everything as it goes, the papers' text once it is read; rebuilding changes
    nothing, however often it runs."""
    settings.MEDIA_ROOT = tmp_path
    load_demo_with_its_papers_text()
    kept = index_as_rows()
    assert {row["kind"] for row in kept} == set(Kind.values) - {Kind.MEMBER_QUESTION}  # the demo has none
    assert all(row["body"] for row in kept if row["kind"] == Kind.DOCUMENT), "every paper's text"

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert f"Search index rebuilt: {len(kept)} entries." in out.getvalue()
    assert index_as_rows() == kept
    call_command("rebuild_search_index", stdout=StringIO())
    assert index_as_rows() == kept


def test_a_rebuild_restores_missing_rows_and_drops_rows_of_nothing(democratic_services):
    minute = MinuteFactory(heading="Libraries.")
    before = index_as_rows()
    SearchEntry.objects.filter(object_id=minute.pk, kind=Kind.MINUTE).delete()
    orphan = SearchEntry.objects.create(
        kind=Kind.MINUTE,
        content_type=ContentType.objects.get_for_model(minute),
        object_id=minute.pk + 1000,
        title="Gone.",
        url="/",
        published=True,
    )
    call_command("rebuild_search_index", stdout=StringIO())
    assert index_as_rows() == before
    assert not SearchEntry.objects.filter(pk=orphan.pk).exists()


def test_the_postgresql_index_is_a_weighted_vector_with_a_gin_index():
    AgendaItemFactory(title="Tribunals", summary="Appeals to the SEND tribunal.")
    entry = SearchEntry.objects.get(kind=Kind.AGENDA_ITEM)
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, SearchEntry._meta.db_table)
    if connection.vendor == "postgresql":
        # The title's words weigh A, where it sits B ("Agenda item 1"), its text C; words are stems.
        assert re.search(r"'tribun':1A,\d+C", entry.search_vector)
        assert re.search(r"'agenda':2B", entry.search_vector)
        assert re.search(r"'appeal':\d+C", entry.search_vector)
        assert indexes["search_entry_vector_gin"]["type"] == "gin"
    else:
        # Other databases keep no vector and need no index for it: their search reads title and text.
        assert entry.search_vector is None
        assert "search_entry_vector_gin" not in indexes


# --- publication ----------------------------------------------------------------------------------------


def test_publishing_the_agenda_and_the_minutes_makes_them_findable(django_capture_on_commit_callbacks):
    meeting = MeetingFactory(start=timezone.now() - timezone.timedelta(days=1))
    item = AgendaItemFactory(meeting=meeting, title="Youth services review")
    paper = DocumentTextFactory(document__agenda_item=item, text="The youth services review.").document
    minute = MinuteFactory(meeting=meeting, agenda_item=item, heading="Youth services review.")
    resolution = ResolutionFactory(minute=minute, text="That the youth services review be noted.")
    question = PublicQuestionFactory(meeting=meeting, question="When will youth services reopen?")
    member_question = MemberQuestionFactory(meeting=meeting, question="Are youth services funded?")
    action = ActionFactory(resolution=resolution, description="Report youth services usage.")
    assert findable("youth services") == set()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(meeting)
    assert findable("youth services") == {key(item), key(paper)}

    with django_capture_on_commit_callbacks(execute=True):
        workflow.mark_held(meeting)
        workflow.publish_draft_minutes(meeting)
    assert findable("youth services") == {
        key(item),
        key(paper),
        key(minute),
        key(resolution),
        key(question),
        key(member_question),
        key(action),
    }


def test_the_standard_items_added_in_bulk_are_indexed_and_the_renumbered_items_follow(
    django_capture_on_commit_callbacks,
):
    meeting = MeetingFactory()
    report = AgendaItemFactory(meeting=meeting, number=1, title="Youth services review")
    with django_capture_on_commit_callbacks(execute=True):
        added = workflow.add_standard_items(meeting)
    entries = SearchEntry.objects.filter(meeting=meeting, kind=Kind.AGENDA_ITEM)
    assert entries.count() == added + 1
    report.refresh_from_db()
    row = entries.get(object_id=report.pk)
    assert row.context == f"Agenda item {report.number}" and report.number > 1
    assert row.url.endswith(f"#item-{report.number}")
    assert entries.filter(title="Question Time.", context="Agenda item 2").exists()


def test_withdrawing_a_published_agenda_hides_it_again(democratic_services):
    meeting = HeldMeetingFactory()
    item = AgendaItemFactory(meeting=meeting, title="Youth services review")
    assert findable("youth services") == {key(item)}
    meeting.status, meeting.agenda_published_at = Meeting.Status.SCHEDULED, None
    meeting.save()
    assert findable("youth services") == set()
    assert findable("youth services", democratic_services) == {key(item)}


def test_a_public_question_is_found_only_once_accepted():
    question = PublicQuestionFactory(
        meeting=MinutesPublishedMeetingFactory(), status="submitted", question="Why is the library shut?"
    )
    assert findable("library") == set()
    question.status = "accepted"
    question.save()
    assert findable("library") == {key(question)}


# --- exemption ------------------------------------------------------------------------------------------


def test_an_item_made_exempt_takes_its_papers_minute_and_resolutions_with_it(democratic_services):
    meeting = MinutesPublishedMeetingFactory()
    item = AgendaItemFactory(meeting=meeting, title="Residential homes contract")
    paper = DocumentTextFactory(document__agenda_item=item, text="Residential homes: bids.").document
    minute = MinuteFactory(meeting=meeting, agenda_item=item, heading="Residential homes contract.")
    resolution = ResolutionFactory(minute=minute, text="That the residential homes contract be awarded.")
    action = ActionFactory(resolution=resolution, description="Cost the residential homes options.")
    everything = {key(item), key(paper), key(minute), key(resolution), key(action)}
    assert findable("residential homes") == everything

    # AgendaItem.save() makes its papers and minute exempt by queryset updates, which send no signal; the
    # action keeps its own flag as it was raised, and is found as exempt all the same.
    item.exempt, item.exempt_paragraph = True, 3
    item.save()
    assert findable("residential homes") == set()
    assert findable("residential homes", democratic_services) == everything


def test_an_exempt_action_is_found_only_by_those_entitled(democratic_services):
    action = ActionFactory(description="Cost the residential homes contract.")
    assert findable("residential homes") == {key(action)}
    action.exempt = True
    action.save()
    assert findable("residential homes") == set()
    assert findable("residential homes", democratic_services) == {key(action)}


# --- what the records say -------------------------------------------------------------------------------


def test_a_papers_text_is_found_once_read_and_not_once_gone():
    item = AgendaItemFactory(meeting=MinutesPublishedMeetingFactory())
    text = DocumentTextFactory(document__agenda_item=item, text="Kinship carers allowance.")
    assert findable("kinship carers") == {key(text.document)}
    text.text = "Foster carers allowance."
    text.save()
    assert findable("kinship carers") == set()
    assert findable("foster carers") == {key(text.document)}
    text.delete()
    assert findable("foster carers") == set()
    assert SearchEntry.objects.filter(object_id=text.document.pk, kind=Kind.DOCUMENT).exists()


def test_deleting_records_deletes_their_rows():
    meeting = MinutesPublishedMeetingFactory()
    item = AgendaItemFactory(meeting=meeting)
    DocumentTextFactory(document__agenda_item=item)
    minute = MinuteFactory(meeting=meeting, agenda_item=item)
    DiscussionPointFactory(minute=minute)
    ResolutionFactory(minute=minute)
    PublicQuestionFactory(meeting=meeting)
    assert SearchEntry.objects.filter(meeting=meeting).count() == 5  # the point is part of its minute

    item.documents.get().delete()
    assert SearchEntry.objects.filter(meeting=meeting, kind=Kind.DOCUMENT).count() == 0
    meeting.delete()  # cascading to everything under it
    assert SearchEntry.objects.count() == 0


def test_discussion_points_are_part_of_their_minute():
    minute = MinuteFactory(heading="Medium Term Financial Strategy.")
    point = DiscussionPointFactory(minute=minute, text="Members asked about tribunal costs.")
    assert findable("tribunal costs") == {key(minute)}
    point.delete()
    assert findable("tribunal costs") == set()


def test_an_actions_response_is_found_once_the_committee_accepts_it(democratic_services):
    response = ActionResponseFactory(text="Of 120 tribunal appeals in 2023, 114 favoured the parent.")
    action = response.action
    assert findable("114 favoured") == set()
    followup_workflow.return_response(action, user=democratic_services, reason="Give the 2024 figure.")
    assert findable("114 favoured") == set()
    followup_workflow.submit_response(action, text="In 2024, 98 favoured the parent.", responded_by=None)
    followup_workflow.accept_response(action, user=democratic_services)
    assert findable("98 favoured") == {key(action)}
    assert findable("114 favoured") == set()  # the returned answer stays with those involved


def test_an_indicator_follows_its_name_definition_and_committees():
    children, adults = CommitteeFactory(), CommitteeFactory()
    indicator = IndicatorFactory(name="Care leavers EET", definition="Care leavers in education or work.")
    assert findable("education") == {key(indicator)}
    indicator.committees.add(children)
    assert SearchEntry.objects.get(kind=Kind.INDICATOR).committee == children
    adults.indicators.add(indicator)
    assert SearchEntry.objects.get(kind=Kind.INDICATOR).committee is None  # several: each filter finds it
    assert SearchEntry.objects.for_committee(adults).get().object_id == indicator.pk
    indicator.name = "Care leavers in employment"
    indicator.save(update_fields=["name"])
    assert findable("employment") == {key(indicator)}
    indicator.delete()
    assert not SearchEntry.objects.filter(kind=Kind.INDICATOR).exists()
