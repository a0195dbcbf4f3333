"""Working days: weekdays that are neither bank holidays nor days the council's offices are closed
(scrutiny.ClosureDay, which Democratic Services keep in the admin).

Statutory clock rules (agenda publication, action due dates) count in working days by default."""

from datetime import date, timedelta
from functools import lru_cache

import holidays
from django.conf import settings

from .closure_days import closure_days


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> dict[date, str]:
    """The bank holidays of `year`, each with its name ("Christmas Day")."""
    return dict(holidays.country_holidays("GB", subdiv=region, years=year))


def is_working_day(day: date, closed: frozenset[date] | None = None) -> bool:
    """`closed`: the closure days, when the caller asks about many days and has read them once already."""
    return why_not_working(day, closed) is None


def why_not_working(day: date, closed: frozenset[date] | None = None) -> str | None:
    """Why `day` is not a working day, as a clerk would say it ("a bank holiday (Good Friday)"), or None."""
    if day.weekday() >= 5:
        return f"a {day:%A}"
    holiday = _bank_holidays(settings.BANK_HOLIDAY_REGION, day.year).get(day)
    if holiday is not None:
        return f"a bank holiday ({holiday})"
    if day in (closure_days() if closed is None else closed):
        return "a council closure day"
    return None


def working_days_between(first: date, last: date) -> int:
    """Working days strictly after `first` and strictly before `last`: the "clear days" between them."""
    count = 0
    closed = closure_days()
    day = first + timedelta(days=1)
    while day < last:
        count += is_working_day(day, closed)
        day += timedelta(days=1)
    return count


def working_days_before(day: date, count: int) -> date:
    """The date `count` working days before `day` (not counting `day` itself)."""
    closed = closure_days()
    while count > 0:
        day -= timedelta(days=1)
        count -= is_working_day(day, closed)
    return day


def working_days_after(day: date, count: int) -> date:
    """The date `count` working days after `day` (not counting `day` itself)."""
    closed = closure_days()
    while count > 0:
        day += timedelta(days=1)
        count -= is_working_day(day, closed)
    return day
