"""A committee's year of meetings: the dates a pattern gives ("the first Tuesday of June, September, November
and March"), and what becomes of a date that is not a working day — skipped, or moved to the next working day,
as the clerk chooses. Pure: the closure days are passed in, read once by the caller."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from scrutiny.municipal_year import MunicipalYear
from scrutiny.working_days import why_not_working

LAST = -1  # the week of a pattern: 1 to 4 for the first to the fourth, LAST for the last
WEEKS = [(1, "first"), (2, "second"), (3, "third"), (4, "fourth"), (LAST, "last")]
SKIP, NEXT_WORKING_DAY = "skip", "next"
# Dates a clerk may paste or a pattern may give at once: a year of monthly meetings, and then some.
MOST_DATES = 60


@dataclass(frozen=True)
class Pattern:
    week: int  # 1 to 4, or LAST
    weekday: int  # Monday is 0
    months: frozenset[int]  # 1 to 12


def months_of(year: MunicipalYear) -> list[tuple[int, int]]:
    """(year, month) of each month the municipal year starts in, in order: May to April by default."""
    months, day = [], year.start.replace(day=1)
    while day < year.end:
        months.append((day.year, day.month))
        day = (day + timedelta(days=32)).replace(day=1)
    return months


def nth_weekday(year: int, month: int, week: int, weekday: int) -> date:
    days = [
        date(year, month, number)
        for number in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, number).weekday() == weekday
    ]
    return days[LAST if week == LAST else week - 1]


def pattern_days(pattern: Pattern, year: MunicipalYear) -> list[date]:
    """The days the pattern gives in the municipal year, in order (a year starting mid-month leaves out a day
    of its first month that falls before the start)."""
    days = (
        nth_weekday(calendar_year, month, pattern.week, pattern.weekday)
        for calendar_year, month in months_of(year)
        if month in pattern.months
    )
    return [day for day in days if year.start <= day < year.end]


@dataclass(frozen=True)
class Proposed:
    """A date asked for, and the day the meeting would be held: None when it is skipped."""

    asked: date
    day: date | None
    why: str = ""  # why the date asked for is not a working day ("a bank holiday (Good Friday)")

    @property
    def is_moved(self) -> bool:
        return self.day is not None and self.day != self.asked


def settle(
    days: list[date], *, year: MunicipalYear, on_holiday: str, closed: frozenset[date]
) -> list[Proposed]:
    """Each day as held: a working day as it is; another skipped, or moved on to the next working day —
    skipped after all if that is past the end of the year, or a day already in the list."""
    asked_days = sorted(set(days))
    taken = {day for day in asked_days if not why_not_working(day, closed)}
    proposed = []
    for asked in asked_days:
        why = why_not_working(asked, closed) or ""
        if not why:
            proposed.append(Proposed(asked, asked))
            continue
        day = asked
        while on_holiday == NEXT_WORKING_DAY and why_not_working(day, closed):
            day += timedelta(days=1)
        if on_holiday == SKIP or day >= year.end or day in taken:
            proposed.append(Proposed(asked, None, why))
        else:
            taken.add(day)
            proposed.append(Proposed(asked, day, why))
    return proposed
