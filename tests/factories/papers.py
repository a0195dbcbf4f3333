"""Factories for the papers tests: documents whose files are real PDFs, Word documents and text, each page
carrying a marker the tests look for in the packs; their text as the extraction stores it; and agenda packs in
each state."""

import io

import docx
import factory
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.factories.base import Factory
from tests.factories.meetings import (
    DocumentFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
)
from tests.factories.scrutiny import PersonFactory


def pdf_bytes(marker: str, pages: int = 1, *, size=A4) -> bytes:
    """A PDF of `pages` pages, page n saying "<marker> page n"."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=size)
    for number in range(1, pages + 1):
        page.setFont("Helvetica", 14)
        page.drawString(72, size[1] - 100, f"{marker} page {number}")
        page.showPage()
    page.save()
    return buffer.getvalue()


def uploaded_pdf(name: str, marker: str = "A paper") -> SimpleUploadedFile:
    """A PDF as a browser uploads it, its one page saying "<marker> page 1"."""
    return SimpleUploadedFile(name, pdf_bytes(marker), content_type="application/pdf")


def docx_bytes(*paragraphs: str, heading: str = "", table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class PdfDocumentFactory(DocumentFactory):
    """A report as a real PDF of `page_count` pages, each saying "<marker> page n"."""

    class Params:
        page_count = 3
        marker = factory.Sequence(lambda n: f"Report {n} text")
        landscape_pages = False

    file = factory.LazyAttribute(
        lambda d: ContentFile(
            pdf_bytes(d.marker, d.page_count, size=landscape(A4) if d.landscape_pages else A4),
            name="report.pdf",
        )
    )


class ExemptPdfDocumentFactory(PdfDocumentFactory):
    title = "Appendix B: tender prices"
    kind = "appendix"
    exempt = True
    exempt_paragraph = 3

    class Params:
        marker = "Confidential tender prices"


class TextDocumentFactory(DocumentFactory):
    """A report as plain text, as the demo's reports are."""

    class Params:
        text = "Purpose of the report\n\nThe purpose of this report is to update the committee."

    file = factory.LazyAttribute(lambda d: ContentFile(d.text.encode(), name="report.txt"))


class WordDocumentFactory(DocumentFactory):
    class Params:
        paragraphs = ("The Word report's first paragraph.", "Its second paragraph.")

    file = factory.LazyAttribute(
        lambda d: ContentFile(docx_bytes(*d.paragraphs, heading="Word report"), name="report.docx")
    )


class SpreadsheetDocumentFactory(DocumentFactory):
    """An appendix in a format the pack does not print (the file only has to look like one)."""

    title = "Appendix C: budget spreadsheet"
    kind = "appendix"
    file = factory.LazyAttribute(lambda d: ContentFile(b"PK\x03\x04 spreadsheet", name="budget.xlsx"))


class DocumentTextFactory(Factory):
    """The text of a document, as the background extraction stores it once the upload is committed (which a
    test inside a transaction never reaches)."""

    class Meta:
        model = "papers.DocumentText"

    document = factory.SubFactory(DocumentFactory)
    text = "The Committee considered the report of the Director of Children and Family Services."


class ExemptDocumentTextFactory(DocumentTextFactory):
    document = factory.SubFactory(ExemptDocumentFactory)
    text = "Tender prices: Provider A £1.2m, Provider B £1.4m. Not for publication."


class AgendaPackFactory(Factory):
    class Meta:
        model = "papers.AgendaPack"

    meeting = factory.SubFactory(MeetingFactory)
    kind = "public"
    status = "ready"
    progress = 100
    pages = 12
    size = 123456
    file = factory.django.FileField(filename="agenda-pack-public.pdf", data=b"%PDF-1.4 a pack")


class BuildingAgendaPackFactory(AgendaPackFactory):
    status = "building"
    progress = 40
    pages = None
    size = None
    file = None


class ChairPreviewFactory(Factory):
    """The draft minutes of a held meeting sent to its Chair."""

    class Meta:
        model = "papers.ChairPreview"

    meeting = factory.SubFactory(HeldMeetingFactory)
    person = factory.SubFactory(PersonFactory, email="chair@example.gov.uk")


class ChairCommentFactory(Factory):
    class Meta:
        model = "papers.ChairComment"

    preview = factory.SubFactory(ChairPreviewFactory)
    text = "Minute 101: the strategy was welcomed, but noted as late."
