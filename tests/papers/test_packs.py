"""Agenda packs read back with pypdf: the pages, their numbers, the ranges the agenda prints and the items
store, the bookmarks, the blank pages, exempt papers withheld from the public pack without moving a page
number, and when packs are built again."""

import io
import re
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from meetings import workflow
from meetings.models import AgendaItem, Document
from papers import rebuilding, tasks
from papers.models import AgendaPack
from papers.packs import PackBuilder
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptPdfDocumentFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PdfDocumentFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
    SpreadsheetDocumentFactory,
    TextDocumentFactory,
    WordDocumentFactory,
    pdf_bytes,
)

pytestmark = [pytest.mark.django_db, pytest.mark.agenda_packs]
LONDON = ZoneInfo("Europe/London")
BLANK = "This page is intentionally left blank"
EXEMPT_MINUTE_TEXT = "The committee discussed the bids of three providers in private."
EXEMPT_APPENDIX = "Confidential tender prices"
EXEMPT_REPORT = "Gamma exempt report"


# --- reading a pack back ----------------------------------------------------------------------------------


def build(meeting) -> dict[str, AgendaPack]:
    """Queue and run (inline: no broker in the tests) the build of the meeting's packs."""
    assert rebuilding.request_build(meeting.pk)
    return {pack.kind: pack for pack in AgendaPack.objects.filter(meeting=meeting)}


def reader(pack: AgendaPack) -> PdfReader:
    with pack.file.open("rb") as file:
        return PdfReader(io.BytesIO(file.read()))


def texts(pack: AgendaPack) -> list[str]:
    """The text of each page, its lines as extracted (the stamped number is a line of its own)."""
    return [page.extract_text() for page in reader(pack).pages]


def flat(text: str) -> str:
    """Text with every run of spaces and line breaks as one space: what a reader reads across lines."""
    return " ".join(text.split())


def stamped_number(text: str) -> int | None:
    """The number stamped at the foot: the last line that is only "Page N"."""
    numbers = re.findall(r"^Page (\d+)$", text, flags=re.MULTILINE)
    return int(numbers[-1]) if numbers else None


def first_page_saying(pages: list[str], words: str) -> int:
    """The 1-based number of the first page containing `words`."""
    return next(number for number, text in enumerate(pages, 1) if words in flat(text))


def outline(pack: AgendaPack) -> list[tuple[str, int]]:
    """The top-level bookmarks: title and 1-based page."""
    pdf = reader(pack)
    return [
        (entry.title, pdf.get_destination_page_number(entry) + 1)
        for entry in pdf.outline
        if not isinstance(entry, list)
    ]


def agenda_ranges(agenda_text: str) -> list[str]:
    return re.findall(r"\((Pages? \d+(?: - \d+)?)\)", agenda_text)


# --- the meeting -------------------------------------------------------------------------------------------


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")


@pytest.fixture
def previous(committee):
    """The last meeting, whose draft minutes (one of them exempt) go into the pack for approval."""
    meeting = MinutesPublishedMeetingFactory(
        committee=committee,
        start=datetime(2024, 1, 23, 14, 0, tzinfo=LONDON),
        end=datetime(2024, 1, 23, 16, 1, tzinfo=LONDON),
        agenda_published_at=datetime(2024, 1, 12, 12, 0, tzinfo=LONDON),
        minutes_published_at=datetime(2024, 1, 30, 12, 0, tzinfo=LONDON),
    )
    AttendanceFactory(meeting=meeting, person__name="Mrs. H. J. Fryer CC", in_chair=True)
    minute = MinuteFactory(meeting=meeting, heading="Medium Term Financial Strategy 2024/25 - 2027/28.")
    DiscussionPointFactory(minute=minute, position=1, text="The Director emphasised the financial controls.")
    ResolutionFactory(minute=minute, letter="a", text="That the report be noted;")
    exempt_item = ExemptAgendaItemFactory(meeting=meeting, number=9)
    MinuteFactory(
        meeting=meeting, agenda_item=exempt_item, heading="Contract award.", text=EXEMPT_MINUTE_TEXT
    )
    return meeting


