"""The document as the rules read it: lines cleaned of markup, page furniture set aside, paragraphs ("blocks")
joined back together, list markers ("a)", "(ii)", "3.") recognised, and a ledger of which lines a rule
understood, so that every other line is reported rather than silently dropped."""

import bisect
import re
from dataclasses import dataclass

from archive.reading import Source

from .fields import field_of
from .model import Passage, Span
from .styles import REASON, resolution_marker

# Markup a converted file may carry: Markdown emphasis, a few HTML tags, <http://…> links.
EMPHASIS = re.compile(r"\*\*|__|</?(?:u|b|i|em|strong|br|sup|sub)\s*/?>", re.IGNORECASE)
AUTOLINK = re.compile(r"<((?:https?://|www\.)[^<>\s]+)>")
BULLET = re.compile(r"^(?:[-*•·▪◦●○]|\uf0b7)\s+")

# Page furniture: not part of what the papers say, so set aside with the reason.
FURNITURE = [
    (re.compile(r"^this page (?:is )?intentionally left blank\.?$", re.IGNORECASE), "a blank page"),
    (re.compile(r"^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$", re.IGNORECASE), "a page number"),
    (re.compile(r"^-\s?\d{1,4}\s?-$"), "a page number"),
    (re.compile(r"^agenda\s+item\s+\d{1,3}[a-z]?$", re.IGNORECASE), "an agenda item stamp"),
]
LONE_NUMBER = re.compile(r"^\d{1,4}$")

# A list marker: "a)", "(a)", "a.", "(ii)", "ii.", "1.", "(1)", "1)"; "(A)" only in brackets, as "A." is an
# initial. Roman numerals and letters overlap (i, v, x): the rule reading the list decides which it is.
MARKER = re.compile(
    r"^(?:\((?P<bracketed>\d{1,2}|[a-z]{1,6}|[A-Z])\)|(?P<plain>\d{1,2}|[a-z]{1,6})[.)])[\s\t]+(?=\S)"
)
ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
LETTERS = "abcdefghijklmnopqrstuvwxyz"

# What begins a new paragraph even straight after another line.
STRUCTURE = re.compile(
    r"^(?:PRESENT\b|Present:|"
    r"Apologies|APOLOGIES|In Attendance|IN ATTENDANCE|Also (?:in attendance|present)|Officers?\b|"
    r"Substitut|SUBSTITUT|Questions? (?:asked|from|by)|Response|Reply|Supplementary)"
)
SENTENCE_END = '.:;?!"”’)'

# Words before a full stop that does not end a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "cllr",
    "cllrs",
    "no",
    "nos",
    "st",
    "prof",
    "rev",
    "revd",
    "co",
    "ltd",
    "etc",
    "eg",
    "ie",
    "e.g",
    "i.e",
    "para",
    "paras",
    "min",
    "mins",
    "approx",
    "vs",
    "cf",
    "ref",
    "tel",
    "fig",
}


@dataclass
class Marker:
    label: str  # as printed, without brackets or stop: "a", "ii", "3", "A"
    bracketed: bool

    @property
    def is_number(self) -> bool:
        return self.label.isdigit()

    @property
    def is_letter(self) -> bool:
        return len(self.label) == 1 and self.label.isalpha()

    @property
    def is_roman(self) -> bool:
        return bool(ROMAN.match(self.label))

    @property
    def value(self) -> int:
        """The marker's place in its list: 3 for "3", "c" or "iii" (read as a letter when it can be one)."""
        if self.is_number:
            return int(self.label)
        if self.is_letter:
            return LETTERS.index(self.label.lower()) + 1
        return roman_value(self.label)


def roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for here, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = values[here]
        total += -value if after != " " and values[after] > value else value
    return total


def parse_marker(text: str) -> tuple[Marker | None, str]:
    found = MARKER.match(text)
    if not found:
        return None, text
    label = found["bracketed"] or found["plain"]
    if label.isalpha() and len(label) > 1 and not ROMAN.match(label):
        return None, text  # a word, not a marker ("see.")
    return Marker(label, bool(found["bracketed"])), text[found.end() :]


