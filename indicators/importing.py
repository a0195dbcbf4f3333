"""Importing a performance dashboard in the papers' columns (shared/data/cfs_dashboard_q3_2023-24.csv), from
CSV or Excel: indicators, periods, targets and figures are created as needed, and the dashboard is kept as a
published performance report.

All or nothing: every row is checked first, and one bad row rejects the whole file with every problem listed
by row number (the header is row 1, as a spreadsheet numbers it). Importing the same file again changes
nothing. Trend and Status RAG may be blank or disagree with the figures: the trend is always computed, a RAG
that differs from the target's suggestion is kept as an officer's override, and each disagreement is
reported. A row with no indicator and no figures (page furniture such as "This page is intentionally left
blank", left by turning a PDF into a table) is skipped and reported."""

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from scrutiny.models import Committee

from . import periods, reports, signals, workflow
from .dashboard import line_for
from .models import (
    FIGURE_FIELDS,
    Indicator,
    IndicatorValue,
    Outcome,
    PerformanceReport,
    Period,
    Target,
    Theme,
)
from .periods import PeriodError, PeriodType
from .quoting import quoted
from .rag import parse_rag, parse_target
from .trends import Polarity, parse_trend

COLUMNS = {
    "topic": "Topic",
    "theme": "Theme",
    "indicator": "Indicator",
    "value_type": "Value Type",
    "polarity": "Polarity",
    "frequency": "Reporting Frequency",
    "previous_period": "Previous Period",
    "previous_value": "Previous Value",
    "latest_period": "Latest Period",
    "latest_value": "Latest Value",
    "trend": "Trend",
    "target": "Target",
    "rag": "Status RAG",
    "quartile": "National benchmark (quartile 1 = top)",
    "sn_average": "Most recent Statistical Neighbour average",
}
OPTIONAL_COLUMNS = {
    "numerator": "Latest Numerator",
    "denominator": "Latest Denominator",
    "england_average": "England average",
    "source": "Source",
}
REQUIRED = [
    "topic",
    "theme",
    "indicator",
    "value_type",
    "polarity",
    "frequency",
    "latest_period",
    "latest_value",
]
FIGURE_COLUMNS = ["previous_value", "latest_value", "latest_period", "previous_period"]

VALUE_TYPES = {
    "percent": "percent",
    "percentage": "percent",
    "number": "number",
    "rate": "rate",
    "score": "score",
}
POLARITIES = {
    "high = good": Polarity.HIGH_IS_GOOD,
    "high is good": Polarity.HIGH_IS_GOOD,
    "low = good": Polarity.LOW_IS_GOOD,
    "low is good": Polarity.LOW_IS_GOOD,
    "n/a": Polarity.NONE,
    "none": Polarity.NONE,
}
FREQUENCIES = {label.lower(): value for value, label in Indicator.Frequency.choices} | {
    "quarterly": "quarter",
    "termly": "term",
    "yearly": "annual",
    "monthly": "month",
}
NUMBER = re.compile(r"^[-+]?[\d,]*\.?\d+%?$")
# Where the names a row gives are kept, for the length each may be.
TEXT_FIELDS = {
    "topic": Outcome._meta.get_field("name"),
    "theme": Theme._meta.get_field("name"),
    "indicator": Indicator._meta.get_field("name"),
    "source": Indicator._meta.get_field("source"),
}


