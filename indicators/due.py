"""Which of an indicator's figures its officer owes now: the "Due now" of their indicators.

- The indicator's period type says which periods there are (quarters, terms, years, months); a period's figure
  is due once the period has ended.
- Its reporting frequency says which of those periods are reported. Usually all of them; when the
  frequency is coarser than the period (an annual measure kept by quarter, term or month; a quarterly one
  kept by month), one in each year (or quarter): the same one as its latest figure's, or, before it has
  any, the last of the year (Q4, the Summer term, March) or of the quarter (its last month).
- Due now: the latest reported period to have ended, and any reported periods between the indicator's latest
  figure and it that have no figure yet, while they are still expected: those that ended within the last
  FIGURES_DUE_MONTHS months (default 12). An older gap is no longer asked of the officer; Democratic Services
  fill it, if at all, with `manage.py import_dashboard`. An indicator with no figure yet owes only the latest.

For example, an officer whose quarterly indicator's latest figure is for Q3 2022/23 owes, in December 2026,
Q3 and Q4 2025/26 and Q1 and Q2 2026/27, not Q4 2022/23."""

from datetime import date

from dateutil.relativedelta import relativedelta
from django.conf import settings

from . import periods
from .models import Indicator
from .periods import PeriodType, Span

Frequency = Indicator.Frequency
# (period type, frequency): how many periods make one reporting cycle, when more than one.
CYCLE = {
    (PeriodType.FINANCIAL_QUARTER, Frequency.ANNUAL): 4,
    (PeriodType.SCHOOL_TERM, Frequency.ANNUAL): 3,
    (PeriodType.MONTH, Frequency.ANNUAL): 12,
    (PeriodType.MONTH, Frequency.QUARTER): 3,
    (PeriodType.MONTH, Frequency.LAST_MONTH_OF_QUARTER): 3,
    (PeriodType.MONTH, Frequency.YEAR_TO_DATE): 3,
}
# A day in the period that ends a cycle, for an indicator with no figure yet: the year's (or quarter's) last.
CYCLE_ENDS_IN = {
    PeriodType.FINANCIAL_QUARTER: date(2000, 3, 31),
    PeriodType.SCHOOL_TERM: date(2000, 7, 31),
    PeriodType.MONTH: date(2000, 3, 31),
}


def periods_due(period_type: str, frequency: str, latest: Span | None, today: date) -> list[Span]:
    """The periods whose figures are due now, oldest first. `latest`: the period of the indicator's latest
    figure (whatever its state), if it has one of `period_type`."""
    cycle = CYCLE.get((period_type, frequency), 1)
    anchor = latest or (periods.containing(period_type, CYCLE_ENDS_IN[period_type]) if cycle > 1 else None)

    def reported(period: Span) -> bool:
        return anchor is None or (periods.position(period) - periods.position(anchor)) % cycle == 0

    newest = periods.preceding(periods.containing(period_type, today))  # the latest to have ended
    while not reported(newest):
        newest = periods.preceding(newest)
    if latest is None:
        return [newest]
    if periods.position(newest) <= periods.position(latest):
        return []
    expected_since = today - relativedelta(months=settings.FIGURES_DUE_MONTHS)
    due, period = [newest], periods.preceding(newest)
    while periods.position(period) > periods.position(latest) and period.end >= expected_since:
        if reported(period):
            due.append(period)
        period = periods.preceding(period)
    return due[::-1]
