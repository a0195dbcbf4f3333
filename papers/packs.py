"""The agenda pack: one PDF of a meeting's papers, as councils publish them.

The cover and agenda come first, each item with the pages its papers take "(Pages 15 - 32)"; then the
minutes of the last meeting, typeset from the minutes records; then every report with its appendices, in
agenda order and document order. Every page is numbered at its foot, each item has a bookmark, and (a
setting, PACK_PAD_TO_ODD_PAGES) a page "This page is intentionally left blank" makes each item start on an
odd page, so that a printed pack opens every item on a right-hand page.

Two packs are built together. The full pack holds the exempt papers (Schedule 12A); the public pack has, in
place of each, as many pages again: a notice naming the item and its paragraph, then blank pages. Every paper
takes the same number of pages in both, so a page number means the same page in either pack and on the
meeting's web page, which shows the ranges the build stores on the agenda items."""

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from reportlab.lib.units import cm
from reportlab.platypus import LayoutError, Paragraph, Spacer, Table, TableStyle

from meetings.models import AgendaItem, Document, Meeting
from scrutiny.models import Membership
from scrutiny.uploads import kind_of

from . import generated, typesetting
from .documents import minutes_pdf
from .minutes import exempt_paragraph_text, long_date, minutes_of
from .models import AgendaPack
from .typesetting import markup, para, styles

logger = logging.getLogger(__name__)

PUBLIC, FULL = AgendaPack.Kind.PUBLIC, AgendaPack.Kind.FULL
KINDS = (PUBLIC, FULL)
# The agenda is laid out again until the pages it takes are the pages its ranges assumed.
AGENDA_LAYOUT_ATTEMPTS = 6


def pages_label(start: int | None, end: int | None) -> str:
    """As the agenda prints a range (and AgendaItem.pages shows it): "Pages 15 - 32", or "Page 15"."""
    if start and end and end != start:
        return f"Pages {start} - {end}"
    return f"Page {start}" if start else ""


