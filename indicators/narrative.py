"""A draft sentence per indicator in the papers' style, for the officer writing the report to start from:

"Re-referrals to CSC within 12 mths decreased to 23.0% at the end of Quarter 1 compared to 24.9% at the end
of Quarter 4 2024/25, an improvement. Leicestershire is now placed in the second quartile of local
authorities."

It follows the polarity (a decrease of a Low = Good measure is an improvement; a measure without polarity is
not judged) and names the year whenever the two periods are in different years, so "Q3 … compared with the
quarter 4 figure" (seed 003 para 7) cannot be misread."""

from django.conf import settings

from .display import format_value
from .periods import PeriodType
from .quartiles import ORDINALS
from .trends import Direction, Trend

JUDGEMENTS = {Direction.IMPROVED: ", an improvement", Direction.DECLINED: ", a decline"}


def when(label: str, period_type: str, *, with_year: bool) -> str:
    if period_type == PeriodType.FINANCIAL_QUARTER:
        quarter, year = label.split(" ", 1)
        return f"at the end of Quarter {quarter[1:]}" + (f" {year}" if with_year else "")
    if period_type == PeriodType.MONTH:
        return f"at the end of {label}"
    if period_type == PeriodType.SCHOOL_TERM:
        term, year = label.split(" ", 1)
        return f"in the {term} term {year}"
    return f"in {label}"


def _year_of(label: str) -> str:
    return label.split(" ", 1)[-1]


def sentence(line) -> str:
    """`line`: a dashboard Line or a ReportLine (they have the same fields)."""
    if line.latest_value is None:
        return ""
    name = line.name[:1].upper() + line.name[1:]
    latest = format_value(line.latest_value, line.value_type, line.decimals, line.unit)
    if line.numerator is not None and line.denominator is not None:
        latest += f" ({line.numerator:,.0f} of {line.denominator:,.0f})"
    with_year = bool(line.previous_period) and _year_of(line.previous_period) != _year_of(line.latest_period)
    latest_when = when(line.latest_period, line.latest_period_type, with_year=with_year)
    if not line.trend:
        text = f"{name} was {latest} {latest_when}."
    else:
        previous = format_value(line.previous_value, line.value_type, line.decimals, line.unit)
        previous_when = when(line.previous_period, line.latest_period_type, with_year=with_year)
        if line.trend == Trend.NO_CHANGE:
            text = f"{name} was unchanged at {latest} {latest_when}, the same as {previous_when}."
        else:
            verb = "increased" if line.trend == Trend.INCREASE else "decreased"
            judgement = JUDGEMENTS.get(line.direction, "")
            text = (
                f"{name} {verb} to {latest} {latest_when} compared to {previous} {previous_when}{judgement}."
            )
    if line.quartile:
        if line.previous_quartile is None:
            placed = "is placed"
        elif line.previous_quartile == line.quartile:
            placed = "continues to be placed"
        else:
            placed = "is now placed"
        quartile = ORDINALS[line.quartile]
        text += f" {settings.COUNCIL_AREA_NAME} {placed} in the {quartile} quartile of local authorities."
    return text
