"""A council's published papers as lines of text: a PDF's text layer (pypdf), a Word document's paragraphs and
tables (python-docx), or plain text in UTF-8 or Windows-1252 (what Word saves as "plain text").

The parser reads lines, not files, so the same rules serve every format; what a format says about its lines
goes with them: PDF lines are a page's wrapped lines (a paragraph runs on over several), Word's are whole
paragraphs, and a PDF's pages say where each begins. A file that cannot give text raises UnreadableFile
with a message a clerk can act on; nothing else escapes, however broken the file."""

import codecs
import io
import re
import zipfile
from dataclasses import dataclass, field

import docx
from django.conf import settings
from pypdf import PdfReader

from scrutiny.uploads import kind_of

# A pack of a few hundred pages is usual; thousands are a mistake or an attack on the reader's time.
MAX_PAGES = 1500
MAX_LINES = 250_000
# Longer lines are broken at a space: every rule reads a line in time proportional to its length, and a
# paragraph is never this long.
MAX_LINE_CHARACTERS = 5_000
# A .docx is a zip: its parts, unpacked, may be this many times the file's own limit and no more.
MAX_UNPACKED_RATIO = 20
# Columns a PDF lays out side by side (a table of those present) are this many spaces apart or more.
# Only these end a line: an editor counts lines so, and the preview's line numbers must agree with it.
LINE_BREAK = re.compile(r"\r\n|\r|\n")
COLUMN_GAP = re.compile(r" {3,}")
CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\ufeff\ufffe\uffff]"
)
# What PDFs and Word put for a space or a pair of letters, as the plain characters; a soft hyphen is dropped.
PLAIN = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u00ad": None,
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)
WORD = "Word (.docx)"
ACCEPTED = f"a PDF with a text layer, a {WORD} document or plain text"


ENCODINGS_BY_MARK = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
BYTE_ORDER_MARKS = tuple(mark for mark, _ in ENCODINGS_BY_MARK)


class UnreadableFile(ValueError):
    """The file gives no text to import; the message says why and what to do."""


@dataclass
class Source:
    name: str
    kind: str  # "pdf", "docx" or "text"
    lines: list[str]
    # True when lines are a page's wrapped lines (PDF, or text that was wrapped at a fixed width): consecutive
    # lines then belong to one paragraph unless something starts a new one.
    wrapped: bool = False
    # The line (from 1) each page starts at, when the format has pages (PDF; form feeds in text).
    page_starts: list[int] = field(default_factory=list)


def max_bytes() -> int:
    return settings.DOCUMENT_MAX_MEGABYTES * 1024 * 1024


def read(name: str, content: bytes) -> Source:
    limit = max_bytes()
    if not content:
        raise UnreadableFile(f"{name} is empty.")
    if len(content) > limit:
        raise UnreadableFile(
            f"{name} is larger than {settings.DOCUMENT_MAX_MEGABYTES} MB: split it, or import its parts."
        )
    kind = kind_of(content[:2048], name)
    if kind == "pdf":
        return _pdf(name, content)
    if kind == "office" and name.lower().endswith(".docx"):
        return _docx(name, content, limit)
    if kind == "text" or content.startswith(BYTE_ORDER_MARKS):
        return _text(name, content)
    if kind is None:
        # Text in Windows-1252 is not UTF-8, which is all the upload check knows as text.
        try:
            return _text(name, content)
        except UnreadableFile:
            pass
    raise UnreadableFile(f"{name} is {_what(kind, name)}: import {ACCEPTED}.")


def _what(kind: str | None, name: str) -> str:
    if kind in ("png", "jpeg"):
        return "an image (scanned papers need their text recognised first)"
    if kind == "legacy office":
        return "an Office 97-2003 document (save it as .docx or PDF)"
    if kind == "office":
        return f"an office document other than {WORD}"
    return "not a PDF, a Word document or text"


def _text(name: str, content: bytes) -> Source:
    text = _decode(name, content)
    pages = text.split("\f")  # form feeds: page breaks, as pdftotext writes them
    lines, starts = [], []
    for page in pages:
        starts.append(len(lines) + 1)
        lines.extend(LINE_BREAK.split(page))
    lines = _tidy(name, lines)
    return Source(
        name, "text", lines, wrapped=looks_wrapped(lines), page_starts=starts if len(pages) > 1 else []
    )


