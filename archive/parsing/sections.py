"""What a file is and where its parts are: an agenda, minutes, or an agenda pack (the agenda, the minutes of
the last meeting, then every report with its appendices, domain.md "Agenda pack").

In a pack each report is found, so the pack can be split into one document per report, by the best sign it
gives: the "Agenda Item 8" a council stamps on a report's first page; else the page where the agenda's
"(Pages 15 - 32)" says it starts, when the file has pages; else a line near the top of a section (after a
blank page) that reads as the item's title ("VRN Strategy and Updates" for "Violence Reduction Network
Strategy and Updates")."""

import bisect
import re
from dataclasses import dataclass

from .agenda import AGENDA, MEMBERSHIP
from .fields import field_of
from .model import ParsedAgendaItem, ParsedReport, ParsedReportPart, Span
from .text import Document

MINUTES_TITLE = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|public)\s+)?minutes\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}meeting\b",
    re.I,
)
# The council's name above its papers: "WESTBRIDGE DISTRICT COUNCIL", "Leicestershire County Council".
COUNCIL = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s+){1,4}(?:County|District|Borough|City|Metropolitan|Town|Parish|Unitary)?\s*"
    r"(?:Council|COUNCIL)$|^(?:[A-Z][\w&'’-]*\s+){1,4}(?:COUNTY|DISTRICT|BOROUGH|CITY|TOWN|PARISH)\s+COUNCIL$"
)
BODIES = re.compile(
    r"\b(?:Committee|Panel|Board|Commission|Cabinet|Council|Forum|Sub-Committee|Group)\b", re.I
)
MINUTES_WORD = re.compile(r"^(?:draft\s+|unconfirmed\s+|public\s+)?minutes\s*:?$", re.I)
PRESENT = re.compile(r"^(?:PRESENT|Present|Members present|MEMBERS PRESENT|Attendance)\b", re.I)
STAMP = re.compile(r"^agenda\s+item\s+(?P<number>\d{1,3})[a-z]?$", re.I)
SMALL_WORDS = {"and", "of", "the", "a", "an", "for", "in", "on", "to", "&"}
# How far into a section (after a blank page) a report's title may stand.
TITLE_WITHIN_LINES = 12


@dataclass
class Sections:
    agenda: Span | None
    minutes: Span | None
    reports_from: int | None


def find_sections(document: Document) -> Sections:
    minutes_start = _minutes_start(document)
    agenda = minutes = None
    # Without minutes, an agenda runs to the first blank page (a pack's reports follow it), or to the end.
    agenda_end = (minutes_start - 1) if minutes_start else _first_blank_page(document, 1) - 1
    if _has_agenda(document, 1, agenda_end):
        agenda = (1, agenda_end)
    if minutes_start:
        minutes = (minutes_start, _first_blank_page(document, minutes_start) - 1)
    last = minutes[1] if minutes else agenda[1] if agenda else document.count
    return Sections(agenda, minutes, last + 1 if last < document.count else None)


def _minutes_start(document: Document) -> int | None:
    for line in document.lines:
        if line.number in document.furniture:
            continue
        if MINUTES_TITLE.match(line.plain):
            return _council_above(document, line.number)
        if MINUTES_WORD.match(line.plain) and _present_follows(document, line.number):
            return _header_start(document, line.number)
    return None


def _council_above(document: Document, number: int) -> int:
    """Minutes headed by the council's or the committee's name start with it."""
    start = number
    for earlier in range(number - 1, max(number - 6, 0), -1):
        if earlier in document.furniture:
            break
        if document.is_blank(earlier):
            continue
        text = document.line(earlier).plain
        if not (
            COUNCIL.match(text)
            or (BODIES.search(text) and len(text.split()) <= 10 and not re.search(r"\d", text))
        ):
            break
        start = earlier
    return start


def _present_follows(document: Document, number: int) -> bool:
    seen = 0
    for later in range(number + 1, document.count + 1):
        if document.is_blank(later):
            continue
        if PRESENT.match(document.line(later).plain):
            return True
        seen += 1
        if seen > 8:
            return False
    return False


def _header_start(document: Document, number: int) -> int:
    """Minutes headed by their committee, date and place above the word "MINUTES" start with those."""
    start, looked = number, 0
    for earlier in range(number - 1, max(number - 8, 0), -1):
        if earlier in document.furniture:
            break
        if document.is_blank(earlier):
            looked += 1
            if looked > 1:
                break
            continue
        looked = 0
        start = earlier
    return start


def _has_agenda(document: Document, first: int, last: int) -> bool:
    fields = 0
    for number in range(first, last + 1):
        text = document.line(number).plain
        if AGENDA.match(text) or MEMBERSHIP.match(text):
            return True
        found = field_of(text)
        fields += bool(found and found[0] in ("committee", "date and time", "date", "place"))
    return fields >= 2


def _first_blank_page(document: Document, start: int) -> int:
    """The line of the first blank page from `start` (a pack pads its sections so), or the line after the
    end."""
    for number in range(start, document.count + 1):
        if document.furniture.get(number) == "a blank page":
            return number
    return document.count + 1


# Reports in a pack.


