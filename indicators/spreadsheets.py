"""Many figures at once, from an officer's spreadsheet: one row per indicator and period, with the columns
Indicator, Period and Value (and optionally Theme, Numerator, Denominator, Quartile, Commentary, Comment).

All or nothing: every row is checked as the form checks one figure, every problem is listed by row number,
and only when none is found are the figures recorded and submitted for approval. A figure the checks find
unusual needs its explanation in the Comment column.

A file through the site has at most FIGURE_UPLOAD_MAX_ROWS rows under its heading row: it is read a row at a
time, and refused as soon as it has more, without reading the rest. (Democratic Services import files of
any length with `manage.py import_dashboard`.)"""

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from . import periods, workflow
from .importing import ImportRejected, iter_table
from .periods import PeriodError
from .quoting import quoted

COLUMNS = [
    "indicator",
    "theme",
    "period",
    "value",
    "numerator",
    "denominator",
    "quartile",
    "commentary",
    "comment",
]
REQUIRED = ["indicator", "period", "value"]


def _number(text: str) -> Decimal | None:
    cleaned = text.strip().rstrip("%").replace(",", "")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(f"{quoted(text)} is not a number") from error
    if not number.is_finite():  # Decimal reads "NaN" and "Infinity" too
        raise ValueError(f"{quoted(text)} is not a number")
    return number


def _rows(table: Iterator[list[str]], max_rows: int):
    header = next(table, None)
    if header is None:
        raise ImportRejected(["The file is empty."])
    header = [cell.strip().lower() for cell in header]
    missing = [name.title() for name in REQUIRED if name not in header]
    if missing:
        raise ImportRejected([f"Row 1: the heading row lacks the column(s) {', '.join(missing)}."])
    positions = {name: header.index(name) for name in COLUMNS if name in header}
    for number, cells in enumerate(table, start=2):
        if number - 1 > max_rows:
            raise ImportRejected(
                [
                    f"The file has more than {max_rows:,} rows under its heading row: upload at most "
                    f"{max_rows:,} at a time, or ask Democratic Services to import a larger file."
                ]
            )
        cells = [*cells, *[""] * len(header)]  # short rows: the missing cells are blank
        row = {name: cells[positions[name]].strip() if name in positions else "" for name in COLUMNS}
        if any(row.values()):
            yield number, row


def _same_theme(indicator, row: dict) -> bool:
    return not row["theme"] or indicator.theme.name.lower() == row["theme"].lower()


def _figures(row: dict) -> workflow.Figures:
    quartile = row["quartile"].strip()
    if quartile and quartile not in ("1", "2", "3", "4"):
        raise ValueError(f"Quartile {quoted(quartile)} is not 1, 2, 3 or 4")
    return workflow.Figures(
        value=_number(row["value"]),
        numerator=_number(row["numerator"]),
        denominator=_number(row["denominator"]),
        quartile=int(quartile) if quartile else None,
        commentary=row["commentary"],
        officer_comment=row["comment"],
    )


@transaction.atomic
def submit_spreadsheet(name: str, file, *, indicators, user) -> list:
    """`file`: the spreadsheet, a binary file. `indicators`: those the user may submit figures for. Returns
    the submitted figures."""
    named = defaultdict(list)
    for indicator in indicators:
        named[indicator.name.lower()].append(indicator)
    problems, ready = [], []
    for number, row in _rows(iter_table(name, file), settings.FIGURE_UPLOAD_MAX_ROWS):
        missing = [column.title() for column in REQUIRED if not row[column]]
        if missing:
            problems.append(f"Row {number}: {', '.join(missing)} is blank.")
            continue
        matches = [indicator for indicator in named[row["indicator"].lower()] if _same_theme(indicator, row)]
        if len(matches) != 1:
            problems.append(
                f"Row {number}: {quoted(row['indicator'])} is not one of your indicators."
                if not matches
                else f"Row {number}: several of your indicators are called {quoted(row['indicator'])}: "
                "add a Theme column."
            )
            continue
        indicator = matches[0]
        try:
            span = periods.parse(row["period"], indicator.period_type)
            figures = _figures(row)
        except (PeriodError, ValueError) as error:
            problems.append(f"Row {number}: {error}.")
            continue
        if span.type != indicator.period_type:
            kind = periods.PeriodType(span.type).label.lower()
            problems.append(f"Row {number}: {indicator} is not reported by {kind}.")
            continue
        if figures.denominator == 0:
            problems.append(f"Row {number}: the denominator is nought.")
            continue
        ready.append((number, indicator, span, figures))
    if problems:
        raise ImportRejected(problems)
    if not ready:
        raise ImportRejected(["The file has no figures: under its heading row, give one figure a row."])
    try:
        return workflow.submit_many(
            [(f"Row {number}", *entry) for number, *entry in ready], user=user, source=f"Uploaded in {name}"
        )
    except ValidationError as error:
        refused = error.message_dict.items()
        raise ImportRejected([f"{row}: {' '.join(messages)}" for row, messages in refused]) from error
