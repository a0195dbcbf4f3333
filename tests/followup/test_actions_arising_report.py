"""The report of actions arising, generated for its agenda item: each action with its owner, due date, status
and latest response, printed in the agenda pack with its pages listed on the agenda; the exempt actions in the
full pack only; generated afresh until the agenda is published, then kept as published."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from meetings import workflow
from meetings.admin import workspace
from meetings.models import AgendaItem
from papers.models import FrozenPaper
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    CommitteeFactory,
    ExemptAgendaItemFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    PdfDocumentFactory,
    ResolutionFactory,
)
from tests.papers.test_packs import agenda_ranges, build, flat, texts

pytestmark = [pytest.mark.django_db, pytest.mark.agenda_packs]
LONDON = ZoneInfo("Europe/London")

OPEN_ACTION = "The Director to report the number of tribunal appeals won in 2023."
DONE_ACTION = "The Director to circulate the SEND transport timetable."
EXEMPT_ACTION = "The Director to renegotiate the Beaumont Lodge contract price."
ACCEPTED = "Of 120 tribunal appeals in 2023, 114 were decided in favour of the parent."
UNREVIEWED = "Draft figures, still being checked by the service."
EXEMPT_RESPONSE = "The provider has agreed a reduction of 4 per cent."


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")


@pytest.fixture
def previous(committee):
    return MinutesPublishedMeetingFactory(
        committee=committee,
        start=timezone.now() - timedelta(days=40),
    )


@pytest.fixture
def actions(previous):
    owner = OfficerFactory(name="Jane Moore", family_name="Moore")
    minute = MinuteFactory(meeting=previous, heading="Special educational needs.")
    open_action = ActionFactory(
        resolution=ResolutionFactory(minute=minute, letter="a", kind="request_for_information"),
        description=OPEN_ACTION,
        owner=owner,
        due_date=timezone.localdate() - timedelta(days=5),
        status="in_progress",
    )
    ActionResponseFactory(
        action=open_action,
        text=ACCEPTED,
        outcome="accepted",
        submitted_at=timezone.now() - timedelta(days=20),
    )
    ActionResponseFactory(
        action=open_action, text=UNREVIEWED, submitted_at=timezone.now() - timedelta(days=2)
    )
    done = ActionFactory(
        resolution=ResolutionFactory(minute=minute, letter="b", kind="request_for_information"),
        description=DONE_ACTION,
        owner=owner,
        status="completed",
    )
    exempt_item = ExemptAgendaItemFactory(meeting=previous, number=9, exempt_paragraph=3)
    exempt_minute = MinuteFactory(meeting=previous, agenda_item=exempt_item, heading="Contract award.")
    exempt = ActionFactory(
        resolution=ResolutionFactory(minute=exempt_minute, kind="request_for_information"),
        description=EXEMPT_ACTION,
        owner=owner,
    )
    ActionResponseFactory(action=exempt, text=EXEMPT_RESPONSE)
    return {"open": open_action, "done": done, "exempt": exempt}


@pytest.fixture
def meeting(committee, previous, actions):
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=20))
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the previous meeting.", kind="procedural")
    AgendaItemFactory(
        meeting=meeting,
        number=2,
        title="Actions arising from previous meetings.",
        kind=AgendaItem.Kind.ACTIONS_ARISING,
    )
    report = AgendaItemFactory(meeting=meeting, number=3, title="Alpha report.")
    PdfDocumentFactory(agenda_item=report, title="Alpha report", marker="Alpha report", page_count=2)
    return meeting


def report_pages(meeting, pages: list[str]) -> str:
    """The text of the pages the pack's last build gave the actions arising item."""
    item = meeting.agenda_items.get(kind=AgendaItem.Kind.ACTIONS_ARISING)
    assert item.page_start is not None
    return flat(" ".join(pages[item.page_start - 1 : item.page_end]))


