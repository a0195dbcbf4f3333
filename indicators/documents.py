"""A performance report as a Word document, for Democratic Services to put into the agenda: the quartile
summary, the dashboard table, and a draft narrative paragraph per indicator to edit."""

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from .models import PerformanceReport

COLUMNS = [
    ("Theme", "theme"),
    ("Indicator", "indicator"),
    ("Previous", "previous_period"),
    ("", "previous_value"),
    ("Latest", "latest_period"),
    ("", "latest_value"),
    ("Trend", "trend"),
    ("Direction", "direction"),
    ("RAG", "rag"),
    ("Quartile", "quartile"),
]


def report_docx(report: PerformanceReport, summary: dict) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    committee = f" to the {report.committee}" if report.committee_id else ""
    document.add_heading(f"Performance report{committee}: {report.label}", level=1)
    document.add_paragraph(summary["summary"])

    document.add_heading("Dashboard", level=2)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, (title, _) in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = title
    for line in summary["indicators"]:
        cells = table.add_row().cells
        for cell, (_, key) in zip(cells, COLUMNS, strict=True):
            value = line[key]
            cell.text = (
                ""
                if value is None
                else str(value).capitalize()
                if key in ("trend", "direction", "rag")
                else str(value)
            )

    document.add_heading("Draft narrative", level=2)
    document.add_paragraph(
        "Sentences drafted from the figures, to be checked and edited by the report's author."
    )
    for line in summary["indicators"]:
        if line["narrative"]:
            document.add_paragraph(line["narrative"], style="List Number")
        for warning in line["warnings"]:
            document.add_paragraph(f"Check: {warning}", style="List Bullet 2")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
