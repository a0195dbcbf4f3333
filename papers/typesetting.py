"""Pages typeset with ReportLab: the house style, documents that arrive as text or Word, and the pages an
agenda pack adds of its own (a notice where an exempt paper is withheld, a blank page, the page numbers).

The fonts are the PDF standard Helvetica family (Arial's metrics): nothing to install, nothing to embed."""

import io
import logging
import re
from collections.abc import Iterable, Sequence
from functools import cache
from xml.sax.saxutils import escape

import docx
from django.conf import settings
from docx.table import Table as WordTable
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    LayoutError,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

logger = logging.getLogger(__name__)

FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
MARGIN = 2 * cm
# The foot of every page is left clear for the pack's page number.
FOOT = 2.5 * cm
PAGE_NUMBER_HEIGHT = 1.1 * cm
BLANK_PAGE_TEXT = "This page is intentionally left blank"
Size = tuple[float, float]


@cache
def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.5, spaceAfter=7)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11.5, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22, spaceAfter=12),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=13, leading=16, spaceBefore=8, keepWithNext=True
        ),
        "subheading": ParagraphStyle("subheading", parent=body, fontName=BOLD, keepWithNext=True),
        # A heading over a long table, which may start below it on the same page and run on.
        "section": ParagraphStyle(
            "section", parent=body, fontName=BOLD, fontSize=13, leading=16, spaceBefore=8
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, bulletFontSize=11),
        # (i), (ii) … and (a), (b) …: the numeral hangs in the margin of the text.
        "numbered": ParagraphStyle(
            "numbered", parent=body, leftIndent=32, bulletIndent=4, bulletFontName=FONT, bulletFontSize=11
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=9.5, spaceAfter=0),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "marking": ParagraphStyle(
            "marking", parent=body, fontName=BOLD, fontSize=12, textColor=colors.HexColor("#d4351c")
        ),
    }


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, its line breaks kept, **bold** made bold."""
    escaped = escape(text.strip())
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped, flags=re.DOTALL)
    return escaped.replace("\n", "<br/>")


def para(text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
    return Paragraph(markup(text), styles()[style], bulletText=bullet)


def pdf_from(
    flowables: Iterable[Flowable],
    *,
    title: str,
    header: str | None = None,
    numbered: bool = False,
    pagesize: Size = A4,
) -> bytes:
    """Typeset `flowables` on A4 with the house margins. `header` is printed at the top of every page (a
    document's marking); `numbered` prints "Page N" at the foot, for a document read on its own."""

    def decorate(page: canvas.Canvas, document):
        page.saveState()
        width, height = pagesize
        if header:
            page.setFont(BOLD, 9)
            page.setFillColor(colors.HexColor("#d4351c"))
            page.drawCentredString(width / 2, height - 1.2 * cm, header)
        if numbered:
            page.setFont(FONT, 9)
            page.drawCentredString(width / 2, PAGE_NUMBER_HEIGHT, f"Page {document.page}")
        page.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOT,
        title=title,
        author=settings.COUNCIL_NAME,
        lang="en-GB",
    )
    story = list(flowables) or [Spacer(1, 1)]  # an empty document is still one (empty) page
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


# --- documents that arrive as text or Word ----------------------------------------------------------------

BULLET = re.compile(r"^\s*(?:[-*•])\s+(.*)$")
# A Markdown table row, "| a | b |" (text extracted from a PDF sometimes puts a bullet before it).
MARKDOWN_ROW = re.compile(r"^\s*(?:[-*]\s+)?\|(.*?)\|?\s*$")
RULE_CELL = re.compile(r":?-+:?")
# A table with more columns than this is set on landscape pages.
PORTRAIT_COLUMNS = 8
CELL_PADDING = 3
HEADING = re.compile(r"^#{1,6}\s+(.*)$")