@pytest.fixture
def meeting(committee, previous):
    """An agenda of seven items: the minutes, Question Time, two reports with appendices (one exempt), an
    exempt item, the date of the next meeting, and a report whose appendix is a spreadsheet."""
    meeting = PublishedAgendaMeetingFactory(
        committee=committee, start=datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
    )
    item = {
        number: AgendaItemFactory(meeting=meeting, number=number, title=title, kind=kind)
        for number, title, kind in [
            (1, "Minutes of the meeting held on 23 January 2024.", "procedural"),
            (2, "Question Time.", "procedural"),
            (3, "Alpha report.", "report"),
            (4, "Beta report.", "report"),
            (6, "Date of next meeting.", "procedural"),
            (7, "Delta report.", "report"),
        ]
    }
    item[5] = ExemptAgendaItemFactory(meeting=meeting, number=5, title="Children's home contract award.")
    # An uploaded copy of the minutes: the pack prints them from the records instead.
    DocumentFactory(
        agenda_item=item[1],
        kind="minutes",
        file=ContentFile(pdf_bytes("Uploaded minutes copy"), name="m.pdf"),
    )
    PdfDocumentFactory(agenda_item=item[3], title="Alpha report", marker="Alpha report", page_count=3)
    TextDocumentFactory(
        agenda_item=item[3], title="Appendix A", kind="appendix", position=2, text="Alpha appendix in text."
    )
    WordDocumentFactory(
        agenda_item=item[3],
        title="Appendix B",
        kind="appendix",
        position=3,
        paragraphs=["Alpha Word appendix."],
    )
    PdfDocumentFactory(agenda_item=item[4], title="Beta report", marker="Beta report", page_count=2)
    ExemptPdfDocumentFactory(agenda_item=item[4], position=2, page_count=2, landscape_pages=True)
    PdfDocumentFactory(agenda_item=item[5], title="Gamma report", marker=EXEMPT_REPORT, page_count=3)
    PdfDocumentFactory(agenda_item=item[7], title="Delta report", marker="Delta report", page_count=1)
    SpreadsheetDocumentFactory(agenda_item=item[7], position=2)
    return meeting


@pytest.fixture
def packs(meeting):
    return build(meeting)


def items_with_papers(meeting):
    return list(meeting.agenda_items.filter(page_start__isnull=False).order_by("number"))


# --- the pack ------------------------------------------------------------------------------------------


def test_both_packs_are_built_with_every_page_numbered(packs):
    for pack in packs.values():
        assert pack.status == AgendaPack.Status.READY and pack.progress == 100
        pages = texts(pack)
        # Agenda 1, blank, minutes 3, blank, items 3: 5-9, blank, 4: 11-14, 5: 15-17, blank, 7: 19-20.
        assert pack.pages == len(pages) == 20
        assert pack.size == pack.file.size
        assert [stamped_number(text) for text in pages] == list(range(1, len(pages) + 1))


def test_the_agenda_prints_where_each_item_really_starts_and_the_items_store_it(meeting, packs):
    full = texts(packs[AgendaPack.Kind.FULL])
    items = items_with_papers(meeting)
    assert [item.number for item in items] == [1, 3, 4, 5, 7]
    # Where the papers really are in the pack.
    assert first_page_saying(full, "Minutes of a meeting of the Children and Families") == items[0].page_start
    assert first_page_saying(full, "Alpha report page 1") == items[1].page_start
    assert first_page_saying(full, "Alpha appendix in text.") == items[1].page_start + 3
    assert first_page_saying(full, "Alpha Word appendix.") == items[1].page_end
    assert first_page_saying(full, "Beta report page 1") == items[2].page_start
    assert first_page_saying(full, f"{EXEMPT_APPENDIX} page 2") == items[2].page_end
    assert first_page_saying(full, f"{EXEMPT_REPORT} page 1") == items[3].page_start
    assert first_page_saying(full, "Delta report page 1") == items[4].page_start
    assert first_page_saying(full, "Appendix C: budget spreadsheet") == items[4].page_end
    # What the agenda (the pages before the first item) prints: the same ranges, in agenda order.
    agenda = flat("\n".join(full[: items[0].page_start - 1]))
    assert agenda_ranges(agenda) == [item.pages for item in items]
    assert "(Pages 5 - 14)" not in agenda  # nothing left over from hand-typed ranges
    assert AgendaItem.objects.get(meeting=meeting, number=2).page_start is None


