"""Dashboard lines: one per indicator, with its previous and latest figures and everything computed from them
(trend, direction, suggested RAG and the RAG shown, warnings). A line is a ReportLine, whether live (built
from the published figures, never saved) or frozen into a performance report (indicators.reports)."""

from . import checks
from .display import format_target, format_value
from .models import Indicator, IndicatorValue, ReportLine
from .rag import suggested_rag
from .trends import direction, trend


def line_for(
    indicator: Indicator,
    latest: IndicatorValue | None,
    previous: IndicatorValue | None,
    *,
    printed_trend: str = "",
    printed_rag: str | None = None,
) -> ReportLine:
    """The dashboard line of `indicator` for these two figures. `printed_*` are what an imported dashboard
    said, checked against what the figures say."""
    # The indicator's key, not the instance: the live dashboard's lines are kept in the cache, and are
    # quicker to read back the less they hold.
    line = ReportLine(
        indicator_id=indicator.pk,
        topic=indicator.outcome.name,
        theme=indicator.theme.name,
        name=indicator.name,
        value_type=indicator.value_type,
        unit=indicator.unit,
        decimals=indicator.decimals,
        polarity=indicator.polarity,
        frequency=indicator.frequency,
    )
    if latest is None:
        return line
    target = indicator.target_for(latest.period.start)
    spec = target.spec if target else None
    line.latest_period, line.latest_period_type = latest.period.label, latest.period.type
    line.latest_value, line.numerator, line.denominator = latest.value, latest.numerator, latest.denominator
    line.quartile, line.sn_average, line.england_average = (
        latest.quartile,
        latest.sn_average,
        latest.england_average,
    )
    if previous is not None:
        line.previous_period, line.previous_value = previous.period.label, previous.value
        line.previous_quartile = previous.quartile
    movement = trend(line.previous_value, line.latest_value, indicator.decimals)
    line.trend, line.direction = movement or "", direction(movement, indicator.polarity)
    line.target = format_target(spec, line.value_type, line.decimals, line.unit)
    if target is not None:
        kind, tolerance = target.allowed_miss
        line.suggested_rag = suggested_rag(latest.value, spec, tolerance_kind=kind, tolerance=tolerance) or ""
    line.rag = latest.rag_override or line.suggested_rag
    line.rag_reason = latest.rag_override_reason
    found = [
        *checks.ratio_check(
            latest.value, latest.numerator, latest.denominator, line.value_type, line.decimals
        ),
        *checks.percent_range(latest.value, line.value_type, line.decimals),
        *checks.target_polarity(spec, indicator.polarity),
        *checks.printed_trend(
            printed_trend,
            movement,
            format_value(line.previous_value, line.value_type, line.decimals),
            format_value(line.latest_value, line.value_type, line.decimals),
        ),
        *checks.printed_rag(printed_rag, line.suggested_rag or None, target is not None),
    ]
    if previous is not None:
        found += checks.comparison_period(latest.period.span, previous.period.span)
    line.warnings = [warning.as_dict() for warning in found]
    return line


def live_lines(indicators) -> list[ReportLine]:
    """Lines for indicators fetched with Indicator.objects.for_dashboard()."""
    return [line_for(indicator, indicator.latest_value, indicator.previous_value) for indicator in indicators]