def test_the_public_pack_prints_each_action_with_its_status_and_latest_accepted_response(meeting, actions):
    packs = build(meeting)
    report = report_pages(meeting, texts(packs["public"]))
    opened, done = actions["open"], actions["done"]
    assert f"{opened.reference}: {OPEN_ACTION}" in report
    assert "Owner Jane Moore" in report
    assert "Status In progress (overdue)" in report
    assert ACCEPTED in report
    assert UNREVIEWED not in report  # not yet accepted by the committee: not for the public
    assert f"{done.reference}: {DONE_ACTION}" in report
    assert "Status Completed" in report
    assert f"From Minute {opened.resolution.reference}" in report


def test_the_exempt_action_is_in_the_full_pack_only(meeting):
    packs = build(meeting)
    public, full = " ".join(texts(packs["public"])), " ".join(texts(packs["full"]))
    assert EXEMPT_ACTION not in flat(public) and EXEMPT_RESPONSE not in flat(public)
    assert EXEMPT_ACTION in flat(full) and EXEMPT_RESPONSE in flat(full)
    assert "exempt information as defined in paragraph 3" in flat(public)
    assert "NOT FOR PUBLICATION" in flat(full)


def test_the_agenda_lists_the_reports_pages_and_the_report_is_there(meeting):
    packs = build(meeting)
    pages = texts(packs["public"])
    item = meeting.agenda_items.get(number=2)
    assert item.page_start is not None
    agenda = flat(pages[0])
    assert item.pages in agenda_ranges(agenda)
    assert re.search(rf"2\. Actions arising from previous meetings\. [^()]*\({item.pages}\)", agenda)
    assert flat(pages[item.page_start - 1]).startswith("Actions arising from previous meetings What the")
    assert OPEN_ACTION in flat(" ".join(pages[item.page_start - 1 : item.page_end]))


def test_regenerated_at_each_build_until_published_then_kept_as_published(
    meeting, actions, django_capture_on_commit_callbacks
):
    opened = actions["open"]
    build(meeting)
    opened.status = "response_submitted"
    opened.save()
    assert "Status Response submitted" in report_pages(meeting, texts(build(meeting)["public"]))

    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(meeting)
    kept = FrozenPaper.objects.filter(agenda_item__meeting=meeting)
    assert sorted(kept.values_list("title", "exempt_paragraph")) == [
        ("Actions arising from previous meetings", None),
        ("Actions arising from previous meetings: exempt actions", 3),
    ]
    opened.status = "completed"
    opened.save()
    report = report_pages(meeting, texts(build(meeting)["public"]))
    assert "Status Response submitted" in report  # as published
    assert "Status Completed" in report  # the other action, completed before publication
    assert report.count("Status Completed") == 1


def test_no_actions_says_so(committee):
    meeting = MeetingFactory(committee=committee)
    AgendaItemFactory(
        meeting=meeting, number=1, title="Actions arising from previous meetings.", kind="actions_arising"
    )
    pages = texts(build(meeting)["public"])
    assert "No actions are outstanding from previous meetings." in flat(" ".join(pages))


def test_the_actions_arising_item_goes_after_the_minutes_and_needs_no_paper(committee):
    meeting = MeetingFactory(committee=committee, start=datetime(2024, 3, 5, 14, tzinfo=LONDON))
    workflow.add_standard_items(meeting)
    AgendaItemFactory(meeting=meeting, number=20, title="Alpha report.")
    before = list(meeting.agenda_items.order_by("number").values_list("title", flat=True))
    item = workflow.add_actions_arising(meeting)
    after = list(meeting.agenda_items.order_by("number").values_list("title", flat=True))
    assert (item.number, item.kind) == (2, AgendaItem.Kind.ACTIONS_ARISING)
    assert after == [before[0], "Actions arising from previous meetings.", *before[1:]]
    texts_of_blockers = " ".join(b.text for b in workspace.blockers(meeting))
    assert "Item 21, Alpha report., has no paper." in texts_of_blockers
    assert "Actions arising" not in texts_of_blockers
    with pytest.raises(ValidationError, match="already has the actions arising"):
        workflow.add_actions_arising(meeting)


def test_the_actions_arising_is_not_added_to_a_published_agenda(committee):
    meeting = MeetingFactory(committee=committee, status="agenda_published")
    with pytest.raises(ValidationError, match="before the agenda is published"):
        workflow.add_actions_arising(meeting)
    assert not meeting.agenda_items.exists()