def _column_widths(rows: Sequence[Sequence[str]], columns: int, width: float) -> list[float]:
    """Widths that keep each column's longest word whole where the page allows, and share what is left by
    how much text each column holds."""
    style, padding = styles()["cell"], 2 * CELL_PADDING + 2

    def measure(text: str) -> float:
        return stringWidth(text, style.fontName, style.fontSize) + padding

    least, wanted = [padding] * columns, [padding] * columns
    for row in rows:
        for column, cell in enumerate(row):
            words = cell.split() or [""]
            least[column] = max(least[column], max(measure(word) for word in words))
            wanted[column] = max(wanted[column], min(measure(cell), 4 * cm))
    if sum(wanted) <= width:
        return [want * width / sum(wanted) for want in wanted]
    if sum(least) <= width:
        spare, extra = width - sum(least), [want - low for want, low in zip(wanted, least, strict=True)]
        return [low + spare * more / (sum(extra) or 1) for low, more in zip(least, extra, strict=True)]
    return [low * width / sum(least) for low in least]


def table(rows: Sequence[Sequence[str]], *, width: float = A4[0] - 2 * MARGIN) -> Table:
    columns = max(len(row) for row in rows)
    rows = [list(row) + [""] * (columns - len(row)) for row in rows]
    cells = [[para(cell, "cell") for cell in row] for row in rows]
    flowable = Table(cells, colWidths=_column_widths(rows, columns, width), repeatRows=1, hAlign="LEFT")
    flowable.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f2f1")),
            ]
        )
    )
    return flowable


def _table_rows(lines: list[str]) -> list[list[str]] | None:
    """The rows of a block written as a table: tab-separated, or Markdown's | a | b | (less its --- rule)."""
    if all("\t" in line for line in lines):
        return [line.split("\t") for line in lines]
    matches = [MARKDOWN_ROW.match(line) for line in lines]
    if all(matches):
        rows = [[cell.strip() for cell in match.group(1).split("|")] for match in matches]
        # Less the rule under the heading, and a heading row with nothing in it.
        return [
            row for row in rows if any(row) and not all(RULE_CELL.fullmatch(cell) for cell in row if cell)
        ]
    return None


def text_flowables(text: str, *, tables: bool = True, width: float = A4[0] - 2 * MARGIN) -> list[Flowable]:
    """Plain text (and the light Markdown councils' exports carry): paragraphs at blank lines, bullets,
    headings, and tables where the lines are tab-separated or Markdown tables."""
    flowables = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        rows = _table_rows(lines) if len(lines) > 1 or "\t" in lines[0] else None
        if rows:
            if tables:
                flowables.append(table(rows, width=width))
                flowables.append(Spacer(1, 8))
            else:
                flowables.extend(para("   ".join(row), "small") for row in rows)
            continue
        paragraph: list[str] = []
        for line in lines:
            bullet, heading = BULLET.match(line), HEADING.match(line)
            if bullet or heading:
                if paragraph:
                    flowables.append(para("\n".join(paragraph)))
                    paragraph = []
                if bullet:
                    flowables.append(para(bullet.group(1), "bullet", bullet="•"))
                else:
                    flowables.append(para(heading.group(1), "heading"))
            else:
                paragraph.append(line)
        if paragraph:
            flowables.append(para("\n".join(paragraph)))
    return flowables


def _build_with_fallback(make_flowables, *, title: str, pagesize: Size = A4) -> bytes:
    """A table that cannot be set (a row taller than a page) is set as lines of text instead."""
    width = pagesize[0] - 2 * MARGIN
    try:
        return pdf_from(make_flowables(tables=True, width=width), title=title, pagesize=pagesize)
    except (LayoutError, ValueError) as error:
        logger.info("%s has a table that cannot be set (%s): typeset as text", title, error)
        return pdf_from(make_flowables(tables=False, width=width), title=title, pagesize=pagesize)


