"""Working days: weekdays that are neither bank holidays nor days the council's offices are closed.

Statutory clock rules (agenda publication, action due dates) count in working days by default."""

from datetime import date, timedelta
from functools import lru_cache

import holidays
from django.conf import settings


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=region, years=year))


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    if day in _bank_holidays(settings.BANK_HOLIDAY_REGION, day.year):
        return False
    return day not in _closure_days(tuple(settings.COUNCIL_CLOSURE_DAYS))


@lru_cache(maxsize=8)
def _closure_days(configured: tuple) -> frozenset[date]:
    """COUNCIL_CLOSURE_DAYS as dates. The setting comes from a comma-separated environment variable, so
    "2024-12-27, 2024-12-30" arrives with a space before the second date: a closure day must not be
    silently ignored for that (or for being given as a date rather than a string)."""
    days = set()
    for value in configured:
        if isinstance(value, date):
            days.add(value)
        elif str(value).strip():
            days.add(date.fromisoformat(str(value).strip()))
    return frozenset(days)


def working_days_between(first: date, last: date) -> int:
    """Working days strictly after `first` and strictly before `last`: the "clear days" between them."""
    count = 0
    day = first + timedelta(days=1)
    while day < last:
        count += is_working_day(day)
        day += timedelta(days=1)
    return count


def working_days_before(day: date, count: int) -> date:
    """The date `count` working days before `day` (not counting `day` itself)."""
    while count > 0:
        day -= timedelta(days=1)
        count -= is_working_day(day)
    return day


def working_days_after(day: date, count: int) -> date:
    """The date `count` working days after `day` (not counting `day` itself)."""
    while count > 0:
        day += timedelta(days=1)
        count -= is_working_day(day)
    return day