def _decode(name: str, content: bytes) -> str:
    for bom, encoding in ENCODINGS_BY_MARK:
        if content.startswith(bom):
            try:
                return content.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"{name} says it is {encoding} text but is not.") from error
    if b"\x00" in content:
        raise UnreadableFile(f"{name} is not text: it holds binary data.")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError as error:
            raise UnreadableFile(f"{name} is neither UTF-8 nor Windows-1252 text.") from error
    # Text has few control characters; binary junk that happens to decode has many.
    controls = len(CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise UnreadableFile(f"{name} is not text: it holds binary data.")
    return text


def _docx(name: str, content: bytes, limit: int) -> Source:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UnreadableFile(f"{name} is not a Word document.")
            if sum(entry.file_size for entry in archive.infolist()) > MAX_UNPACKED_RATIO * limit:
                raise UnreadableFile(f"{name} unpacks to far more than a document holds.")
        document = docx.Document(io.BytesIO(content))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                lines.extend(_rows(block))
            else:
                lines.extend(block.text.split("\n"))
    except UnreadableFile:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a broken file: all mean unreadable
        raise UnreadableFile(f"{name} is not a readable Word document.") from error
    return Source(name, "docx", _tidy(name, lines))


def _rows(table) -> list[str]:
    """A table's rows, cells apart by a tab; a merged cell (python-docx repeats it) once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


def _pdf(name: str, content: bytes) -> Source:
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{name} is encrypted: save a copy without a password.")
        pages = reader.pages
        count = len(pages)
        if count == 0:
            raise UnreadableFile(f"{name} has no pages.")
        if count > MAX_PAGES:
            raise UnreadableFile(f"{name} has {count} pages, more than the {MAX_PAGES} the importer reads.")
        lines, starts = [], []
        for page in pages:
            starts.append(len(lines) + 1)
            lines.extend(_page_lines(page))
    except UnreadableFile:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged or hostile file: all mean unreadable
        message = "is encrypted: save a copy without a password" if "crypt" in str(error).lower() else ""
        raise UnreadableFile(f"{name} {message or 'is not a readable PDF'}.") from error
    if not any(line.strip() for line in lines):
        raise UnreadableFile(
            f"{name} has no text layer: it is probably scanned images. Recognise its text (OCR) first."
        )
    return Source(name, "pdf", _tidy(name, lines), wrapped=True, page_starts=starts)


def _page_lines(page) -> list[str]:
    # Layout mode keeps the gaps between paragraphs (as blank lines) and between columns (as spaces).
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # a page layout mode cannot place: its text in reading order instead
        text = page.extract_text() or ""
    lines = [COLUMN_GAP.sub("\t", line.strip()) for line in LINE_BREAK.split(text)]
    while lines and not lines[-1]:
        lines.pop()
    return lines or [""]


def _tidy(name: str, lines: list[str]) -> list[str]:
    """Lines as the parser wants them: no control characters, non-breaking spaces and ligatures as plain
    characters (everything else as printed: curly quotes, dashes), none too long, not too many."""
    tidy = []
    for line in lines:
        line = CONTROL.sub(" ", line).translate(PLAIN).rstrip()
        while len(line) > MAX_LINE_CHARACTERS:
            cut = line.rfind(" ", 0, MAX_LINE_CHARACTERS)
            cut = cut if cut > 0 else MAX_LINE_CHARACTERS
            tidy.append(line[:cut])
            line = line[cut:].lstrip()
        tidy.append(line)
    if len(tidy) > MAX_LINES:
        raise UnreadableFile(f"{name} has more than {MAX_LINES} lines: split it, or import its parts.")
    if not any(line.strip() for line in tidy):
        raise UnreadableFile(f"{name} holds no text.")
    return tidy


def looks_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (as pdftotext writes it) rather than a paragraph to a line: long lines
    that stop mid-sentence, the next line going on in lower case."""
    long_lines = breaks = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if len(line) < 50:
            continue
        long_lines += 1
        if following[:1].islower() and line[-1:] not in '.:;?!"”’)':
            breaks += 1
    return breaks >= 2 and breaks * 3 >= long_lines