def _widest_table(text: str) -> int:
    widest = 0
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line for line in block.split("\n") if line.strip()]
        rows = _table_rows(lines) if lines else None
        widest = max([widest, *(len(row) for row in rows or [])])
    return widest


def text_document(text: str, *, title: str) -> bytes:
    """A text document, on landscape pages when it holds a table too wide for portrait ones (a dashboard)."""
    pagesize = landscape(A4) if _widest_table(text) > PORTRAIT_COLUMNS else A4
    return _build_with_fallback(
        lambda tables, width: text_flowables(text, tables=tables, width=width), title=title, pagesize=pagesize
    )


def _runs_markup(paragraph) -> str:
    parts = []
    for run in paragraph.runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def word_flowables(
    content: bytes, *, tables: bool = True, width: float = A4[0] - 2 * MARGIN
) -> list[Flowable]:
    """A Word document's paragraphs and tables in their order, with its headings, lists, bold and italic."""
    flowables = []
    for block in docx.Document(io.BytesIO(content)).iter_inner_content():
        if isinstance(block, WordTable):
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            if rows and tables:
                flowables.append(table(rows, width=width))
                flowables.append(Spacer(1, 8))
            elif rows:
                flowables.extend(para("   ".join(row), "small") for row in rows)
            continue
        if not block.text.strip():
            continue
        style_name = (block.style.name if block.style is not None else "").lower()
        if style_name == "title" or style_name.startswith("heading"):
            flowables.append(para(block.text, "heading"))
        elif style_name.startswith("list"):
            flowables.append(Paragraph(_runs_markup(block), styles()["bullet"], bulletText="•"))
        else:
            flowables.append(Paragraph(_runs_markup(block), styles()["body"]))
    return flowables


def word_document(content: bytes, *, title: str) -> bytes:
    return _build_with_fallback(
        lambda tables, width: word_flowables(content, tables=tables, width=width), title=title
    )


# --- pages of the pack's own ------------------------------------------------------------------------------


def _centred_text(page: canvas.Canvas, size: Size, text: str):
    width, height = size
    page.setFont(FONT, 12)
    page.drawCentredString(width / 2, height / 2, text)


def blank_pages(sizes: Sequence[Size]) -> bytes:
    """Pages saying "This page is intentionally left blank", one of each size."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for size in sizes:
        page.setPageSize(size)
        _centred_text(page, size, BLANK_PAGE_TEXT)
        page.showPage()
    page.save()
    return buffer.getvalue()


def notice_pages(sizes: Sequence[Size], notice: Sequence[tuple[str, str]]) -> bytes:
    """A notice (lines of (text, style)) on the first page, then blank pages: as many pages, of the same
    sizes, as what the notice stands in for."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=sizes[0])
    for number, size in enumerate(sizes):
        page.setPageSize(size)
        if number == 0:
            width, height = size
            frame = Frame(MARGIN, FOOT, width - 2 * MARGIN, height - MARGIN - FOOT, showBoundary=0)
            frame.addFromList([para(text, style) for text, style in notice], page)
        else:
            _centred_text(page, size, BLANK_PAGE_TEXT)
        page.showPage()
    page.save()
    return buffer.getvalue()


def stamps(sizes: Sequence[Size], numbers: Sequence[int], banners: Sequence[str | None]) -> bytes:
    """One overlay page per pack page: "Page N" at the foot, and a banner at the top where one is given."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for size, number, banner in zip(sizes, numbers, banners, strict=True):
        page.setPageSize(size)
        width, height = size
        page.setFont(FONT, 10)
        page.drawCentredString(width / 2, PAGE_NUMBER_HEIGHT, f"Page {number}")
        if banner:
            page.setFont(BOLD, 9)
            page.setFillColor(colors.HexColor("#d4351c"))
            page.drawCentredString(width / 2, height - 1.0 * cm, banner)
            page.setFillColor(colors.black)
        page.showPage()
    page.save()
    return buffer.getvalue()
