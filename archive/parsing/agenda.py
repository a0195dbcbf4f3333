"""An agenda: the meeting it calls (committee, date and time, place, contact), the committee's membership,
and the numbered items with who reports and the pages of the pack they take.

Seed 003 lines 1-50 are the pattern: labelled lines ("Date/Time: Tuesday, 5 March 2024 at 2.00 pm"), a
"Membership" list two names to a line, then "AGENDA" and items such as "9. Children and Family Services
Department. Director of Children and Family Services (Pages 33 - 54)". Who reports is split from the title
only when the agenda has a "Report by" column (or the columns are apart): otherwise a title's last sentence
could as well be part of it."""

import re

from .dates import find_date, find_time, only_when
from .fields import EMAIL, contact_of, field_of
from .model import ParsedAgendaItem, ParsedApproval, ParsedMeeting, ParsedMember, Passage, Span
from .names import name_and_notes, parse_name
from .text import Block, Document

MEMBERSHIP = re.compile(r"^(?:Membership|Members|Committee Members|Membership of the Committee)\s*:?$", re.I)
AGENDA = re.compile(r"^(?:AGENDA|Agenda)(?:\s*[-–:]?\s*(?:Part\s+(?:I|1|One)|Public))?\s*:?$")
ITEM = re.compile(r"^(?:Item\s+)?(?P<number>\d{1,3})\.?[\t ]+(?P<rest>\S.*)$", re.I)
PAGES = re.compile(
    r"\(?\s*Pages?\s+(?P<first>\d{1,4})(?:\s*(?:[-–—]|to)\s*(?P<last>\d{1,4}))?\s*\)?\s*$", re.I
)
COLUMN_HEADINGS = re.compile(
    r"^(?:item|no\.?|number|subject|title|report by|report of|lead officer|author|"
    r"pages?|page no\.?|contact)$",
    re.I,
)
REPORT_BY_COLUMN = re.compile(r"^(?:report by|report of|lead officer|author|presented by)$", re.I)
WEBCAST = re.compile(r"\b(?:webcast|filmed|broadcast|live stream)", re.I)
URL = re.compile(r"\b(?:https?://|www\.)\S+[^\s.,;)>]")
EXEMPT = re.compile(
    r"\bparagraphs?\s+(?P<paragraph>[1-7])\b.*\bSchedule\s+12A\b|\bexempt\b.*\bparagraph\s+(?P<p2>[1-7])\b",
    re.I,
)
PREVIOUS_MINUTES = re.compile(r"^minutes of the (?:previous |last )?meeting\b", re.I)
MOST_ITEMS_MISSING = 5


