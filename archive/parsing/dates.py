"""Dates and times as papers print them: "Tuesday, 23 January 2024", "5th March 2024", "23/01/2024";
"2.00 pm", "2pm", "14:00", "10.30am", "noon"; a meeting's span "14:00 – 16:01". A weekday that disagrees
with its date is a doubt, not a guess at which of the two is wrong."""

import re
from datetime import date, time

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

WRITTEN_DATE = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})\.?,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b")

_CLOCK = r"(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?\s*(?P<half>a\.?\s?m\.?|p\.?\s?m\.?)"
_TWENTY_FOUR = r"(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?:\s*(?:hrs|hours))?"
_NOON = r"(?P<noon>noon|midday)"
TIME = re.compile(rf"(?<![\d.:£])(?:{_CLOCK}|{_TWENTY_FOUR}|{_NOON})(?![\d:])", re.IGNORECASE)
TIME_RANGE = re.compile(
    rf"(?P<start>{TIME.pattern})\s*(?:[-–—]|to|until)\s*(?P<end>{TIME.pattern.replace('?P<', '?P<end_')})",
    re.IGNORECASE,
)


def _weekday_doubt(found, day: date) -> list[str]:
    printed = found["weekday"]
    if printed and not WEEKDAYS[day.weekday()].startswith(printed.lower()[:3]):
        return [f"printed “{found[0]}”, but {day:%-d %B %Y} was a {day:%A}"]
    return []


def find_date(text: str) -> tuple[date | None, list[str]]:
    """The first date in `text`, and doubts about it."""
    for found in WRITTEN_DATE.finditer(text):
        try:
            day = date(int(found["year"]), MONTHS[found["month"].lower()], int(found["day"]))
        except ValueError:
            return None, [f"“{found[0]}” is not a date"]
        return day, _weekday_doubt(found, day)
    for found in NUMERIC_DATE.finditer(text):
        year = int(found["year"])
        year += 2000 if year < 100 else 0
        try:
            return date(year, int(found["month"]), int(found["day"])), []
        except ValueError:
            return None, [f"“{found[0]}” is not a date"]
    return None, []


def _clock(found, prefix: str = "") -> time | None:
    group = lambda name: found[prefix + name]  # noqa: E731
    if group("noon"):
        return time(12, 0)
    if group("hour24"):
        return time(int(group("hour24")), int(group("minute24")))
    hour, minute = int(group("hour")), int(group("minute") or 0)
    if not 1 <= hour <= 12:
        return None
    afternoon = group("half").lower().startswith("p")
    return time(hour % 12 + (12 if afternoon else 0), minute)


def find_time(text: str) -> time | None:
    for found in TIME.finditer(text):
        clock = _clock(found)
        if clock:
            return clock
    return None


def find_time_range(text: str) -> tuple[time, time] | None:
    found = TIME_RANGE.search(text)
    if not found:
        return None
    start, end = _clock(found), _clock(found, "end_")
    return (start, end) if start and end else None


def is_time_range(text: str) -> bool:
    """The whole line is a meeting's span, as minutes print it at their foot: "14:00 – 16:01"."""
    found = TIME_RANGE.fullmatch(text.strip(" .()"))
    return bool(found)


CONNECTIVES = re.compile(
    r"\b(?:at|on|the|from|to|until|commencing|starting|start|time|date|and|of)\b|[-–—,.;:()]", re.I
)


def only_when(text: str) -> bool:
    """The text is a date and perhaps a time, and nothing else ("Thursday, 16 January 2025 at 7.00 pm"): a
    rule that reads the date from it has then read all of it."""
    rest = TIME.sub(" ", NUMERIC_DATE.sub(" ", WRITTEN_DATE.sub(" ", text)))
    return bool(find_date(text)[0] or find_time(text)) and not CONNECTIVES.sub(" ", rest).strip()
