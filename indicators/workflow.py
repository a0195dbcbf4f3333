"""The life of a figure: an officer records it (draft) and submits it; a reviewer approves it or returns it
with a reason; approved figures are locked and published to the dashboard. A correction to an approved
figure is a new revision that goes through the same steps; the approved one stays until it is replaced.

Only the officer who owns an indicator (or Democratic Services) records its figures, and nobody approves a
figure they entered themselves: whoever last changed it, on the site or in the admin, entered it."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from . import checks, periods
from .models import Indicator, IndicatorValue, Period

Status = IndicatorValue.Status


@dataclass
class Figures:
    value: Decimal
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    finality: str = "final"
    quartile: int | None = None
    sn_average: Decimal | None = None
    england_average: Decimal | None = None
    commentary: str = ""
    officer_comment: str = ""
    rag_override: str = ""
    rag_override_reason: str = ""


def figures_of(value: IndicatorValue) -> Figures:
    return Figures(**{name: getattr(value, name) for name in Figures.__dataclass_fields__})


HISTORY_LENGTH = 20  # the earlier figures an outlier is judged against


def histories(indicator_ids) -> dict[int, list[tuple]]:
    """Each indicator's published figures as (period type, period start, value), newest first: one query for
    many indicators (the review queue checks every waiting figure)."""
    found = {}
    for indicator_id, kind, start, value in (
        IndicatorValue.objects.published()
        .filter(indicator__in=indicator_ids)
        .order_by("-period__start")
        .values_list("indicator", "period__type", "period__start", "value")
    ):
        found.setdefault(indicator_id, []).append((kind, start, value))
    return found


def checks_for(indicator: Indicator, period: Period, figures: Figures, history=None) -> list[checks.Warning]:
    """The checks a figure is put through before it is submitted. `history`: the indicator's entry from
    histories(), when the caller has fetched it for many figures at once."""
    if history is None:
        history = histories([indicator.pk]).get(indicator.pk, [])
    history = [value for kind, start, value in history if kind == period.type and start < period.start]
    history = history[:HISTORY_LENGTH]
    target = indicator.target_for(period.start)
    return [
        *checks.ratio_check(
            figures.value, figures.numerator, figures.denominator, indicator.value_type, indicator.decimals
        ),
        *checks.percent_range(figures.value, indicator.value_type, indicator.decimals),
        *checks.target_polarity(target.spec if target else None, indicator.polarity),
        *checks.outlier(figures.value, history, indicator.value_type, indicator.decimals),
    ]


def _revision_to_write(
    indicator: Indicator, period: Period, current: IndicatorValue | None
) -> IndicatorValue:
    """The revision new figures go in, given the `current` (newest) one: a draft or returned revision is
    updated in place; once submitted or approved, the figure is kept and a new revision is started."""
    if current is not None and current.status == Status.SUBMITTED:
        raise ValidationError(
            f"The {period} figure for {indicator} is waiting for approval: "
            "ask the reviewer to return it first."
        )
    if current is None or current.status in IndicatorValue.LOCKED:
        return IndicatorValue(
            indicator=indicator, period=period, revision=(current.revision + 1) if current else 1
        )
    return current


def _write(value: IndicatorValue, figures: Figures, *, status: str, user, source: str) -> None:
    for name, figure in vars(figures).items():
        setattr(value, name, figure)
    value.status, value.source = status, source
    entered(value, user=user)


EXPLAIN = "Explain the figure: the checks found it unusual."


def _unexplained(warnings: list[checks.Warning], figures: Figures) -> bool:
    return any(warning.asks_for_comment for warning in warnings) and not figures.officer_comment.strip()


@transaction.atomic
def record(
    indicator: Indicator, period: Period, figures: Figures, *, user, source: str = ""
) -> IndicatorValue:
    """Save a draft figure (see _revision_to_write for where it goes)."""
    current = (
        IndicatorValue.objects.select_for_update()
        .filter(indicator=indicator, period=period)
        .order_by("-revision")
        .first()
    )
    value = _revision_to_write(indicator, period, current)
    _write(value, figures, status=Status.DRAFT, user=user, source=source)
    value.full_clean()
    value.save()
    return value


def entered(value: IndicatorValue, *, user) -> None:
    """Whoever writes a figure, on the site or in the admin, entered it: so someone else approves it."""
    value.entered_by, value.entered_at = user, timezone.now()


def _locked(value: IndicatorValue) -> IndicatorValue:
    return IndicatorValue.objects.select_for_update().select_related("indicator", "period").get(pk=value.pk)


@transaction.atomic
def submit(value: IndicatorValue, *, user) -> IndicatorValue:
    value = _locked(value)
    if value.status not in IndicatorValue.EDITABLE:
        raise ValidationError(
            f"The {value.period} figure for {value.indicator} is {value.get_status_display().lower()}."
        )
    figures = figures_of(value)
    if _unexplained(checks_for(value.indicator, value.period, figures), figures):
        raise ValidationError({"officer_comment": EXPLAIN})
    value.status, value.submitted_at, value.return_reason = Status.SUBMITTED, timezone.now(), ""
    value.save()
    return value


# Checked as record() checks them, but for their links, which the caller gives as records.
NOT_CHECKED_ONE_BY_ONE = ["indicator", "period", "entered_by", "approved_by"]


@transaction.atomic
def submit_many(entries: list[tuple], *, user, source: str) -> list[IndicatorValue]:
    """Record and submit many figures at once, as record() and submit() do one at a time, in a few queries
    however many there are (a spreadsheet of thousands). `entries`: (key, indicator, period span, Figures),
    the indicators with their targets. All or nothing: if any is refused, none is written, and the
    ValidationError maps each refused entry's key to why."""
    indicators = {indicator.pk: indicator for _, indicator, _, _ in entries}
    prefetch_related_objects(list(indicators.values()), "targets")
    period_of = Period.objects.get_or_create_spans({span for _, _, span, _ in entries})
    history = histories(list(indicators))
    current = {}
    for batch in batches(list({period.pk for period in period_of.values()})):
        for value in (
            IndicatorValue.objects.select_for_update(of=("self",))
            .filter(indicator__in=list(indicators), period__in=batch)
            .order_by("revision")
        ):
            current[(value.indicator_id, value.period_id)] = value  # the newest revision last
    problems, written, first_key = {}, [], {}
    now = timezone.now()
    for key, indicator, span, figures in entries:
        period = period_of[(span.type, span.start)]
        pair = (indicator.pk, period.pk)
        if pair in first_key:
            problems[key] = [
                f"The {period} figure for {indicator} is given more than once: see {first_key[pair]}."
            ]
            continue
        first_key[pair] = key
        try:
            value = _revision_to_write(indicator, period, current.get(pair))
            _write(value, figures, status=Status.SUBMITTED, user=user, source=source)
            value.submitted_at, value.return_reason = now, ""
            value.clean_fields(exclude=NOT_CHECKED_ONE_BY_ONE)
            value.clean()
        except ValidationError as error:
            problems[key] = error.messages
            continue
        if _unexplained(checks_for(indicator, period, figures, history.get(indicator.pk, [])), figures):
            problems[key] = [EXPLAIN]
            continue
        written.append(value)
    if problems:
        raise ValidationError(problems)
    changed = [value for value in written if value.pk is not None]  # drafts and returned ones
    bulk_create_with_history(
        [value for value in written if value.pk is None], IndicatorValue, batch_size=BATCH, default_user=user
    )
    bulk_update_with_history(changed, IndicatorValue, WRITTEN, batch_size=BATCH, default_user=user)
    return written