def find_reports(
    document: Document, start: int, items: list[ParsedAgendaItem]
) -> tuple[list[ParsedReport], list[str]]:
    """Each report of the agenda's items with pages, found from `start`; and doubts about the pack."""
    wanted = [item for item in items if item.kind == "report"]
    found: list[ParsedReport] = []
    doubts = []
    stamps = _stamps(document, start)
    tops = _tops(document, start)
    page_lines = _page_lines(document)
    after = start
    for item in wanted:
        report = None
        if item.number in stamps and stamps[item.number] >= after:
            report = ParsedReport(
                item.number, item.title, item.pages, "agenda item stamp", lines=(stamps[item.number], 0)
            )
        elif item.pages and page_lines and item.pages[0] in page_lines[0]:
            line = page_lines[0][item.pages[0]]
            report = ParsedReport(item.number, item.title, item.pages, "page numbers", lines=(line, 0))
            report.doubts += page_lines[1]
        else:
            line = _title_line(document, tops, after, item.title)
            if line:
                report = ParsedReport(
                    item.number,
                    item.title,
                    item.pages,
                    "title",
                    lines=(_section_start(document, line, after), 0),
                )
        if report is None:
            doubts.append(f"the report for item {item.number} ({item.title}) was not found in the pack")
            continue
        found.append(report)
        after = report.lines[0] + 1
    for report, following in zip(found, [*found[1:], None], strict=False):
        end = following.lines[0] - 1 if following else document.count
        while end > report.lines[0] and document.is_blank(end):
            end -= 1
        report.lines = (report.lines[0], end)
        report.parts = _parts(document, report.lines)
        _check_pages(document, report)
    return found, doubts


def _check_pages(document: Document, report: ParsedReport):
    """A report found over more or fewer of the file's pages than the agenda gives it is a doubt."""
    if not (report.pages and document.page_starts):
        return
    found = document.page_of(report.lines[1]) - document.page_of(report.lines[0]) + 1
    printed = report.pages[1] - report.pages[0] + 1
    if found != printed:
        report.doubts.append(f"found over {found} pages, but the agenda gives it {printed}")


def _stamps(document: Document, start: int) -> dict[int, int]:
    stamps: dict[int, int] = {}
    for number in range(start, document.count + 1):
        found = STAMP.match(document.line(number).plain)
        if found:
            stamps.setdefault(int(found["number"]), number)
    return stamps


def _page_lines(document: Document) -> tuple[dict[int, int], list[str]]:
    """The line each printed page number starts at: from the page numbers printed on the pages when there
    are any, else taking the file's pages as the pack's."""
    if not document.page_starts:
        return {}, []
    printed: dict[int, int] = {}
    for number, reason in document.furniture.items():
        if reason == "a page number":
            digits = re.search(r"\d+", document.line(number).plain)
            page = document.page_of(number)
            if digits and page:
                printed.setdefault(int(digits[0]), document.page_starts[page - 1])
    if printed:
        return printed, []
    pages = dict(enumerate(document.page_starts, start=1))
    return pages, ["no page numbers are printed: the file's pages are taken as the pack's"]


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ").replace("’", "'").replace("'", ""))


def title_matches(line: str, title: str) -> bool:
    """The line reads as the title: the same words, an acronym standing for some ("VRN"), a word or two
    more or less."""
    wanted = [word for word in words_of(title) if word not in SMALL_WORDS]
    seen = []
    for word in re.findall(r"[A-Za-z0-9'’&]+", line):
        if 2 <= len(word) <= 6 and word.isupper() and not any(w == word.lower() for w in wanted):
            expansion = _expand(word, wanted)
            if expansion:
                seen += expansion
                continue
        seen += [w for w in words_of(word) if w not in SMALL_WORDS]
    if not wanted or not seen:
        return False
    common = len(set(wanted) & set(seen))
    return common >= max(1, round(0.8 * len(set(wanted)))) and len(set(seen) - set(wanted)) <= 3


def _expand(acronym: str, words: list[str]) -> list[str]:
    letters = acronym.lower()
    for start in range(len(words) - len(letters) + 1):
        run = words[start : start + len(letters)]
        if "".join(word[0] for word in run) == letters:
            return run
    return []


def _tops(document: Document, start: int) -> list[int]:
    """The lines near the top of each section (the first after each blank page), where titles stand."""
    tops, since_section = [], 0
    for number in range(start, document.count + 1):
        if document.furniture.get(number) == "a blank page":
            since_section = 0
        elif not document.is_blank(number):
            since_section += 1
            if since_section <= TITLE_WITHIN_LINES and len(document.line(number).plain) <= 200:
                tops.append(number)
    return tops


def _title_line(document: Document, tops: list[int], after: int, title: str) -> int | None:
    """The first line after `after` near the top of a section that reads as the title."""
    for number in tops[bisect.bisect_left(tops, after) :]:
        if title_matches(document.line(number).plain, title):
            return number
    return None


def _section_start(document: Document, line: int, floor: int) -> int:
    """A report starts at the top of its section: after the blank page before its title, if close."""
    start, seen = line, 0
    for number in range(line - 1, floor - 1, -1):
        if document.furniture.get(number) == "a blank page":
            return start
        if not document.is_blank(number):
            seen += 1
            start = number
            if seen >= TITLE_WITHIN_LINES:
                return line
    return start


def _parts(document: Document, span: Span) -> list[ParsedReportPart]:
    """The stretches between blank pages: the report, then each appendix."""
    parts, first = [], None
    for number in range(span[0], span[1] + 2):
        blank_page = number > span[1] or document.furniture.get(number) == "a blank page"
        if blank_page:
            if first is not None:
                last = number - 1
                while document.is_blank(last):
                    last -= 1
                title = next(
                    document.line(n).plain for n in range(first, last + 1) if not document.is_blank(n)
                )
                parts.append(ParsedReportPart(title, (first, last)))
            first = None
        elif first is None and not document.is_blank(number):
            first = number
    return parts