def test_the_public_agenda_prints_no_range_for_an_exempt_item(meeting, packs):
    public = texts(packs[AgendaPack.Kind.PUBLIC])
    items = items_with_papers(meeting)
    agenda = flat("\n".join(public[: items[0].page_start - 1]))
    assert agenda_ranges(agenda) == [item.pages for item in items if not item.exempt]
    assert "Children's home contract award." in agenda
    assert "Exempt: not for publication under paragraph 3 of Schedule 12A" in agenda


def test_one_bookmark_per_item_at_its_first_page(meeting, packs):
    items = items_with_papers(meeting)
    expected = [("Agenda", 1)] + [(str(item), item.page_start) for item in items]
    for pack in packs.values():
        assert outline(pack) == expected


def test_the_exempt_appendix_has_no_title_in_the_public_bookmarks(packs):
    def children(pack):
        return [entry.title for group in reader(pack).outline if isinstance(group, list) for entry in group]

    assert "Appendix B: tender prices (exempt)" in children(packs[AgendaPack.Kind.FULL])
    public = children(packs[AgendaPack.Kind.PUBLIC])
    assert "Appendix: exempt information (paragraph 3)" in public
    assert not any("tender prices" in title for title in public)


def test_each_item_starts_on_an_odd_page_after_a_blank_page_where_needed(meeting, packs):
    full = texts(packs[AgendaPack.Kind.FULL])
    items = items_with_papers(meeting)
    assert all(item.page_start % 2 == 1 for item in items)
    blank = {number for number, text in enumerate(full, 1) if BLANK in text}
    agenda_pages = min(blank | {items[0].page_start}) - 1
    papers = {page for item in items for page in range(item.page_start, item.page_end + 1)}
    # Every page that is neither agenda nor papers is a blank one, on the even page before an item.
    between = set(range(agenda_pages + 1, len(full) + 1)) - papers
    assert blank == between == {item.page_start - 1 for item in items if item.page_start - 1 in blank}
    assert len(blank) == 4 and all(page % 2 == 0 for page in blank)


def test_no_blank_pages_when_the_setting_is_off(meeting, settings):
    settings.PACK_PAD_TO_ODD_PAGES = False
    full = texts(build(meeting)[AgendaPack.Kind.FULL])
    assert not any(BLANK in text for text in full)
    items = items_with_papers(meeting)
    for before, after in zip(items, items[1:], strict=False):
        assert after.page_start == before.page_end + 1


def test_the_public_pack_holds_no_word_of_an_exempt_paper_and_the_full_pack_does(packs):
    public = flat("\n".join(texts(packs[AgendaPack.Kind.PUBLIC])))
    full = flat("\n".join(texts(packs[AgendaPack.Kind.FULL])))
    for secret in (EXEMPT_APPENDIX, EXEMPT_REPORT, EXEMPT_MINUTE_TEXT, "Appendix B: tender prices"):
        assert secret not in public
    for secret in (EXEMPT_APPENDIX, EXEMPT_REPORT, EXEMPT_MINUTE_TEXT):
        assert secret in full
    assert "Exempt minute: not for publication (paragraph 3)." in public
    assert "NOT FOR PUBLICATION: exempt information under paragraph 3 of Schedule 12A" in full


