"""Performance reports: freezing the dashboard a committee was shown, publishing it, summing it up, and the
report as documents for the agenda (Word, for Democratic Services to edit, and PDF).

A report's lines are copied from the dashboard when it is made, and once it is published nothing about it
changes, whatever later revisions say. The summary (for `manage.py performance_summary`, the report's page
and both documents) carries the quartile sentence, every line's figures and warnings, and a draft
narrative."""

import io

import docx
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from reportlab.lib.pagesizes import A4, landscape

from papers import typesetting
from papers.typesetting import para

from . import dashboard
from .display import format_value
from .models import Indicator, PerformanceReport, ReportLine
from .narrative import sentence
from .quartiles import summarise

# What a line holds, whether live on the dashboard or frozen in a report.
LINE_FIELDS = [
    field.attname
    for field in ReportLine._meta.concrete_fields
    if field.name not in ("id", "report", "position")
]


def _locked(report: PerformanceReport) -> PerformanceReport:
    return (
        PerformanceReport.objects.select_for_update(of=("self",))
        .select_related("committee")
        .get(pk=report.pk)
    )


@transaction.atomic
def freeze(report: PerformanceReport, *, lines=None) -> PerformanceReport:
    """Copy the dashboard into a draft report, replacing any lines it held: `lines` (dashboard lines), or by
    default the live dashboard of the report's committee (every indicator's, for a report to no committee)."""
    locked = _locked(report)
    if locked.is_published:
        raise ValidationError(locked.published_message("changed"))
    if lines is None:
        lines = dashboard.live_lines(Indicator.objects.for_report(locked))
    locked.lines.all().delete()
    ReportLine.objects.bulk_create(
        ReportLine(report=locked, position=position, **{name: getattr(line, name) for name in LINE_FIELDS})
        for position, line in enumerate(lines, 1)
    )
    return report


@transaction.atomic
def publish(report: PerformanceReport, *, when=None) -> PerformanceReport:
    """From now on the report's lines are what the committee was shown, and do not change."""
    locked = _locked(report)
    if locked.is_published:
        raise ValidationError(f"{locked} is already published.")
    if not locked.lines.exists():
        raise ValidationError(f"{locked} has no lines yet: copy the dashboard into it first.")
    locked.status, locked.published_at = PerformanceReport.Status.PUBLISHED, when or timezone.now()
    locked.save(update_fields=["status", "published_at"])
    report.status, report.published_at = locked.status, locked.published_at
    return report


def summary(report: PerformanceReport) -> dict:
    lines = list(report.lines.all())
    quartiles = summarise(line.quartile for line in lines)
    return {
        "report": report.label,
        "committee": report.committee.name if report.committee_id else None,
        "benchmarked": quartiles.benchmarked,
        "quartiles": {str(quartile): count for quartile, count in quartiles.counts.items()},
        "summary": quartiles.sentence,
        "indicators": [
            {
                "indicator": line.name,
                "theme": line.theme,
                "topic": line.topic,
                "previous_period": line.previous_period or None,
                "previous_value": format_value(line.previous_value, line.value_type, line.decimals, line.unit)
                or None,
                "latest_period": line.latest_period or None,
                "latest_value": format_value(line.latest_value, line.value_type, line.decimals, line.unit)
                or None,
                "trend": line.trend or None,
                "direction": line.direction,
                "rag": line.rag or None,
                "quartile": line.quartile,
                "warnings": [warning["message"] for warning in line.warnings],
                "narrative": sentence(line),
            }
            for line in lines
        ],
    }


# --- the documents: the summary, the dashboard table, and the draft narrative to edit -------------------

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
TITLED = ("trend", "direction", "rag")  # stored in lower case, printed as words
NARRATIVE_NOTE = "Sentences drafted from the figures, to be checked and edited by the report's author."


def _cell(line: dict, key: str) -> str:
    value = line[key]
    if value is None:
        return ""
    return str(value).capitalize() if key in TITLED else str(value)


def _title(report: PerformanceReport) -> str:
    committee = f" to the {report.committee}" if report.committee_id else ""
    return f"Performance report{committee}: {report.label}"


def word_document(report: PerformanceReport) -> bytes:
    """For Democratic Services to put into the agenda, once edited."""
    found = summary(report)
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(_title(report), level=1)
    document.add_paragraph(found["summary"])

    document.add_heading("Dashboard", level=2)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, (title, _) in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = title
    for line in found["indicators"]:
        for cell, (_, key) in zip(table.add_row().cells, COLUMNS, strict=True):
            cell.text = _cell(line, key)

    document.add_heading("Draft narrative", level=2)
    document.add_paragraph(NARRATIVE_NOTE)
    for line in found["indicators"]:
        if line["narrative"]:
            document.add_paragraph(line["narrative"], style="List Number")
        for warning in line["warnings"]:
            document.add_paragraph(f"Check: {warning}", style="List Bullet 2")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_document(report: PerformanceReport) -> bytes:
    """The report as the Word document has it, as a landscape PDF for the agenda."""
    found = summary(report)
    pagesize = landscape(A4)
    status = (
        f"Published {timezone.localtime(report.published_at):%-d %B %Y}"
        if report.is_published and report.published_at
        else "Draft"
    )
    flowables = [
        para(_title(report), "title"),
        para(status, "small"),
        para(found["summary"]),
        para("Dashboard", "section"),
    ]
    rows = [[title for title, _ in COLUMNS]] + [
        [_cell(line, key) for _, key in COLUMNS] for line in found["indicators"]
    ]
    if found["indicators"]:
        flowables.append(typesetting.table(rows, width=pagesize[0] - 2 * typesetting.MARGIN))
    else:
        flowables.append(para("The report has no indicators."))
    flowables += [para("Draft narrative", "heading"), para(NARRATIVE_NOTE)]
    number = 0
    for line in found["indicators"]:
        if line["narrative"]:
            number += 1
            flowables.append(para(line["narrative"], "numbered", bullet=f"{number}."))
        for warning in line["warnings"]:
            flowables.append(para(f"Check: {warning}", "bullet", bullet="–"))
    return typesetting.pdf_from(flowables, title=str(report), numbered=True, pagesize=pagesize)
