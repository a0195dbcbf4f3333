"""Reporting periods: what a label such as "Q3 2023/24" or "Spring Term 2025" means, in dates, and back.

Periods are stored as a type with start and end dates; labels and the sort order are derived from them
(docs: shared/docs/indicators.md). Labels are parsed only where figures arrive as text: imports and forms.

- financial year: 1 April to 31 March, "2023/24"; financial quarter: Q1 = April-June … Q4 = January-March,
  "Q3 2023/24";
- academic year: 1 September to 31 August, "2023/24" (DfE results print as "2022/23 Final" or "Provisional");
- school term: Autumn (September-December) of the academic year starting that September, Spring (January to
  Easter) and Summer (Easter to August) of the one that started the September before. Term dates vary by
  council: parsed terms take standard dates (Spring ends 31 March) that Democratic Services may correct;
- calendar year "2025"; month "March 2024"."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models

from .quoting import quoted


class PeriodType(models.TextChoices):
    FINANCIAL_QUARTER = "financial_quarter", "Financial quarter"
    FINANCIAL_YEAR = "financial_year", "Financial year"
    ACADEMIC_YEAR = "academic_year", "Academic year"
    SCHOOL_TERM = "school_term", "School term"
    CALENDAR_YEAR = "calendar_year", "Calendar year"
    MONTH = "month", "Month"


class Finality(models.TextChoices):
    PROVISIONAL = "provisional", "Provisional"
    FINAL = "final", "Final"


TERMS = ["Autumn", "Spring", "Summer"]
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}


class PeriodError(ValueError):
    pass


@dataclass(frozen=True)
class Span:
    """A period as dates, with the finality a label may carry ("2022/23 Final")."""

    type: str
    start: date
    end: date
    finality: str = ""

    @property
    def label(self) -> str:
        return label_for(self.type, self.start)


def year_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def financial_year_of(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def academic_year_of(day: date) -> int:
    return day.year if day.month >= 9 else day.year - 1


def term_of(day: date) -> str:
    return "Autumn" if day.month >= 9 else "Spring" if day.month <= 3 else "Summer"


def span(type: str, start: date) -> Span:
    """The period of `type` that starts on `start` (for terms, the standard dates of the term it is in)."""
    if type == PeriodType.FINANCIAL_QUARTER:
        end = _add_months(start, 3) - timedelta(days=1)
    elif type in (PeriodType.FINANCIAL_YEAR, PeriodType.ACADEMIC_YEAR, PeriodType.CALENDAR_YEAR):
        end = _add_months(start, 12) - timedelta(days=1)
    elif type == PeriodType.MONTH:
        end = _add_months(start, 1) - timedelta(days=1)
    elif type == PeriodType.SCHOOL_TERM:
        end = {"Autumn": date(start.year, 12, 31), "Spring": date(start.year, 3, 31)}.get(
            term_of(start), date(start.year, 8, 31)
        )
    else:
        raise PeriodError(f"Unknown period type {type!r}.")
    return Span(type, start, end)


def label_for(type: str, start: date) -> str:
    if type == PeriodType.FINANCIAL_QUARTER:
        return f"Q{(start.month - 4) % 12 // 3 + 1} {year_label(financial_year_of(start))}"
    if type == PeriodType.FINANCIAL_YEAR:
        return year_label(financial_year_of(start))
    if type == PeriodType.ACADEMIC_YEAR:
        return year_label(academic_year_of(start))
    if type == PeriodType.SCHOOL_TERM:
        return f"{term_of(start)} {start.year}"
    if type == PeriodType.CALENDAR_YEAR:
        return str(start.year)
    if type == PeriodType.MONTH:
        return f"{calendar.month_name[start.month]} {start.year}"
    raise PeriodError(f"Unknown period type {type!r}.")


QUARTER = re.compile(r"^(?:Q|Quarter\s*)([1-4])\s+(\d{4})[/-](\d{2})$", re.IGNORECASE)
YEAR_PAIR = re.compile(r"^(\d{4})[/-](\d{2})(?:\s+(Final|Provisional))?$", re.IGNORECASE)
TERM = re.compile(r"^(Autumn|Spring|Summer)(?:\s+term)?\s+(\d{4})$", re.IGNORECASE)
YEAR = re.compile(r"^(\d{4})$")
MONTH = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
# The years figures are recorded for. Beyond the calendar's own edges (year 0, "9999/00") a period, or the one
# before or after it, has no dates at all.
YEARS = range(1900, 2200)


def parse(label: str, year_type: str = PeriodType.FINANCIAL_YEAR) -> Span:
    """The period a label names. "2023/24" is a financial year unless `year_type` says academic; a year
    printed with "Final" or "Provisional" is an academic year (the DfE publishes its results so)."""
    text = " ".join(str(label).split())
    if match := QUARTER.match(text):
        quarter, first, second = int(match[1]), _year(text, match[2]), match[3]
        _check_pair(text, first, second)
        return span(PeriodType.FINANCIAL_QUARTER, _add_months(date(first, 4, 1), 3 * (quarter - 1)))
    if match := YEAR_PAIR.match(text):
        first, second, finality = _year(text, match[1]), match[2], (match[3] or "").lower()
        _check_pair(text, first, second)
        if finality or year_type == PeriodType.ACADEMIC_YEAR:
            return Span(PeriodType.ACADEMIC_YEAR, date(first, 9, 1), date(first + 1, 8, 31), finality)
        return Span(PeriodType.FINANCIAL_YEAR, date(first, 4, 1), date(first + 1, 3, 31))
    if match := TERM.match(text):
        term, year = match[1].capitalize(), _year(text, match[2])
        start = {"Autumn": date(year, 9, 1), "Spring": date(year, 1, 1), "Summer": date(year, 4, 1)}[term]
        return span(PeriodType.SCHOOL_TERM, start)
    if match := YEAR.match(text):
        return span(PeriodType.CALENDAR_YEAR, date(_year(text, match[1]), 1, 1))
    if (match := MONTH.match(text)) and match[1].lower() in MONTHS:
        return span(PeriodType.MONTH, date(_year(text, match[2]), MONTHS[match[1].lower()], 1))
    raise PeriodError(
        f'{quoted(label)} is not a period we recognise. Write it as, for example, "Q3 2023/24", "2023/24", '
        '"2022/23 Final", "Autumn 2023", "Spring Term 2025", "2025" or "March 2024".'
    )


def _year(text: str, digits: str) -> int:
    year = int(digits)
    if year not in YEARS:
        raise PeriodError(
            f"{quoted(text)} is not a period we recognise: give a year from {YEARS[0]} to {YEARS[-1]}."
        )
    return year


def _check_pair(text: str, first: int, second: str) -> None:
    if (first + 1) % 100 != int(second):
        raise PeriodError(f"{quoted(text)}: a year such as {year_label(first)} runs on into the next year.")


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def preceding(period: Span) -> Span:
    """The period immediately before, of the same type."""
    if period.type == PeriodType.SCHOOL_TERM:
        before = {"Autumn": date(period.start.year, 4, 1), "Spring": date(period.start.year - 1, 9, 1)}
        return span(period.type, before.get(term_of(period.start), date(period.start.year, 1, 1)))
    months = {PeriodType.FINANCIAL_QUARTER: 3, PeriodType.MONTH: 1}.get(period.type, 12)
    return span(period.type, _add_months(period.start, -months))


def a_year_before(period: Span) -> Span:
    """The same period a year earlier ("previous equivalent period"), for seasonal measures."""
    start = period.start
    return span(period.type, date(start.year - 1, start.month, start.day))


def containing(type: str, day: date) -> Span:
    """The period of `type` that `day` falls in (for terms, by their standard dates)."""
    return parse(label_for(type, day), type)


def position(period: Span) -> int:
    """Where the period stands in the run of periods of its type: the next one stands one further on."""
    start = period.start
    if period.type == PeriodType.FINANCIAL_QUARTER:
        return financial_year_of(start) * 4 + (start.month - 4) % 12 // 3
    if period.type == PeriodType.SCHOOL_TERM:
        return academic_year_of(start) * 3 + TERMS.index(term_of(start))
    if period.type == PeriodType.MONTH:
        return start.year * 12 + start.month - 1
    if period.type == PeriodType.FINANCIAL_YEAR:
        return financial_year_of(start)
    if period.type == PeriodType.ACADEMIC_YEAR:
        return academic_year_of(start)
    return start.year