def _pages_of(pdf: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def _size(page: PageObject) -> tuple[float, float]:
    """The page's width and height as it is shown (a page may be rotated a quarter turn)."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if page.rotation % 180 == 90 else (width, height)


def _blank_page() -> PageObject:
    # A page object of its own each time: the pack stamps each page with its own number.
    return _pages_of(typesetting.blank_pages([typesetting.A4]))[0]


@dataclass
class Part:
    """The pages one paper takes: the same number in both packs (the shorter is made up with blank pages)."""

    bookmarks: dict[str, str]
    pages: dict[str, list[PageObject]]
    # Printed at the top of each of its pages in the full pack: the paper is not for publication.
    banner: str = ""
    exempt: bool = False

    def __post_init__(self):
        longest = max(len(pages) for pages in self.pages.values())
        for kind in KINDS:
            self.pages[kind] = self.pages[kind] + [
                _blank_page() for _ in range(longest - len(self.pages[kind]))
            ]

    @property
    def count(self) -> int:
        return len(self.pages[PUBLIC])


@dataclass
class Section:
    """An agenda item's papers (or, with no item to go under, the last meeting's minutes)."""

    title: str
    item: AgendaItem | None
    parts: list[Part] = field(default_factory=list)
    padded: bool = False  # a blank page goes before it, so that it starts on an odd page
    start: int | None = None
    end: int | None = None

    @property
    def count(self) -> int:
        return sum(part.count for part in self.parts)


@dataclass
class BuiltPacks:
    pdfs: dict[str, bytes]
    pages: int
    # For every agenda item of the meeting: its first and last page in the pack, or (None, None).
    ranges: dict[int, tuple[int | None, int | None]]
    exempt_papers: int


class PackBuilder:
    """The agenda packs: the agenda as published, with its papers (a supplement goes in its own pack)."""

    heading = "Agenda"

    def __init__(
        self, meeting: Meeting, *, pad_to_odd_pages: bool, progress: Callable[[int], None] | None = None
    ):
        self.meeting = meeting
        self.pad_to_odd_pages = pad_to_odd_pages
        self.report = progress or (lambda percent: None)

    # --- reading the papers --------------------------------------------------------------------------

    def _included(self, document: Document) -> bool:
        # A paper replaced after publication stays: this pack is the agenda as it was published.
        return not document.supplement

    def _papers(self, item: AgendaItem) -> list[Document]:
        return [document for document in item.documents.all() if self._included(document)]

    def _item_notes(self, item: AgendaItem, *, full: bool) -> list[str]:
        """Lines printed under the item on the agenda, in markup."""
        return []

    def _items(self) -> list[AgendaItem]:
        return list(
            self.meeting.agenda_items.order_by("number", "suffix").prefetch_related(
                Prefetch("documents", queryset=Document.objects.order_by("position", "pk")), "frozen_papers"
            )
        )

    def _previous_meeting(self) -> Meeting | None:
        """The committee's last meeting before this one, if its minutes are published to be approved here."""
        meetings = Meeting.objects.select_related("committee", "minutes_approved_at")
        previous = meetings.previous_to(self.meeting)
        if previous is None or not previous.minutes_are_published or not previous.minutes.exists():
            return None
        return previous

    @staticmethod
    def _minutes_item(items: list[AgendaItem]) -> AgendaItem | None:
        for item in items:
            if item.title.lower().startswith("minutes of"):
                return item
        for item in items:
            if any(document.kind == Document.Kind.MINUTES for document in item.documents.all()):
                return item
        return None

    def _minutes_part(self, previous: Meeting) -> Part:
        title = f"Minutes of the meeting held on {previous.date:%-d %B %Y}"
        public = minutes_of(previous, can_read_exempt=False)
        full = minutes_of(previous, can_read_exempt=True)
        return Part(
            bookmarks={PUBLIC: title, FULL: title},
            pages={
                PUBLIC: _pages_of(minutes_pdf(public, numbered=False)),
                FULL: _pages_of(minutes_pdf(full, numbered=False)),
            },
            exempt=full.has_exempt,
        )

    def _separately(self, document: Document, reason: str) -> list[PageObject]:
        url = f"{settings.SITE_URL}{self.meeting.get_absolute_url()}"
        return _pages_of(
            typesetting.notice_pages(
                [typesetting.A4],
                [
                    (document.get_kind_display(), "subheading"),
                    (document.title, "title"),
                    (f"{reason} It is available separately from the meeting's page:", "body"),
                    (url, "body"),
                ],
            )
        )

    def _document_pages(self, document: Document) -> list[PageObject]:
        """The document's own pages: a PDF as it is, text and Word typeset, anything else a page saying it
        is available separately (as is a file that cannot be read)."""
        name = document.file.name
        try:
            with document.file.open("rb") as file:
                content = file.read()
            kind = kind_of(content[:2048], name)
            if kind == "pdf":
                reader = PdfReader(io.BytesIO(content))
                if reader.is_encrypted:
                    reader.decrypt("")
                pages = list(reader.pages)
                if not pages:
                    raise ValueError("the PDF has no pages")
                return pages
            if kind == "text":
                return _pages_of(
                    typesetting.text_document(content.decode("utf-8", errors="replace"), title=document.title)
                )
            if kind == "office" and name.lower().endswith(".docx"):
                return _pages_of(typesetting.word_document(content, title=document.title))
        except (PyPdfError, ValueError, KeyError, OSError, LayoutError) as error:
            logger.warning(
                "Agenda pack of %s: could not read %s (%s): %s", self.meeting, document, name, error
            )
            return self._separately(document, "This document could not be included in the pack.")
        extension = f" ({name.rsplit('.', 1)[-1].upper()} file)" if "." in name else ""
        return self._separately(document, f"This document{extension} is not printed in the pack.")

    def _document_part(self, item: AgendaItem, document: Document) -> Part:
        return self._part(item, document, self._document_pages(document))

    def _part(self, item: AgendaItem, document: Document, pages: list[PageObject]) -> Part:
        """The pages of `document` in each pack: an exempt one's, in the public pack, a notice and blanks."""
        if not (document.exempt or item.exempt):
            return Part(
                bookmarks={PUBLIC: document.title, FULL: document.title}, pages={PUBLIC: pages, FULL: pages}
            )
        paragraph = document.exempt_paragraph or item.exempt_paragraph
        covers = f": {exempt_paragraph_text(paragraph)}" if paragraph else ""
        notice = [
            (f"Agenda Item {item.reference}", "subheading"),
            (item.title, "title"),
            ("Exempt information: not for publication", "marking"),
            (
                f"This {document.get_kind_display().lower()} is not for publication because it contains "
                f"exempt information as defined in paragraph {paragraph} of Part 1 of Schedule 12A to the "
                f"Local Government Act 1972{covers}.",
                "body",
            ),
            (
                "Members of the committee receive it in the full agenda pack. Its other pages are left blank "
                "here, so that this pack's page numbers are the same as the full pack's.",
                "body",
            ),
        ]
        sizes = [_size(page) for page in pages]
        return Part(
            bookmarks={
                PUBLIC: f"{document.get_kind_display()}: exempt information (paragraph {paragraph})",
                FULL: f"{document.title} (exempt)",
            },
            pages={PUBLIC: _pages_of(typesetting.notice_pages(sizes, notice)), FULL: pages},
            banner=f"NOT FOR PUBLICATION: exempt information under paragraph {paragraph} of Schedule 12A",
            exempt=True,
        )

    # --- the agenda ---------------------------------------------------------------------------------

    def _agenda_pdf(self, items: list[AgendaItem], ranges: dict[int, tuple], *, full: bool) -> bytes:
        meeting, style = self.meeting, styles()
        start = timezone.localtime(meeting.start)
        at = f"{start:%-I.%M} {start:%p}".lower()
        kind = "Extraordinary meeting of the " if meeting.is_extraordinary else ""
        details = [("Meeting:", f"<b>{markup(kind + str(meeting.committee))}</b>")]
        if meeting.is_extraordinary:
            details.append(("Purpose:", markup(meeting.purpose)))
        details.append(("Date/Time:", f"<b>{long_date(meeting.date)} at {at}</b>"))
        if meeting.location:
            details.append(("Location:", f"<b>{markup(meeting.location)}</b>"))
        contact = meeting.contact_officer
        if contact is not None:
            phone = f" (Tel: {contact.phone})" if contact.phone else ""
            details.append(("Contact:", f"<b>{markup(contact.name + phone)}</b>"))
            if contact.email:
                details.append(("Email:", f"<b>{markup(contact.email)}</b>"))
        story = [
            para(settings.COUNCIL_NAME, "small"),
            para(self.heading + (": full pack, with exempt papers" if full else ""), "title"),
            Table(
                [
                    [Paragraph(label, style["body"]), Paragraph(value, style["body"])]
                    for label, value in details
                ],
                colWidths=[3 * cm, 14 * cm],
                hAlign="LEFT",
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            ),
        ]
        if full:
            story.append(
                para(
                    "This pack includes exempt information (Schedule 12A to the Local Government Act 1972), "
                    "marked NOT FOR PUBLICATION on its pages. Do not share it.",
                    "marking",
                )
            )
        memberships = list(
            Membership.objects.current(on=meeting.date)
            .filter(committee=meeting.committee)
            .for_committee_page()
        )
        if memberships:
            story.append(para("Membership", "heading"))
            for membership in memberships:
                role = membership.role
                office = (
                    f" ({membership.get_role_display()})" if role in ("chairman", "vice_chairman") else ""
                )
                story.append(para(f"{membership.person.name}{office}", "small"))
        if meeting.webcast_url:
            story.append(Spacer(1, 6))
            story.append(
                para(
                    f"Please note: this meeting will be filmed for broadcast at {meeting.webcast_url}",
                    "small",
                )
            )
        story.append(para("AGENDA", "section"))
        rows = [[para("Item", "subheading"), para("Report by", "subheading"), ""]]
        for item in items:
            readable = full or not item.exempt
            text = f"<b>{item.reference}.</b> {markup(item.title)}"
            if item.summary and readable:
                text += f"<br/>{markup(item.summary)}"
            for note in self._item_notes(item, full=full):
                text += f"<br/>{note}"
            if item.exempt:
                text += (
                    f"<br/><i>Exempt: not for publication under paragraph {item.exempt_paragraph} of "
                    "Schedule 12A to the Local Government Act 1972.</i>"
                )
            start_page, end_page = ranges.get(item.pk, (None, None))
            label = pages_label(start_page, end_page) if readable else ""
            rows.append(
                [
                    Paragraph(text, style["body"]),
                    para(item.report_by if readable else "", "small"),
                    para(f"({label})" if label else "", "small"),
                ]
            )
        story.append(
            Table(
                rows,
                colWidths=[9.5 * cm, 4.5 * cm, 3 * cm],
                hAlign="LEFT",
                repeatRows=1,
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            )
        )
        return typesetting.pdf_from(story, title=f"{self.heading}: {meeting}")

    # --- putting it together ------------------------------------------------------------------------

    def _lay_out(self, agenda_pages: int, sections: list[Section]) -> int:
        """Number the sections after `agenda_pages` of agenda; returns the last page."""
        page = agenda_pages
        for section in sections:
            section.padded = self.pad_to_odd_pages and page % 2 == 1
            page += section.padded
            section.start, section.end = page + 1, page + section.count
            page = section.end
        return page

    def _agenda_part(self, items, sections) -> Part:
        """The agenda, with the ranges it prints matching where its items' papers fall after it."""
        assumed = 1
        for _ in range(AGENDA_LAYOUT_ATTEMPTS):
            self._lay_out(assumed, sections)
            ranges = {s.item.pk: (s.start, s.end) for s in sections if s.item is not None}
            part = Part(
                bookmarks={PUBLIC: self.heading, FULL: self.heading},
                pages={kind: _pages_of(self._agenda_pdf(items, ranges, full=kind == FULL)) for kind in KINDS},
            )
            if part.count <= assumed:
                # The agenda may take fewer pages than assumed (it never grows back): blank pages make it up.
                for kind in KINDS:
                    part.pages[kind] += [_blank_page() for _ in range(assumed - part.count)]
                return part
            assumed = part.count
        raise RuntimeError(f"The agenda of {self.meeting} did not settle on a number of pages.")

    def _assemble(self, kind: str, agenda: Part, sections: list[Section]) -> bytes:
        writer = PdfWriter()
        banners: list[str] = []
        outline: list[tuple[str, int, int | None]] = []  # title, page index, index of parent in outline

        def add(part: Part):
            for page in part.pages[kind]:
                added = writer.add_page(page)
                if added.rotation:
                    added.transfer_rotation_to_content()  # so the page number is stamped the right way up
                banners.append(part.banner if kind == FULL else "")

        outline.append((self.heading, 0, None))
        add(agenda)
        for section in sections:
            if section.padded:
                writer.add_page(_blank_page())
                banners.append("")
            parent = len(outline)
            outline.append((section.title, len(writer.pages), None))
            for part in section.parts:
                if len(section.parts) > 1 or part.bookmarks[kind] != section.title:
                    outline.append((part.bookmarks[kind], len(writer.pages), parent))
                add(part)

        sizes = [_size(page) for page in writer.pages]
        overlay = PdfReader(io.BytesIO(typesetting.stamps(sizes, range(1, len(sizes) + 1), banners)))
        for page, stamp in zip(writer.pages, overlay.pages, strict=True):
            page.merge_translated_page(stamp, float(page.cropbox.left), float(page.cropbox.bottom))
            page.compress_content_streams()

        references = []
        for title, page_index, parent in outline:
            references.append(
                writer.add_outline_item(
                    title=title,
                    page_number=page_index,
                    parent=references[parent] if parent is not None else None,
                )
            )
        writer.page_mode = "/UseOutlines"
        full = " (full pack, with exempt papers: not for publication)" if kind == FULL else ""
        writer.add_metadata(
            {
                "/Title": f"{self.heading} pack: {self.meeting}{full}",
                "/Author": settings.COUNCIL_NAME,
                "/Subject": f"{self.heading} and papers of the meeting of {self.meeting}",
            }
        )
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    def build(self) -> BuiltPacks:
        items = self._items()
        previous = self._previous_meeting()
        minutes_item = self._minutes_item(items)
        documents = [
            (item, document)
            for item in items
            for document in self._papers(item)
            # The last meeting's minutes are typeset from the records, not from an uploaded copy.
            if not (previous and item == minutes_item and document.kind == Document.Kind.MINUTES)
        ]
        # Generated papers (the report of actions arising) where an item has no uploaded ones.
        generated_papers = [(item, paper) for item in items for paper in generated.papers_for_pack(item)]
        steps, done = len(documents) + len(generated_papers) + (previous is not None) + 1 + len(KINDS), 0

        def step():
            nonlocal done
            done += 1
            self.report(min(99, 5 + 90 * done // steps))

        self.report(5)
        sections: dict[int | None, Section] = {}
        if previous is not None:
            section = Section(
                title=str(minutes_item) if minutes_item else f"Minutes of the meeting of {previous}",
                item=minutes_item,
            )
            section.parts.append(self._minutes_part(previous))
            sections[minutes_item.pk if minutes_item else None] = section
            step()
        for item, document in documents:
            section = sections.setdefault(item.pk, Section(title=str(item), item=item))
            section.parts.append(self._document_part(item, document))
            step()
        for item, (document, pdf) in generated_papers:
            section = sections.setdefault(item.pk, Section(title=str(item), item=item))
            section.parts.append(self._part(item, document, _pages_of(pdf)))
            step()
        order = {item.pk: position for position, item in enumerate(items)}
        in_order = sorted(sections.values(), key=lambda s: -1 if s.item is None else order[s.item.pk])

        agenda = self._agenda_part(items, in_order)
        step()
        last_page = self._lay_out(agenda.count, in_order)
        pdfs = {}
        for kind in KINDS:
            pdfs[kind] = self._assemble(kind, agenda, in_order)
            step()
        ranges = {item.pk: (None, None) for item in items}
        ranges |= {s.item.pk: (s.start, s.end) for s in in_order if s.item is not None}
        exempt_papers = sum(part.exempt for section in in_order for part in section.parts)
        return BuiltPacks(pdfs=pdfs, pages=last_page, ranges=ranges, exempt_papers=exempt_papers)


class SupplementaryPackBuilder(PackBuilder):
    """The supplementary packs: the papers added or replaced since the agenda was published (the newest
    version of each), under a supplementary agenda of their items with each late paper's reason for urgency.
    Built the same way as the agenda packs, public and full, with their own page numbers."""

    heading = "Supplementary agenda"

    def _included(self, document: Document) -> bool:
        return document.supplement and document.superseded_by_id is None

    def _items(self) -> list[AgendaItem]:
        return [item for item in super()._items() if self._papers(item)]

    def _previous_meeting(self) -> Meeting | None:
        return None  # the minutes are in the agenda pack

    def _item_notes(self, item: AgendaItem, *, full: bool) -> list[str]:
        # The public pack names no exempt paper, nor gives its reason.
        readable = [paper for paper in self._papers(item) if full or not (paper.exempt or item.exempt)]
        notes = [f"<i>Supplement:</i> {markup(paper.title)}" for paper in readable]
        reasons = dict.fromkeys(paper.late_reason.strip() for paper in readable if paper.late_reason.strip())
        notes += [f"<i>Reason for urgency:</i> {markup(reason)}" for reason in reasons]
        return notes