def is_heading_in_capitals(text: str) -> bool:
    """A heading that ends the list of items ("QUESTIONING BY MEMBERS OF OVERVIEW AND SCRUTINY")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 8 and all(ch.isupper() for ch in letters)


def parse_agenda(document: Document, span: Span) -> ParsedMeeting:
    meeting = ParsedMeeting(source="agenda", lines=span)
    first, last = span
    items_from = _head(document, meeting, first, last)
    _co_opted(meeting)
    if items_from:
        _items(document, meeting, items_from, last)
    if not meeting.items:
        meeting.doubts.append("no numbered items were found")
    return meeting


def _head(document: Document, meeting: ParsedMeeting, first: int, last: int) -> int | None:
    """The labelled lines and the membership, up to the items; the line the items start at."""
    in_membership = False
    for number in range(first, last + 1):
        if document.is_blank(number):
            continue
        line = document.line(number)
        text = line.plain
        if AGENDA.match(text):
            document.claim((number, number))
            return number + 1
        if ITEM.match(text) and int(ITEM.match(text)["number"]) == 1:
            return number
        if MEMBERSHIP.match(text):
            in_membership = True
            document.claim((number, number))
            continue
        found = field_of(text)
        if found and (found[0] not in ("date and time", "date", "time") or only_when(found[1])):
            in_membership = False
            _field(meeting, *found, number)
            document.claim((number, number))
            continue
        if in_membership and _members(meeting, line.cells, number):
            document.claim((number, number))
            continue
        in_membership = False
        if WEBCAST.search(text):
            _notice(document, meeting, number, text)
    return None


def _field(meeting: ParsedMeeting, name: str, value: str, number: int):
    if name == "committee":
        meeting.committee = value
    elif name in ("date and time", "date", "time"):
        day, doubts = find_date(value)
        meeting.date = day or meeting.date
        meeting.start = find_time(value) or meeting.start
        meeting.doubts += doubts
    elif name == "place":
        meeting.place = value
    elif name == "contact":
        meeting.contact, meeting.contact_phone = contact_of(value)
        found = EMAIL.search(value)
        meeting.contact_email = found[0] if found else meeting.contact_email
    elif name == "email":
        found = EMAIL.search(value)
        meeting.contact_email = found[0] if found else value
    elif name == "phone":
        meeting.contact_phone = value


def _notice(document: Document, meeting: ParsedMeeting, number: int, text: str):
    url = URL.search(text)
    if url and not meeting.webcast_url:
        meeting.webcast_url = url[0]
    meeting.notices.append(Passage((number, number), text, "the meeting is filmed or webcast"))
    document.claim((number, number))


def _members(meeting: ParsedMeeting, cells: list[str], number: int) -> bool:
    read = [name_and_notes(cell) for cell in cells]
    if not read or any(parse_name(name) is None for name, _, _ in read):
        return False
    for name, notes, role in read:
        printed = " ".join(notes + [role]).lower()
        kind = "member"
        if re.search(r"\bvice[- ]?chair", printed):
            kind = "vice-chairman"
        elif re.search(r"\bchair", printed):
            kind = "chairman"
        meeting.membership.append(ParsedMember(name, kind, lines=(number, number)))
    return True


def _co_opted(meeting: ParsedMeeting):
    """Where the other members are printed as councillors ("CC", "Councillor"), a member without it is
    co-opted (a church or parent-governor representative, say): likely, so said with a doubt."""
    councillors = [parse_name(member.name).is_councillor for member in meeting.membership]
    if sum(councillors) * 2 <= len(councillors):
        return
    for member, councillor in zip(meeting.membership, councillors, strict=True):
        if not councillor and member.role == "member":
            member.role = "co_opted"
            member.doubts = ["printed without the mark of a councillor the others have: taken as co-opted"]


def _items(document: Document, meeting: ParsedMeeting, first: int, last: int):
    report_by_column = False
    current: ParsedAgendaItem | None = None
    for block in document.blocks(first, last):
        text = block.text
        found = ITEM.match(text)
        number = int(found["number"]) if found else None
        expected = current.number + 1 if current else 1
        if number is not None and expected <= number <= expected + MOST_ITEMS_MISSING:
            current = _item(block, number, report_by_column)
            if number != expected:
                current.doubts.append(f"the agenda goes from item {expected - 1} to item {number}")
            meeting.items.append(current)
            document.claim(block.span)
        elif block.cells and all(COLUMN_HEADINGS.match(cell) for cell in block.cells):
            report_by_column = any(REPORT_BY_COLUMN.match(cell) for cell in block.cells)
            document.claim(block.span)
        elif WEBCAST.search(text):
            _notice(document, meeting, block.first, text)
        elif current and is_heading_in_capitals(text):
            break  # the list of items is over
        elif current:
            current.summary = f"{current.summary}\n\n{text}".strip()
            current.lines = (current.lines[0], block.last)
            document.claim(block.span)
    for item in meeting.items:
        if PREVIOUS_MINUTES.match(item.title):
            day, doubts = find_date(item.title)
            if day:
                meeting.approves = ParsedApproval(day, lines=item.lines, doubts=doubts)


def _item(block: Block, number: int, report_by_column: bool) -> ParsedAgendaItem:
    cells = block.cells
    title = ITEM.match(cells[0] if len(cells) > 1 else block.text)["rest"].strip()
    rest = cells[1:]
    item = ParsedAgendaItem(number=number, title=title, lines=block.span)
    pages_text = next((cell for cell in rest if PAGES.fullmatch(cell)), None)
    if pages_text:
        rest.remove(pages_text)
    else:
        found = PAGES.search(item.title)
        if found:
            pages_text, item.title = found[0], item.title[: found.start()].rstrip()
    if pages_text:
        found = PAGES.search(pages_text)
        start = int(found["first"])
        end = int(found["last"] or start)
        item.pages = (start, end)
        if end < start:
            item.doubts.append(f"the pages printed ({pages_text.strip()}) run backwards")
    if rest:
        item.report_by = " ".join(rest)
    elif report_by_column:
        item.title, item.report_by = _split_report_by(item.title)
    exempt = EXEMPT.search(block.text)
    if exempt:
        item.exempt_paragraph = int(exempt["paragraph"] or exempt["p2"])
    if item.report_by or (item.pages and not PREVIOUS_MINUTES.match(item.title)):
        item.kind = "report"
    return item


def _split_report_by(text: str) -> tuple[str, str]:
    """ "Children and Family Services Department. Director of Children and Family Services": the title to
    its last full stop, and after it, who reports (a phrase with no stop of its own)."""
    cut = text.rfind(". ")
    if cut < 0:
        return text, ""
    after = text[cut + 2 :].strip()
    if not after or "." in after or not after[0].isupper() or len(after.split()) > 15:
        return text, ""
    return text[: cut + 1], after