@dataclass
class Line:
    number: int
    raw: str
    text: str  # markup and bullet removed, spaces trimmed; tabs (table cells, columns) kept
    bullet: bool
    plain: str = ""  # the text with every run of spaces and tabs as one space

    def __post_init__(self):
        self.plain = " ".join(self.text.split())

    @property
    def cells(self) -> list[str]:
        return [cell.strip() for cell in self.text.split("\t") if cell.strip()]


def clean(raw: str) -> tuple[str, bool]:
    text = AUTOLINK.sub(r"\1", EMPHASIS.sub("", raw)).strip()
    bullet = BULLET.match(text)
    if bullet:
        text = text[bullet.end() :]
    return text, bool(bullet)


@dataclass
class Block:
    """A paragraph: one or more lines read as one text."""

    first: int
    last: int
    text: str  # the lines joined by spaces, tabs as spaces
    lines: tuple[Line, ...]
    marker: Marker | None
    body: str  # the text after the marker

    @property
    def span(self) -> Span:
        return (self.first, self.last)

    @property
    def cells(self) -> list[str]:
        return self.lines[0].cells if len(self.lines) == 1 else [self.text]


def starts_resolution(text: str) -> bool:
    return bool(resolution_marker(text) or REASON.match(text))


def ends_open(text: str) -> bool:
    """A paragraph that stops mid-sentence: its last character is not one that ends a sentence."""
    return bool(text) and text[-1] not in SENTENCE_END


def joined(before: str, after: str) -> str:
    # A word a PDF broke at the line's end ("non-\nmainstream") keeps its hyphen and no space.
    if before.endswith("-") and not before.endswith(" -") and after[:1].islower():
        return before + after
    return f"{before} {after}"


