"""Performance reports: freezing the dashboard a committee was shown, and summing it up.

A report's lines are copied from the dashboard when it is made, and once it is published nothing about it
changes, whatever later revisions say. The summary (for `manage.py performance_summary` and the report's
page) carries the quartile sentence, every line's figures and warnings, and a draft narrative."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .display import format_value
from .models import PerformanceReport, ReportLine
from .narrative import sentence
from .quartiles import summarise


def _locked(report: PerformanceReport) -> PerformanceReport:
    return (
        PerformanceReport.objects.select_for_update(of=("self",))
        .select_related("committee")
        .get(pk=report.pk)
    )


@transaction.atomic
def freeze(report: PerformanceReport, lines) -> PerformanceReport:
    """Copy `lines` (dashboard Lines) into a draft report, replacing any it held."""
    locked = _locked(report)
    if locked.is_published:
        raise ValidationError(locked.published_message("changed"))
    locked.lines.all().delete()
    ReportLine.objects.bulk_create(
        line.as_report_line(locked, position) for position, line in enumerate(lines, 1)
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