def test_an_exempt_paper_is_replaced_page_for_page_so_numbers_stay_the_same(meeting, packs):
    public, full = texts(packs[AgendaPack.Kind.PUBLIC]), texts(packs[AgendaPack.Kind.FULL])
    assert (
        len(public) == len(full) == packs[AgendaPack.Kind.PUBLIC].pages == packs[AgendaPack.Kind.FULL].pages
    )
    assert [stamped_number(text) for text in public] == [stamped_number(text) for text in full]
    for marker, pages, item_title in [
        (EXEMPT_APPENDIX, 2, "Beta report."),
        (EXEMPT_REPORT, 3, "Children's home contract award."),
    ]:
        start = first_page_saying(full, f"{marker} page 1")
        notice = flat(public[start - 1])
        assert "Exempt information: not for publication" in notice
        assert item_title in notice and "paragraph 3 of Part 1 of Schedule 12A" in notice
        for number in range(start + 1, start + pages):
            assert f"{marker} page {number - start + 1}" in full[number - 1]
            assert BLANK in public[number - 1]
    # The landscape appendix's notice pages are landscape too.
    start = first_page_saying(full, f"{EXEMPT_APPENDIX} page 1")
    public_page = reader(packs[AgendaPack.Kind.PUBLIC]).pages[start - 1]
    assert public_page.mediabox.width > public_page.mediabox.height


def test_the_last_meetings_minutes_are_typeset_from_the_records(packs):
    full = flat("\n".join(texts(packs[AgendaPack.Kind.FULL])))
    assert "DRAFT – for circulation" in full
    assert "Mrs. H. J. Fryer CC (in the Chair)" in full
    assert "The Director emphasised the financial controls." in full
    assert "RESOLVED:" in full and "That the report be noted;" in full
    assert "14:00 – 16:01" in full and "CHAIRMAN" in full
    assert "Uploaded minutes copy" not in full


def test_without_published_minutes_an_uploaded_copy_is_printed(meeting, previous):
    previous.status, previous.minutes_published_at = "held", None
    previous.save()
    full = flat("\n".join(texts(build(meeting)[AgendaPack.Kind.FULL])))
    assert "Uploaded minutes copy page 1" in full
    assert "The Director emphasised the financial controls." not in full


def test_documents_are_typeset_or_said_to_be_available_separately(meeting, packs):
    full = flat("\n".join(texts(packs[AgendaPack.Kind.FULL])))
    assert "Alpha appendix in text." in full  # plain text
    assert "Word report" in full and "Alpha Word appendix." in full  # Word, from its paragraphs
    assert "Appendix C: budget spreadsheet" in full
    assert "(XLSX file) is not printed in the pack. It is available separately" in full
    assert f"/meetings/{meeting.pk}/" in full


def test_a_pdf_that_cannot_be_read_gets_a_page_saying_so(meeting):
    item = AgendaItemFactory(meeting=meeting, number=8, title="Epsilon report.")
    DocumentFactory(agenda_item=item, title="Epsilon report")  # "%PDF-1.4 report": no PDF at all
    full = texts(build(meeting)[AgendaPack.Kind.FULL])
    page = flat(full[AgendaItem.objects.get(pk=item.pk).page_start - 1])
    assert "Epsilon report" in page and "could not be included in the pack" in page


def test_a_rotated_page_is_numbered_upright(meeting):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("Zeta rotated", 1))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    item = AgendaItemFactory(meeting=meeting, number=8, title="Zeta report.")
    DocumentFactory(agenda_item=item, file=ContentFile(buffer.getvalue(), name="zeta.pdf"))
    pack = build(meeting)[AgendaPack.Kind.PUBLIC]
    number = AgendaItem.objects.get(pk=item.pk).page_start
    page = reader(pack).pages[number - 1]
    assert page.rotation == 0 and page.mediabox.width > page.mediabox.height
    assert stamped_number(page.extract_text()) == number


def test_text_in_a_wide_table_is_set_on_landscape_pages(meeting):
    item = AgendaItemFactory(meeting=meeting, number=8, title="Dashboard.")
    header = "\t".join(f"Column {n}" for n in range(12))
    row = "\t".join(f"v{n}" for n in range(12))
    TextDocumentFactory(agenda_item=item, text=f"{header}\n{row}\n{row}")
    pack = build(meeting)[AgendaPack.Kind.PUBLIC]
    page = reader(pack).pages[AgendaItem.objects.get(pk=item.pk).page_start - 1]
    assert page.mediabox.width > page.mediabox.height
    assert "Column 11" in page.extract_text()


