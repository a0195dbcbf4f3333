"""Factories for performance indicators: outcomes and themes, indicators, targets, periods, figures and
reports."""

from decimal import Decimal

import factory
from django.utils import timezone

from indicators import periods
from tests.factories.base import Factory
from tests.factories.scrutiny import CommitteeFactory, OfficerFactory


class OutcomeFactory(Factory):
    class Meta:
        model = "indicators.Outcome"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Help children to live in safe, stable environments ({n})")
    position = factory.Sequence(lambda n: n)


class ThemeFactory(Factory):
    class Meta:
        model = "indicators.Theme"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Social Care {n}")


class IndicatorFactory(Factory):
    """A quarterly percentage, High = Good, shown to one decimal place, owned by an officer; the committees
    given as `committees` see it."""

    class Meta:
        model = "indicators.Indicator"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Children in care in a stable placement ({n})")
    outcome = factory.SubFactory(OutcomeFactory)
    theme = factory.SubFactory(ThemeFactory)
    value_type = "percent"
    decimals = 1
    polarity = "high"
    frequency = "quarter"
    period_type = "financial_quarter"
    owner = factory.SubFactory(OfficerFactory)

    @factory.post_generation
    def committees(indicator, create, extracted, **kwargs):
        if create and extracted:
            indicator.committees.set(extracted)


class TargetFactory(Factory):
    class Meta:
        model = "indicators.Target"
        django_get_or_create = ("indicator", "financial_year")

    indicator = factory.SubFactory(IndicatorFactory)
    financial_year = 2023
    comparator = ">="
    value = Decimal("60")


class PeriodFactory(Factory):
    """The period a `label` names ("Q3 2023/24", "Autumn 2023", "2023/24" …)."""

    class Meta:
        model = "indicators.Period"
        django_get_or_create = ("type", "start")
        exclude = ("span",)

    class Params:
        label = "Q1 2023/24"

    span = factory.LazyAttribute(lambda p: periods.parse(p.label))
    type = factory.LazyAttribute(lambda p: p.span.type)
    start = factory.LazyAttribute(lambda p: p.span.start)
    end = factory.LazyAttribute(lambda p: p.span.end)


class IndicatorValueFactory(Factory):
    """A published figure (revision 1) unless told otherwise; its times follow its status. After making
    published ones, call indicators.workflow.refresh_dashboard, as publishing does."""

    class Meta:
        model = "indicators.IndicatorValue"

    indicator = factory.SubFactory(IndicatorFactory)
    period = factory.SubFactory(PeriodFactory)
    revision = 1
    value = Decimal("61.3")
    status = "published"
    submitted_at = factory.LazyAttribute(lambda v: None if v.status == "draft" else timezone.now())
    approved_at = factory.LazyAttribute(
        lambda v: timezone.now() if v.status in ("approved", "published") else None
    )
    published_at = factory.LazyAttribute(lambda v: timezone.now() if v.status == "published" else None)
    return_reason = factory.LazyAttribute(
        lambda v: "Check the figure against the case system." if v.status == "returned" else ""
    )


class PerformanceReportFactory(Factory):
    class Meta:
        model = "indicators.PerformanceReport"

    label = factory.Sequence(lambda n: f"Q{n % 4 + 1} {2000 + n}/{(2001 + n) % 100:02d}")
    committee = factory.SubFactory(CommitteeFactory)
    period = factory.SubFactory(PeriodFactory, label="Q2 2023/24")
    status = "draft"
