"""Consistency checks on a figure, each with a message the officer or reviewer can act on.

They catch what the seed papers got wrong: a Trend column that says "Decline" for 90.2% -> 90.3%, a RAG
given with no target, a quarter compared with a quarter that is neither the one before nor the same one a
year earlier. An outlier against the indicator's own history asks the submitting officer for a comment."""

import statistics
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.conf import settings

from . import periods
from .display import format_value
from .rag import TargetSpec
from .trends import Polarity, Trend, parse_trend


@dataclass(frozen=True)
class Warning:
    code: str
    message: str
    asks_for_comment: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def printed_decimals(value) -> int:
    """The decimal places a figure was given with: 77.600000 as stored was given as 77.6."""
    return max(0, -Decimal(value).normalize().as_tuple().exponent)


def ratio_check(value, numerator, denominator, value_type: str, decimals: int) -> list[Warning]:
    """A value that disagrees with its numerator and denominator, allowing for the rounding of the value as it
    was given (77.6% for 309 of 398, which is 77.64%, agrees)."""
    if numerator is None or denominator in (None, 0):
        return []
    ratio = Decimal(numerator) / Decimal(denominator) * (100 if value_type == "percent" else 1)
    precision = min(decimals, printed_decimals(value))
    if abs(ratio - Decimal(value)) <= Decimal(1).scaleb(-precision) / 2:
        return []
    given = format_value(value, value_type, precision)
    of = f"{Decimal(numerator).normalize():,f} of {Decimal(denominator).normalize():,f}"
    worked_out = format_value(ratio, value_type, max(precision, 1))
    return [Warning("ratio", f"{given} disagrees with {of}, which is {worked_out}.")]


def percent_range(value, value_type: str, decimals: int) -> list[Warning]:
    if value_type == "percent" and not 0 <= Decimal(value) <= 100:
        return [
            Warning("range", f"{format_value(value, value_type, decimals)} is not a percentage (0-100%).")
        ]
    return []


def target_polarity(target: TargetSpec | None, polarity: str) -> list[Warning]:
    implied = target.implied_polarity if target else None
    if implied is None or polarity == implied:
        return []
    wants = "lower" if implied == Polarity.LOW_IS_GOOD else "higher"
    return [
        Warning(
            "target-polarity",
            f"The target {target} asks for a {wants} figure, but the indicator's polarity is "
            f"{Polarity(polarity).label}.",
        )
    ]


def printed_trend(printed: str, computed: str | None, previous: str, latest: str) -> list[Warning]:
    """`printed`: the Trend as a dashboard printed it ("Decline" is the papers' word for a decrease)."""
    word = parse_trend(printed)
    if word is None or computed is None or word == computed:
        return []
    return [
        Warning(
            "trend",
            f'The Trend printed as "{printed.strip()}" contradicts the figures: {previous} to {latest} is '
            f'"{Trend(computed).label}".',
        )
    ]


def printed_rag(printed: str | None, suggested: str | None, has_target: bool) -> list[Warning]:
    if printed is None or printed == suggested:
        return []
    if not has_target:
        return [
            Warning(
                "rag",
                f"A RAG status of {printed.title()} is printed, but the indicator has no target to judge it "
                "by: it is kept as an officer's judgement.",
            )
        ]
    return [
        Warning(
            "rag",
            f"The RAG status printed as {printed.title()} differs from {suggested.title()}, suggested by the "
            "target: it is kept as an officer's override.",
        )
    ]


def comparison_period(latest: periods.Span, previous: periods.Span) -> list[Warning]:
    """The previous figure should be of the period before, or of the same period a year before."""
    if previous.type == latest.type and previous.start in (
        periods.preceding(latest).start,
        periods.a_year_before(latest).start,
    ):
        return []
    before, year_before = periods.preceding(latest).label, periods.a_year_before(latest).label
    expected = (
        f"not the year before ({before})"
        if before == year_before
        else f"neither the period before ({before}) nor the same period a year before ({year_before})"
    )
    return [Warning("comparison", f"{latest.label} is compared with {previous.label}, which is {expected}.")]


def outlier(value, history: list[Decimal], value_type: str, decimals: int) -> list[Warning]:
    """Far from the indicator's own history (a robust z-score: the median and the median absolute deviation,
    as DHIS2's outlier detection does). Needs four earlier figures to judge."""
    if len(history) < 4:
        return []
    median = statistics.median(history)
    spread = statistics.median(abs(figure - median) for figure in history)
    if spread == 0:
        return []
    score = abs(Decimal(value) - median) / (Decimal("1.4826") * spread)
    if score <= Decimal(str(settings.OUTLIER_DEVIATIONS)):
        return []
    return [
        Warning(
            "outlier",
            f"{format_value(value, value_type, decimals)} is far from this indicator's usual figures (median "
            f"{format_value(median, value_type, decimals)}): please explain it in a comment.",
            asks_for_comment=True,
        )
    ]