# --- the build -----------------------------------------------------------------------------------------


def test_the_build_reports_its_progress_on_the_packs(meeting):
    seen = []
    document_part = PackBuilder._document_part

    def watched(builder, item, document):
        seen.append(list(AgendaPack.objects.filter(meeting=meeting).values_list("status", "progress")))
        return document_part(builder, item, document)

    with mock.patch.object(PackBuilder, "_document_part", watched):
        build(meeting)
    assert (
        len(seen) == Document.objects.filter(agenda_item__meeting=meeting).count() - 1
    )  # less the minutes copy
    statuses = {status for snapshot in seen for status, _ in snapshot}
    assert statuses == {AgendaPack.Status.BUILDING}
    progress = [snapshot[0][1] for snapshot in seen]
    assert progress == sorted(progress) and 0 < progress[0] < progress[-1] < 100
    assert set(AgendaPack.objects.filter(meeting=meeting).values_list("progress", flat=True)) == {100}


def test_a_failed_build_is_recorded_and_does_not_reach_the_caller(meeting):
    with mock.patch.object(PackBuilder, "_agenda_part", side_effect=RuntimeError("the printer is on fire")):
        build(meeting)
    for pack in AgendaPack.objects.filter(meeting=meeting):
        assert pack.status == AgendaPack.Status.FAILED
        assert pack.error == "RuntimeError: the printer is on fire"
        assert not pack.file


def test_a_build_overtaken_by_a_change_is_thrown_away(meeting, packs):
    old_names = {pack.file.name for pack in packs.values()}
    AgendaItemFactory(meeting=meeting, number=8, title="Late item.")
    PdfDocumentFactory(agenda_item=meeting.agenda_items.get(number=8), marker="Late report")

    def changed_meanwhile(percent):
        if percent > 50:  # another request saves a paper and queues the packs while this build runs
            AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.QUEUED)

    AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.QUEUED)
    with mock.patch.object(PackBuilder, "__init__", _with_progress(changed_meanwhile)):
        assert tasks.build_agenda_packs(meeting.pk) == "superseded"
    packs_now = list(AgendaPack.objects.filter(meeting=meeting))
    assert {pack.status for pack in packs_now} == {AgendaPack.Status.QUEUED}
    assert {pack.file.name for pack in packs_now} == old_names  # the last good build's files
    assert AgendaItem.objects.get(meeting=meeting, number=8).page_start is None
    # The build the change queued then runs, and keeps its result.
    assert tasks.build_agenda_packs(meeting.pk) == "ready"
    assert AgendaItem.objects.get(meeting=meeting, number=8).page_start is not None
    storage = AgendaPack._meta.get_field("file").storage
    assert not any(storage.exists(name) for name in old_names)


def _with_progress(callback):
    original = PackBuilder.__init__

    def init(self, meeting, *, pad_to_odd_pages, progress=None):
        def both(percent):
            progress(percent)
            callback(percent)

        original(self, meeting, pad_to_odd_pages=pad_to_odd_pages, progress=both)

    return init


def test_a_queued_pack_is_not_queued_twice(meeting):
    AgendaPack.objects.bulk_create(
        AgendaPack(meeting=meeting, kind=kind, status=AgendaPack.Status.QUEUED)
        for kind in AgendaPack.Kind.values
    )
    with mock.patch.object(rebuilding.build_agenda_packs, "delay") as delay:
        assert not rebuilding.request_build(meeting.pk)
        assert rebuilding.request_build(meeting.pk, force=True)
    assert delay.call_count == 1


# --- rebuilt when the papers change ----------------------------------------------------------------------


@pytest.fixture
def builds(monkeypatch):
    """Counts the builds queued, and runs them (inline, as without a broker). Changes made setting up the
    test are forgotten: in a test they are never committed. Ask for it after the fixtures that make data."""
    rebuilding._changes.forget()
    queued = []
    delay = rebuilding.build_agenda_packs.delay

    def counted(meeting_id):
        queued.append(meeting_id)
        return delay(meeting_id)

    monkeypatch.setattr(rebuilding.build_agenda_packs, "delay", counted)
    return queued