# What submitting writes to a figure.
WRITTEN = [
    *Figures.__dataclass_fields__,
    "status",
    "source",
    "entered_by",
    "entered_at",
    "submitted_at",
    "return_reason",
]
BATCH = 1000  # rows read or written a query at a time: within what SQLite allows in one statement


def batches(items: list) -> list[list]:
    return [items[start : start + BATCH] for start in range(0, len(items), BATCH)]


@transaction.atomic
def approve(value: IndicatorValue, *, user) -> IndicatorValue:
    value = _locked(value)
    if value.status != Status.SUBMITTED:
        raise ValidationError(f"The {value.period} figure for {value.indicator} is not waiting for approval.")
    if value.entered_by_id == user.pk:
        raise ValidationError("Someone other than the person who entered a figure approves it.")
    value.status, value.approved_by, value.approved_at = Status.APPROVED, user, timezone.now()
    value.save()
    return value


@transaction.atomic
def return_value(value: IndicatorValue, *, user, reason: str) -> IndicatorValue:
    if not reason.strip():
        raise ValidationError({"reason": "Enter why the figure is being returned."})
    value = _locked(value)
    if value.status != Status.SUBMITTED:
        raise ValidationError(f"The {value.period} figure for {value.indicator} is not waiting for approval.")
    value.status, value.return_reason = Status.RETURNED, reason.strip()
    value.save()
    return value


@transaction.atomic
def publish(value: IndicatorValue, *, when=None) -> IndicatorValue:
    value = _locked(value)
    if value.status != Status.APPROVED:
        raise ValidationError(f"The {value.period} figure for {value.indicator} is not approved yet.")
    value.status, value.published_at = Status.PUBLISHED, when or timezone.now()
    value.save()
    refresh_dashboard(value.indicator)
    return value


@transaction.atomic
def publish_approved(*, when=None) -> int:
    """Publish every approved figure to the dashboard, all or none; returns how many."""
    approved = IndicatorValue.objects.filter(status=Status.APPROVED)
    for value in approved:
        publish(value, when=when)
    return len(approved)


def refresh_dashboard(indicator: Indicator) -> None:
    refresh_dashboards([indicator])


def refresh_dashboards(indicators: list[Indicator]) -> None:
    """Point each indicator at its latest published figure and at the one it is compared with: the period
    before (or the same period a year before, for seasonal measures), else the latest earlier one."""
    current = {indicator.pk: {} for indicator in indicators}  # period -> its newest published revision
    type_of = {indicator.pk: indicator.period_type for indicator in indicators}
    for start in range(0, len(indicators), 1000):
        for value in (
            IndicatorValue.objects.published()
            .filter(indicator__in=indicators[start : start + 1000])
            .select_related("period")
            .order_by("period__start", "revision")
        ):
            if value.period.type == type_of[value.indicator_id]:
                current[value.indicator_id][value.period_id] = value
    for indicator in indicators:
        by_start = {value.period.start: value for value in current[indicator.pk].values()}
        latest = by_start[max(by_start)] if by_start else None
        previous = None
        if latest is not None:
            span = latest.period.span
            wanted = (
                periods.a_year_before(span)
                if indicator.comparison == "year_before"
                else periods.preceding(span)
            )
            earlier = [start for start in by_start if start < span.start]
            previous = by_start.get(wanted.start) or (by_start[max(earlier)] if earlier else None)
        indicator.latest_value, indicator.previous_value = latest, previous
    Indicator.objects.bulk_update(indicators, ["latest_value", "previous_value"], batch_size=1000)
