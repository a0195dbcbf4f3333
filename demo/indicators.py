"""Load the demo committee's performance reporting: the four quarterly dashboards of the seed papers
(demo/dashboards, whose NOTES.md says where every row came from), in the order they were presented.

Safe to run again: importing a dashboard twice changes nothing. The seed dashboards' own mistakes are kept as
printed (the import reports them). Not from the papers, and said so: which officer owns which indicators, and
one figure an officer has submitted for approval, so the review queue has something in it."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction

from indicators import workflow
from indicators.importing import import_file
from indicators.models import Indicator, IndicatorValue, PerformanceReport, Period
from indicators.periods import parse
from meetings.models import Meeting
from scrutiny.models import Committee, Person

DATA = Path(__file__).resolve().parent / "dashboards"
# The dashboards in the order the committee saw them; the Q3 2023/24 one is item 12 of 5 March 2024.
DASHBOARDS = [
    "cfs_dashboard_q2_2022-23.csv",
    "cfs_dashboard_q3_2023-24.csv",
    "cfs_dashboard_q2_2024-25.csv",
    "cfs_dashboard_q1_2025-26.csv",
]
PRESENTED = {"Q3 2023/24": (datetime(2024, 3, 5, 14, tzinfo=ZoneInfo("Europe/London")), 12)}
# NOT FROM THE PAPERS: who submits the figures of each theme.
OWNERS = {"Education": "Emma Jones", "Early Years": "Emma Jones"}
DEFAULT_OWNER = "Alex Lea"
# NOT FROM THE PAPERS: an illustrative figure waiting for approval.
SUBMITTED = {
    "indicator": "Care leavers EET",
    "period": "Q2 2025/26",
    "value": Decimal("64.1"),
    "numerator": Decimal("82"),
    "denominator": Decimal("128"),
    "commentary": "Illustrative figure submitted for the demo; not from the council's papers.",
}


@dataclass
class PerformanceResult:
    reports: int
    indicators: int
    warnings: int
    created: int


@transaction.atomic
def load(committee: Committee, officer_user) -> PerformanceResult:
    created = warnings = 0
    for name in DASHBOARDS:
        result = import_file(name, (DATA / name).read_bytes(), committee=committee)
        created += result.report_created + result.figures_created
        warnings += len(result.warnings)
    for label, (start, number) in PRESENTED.items():
        report = PerformanceReport.objects.get(committee=committee, label=label)
        if report.agenda_item_id is None:
            report.agenda_item = Meeting.objects.get(committee=committee, start=start).agenda_items.get(
                number=number
            )
            report.save(update_fields=["agenda_item"])
    people = {
        person.name: person for person in Person.objects.filter(name__in=[DEFAULT_OWNER, *OWNERS.values()])
    }
    for indicator in (
        Indicator.objects.for_committee(committee).filter(owner__isnull=True).select_related("theme")
    ):
        indicator.owner = people[OWNERS.get(indicator.theme.name, DEFAULT_OWNER)]
        indicator.save(update_fields=["owner"])
    created += _submitted_figure(committee, officer_user)
    return PerformanceResult(
        reports=PerformanceReport.objects.filter(committee=committee).count(),
        indicators=Indicator.objects.for_committee(committee).count(),
        warnings=warnings,
        created=created,
    )


def _submitted_figure(committee, officer_user) -> int:
    indicator = Indicator.objects.for_committee(committee).get(name=SUBMITTED["indicator"])
    period = Period.objects.get_or_create_span(parse(SUBMITTED["period"]))
    if IndicatorValue.objects.filter(indicator=indicator, period=period).exists():
        return 0
    figures = workflow.Figures(
        value=SUBMITTED["value"],
        numerator=SUBMITTED["numerator"],
        denominator=SUBMITTED["denominator"],
        commentary=SUBMITTED["commentary"],
    )
    value = workflow.record(indicator, period, figures, user=officer_user, source="Entered for the demo")
    workflow.submit(value, user=officer_user)
    return 1