def full_text(meeting) -> str:
    return flat("\n".join(texts(AgendaPack.objects.get(meeting=meeting, kind=AgendaPack.Kind.FULL))))


def test_adding_changing_and_deleting_a_document_rebuilds_once_each(
    meeting, packs, builds, django_capture_on_commit_callbacks
):
    item = meeting.agenda_items.get(number=7)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        document = PdfDocumentFactory(agenda_item=item, position=3, marker="Omega appendix", page_count=4)
        document.title = "Appendix D: omega"
        document.save()
    assert builds == [meeting.pk]  # one build for both saves
    assert "Omega appendix page 4" in full_text(meeting)
    assert meeting.agenda_items.get(number=7).page_end - meeting.agenda_items.get(number=7).page_start == 5

    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(pdf_bytes("Revised omega appendix", 1), name="omega.pdf")
        document.save()
    assert "Revised omega appendix page 1" in full_text(meeting) and "Omega appendix page 4" not in full_text(
        meeting
    )

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert "omega appendix" not in full_text(meeting).lower()
    assert builds == [meeting.pk] * 3


def test_changing_the_agenda_rebuilds(meeting, packs, builds, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = meeting.agenda_items.get(number=3)
        item.title = "Alpha report, as amended."
        item.save()
    assert builds == [meeting.pk]
    assert "Alpha report, as amended." in full_text(meeting)
    with django_capture_on_commit_callbacks(execute=True):
        meeting.agenda_items.get(number=4).delete()
    assert "Beta report page 1" not in full_text(meeting)


def test_publishing_the_agenda_builds_the_packs(committee, builds, django_capture_on_commit_callbacks):
    meeting = PublishedAgendaMeetingFactory(committee=committee, status="scheduled", agenda_published_at=None)
    AgendaItemFactory(meeting=meeting, number=1)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(meeting)
    assert builds == [meeting.pk]
    assert AgendaPack.objects.filter(meeting=meeting, status=AgendaPack.Status.READY).count() == 2


def test_approving_the_last_minutes_rebuilds_the_pack_that_prints_them(
    meeting, previous, packs, builds, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve_minutes(previous, approved_at=meeting)
    assert builds == [meeting.pk]
    text = full_text(meeting)
    assert "DRAFT – for circulation" not in text
    assert "confirmed as a correct record at the meeting held on Tuesday, 5 March 2024" in text


def test_a_change_to_unpublished_minutes_rebuilds_nothing(
    meeting, builds, django_capture_on_commit_callbacks
):
    held = MinutesPublishedMeetingFactory(
        committee=meeting.committee,
        start=meeting.start + timedelta(days=1),
        status="held",
        minutes_published_at=None,
    )
    with django_capture_on_commit_callbacks(execute=True):
        MinuteFactory(meeting=held)
    assert builds == []


def test_a_rolled_back_change_is_built_with_the_next_commit_at_worst(
    meeting, packs, builds, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                DocumentFactory(agenda_item=meeting.agenda_items.get(number=7), title="Never uploaded")
                raise RuntimeError("the upload failed")
        except RuntimeError:
            pass
    assert builds == []
    with django_capture_on_commit_callbacks(execute=True):
        item = meeting.agenda_items.get(number=6)
        item.summary = "The next meeting is on 4 June 2024."
        item.save()
    assert builds == [meeting.pk]
    assert "Never uploaded" not in full_text(meeting)


def test_democratic_services_rebuild_the_packs_from_the_list_of_meetings(
    client, meeting, packs, builds, django_capture_on_commit_callbacks
):
    AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.FAILED, error="Lost")
    client.force_login(DemocraticServicesUserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:meetings_meeting_changelist"),
            {"action": "rebuild_agenda_packs", "_selected_action": [meeting.pk]},
            follow=True,
        )
    assert "The agenda packs of 1 meeting will be built again" in response.content.decode()
    assert builds == [meeting.pk]
    assert set(AgendaPack.objects.filter(meeting=meeting).values_list("status", "error")) == {("ready", "")}
