"""Performance indicators: the catalogue, reporting periods, targets, the figures officers submit each period
(kept revision by revision) and the quarterly performance reports that freeze what the committee was shown."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Prefetch, Q, Value, When
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from meetings.models import AgendaItem, Resolution
from scrutiny.models import Committee, Person

from . import periods
from .periods import Finality, PeriodType
from .rag import RAG, Comparator, TargetSpec, ToleranceKind
from .trends import Polarity


class Outcome(models.Model):
    """A strategic-plan outcome: the dashboard's "Topic"."""

    name = models.CharField(max_length=300, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Theme(models.Model):
    """An area of service: Social Care, Education, SEND, Early Years …"""

    name = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class IndicatorQuerySet(models.QuerySet):
    def for_committee(self, committee):
        return self.filter(committees=committee)

    def owned_by(self, person):
        return self.filter(owner=person) if person is not None else self.none()

    def for_dashboard(self):
        """Each indicator with its latest and previous published figures and the target its latest figure is
        judged by, in two queries. (Only that year's target: an indicator of many years has many.)"""
        latest_start = "indicator__latest_value__period__start"
        # periods.financial_year_of, in SQL: a financial year starts in April.
        latest_financial_year = ExtractYear(latest_start) - Case(
            When(**{f"{latest_start}__month__lt": 4}, then=Value(1)), default=Value(0)
        )
        targets = Target.objects.alias(latest_year=latest_financial_year).filter(
            financial_year=F("latest_year")
        )
        return (
            self.filter(is_active=True)
            .select_related("outcome", "theme", "latest_value__period", "previous_value__period")
            .prefetch_related(Prefetch("targets", queryset=targets, to_attr="latest_year_targets"))
            .order_by("outcome__position", "outcome__name", "theme__name", "name")
        )

    def for_report(self, report: "PerformanceReport"):
        """The dashboard a performance report freezes: its committee's, or every indicator's for a report to
        no committee."""
        indicators = self.for_dashboard()
        return indicators.for_committee(report.committee_id) if report.committee_id else indicators


class Indicator(models.Model):
    class ValueType(models.TextChoices):
        PERCENT = "percent", "Percent"
        NUMBER = "number", "Number"
        RATE = "rate", "Rate"
        SCORE = "score", "Score"

    class Frequency(models.TextChoices):
        QUARTER = "quarter", "Quarter"
        LAST_MONTH_OF_QUARTER = "last_month_of_quarter", "Last Mth of Qtr"
        YEAR_TO_DATE = "ytd", "YTD"
        TERM = "term", "Term"
        ANNUAL = "annual", "Annual"
        MONTH = "month", "Month"

    class Comparison(models.TextChoices):
        PRECEDING = "preceding", "With the period before"
        YEAR_BEFORE = "year_before", "With the same period a year before"

    name = models.CharField(max_length=300)
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="indicators")
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="indicators")
    definition = models.TextField(blank=True, help_text="What is counted, and how.")
    value_type = models.CharField(max_length=10, choices=ValueType.choices, default=ValueType.PERCENT)
    unit = models.CharField(max_length=50, blank=True, help_text='For a rate, e.g. "per 10,000 children".')
    decimals = models.PositiveSmallIntegerField(
        default=1, help_text="Decimal places shown; trends are judged at this precision."
    )
    polarity = models.CharField(max_length=5, choices=Polarity.choices, default=Polarity.HIGH_IS_GOOD)
    frequency = models.CharField(max_length=25, choices=Frequency.choices, default=Frequency.QUARTER)
    period_type = models.CharField(
        max_length=20, choices=PeriodType.choices, default=PeriodType.FINANCIAL_QUARTER
    )
    comparison = models.CharField(
        max_length=15,
        choices=Comparison.choices,
        default=Comparison.PRECEDING,
        help_text="Seasonal measures compare with the same period a year before.",
    )
    owner = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        limit_choices_to={"kind": Person.Kind.OFFICER},
        help_text="The officer who submits its figures.",
    )
    source = models.CharField(max_length=300, blank=True, help_text="Where the figures come from.")
    committees = models.ManyToManyField(Committee, blank=True, related_name="indicators")
    resolutions = models.ManyToManyField(
        Resolution, blank=True, related_name="indicators", help_text="Resolutions about this indicator."
    )
    is_active = models.BooleanField(default=True, help_text="Untick when it is no longer reported.")
    # The published figures the dashboard shows, kept up to date when figures are published (workflow.py).
    latest_value = models.ForeignKey(
        "IndicatorValue", null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    previous_value = models.ForeignKey(
        "IndicatorValue", null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["theme__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["theme", "name"],
                name="indicator_name_unique_in_theme",
                violation_error_message="This theme already has an indicator with that name.",
            )
        ]
        permissions = [("approve_indicatorvalue", "Can approve, return and publish indicator figures")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("indicator-detail", kwargs={"pk": self.pk})

    def target_for(self, period_start) -> "Target | None":
        """The target of the financial year the period starts in (targets are set each year)."""
        year = periods.financial_year_of(period_start)
        targets = self.targets.all()
        # for_dashboard() fetched only the target of the latest figure's year.
        fetched = getattr(self, "latest_year_targets", None)
        if fetched is not None and year == periods.financial_year_of(self.latest_value.period.start):
            targets = fetched
        return next((target for target in targets if target.financial_year == year), None)


class Target(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    financial_year = models.PositiveSmallIntegerField(help_text="The year it starts in: 2023 for 2023/24.")
    comparator = models.CharField(max_length=10, choices=Comparator.choices)
    value = models.DecimalField(max_digits=14, decimal_places=4)
    upper = models.DecimalField(
        max_digits=14, decimal_places=4, null=True, blank=True, help_text="For a 'between' target only."
    )
    tolerance_kind = models.CharField(
        max_length=10, choices=ToleranceKind.choices, default=ToleranceKind.RELATIVE
    )
    tolerance = models.DecimalField(
        max_digits=10,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="How far the target may be missed and still be Amber; blank for the council's default.",
    )

    class Meta:
        ordering = ["indicator", "-financial_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "financial_year"],
                name="one_target_per_indicator_and_year",
                violation_error_message="This indicator already has a target for that year.",
            ),
            models.CheckConstraint(
                condition=~Q(comparator="between") | Q(upper__isnull=False),
                name="between_target_has_upper",
                violation_error_message="A 'between' target needs its upper value.",
            ),
        ]

    def __str__(self):
        return f"{self.spec} ({periods.year_label(self.financial_year)})"

    @property
    def spec(self) -> TargetSpec:
        return TargetSpec(self.comparator, self.value, self.upper)

    @property
    def allowed_miss(self) -> tuple[str, Decimal]:
        if self.tolerance is None:
            return settings.RAG_TOLERANCE_KIND, Decimal(settings.RAG_TOLERANCE)
        return self.tolerance_kind, self.tolerance


class PeriodQuerySet(models.QuerySet):
    def get_or_create_span(self, span: periods.Span) -> "Period":
        period, _ = self.get_or_create(type=span.type, start=span.start, defaults={"end": span.end})
        return period

    def get_or_create_spans(self, spans) -> dict[tuple, "Period"]:
        """The periods of many spans, keyed by (type, start), made where there are none yet, in a few
        queries (the labels set as save() sets them)."""
        wanted = {(span.type, span.start): span for span in spans}
        self.bulk_create(
            [
                Period(type=span.type, start=span.start, end=span.end, label=periods.label_for(*key))
                for key, span in wanted.items()
            ],
            ignore_conflicts=True,  # those there already, or made by another request meanwhile
            batch_size=500,
        )
        found = {}
        for type_ in {type_ for type_, _ in wanted}:
            starts = sorted(start for kind, start in wanted if kind == type_)
            for batch in range(0, len(starts), 500):
                for period in self.filter(type=type_, start__in=starts[batch : batch + 500]):
                    found[(period.type, period.start)] = period
        return found


class Period(models.Model):
    """A reporting period: its label and order come from its type and dates."""

    type = models.CharField(max_length=20, choices=PeriodType.choices)
    start = models.DateField()
    end = models.DateField()
    label = models.CharField(max_length=50, editable=False)

    objects = PeriodQuerySet.as_manager()

    class Meta:
        ordering = ["start", "end"]
        constraints = [
            models.UniqueConstraint(fields=["type", "start"], name="one_period_per_type_and_start"),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")),
                name="period_ends_after_it_starts",
                violation_error_message="A period cannot end before it starts.",
            ),
        ]

    def __str__(self):
        return self.label

    @property
    def span(self) -> periods.Span:
        return periods.Span(self.type, self.start, self.end)

    def save(self, *args, **kwargs):
        self.label = periods.label_for(self.type, self.start)
        super().save(*args, **kwargs)


def stored_and_changed(instance) -> tuple[dict | None, set[str]]:
    """The row as stored (read afresh, so that a stale instance lets nothing slip through), and which of its
    fields saving `instance` would change."""
    if not instance.pk:
        return None, set()
    fields = [field.attname for field in instance._meta.concrete_fields]
    stored = type(instance).objects.filter(pk=instance.pk).values(*fields).first()
    if stored is None:
        return None, set()
    return stored, {name for name in fields if stored[name] != getattr(instance, name)}


class KeptQuerySet(models.QuerySet):
    """Rows that become the record once approved or published: a query that would change or delete one of
    them is refused, saying why (bulk_update goes through update() too)."""

    def refuse(self, verb: str, fields=()) -> None:
        """Raise a ValidationError if changing `fields` of these rows (or deleting them) is not allowed."""
        raise NotImplementedError

    def update(self, **kwargs):
        self.refuse("changed", kwargs)
        return super().update(**kwargs)

    update.alters_data = True

    def delete(self):
        self.refuse("deleted")
        return super().delete()

    delete.queryset_only = True
    delete.alters_data = True


class IndicatorValueQuerySet(KeptQuerySet):
    def locked(self):
        """The approved and published figures among these, with what their messages name."""
        return self.filter(status__in=IndicatorValue.LOCKED).select_related("indicator", "period")

    def refuse(self, verb, fields=()):
        if locked := self.locked().first():
            raise ValidationError(locked.locked_message(verb))

    def published(self):
        return self.filter(status=IndicatorValue.Status.PUBLISHED)

    @staticmethod
    def _later_published_revision():
        return IndicatorValue.objects.published().filter(
            indicator=models.OuterRef("indicator"),
            period=models.OuterRef("period"),
            revision__gt=models.OuterRef("revision"),
        )

    def for_chart(self):
        """The current published figure of each period (its newest published revision), oldest first: what
        an indicator's chart draws and its page lists."""
        current = self.published().filter(~models.Exists(self._later_published_revision()))
        return current.select_related("period").order_by("period__start")

    def revised(self):
        """The published figures later revised, newest first."""
        replaced = self.published().filter(models.Exists(self._later_published_revision()))
        return replaced.select_related("period").order_by("-period__start", "-revision")

    def awaiting_approval(self):
        return self.filter(status=IndicatorValue.Status.SUBMITTED)

    def current(self):
        """The newest revision of each indicator's figure for each period."""
        newer = IndicatorValue.objects.filter(
            indicator=models.OuterRef("indicator"),
            period=models.OuterRef("period"),
            revision__gt=models.OuterRef("revision"),
        )
        return self.exclude(models.Exists(newer))

    def for_history(self):
        return self.select_related("period").order_by("period__start", "revision")


def keep_locked_figures(collector, field, sub_objs, using):
    """Deleting an indicator takes its draft, submitted and returned figures with it; an approved or published
    one is the record, and stops the deletion (the admin lists it as protected)."""
    # The collector's figures come from the base manager, and may defer fields: asked afresh.
    if locked := list(IndicatorValue.objects.filter(pk__in=sub_objs.values("pk")).locked()):
        raise models.ProtectedError(locked[0].locked_message("deleted"), set(locked))
    models.CASCADE(collector, field, sub_objs, using)


# The figures a revision carries; once approved they are locked, and a correction is a new revision.
FIGURE_FIELDS = [
    "value",
    "numerator",
    "denominator",
    "finality",
    "quartile",
    "sn_average",
    "england_average",
]


class IndicatorValue(models.Model):
    """One revision of an indicator's figure for a period. Revisions are never overwritten once approved:
    a correction is a new revision, and the history of each is kept."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        RETURNED = "returned", "Returned"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"

    LOCKED = (Status.APPROVED, Status.PUBLISHED)
    EDITABLE = (Status.DRAFT, Status.RETURNED)

    indicator = models.ForeignKey(Indicator, on_delete=keep_locked_figures, related_name="values")
    period = models.ForeignKey(Period, on_delete=models.PROTECT, related_name="values")
    revision = models.PositiveSmallIntegerField(default=1)
    value = models.DecimalField(max_digits=18, decimal_places=6)
    numerator = models.DecimalField(max_digits=18, decimal_places=4, null=True, blank=True)
    denominator = models.DecimalField(max_digits=18, decimal_places=4, null=True, blank=True)
    finality = models.CharField(max_length=12, choices=Finality.choices, default=Finality.FINAL)
    quartile = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=[(1, "1 (top)"), (2, "2"), (3, "3"), (4, "4 (bottom)")],
        verbose_name="national quartile",
    )
    sn_average = models.DecimalField(
        max_digits=18, decimal_places=6, null=True, blank=True, verbose_name="statistical neighbour average"
    )
    england_average = models.DecimalField(max_digits=18, decimal_places=6, null=True, blank=True)
    commentary = models.TextField(blank=True, help_text="What lies behind the figure, for the committee.")
    officer_comment = models.TextField(
        blank=True, help_text="The officer's explanation of a figure the checks questioned."
    )
    rag_override = models.CharField(
        max_length=5, choices=RAG.choices, blank=True, verbose_name="RAG override"
    )
    rag_override_reason = models.TextField(blank=True, verbose_name="reason for the RAG override")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    return_reason = models.TextField(blank=True)
    source = models.CharField(max_length=300, blank=True, help_text="Where it came from, e.g. an import.")
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()
    objects = IndicatorValueQuerySet.as_manager()

    class Meta:
        ordering = ["indicator", "period__start", "revision"]
        verbose_name = "indicator figure"
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period", "revision"], name="one_figure_per_revision"
            ),
            models.CheckConstraint(
                condition=Q(quartile__isnull=True) | Q(quartile__gte=1, quartile__lte=4),
                name="quartile_is_1_to_4",
                violation_error_message="A national quartile is 1 (top) to 4 (bottom).",
            ),
            models.CheckConstraint(
                condition=Q(rag_override="") | ~Q(rag_override_reason=""),
                name="rag_override_has_reason",
                violation_error_message="Give the reason for overriding the suggested RAG status.",
            ),
        ]
        indexes = [models.Index(fields=["status", "indicator"])]

    def __str__(self):
        return f"{self.indicator}: {self.period} (revision {self.revision})"

    def clean(self):
        if self.denominator is not None and self.denominator == 0:
            raise ValidationError({"denominator": "A denominator cannot be nought."})

    @property
    def is_locked(self) -> bool:
        return self.status in self.LOCKED

    def locked_message(self, verb: str = "changed", status: str | None = None) -> str:
        return (
            f"The {self.period} figure for {self.indicator} (revision {self.revision}) is "
            f"{self.Status(status or self.status).label.lower()} and locked: it cannot be {verb}. "
            "Record a correction as a new revision."
        )

    def save(self, *args, **kwargs):
        """An approved figure changes only by being published; a published one, not at all."""
        stored, changed = stored_and_changed(self)
        if stored and stored["status"] in self.LOCKED:
            publishing = stored["status"] == self.Status.APPROVED and self.status == self.Status.PUBLISHED
            if changed - ({"status", "published_at"} if publishing else set()):
                raise ValidationError(self.locked_message("changed", stored["status"]))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        IndicatorValue.objects.filter(pk=self.pk).refuse("deleted")
        return super().delete(*args, **kwargs)


class PerformanceReportQuerySet(KeptQuerySet):
    def published(self):
        return self.filter(status=PerformanceReport.Status.PUBLISHED)

    def visible_to(self, user):
        """Published reports; drafts too for those who prepare them."""
        return self if user.has_perm("indicators.view_performancereport") else self.published()

    def refuse(self, verb, fields=()):
        if verb == "changed" and fields and set(fields) <= PerformanceReport.CHANGEABLE_ONCE_PUBLISHED:
            return
        if published := self.published().first():
            raise ValidationError(published.published_message(verb))


class PerformanceReport(models.Model):
    """A quarterly performance report to a committee, and the dashboard it showed, frozen once published."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    label = models.CharField(max_length=100, help_text='The reporting quarter, e.g. "Q3 2023/24".')
    committee = models.ForeignKey(
        Committee, null=True, blank=True, on_delete=models.PROTECT, related_name="performance_reports"
    )
    period = models.ForeignKey(
        Period,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reports",
        help_text="The reporting quarter.",
    )
    agenda_item = models.OneToOneField(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="performance_report",
        help_text="The agenda item it was presented at.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    # Where it was presented is not what it showed: the agenda item may be set once it is published.
    CHANGEABLE_ONCE_PUBLISHED = {"agenda_item", "agenda_item_id"}

    objects = PerformanceReportQuerySet.as_manager()

    class Meta:
        ordering = ["-period__start", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "label"],
                name="report_label_unique_for_committee",
                violation_error_message="This committee already has a report with that label.",
            ),
            models.UniqueConstraint(
                fields=["label"],
                condition=Q(committee__isnull=True),
                name="report_label_unique_without_committee",
                violation_error_message="There is already a report with that label.",
            ),
        ]

    def __str__(self):
        return f"Performance report {self.label}" + (f", {self.committee}" if self.committee_id else "")

    def get_absolute_url(self):
        return reverse("performance-report", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def published_message(self, verb: str = "changed") -> str:
        return f"{self} is published: what it showed cannot be {verb}."

    def save(self, *args, **kwargs):
        stored, changed = stored_and_changed(self)
        if stored and stored["status"] == self.Status.PUBLISHED and changed - self.CHANGEABLE_ONCE_PUBLISHED:
            raise ValidationError(self.published_message("changed"))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        PerformanceReport.objects.filter(pk=self.pk).refuse("deleted")
        return super().delete(*args, **kwargs)


def keep_published_lines(collector, field, sub_objs, using):
    """A draft report's lines go with it; a published report's are what the committee saw, and stay."""
    # The collector's lines come from the base manager, and may defer fields: asked afresh.
    lines = ReportLine.objects.filter(pk__in=sub_objs.values("pk"))
    if report := lines.published_reports().first():
        raise models.ProtectedError(report.published_message("deleted"), set(lines.filter(report=report)))
    models.CASCADE(collector, field, sub_objs, using)


class ReportLineQuerySet(KeptQuerySet):
    def published_reports(self):
        """The published reports these lines belong to."""
        return PerformanceReport.objects.filter(pk__in=self.values("report")).published()

    def refuse(self, verb, fields=()):
        if report := self.published_reports().first():
            raise ValidationError(report.published_message("changed"))  # its lines are what it showed


class ReportLine(models.Model):
    """One row of a dashboard: unsaved, a line of the live dashboard (indicators.dashboard); saved, a row of
    a report's dashboard, copied when the report was made: what the committee saw, unchanged by any later
    revision."""

    report = models.ForeignKey(PerformanceReport, on_delete=keep_published_lines, related_name="lines")
    position = models.PositiveIntegerField()
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="report_lines")
    topic = models.CharField(max_length=300)
    theme = models.CharField(max_length=200)
    name = models.CharField(max_length=300)
    value_type = models.CharField(max_length=10, choices=Indicator.ValueType.choices)
    unit = models.CharField(max_length=50, blank=True)
    decimals = models.PositiveSmallIntegerField()
    polarity = models.CharField(max_length=5, choices=Polarity.choices)
    frequency = models.CharField(max_length=25, choices=Indicator.Frequency.choices)
    previous_period = models.CharField(max_length=50, blank=True)
    previous_value = models.DecimalField(max_digits=18, decimal_places=6, null=True)
    previous_quartile = models.PositiveSmallIntegerField(null=True)
    latest_period = models.CharField(max_length=50, blank=True)
    latest_period_type = models.CharField(max_length=20, choices=PeriodType.choices, blank=True)
    latest_value = models.DecimalField(max_digits=18, decimal_places=6, null=True)
    numerator = models.DecimalField(max_digits=18, decimal_places=4, null=True)
    denominator = models.DecimalField(max_digits=18, decimal_places=4, null=True)
    trend = models.CharField(max_length=10, blank=True)
    direction = models.CharField(max_length=12)
    target = models.CharField(max_length=50, blank=True)
    suggested_rag = models.CharField(max_length=5, blank=True)
    rag = models.CharField(max_length=5, blank=True)
    rag_reason = models.TextField(blank=True)
    quartile = models.PositiveSmallIntegerField(null=True)
    sn_average = models.DecimalField(max_digits=18, decimal_places=6, null=True)
    england_average = models.DecimalField(max_digits=18, decimal_places=6, null=True)
    warnings = models.JSONField(default=list)

    objects = ReportLineQuerySet.as_manager()

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(fields=["report", "position"], name="report_line_position_unique")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Neither the report it is in nor one it would be moved to may be published.
        in_or_to = Q(pk=self.report_id) | Q(pk__in=ReportLine.objects.filter(pk=self.pk).values("report"))
        PerformanceReport.objects.filter(in_or_to).refuse("changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        ReportLine.objects.filter(pk=self.pk).refuse("deleted")
        return super().delete(*args, **kwargs)