class ImportRejected(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems

    def listed(self, most: int) -> list[str]:
        """The first `most` problems, then how many more there are (a page lists no more than that)."""
        more = len(self.problems) - most
        if more <= 0:
            return self.problems
        return [*self.problems[:most], f"… and {more:,} more problem{'s' if more != 1 else ''}."]


@dataclass
class Row:
    number: int
    topic: str
    theme: str
    indicator: str
    value_type: str
    polarity: str
    frequency: str
    latest: periods.Span
    latest_value: Decimal
    decimals: int
    previous: periods.Span | None = None
    previous_value: Decimal | None = None
    trend: str = ""  # as printed
    target: object = None
    rag: str | None = None
    quartile: int | None = None
    sn_average: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    england_average: Decimal | None = None
    source: str = ""


@dataclass
class ImportResult:
    report: PerformanceReport
    report_created: bool
    indicators_created: int = 0
    figures_created: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- reading ----------------------------------------------------------------------------------------------


def iter_table(name: str, file) -> Iterator[list[str]]:
    """Rows of cells, read one at a time from a binary file: CSV (UTF-8, with or without a byte-order mark)
    or an Excel workbook's first sheet. A caller that stops early has read no further; a file found bad on
    the way is refused there."""
    if Path(name).suffix.lower() in (".xlsx", ".xlsm"):
        yield from _workbook_rows(name, file)
        return
    reader = csv.reader(codecs.iterdecode(file, "utf-8-sig"))
    try:
        yield from reader
    except UnicodeDecodeError as error:
        raise ImportRejected(
            [f"{name} is not a UTF-8 CSV file: save it as CSV UTF-8 and try again."]
        ) from error
    except csv.Error as error:  # a field longer than the csv module takes, say
        raise ImportRejected([f"Row {reader.line_num}: {error}."]) from error


def _workbook_rows(name: str, file) -> Iterator[list[str]]:
    # openpyxl raises many kinds for a file that is not a workbook, or is a broken one.
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as error:
        raise ImportRejected([f"{name} is not an Excel workbook we can read ({error})."]) from error
    try:
        for row in workbook.active.iter_rows(values_only=True):
            yield ["" if cell is None else str(cell) for cell in row]
    except Exception as error:
        raise ImportRejected([f"{name} is not an Excel workbook we can read ({error})."]) from error
    finally:
        workbook.close()  # a read-only workbook keeps its file open until then


def read_table(name: str, content: bytes) -> list[list[str]]:
    """Every row of the file (manage.py import_dashboard takes files of any length)."""
    return list(iter_table(name, io.BytesIO(content)))


def _header_map(header: list[str]) -> tuple[dict[str, int], list[str]]:
    wanted = {title.lower(): key for key, title in (COLUMNS | OPTIONAL_COLUMNS).items()}
    positions = {
        wanted[cell.strip().lower()]: index
        for index, cell in enumerate(header)
        if cell.strip().lower() in wanted
    }
    missing = [title for key, title in COLUMNS.items() if key not in positions]
    return positions, missing


def _fits(number: Decimal, kept_in, column: str, text: str, problems: list[str]) -> bool:
    """Whether the model field `kept_in` holds the number: the file's figures reach it without a form."""
    try:
        kept_in.run_validators(number)
    except ValidationError as error:
        problems.append(f"{column} {quoted(text)}: {' '.join(error.messages)}")
        return False
    return True


def _number(text: str, column: str, problems: list[str], name: str = "value") -> Decimal | None:
    """The number in a cell, to be kept in IndicatorValue's field `name`."""
    cleaned = text.strip().replace("£", "")
    if cleaned.lower() in ("", "n/a", "na", "-"):
        return None
    if not NUMBER.match(cleaned):
        problems.append(f"{column} {quoted(text)} is not a number.")
        return None
    number = Decimal(cleaned.rstrip("%").replace(",", ""))
    return number if _fits(number, IndicatorValue._meta.get_field(name), column, text, problems) else None


def _text_problems(cells: dict[str, str]) -> list[str]:
    """Names too long for their columns, or holding NUL (which PostgreSQL cannot store in text)."""
    problems = []
    for key, kept_in in TEXT_FIELDS.items():
        title = (COLUMNS | OPTIONAL_COLUMNS)[key]
        if len(cells[key]) > kept_in.max_length:
            problems.append(f"{title} is longer than {kept_in.max_length} characters.")
        if "\x00" in cells[key]:
            problems.append(f"{title} holds a NUL character: remove it.")
    return problems


def _decimals(text: str) -> int:
    cleaned = text.strip().rstrip("%")
    return len(cleaned.split(".", 1)[1]) if "." in cleaned else 0


def parse_row(number: int, cells: dict[str, str]) -> tuple[Row | None, list[str]]:
    problems = [f"{COLUMNS[key]} is blank." for key in REQUIRED if not cells.get(key, "").strip()]
    get = {key: cells.get(key, "").strip() for key in COLUMNS | OPTIONAL_COLUMNS}
    problems += _text_problems(get)
    value_type = VALUE_TYPES.get(get["value_type"].lower())
    if get["value_type"] and value_type is None:
        problems.append(f"Value Type {quoted(get['value_type'])} is not Percent, Number, Rate or Score.")
    polarity = POLARITIES.get(get["polarity"].lower())
    if get["polarity"] and polarity is None:
        problems.append(f"Polarity {quoted(get['polarity'])} is not High = Good, Low = Good or N/A.")
    frequency = FREQUENCIES.get(get["frequency"].lower())
    if get["frequency"] and frequency is None:
        problems.append(f"Reporting Frequency {quoted(get['frequency'])} is not one we know.")
    # A year such as "2023/24" is academic when the row's other period says it is a DfE Final or Provisional.
    year_type = (
        PeriodType.ACADEMIC_YEAR
        if re.search(r"final|provisional", get["previous_period"] + get["latest_period"], re.I)
        else PeriodType.FINANCIAL_YEAR
    )
    spans = {}
    for key in ("previous_period", "latest_period"):
        if get[key]:
            try:
                spans[key] = periods.parse(get[key], year_type)
            except PeriodError as error:
                problems.append(f"{COLUMNS[key]}: {error}")
    latest_value = _number(get["latest_value"], COLUMNS["latest_value"], problems)
    previous_value = _number(get["previous_value"], COLUMNS["previous_value"], problems)
    if (
        bool(get["previous_period"]) != bool(get["previous_value"])
        and "n/a" not in get["previous_value"].lower()
    ):
        problems.append("Previous Period and Previous Value go together: give both or neither.")
    if "previous_period" in spans and "latest_period" in spans:
        if spans["previous_period"].start >= spans["latest_period"].start:
            problems.append(
                f"Previous Period {quoted(get['previous_period'])} is not before "
                f"{quoted(get['latest_period'])}."
            )
        elif spans["previous_period"].type != spans["latest_period"].type:
            problems.append(
                f"{quoted(get['previous_period'])} and {quoted(get['latest_period'])} are different kinds "
                "of period."
            )
    parsed = {}
    for key, parse in (("trend", parse_trend), ("target", parse_target), ("rag", parse_rag)):
        try:
            parsed[key] = parse(get[key])
        except ValueError as error:
            problems.append(f"{COLUMNS[key]}: {error}")
    if target := parsed.get("target"):
        for name, bound in (("value", target.value), ("upper", target.upper)):
            if bound is not None:
                _fits(bound, Target._meta.get_field(name), COLUMNS["target"], get["target"], problems)
    quartile = None
    if get["quartile"] and get["quartile"].lower() not in ("n/a", "na", "-"):
        if get["quartile"] in ("1", "2", "3", "4"):
            quartile = int(get["quartile"])
        else:
            problems.append(f"{COLUMNS['quartile']} {quoted(get['quartile'])} is not 1, 2, 3, 4 or N/A.")
    extras = {
        key: _number(get[key], OPTIONAL_COLUMNS.get(key, COLUMNS.get(key)), problems, key)
        for key in ("sn_average", "numerator", "denominator", "england_average")
    }
    if extras["denominator"] == 0:
        problems.append("Latest Denominator is nought.")
    if problems:
        return None, problems
    return (
        Row(
            number=number,
            topic=get["topic"],
            theme=get["theme"],
            indicator=get["indicator"],
            value_type=value_type,
            polarity=polarity,
            frequency=frequency,
            latest=spans["latest_period"],
            latest_value=latest_value,
            decimals=_decimals(get["latest_value"]),
            previous=spans.get("previous_period"),
            previous_value=previous_value,
            trend=get["trend"],  # checked above, and kept as printed for the warning
            target=parsed["target"],
            rag=parsed["rag"],
            quartile=quartile,
            source=get["source"],
            **extras,
        ),
        [],
    )


def parse_table(table: list[list[str]]) -> tuple[list[Row], list[str]]:
    """Every row checked; returns the rows and the skipped ones' notes, or raises with every problem."""
    if not table:
        raise ImportRejected(["The file is empty."])
    positions, missing = _header_map(table[0])
    if missing:
        raise ImportRejected([f"Row 1: the heading row lacks the column(s) {', '.join(missing)}."])
    rows, skipped, problems = [], [], []
    for number, cells in enumerate(table[1:], start=2):
        values = {key: (cells[index] if index < len(cells) else "") for key, index in positions.items()}
        if not any(value.strip() for value in values.values()):
            continue  # an empty line
        if not values.get("indicator", "").strip() and not any(
            values.get(key, "").strip() for key in FIGURE_COLUMNS
        ):
            skipped.append(
                f"Row {number}: no indicator and no figures ({quoted(values.get('topic', ''))}): skipped."
            )
            continue
        row, row_problems = parse_row(number, values)
        problems += [f"Row {number}: {problem}" for problem in row_problems]
        if row is not None:
            rows.append(row)
    seen = Counter((row.theme.lower(), row.indicator.lower()) for row in rows)
    problems += [
        f"Row {row.number}: {row.indicator} ({row.theme}) appears more than once."
        for row in rows
        if seen[(row.theme.lower(), row.indicator.lower())] > 1
    ]
    if problems:
        raise ImportRejected(sorted(problems, key=lambda text: int(text.split(":")[0].split()[1])))
    if not rows:
        raise ImportRejected(["The file has no indicator rows."])
    return rows, skipped


# --- writing ----------------------------------------------------------------------------------------------


def default_label(rows: list[Row]) -> str:
    """The reporting quarter: the latest period most rows report, preferring financial quarters."""
    quarters = [row.latest for row in rows if row.latest.type == PeriodType.FINANCIAL_QUARTER]
    latest = Counter(span.label for span in (quarters or [row.latest for row in rows]))
    return max(latest, key=lambda label: (latest[label], label))


@transaction.atomic
def import_rows(
    rows: list[Row], *, source: str, report_label: str | None = None, committee: Committee | None = None
) -> ImportResult:
    """Written a kind of record at a time, in a few queries each, not a row at a time: a dashboard of 10,000
    rows imports in seconds. Each row's warnings are reported in the order its checks make them."""
    label = report_label or default_label(rows)
    report, created = PerformanceReport.objects.get_or_create(
        committee=committee, label=label, defaults={"period": _reporting_period(label)}
    )
    result = ImportResult(report=report, report_created=created)
    notes = {row.number: [] for row in rows}
    indicators = _indicators(rows, committee, result, notes)
    figures, new = _figures(rows, indicators, notes, source=source)
    _targets(rows, indicators, notes)
    prefetch_related_objects(list(indicators.values()), "targets")  # each line's target, in one query
    lines = []
    for row in rows:
        indicator, (latest, previous) = indicators[row.number], figures[row.number]
        line = line_for(indicator, latest, previous, printed_trend=row.trend, printed_rag=row.rag)
        if row.rag and row.rag != line.suggested_rag and not latest.rag_override:
            if latest.pk is not None:  # published already, so kept as it is: the override is a new revision
                latest = _revised(latest)
                new.append(latest)
            latest.rag_override = row.rag
            latest.rag_override_reason = f"As printed in the {label} dashboard ({source})."
            line = line_for(indicator, latest, previous, printed_trend=row.trend, printed_rag=row.rag)
        notes[row.number] += [
            f"Row {row.number}, {row.indicator}: {warning['message']}" for warning in line.warnings
        ]
        lines.append(line)
    # Every field was checked when the row was read; the database keeps the constraints.
    bulk_create_with_history(new, IndicatorValue, batch_size=workflow.BATCH)
    result.figures_created = len(new)
    workflow.refresh_dashboards(list(indicators.values()))
    result.warnings = [note for row in rows for note in notes[row.number]]
    if created:  # a dashboard printed in the papers was published with them
        reports.publish(reports.freeze(report, lines=lines))
    return result


def _reporting_period(label: str) -> Period | None:
    try:
        return Period.objects.get_or_create_span(periods.parse(label))
    except PeriodError:
        return None


def _named(model, names: set[str]) -> dict:
    """Outcomes or themes by name, made where there is none yet."""
    found = {}
    for batch in workflow.batches(sorted(names)):
        found |= {record.name: record for record in model.objects.filter(name__in=batch)}
    made = model.objects.bulk_create([model(name=name) for name in sorted(names - found.keys())])
    return found | {record.name: record for record in made}


def _indicators(rows: list[Row], committee, result: ImportResult, notes) -> dict[int, Indicator]:
    """Each row's indicator, found by theme and name, or made from the row."""
    outcomes = _named(Outcome, {row.topic for row in rows})
    themes = _named(Theme, {row.theme for row in rows})
    found = {}
    for batch in workflow.batches(rows):
        for indicator in Indicator.objects.filter(
            theme__in={themes[row.theme].pk for row in batch}, name__in={row.indicator for row in batch}
        ).select_related("outcome", "theme"):
            found[(indicator.theme_id, indicator.name)] = indicator
    by_row, new = {}, []
    for row in rows:
        indicator = found.get((themes[row.theme].pk, row.indicator))
        if indicator is None:
            comparison = (
                "year_before"
                if row.previous and row.previous.start == periods.a_year_before(row.latest).start
                else "preceding"
            )
            indicator = Indicator(
                theme=themes[row.theme],
                name=row.indicator,
                outcome=outcomes[row.topic],
                value_type=row.value_type,
                decimals=row.decimals,
                polarity=row.polarity,
                frequency=row.frequency,
                period_type=row.latest.type,
                comparison=comparison,
                source=row.source,
            )
            new.append(indicator)
        else:
            for name in ("value_type", "polarity"):
                if getattr(indicator, name) != getattr(row, name):
                    notes[row.number].append(
                        f"Row {row.number}, {row.indicator}: the file gives {name.replace('_', ' ')} "
                        f"{getattr(row, name)!r}, the catalogue {getattr(indicator, name)!r}: "
                        "the catalogue's is kept."
                    )
        by_row[row.number] = indicator
    Indicator.objects.bulk_create(new, batch_size=workflow.BATCH)
    result.indicators_created = len(new)
    changed = {indicator.pk for indicator in new}
    if committee is not None:
        changed |= _link(committee, list(by_row.values()))
    # Made or linked in bulk, they sent no signal of their own: the search index follows from this one.
    signals.indicators_changed_in_bulk.send(sender=Indicator, pks=changed)
    return by_row


def _link(committee, indicators: list[Indicator]) -> set[int]:
    """Link the indicators to the committee; returns those not linked before."""
    link = Indicator.committees.through
    linked = set()
    for batch in workflow.batches([indicator.pk for indicator in indicators]):
        linked |= set(
            link.objects.filter(committee=committee, indicator__in=batch).values_list(
                "indicator_id", flat=True
            )
        )
    new = {indicator.pk for indicator in indicators} - linked
    link.objects.bulk_create(
        [link(indicator_id=pk, committee=committee) for pk in sorted(new)], batch_size=workflow.BATCH
    )
    return new


def _published(**fields) -> IndicatorValue:
    now = timezone.now()
    return IndicatorValue(status=IndicatorValue.Status.PUBLISHED, approved_at=now, published_at=now, **fields)


def _revised(value: IndicatorValue) -> IndicatorValue:
    """A new revision of a published figure, to carry what the file adds to it."""
    fields = {name: getattr(value, name) for name in (*FIGURE_FIELDS, "commentary", "source")}
    revision = value.revision + 1
    return _published(indicator_id=value.indicator_id, period=value.period, revision=revision, **fields)


def _figures(rows: list[Row], indicators, notes, *, source: str) -> tuple[dict, list[IndicatorValue]]:
    """Each row's latest and previous published figures: the current ones where the file agrees, else new
    revisions (returned too, not yet saved)."""
    spans = {span for row in rows for span in (row.latest, row.previous) if span}
    period_of = {}
    for span in spans:
        period_of.setdefault((span.type, span.start), Period.objects.get_or_create_span(span))
    current = {}
    for batch in workflow.batches(list(indicators.values())):
        for value in IndicatorValue.objects.filter(
            indicator__in=batch, period__in=[period.pk for period in period_of.values()]
        ).order_by("revision"):
            current[(value.indicator_id, value.period_id)] = value  # the newest revision last
    by_row, new = {}, []

    def figure(row, span, *, latest: bool) -> IndicatorValue:
        indicator, period = indicators[row.number], period_of[(span.type, span.start)]
        figures = {"value": row.latest_value if latest else row.previous_value}
        if latest:
            figures |= {
                "quartile": row.quartile,
                "sn_average": row.sn_average,
                "numerator": row.numerator,
                "denominator": row.denominator,
                "england_average": row.england_average,
            }
        if span.finality:
            figures["finality"] = span.finality
        recorded = current.get((indicator.pk, period.pk))
        if recorded is not None and all(
            getattr(recorded, name) == value for name, value in figures.items() if value is not None
        ):
            recorded.period = period
            return recorded
        if recorded is not None:
            notes[row.number].append(
                f"Row {row.number}, {row.indicator}: the {period} figure differs from the one already "
                f"recorded; kept as revision {recorded.revision + 1}."
            )
        value = _published(
            indicator=indicator,
            period=period,
            revision=(recorded.revision + 1) if recorded else 1,
            source=f"Imported from {source}",
            **{name: value for name, value in figures.items() if value is not None},
        )
        new.append(value)
        return value

    for row in rows:
        latest = figure(row, row.latest, latest=True)
        by_row[row.number] = (latest, figure(row, row.previous, latest=False) if row.previous else None)
    return by_row, new


def _targets(rows: list[Row], indicators, notes) -> None:
    wanted = {
        row.number: (indicators[row.number], periods.financial_year_of(row.latest.start))
        for row in rows
        if row.target is not None
    }
    found = {}
    for batch in workflow.batches(list(wanted.values())):
        for target in Target.objects.filter(
            indicator__in=[indicator for indicator, _ in batch],
            financial_year__in={year for _, year in batch},
        ):
            found[(target.indicator_id, target.financial_year)] = target
    new = []
    for row in rows:
        if row.number not in wanted:
            continue
        indicator, year = wanted[row.number]
        fields = {"comparator": row.target.comparator, "value": row.target.value, "upper": row.target.upper}
        target = found.get((indicator.pk, year))
        if target is None:
            new.append(Target(indicator=indicator, financial_year=year, **fields))
        elif (target.comparator, target.value, target.upper) != tuple(fields.values()):
            notes[row.number].append(
                f"Row {row.number}, {row.indicator}: the target for {periods.year_label(year)} "
                f"was {target.spec}; it is now {row.target}."
            )
            Target.objects.filter(pk=target.pk).update(**fields)
    Target.objects.bulk_create(new, batch_size=workflow.BATCH)


def import_file(
    name: str, content: bytes, *, report_label: str | None = None, committee: Committee | None = None
) -> ImportResult:
    rows, skipped = parse_table(read_table(name, content))
    try:
        result = import_rows(rows, source=Path(name).name, report_label=report_label, committee=committee)
    except ValidationError as error:
        raise ImportRejected([" ".join(error.messages)]) from error
    result.skipped = skipped
    return result