class Document:
    """The source's lines, with a ledger of what the rules understood."""

    # Blank lines a paragraph may run on over when it stops mid-sentence (a page break in a text export).
    MOST_BLANK_LINES_IN_A_PARAGRAPH = 4

    def __init__(self, source: Source):
        self.name = source.name
        self.wrapped = source.wrapped
        self.page_starts = source.page_starts
        self.page_breaks = set(source.page_starts[1:])
        self.lines: list[Line] = []
        for number, raw in enumerate(source.lines, start=1):
            text, bullet = clean(raw)
            self.lines.append(Line(number, raw, text, bullet))
        self.claimed = bytearray(len(self.lines) + 2)
        self.furniture: dict[int, str] = {}
        self.skipped: list[Passage] = []
        self.not_understood: list[Passage] = []
        self._find_furniture()

    @property
    def count(self) -> int:
        return len(self.lines)

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def is_blank(self, number: int) -> bool:
        return not self.lines[number - 1].text or number in self.furniture

    def page_of(self, number: int) -> int | None:
        return bisect.bisect_right(self.page_starts, number) or None

    def _find_furniture(self):
        for line in self.lines:
            for pattern, reason in FURNITURE:
                if pattern.match(line.plain):
                    self.furniture[line.number] = reason
        # A lone number at the top or foot of a page is the page's number.
        for edge in self._page_edges():
            if LONE_NUMBER.match(self.line(edge).plain):
                self.furniture[edge] = "a page number"
        self._find_running_lines()
        for number in sorted(self.furniture):
            self.skipped.append(Passage((number, number), self.line(number).plain, self.furniture[number]))

    def _page_edges(self) -> list[int]:
        edges = []
        bounds = [*self.page_starts, self.count + 1]
        for start, end in zip(bounds, bounds[1:], strict=False):
            filled = [n for n in range(start, end) if self.lines[n - 1].text]
            edges += filled[:1] + filled[-1:]
        return edges

    def _find_running_lines(self):
        """A running header or footer: the same line (page numbers aside) at the edge of most pages."""
        if len(self.page_starts) < 2:
            return
        seen: dict[str, list[int]] = {}
        for edge in self._page_edges():
            shape = re.sub(r"\d+", "#", self.line(edge).plain.lower())
            seen.setdefault(shape, []).append(edge)
        for shape, numbers in seen.items():
            pages = {self.page_of(number) for number in numbers}
            if (
                shape
                and len(pages) >= min(3, len(self.page_starts))
                and len(pages) * 2 >= len(self.page_starts)
            ):
                for number in numbers:
                    self.furniture.setdefault(number, "a running header or footer")

    # The ledger.

    def claim(self, span: Span):
        first, last = span
        for number in range(max(first, 1), min(last, self.count) + 1):
            self.claimed[number] = 1

    def reject(self, span: Span, reason: str):
        """Lines not understood: kept, with the reason, for the clerk."""
        first, last = span
        text = "\n".join(self.line(n).plain for n in range(first, last + 1) if not self.is_blank(n))
        if text:
            self.not_understood.append(Passage(span, text, reason))
        self.claim(span)

    def sweep(self, span: Span, reason: str):
        """Every line in `span` no rule understood becomes a passage not understood, runs kept together."""
        first, last = span
        run: list[int] = []
        for number in range(first, last + 2):
            if number <= last and not self.claimed[number] and not self.is_blank(number):
                run.append(number)
                continue
            if run and (number > last or not self.is_blank(number)):
                self.reject((run[0], run[-1]), reason)
                run = []

    def unclaimed(self, span: Span) -> list[int]:
        return [n for n in range(span[0], span[1] + 1) if not self.claimed[n] and not self.is_blank(n)]

    # Paragraphs.

    def blocks(self, first: int, last: int) -> list[Block]:
        blocks: list[Block] = []
        current: list[Line] = []
        text = ""
        blanks = 0
        for number in range(max(first, 1), min(last, self.count) + 1):
            line = self.line(number)
            if self.is_blank(number):
                blanks += 1
                continue
            words = line.plain
            page_break = number in self.page_breaks
            if current and self._runs_on(text, line, blanks, page_break):
                current.append(line)
                text = joined(text, words)
            else:
                if current:
                    blocks.append(self._block(current, text))
                current, text = [line], words
            blanks = 0
        if current:
            blocks.append(self._block(current, text))
        return blocks

    def _runs_on(self, before: str, line: Line, blanks: int, page_break: bool) -> bool:
        text = line.plain
        if (
            line.bullet
            or STRUCTURE.match(text)
            or parse_marker(text)[0]
            or starts_resolution(text)
            or field_of(text)
        ):
            return False
        if self.wrapped and not blanks and not page_break:
            return True
        # A paragraph a page break (or a blank line) cut mid-sentence goes on in lower case.
        return (
            blanks <= self.MOST_BLANK_LINES_IN_A_PARAGRAPH and ends_open(before) and line.plain[:1].islower()
        )

    @staticmethod
    def _block(lines: list[Line], text: str) -> Block:
        marker, body = parse_marker(text)
        return Block(lines[0].number, lines[-1].number, text, tuple(lines), marker, body)


def paragraphs(blocks: list[Block]) -> str:
    """Blocks as text: paragraphs apart by a blank line, as the records keep them."""
    return "\n\n".join(block.text for block in blocks)


def span_of(blocks: list[Block]) -> Span:
    return (blocks[0].first, blocks[-1].last) if blocks else (0, 0)


SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9£])")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; a stop after a title, an abbreviation or an initial ends none."""
    result, start = [], 0
    for found in SENTENCE_BREAK.finditer(text):
        before = text[start : found.start()].rstrip('.!?”"’)')
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        if word.lower().rstrip(".") in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        result.append(text[start : found.start()].strip() + text[found.start() : found.end()].strip())
        start = found.end()
    result.append(text[start:].strip())
    return [sentence for sentence in result if sentence]
