"""What an officer owes (indicators/due.py, and the "Due now" of /performance/mine/), and who the reviewers'
queue says entered each figure waiting for approval."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from indicators import periods
from indicators.due import periods_due
from indicators.models import IndicatorValue
from indicators.periods import PeriodType
from tests.factories import (
    IndicatorFactory,
    IndicatorValueFactory,
    OfficerFactory,
    OfficerUserFactory,
    PeriodFactory,
    UserFactory,
)
from tests.responses import text_of

Status = IndicatorValue.Status
TODAY = date(2026, 12, 15)  # Q3 2026/27, the Autumn term of 2026/27


def labels(period_type, frequency, latest: str | None, today=TODAY) -> list[str]:
    latest_span = periods.parse(latest, period_type) if latest else None
    return [span.label for span in periods_due(period_type, frequency, latest_span, today)]


QUARTER, TERM, MONTH = PeriodType.FINANCIAL_QUARTER, PeriodType.SCHOOL_TERM, PeriodType.MONTH
AY, FY, CY = PeriodType.ACADEMIC_YEAR, PeriodType.FINANCIAL_YEAR, PeriodType.CALENDAR_YEAR
AT_QUARTER_END = "last_month_of_quarter"
# fmt: off
DUE = {
    # what: (type, frequency, latest figure, due now in December 2026)
    "quarterly, years behind":             (QUARTER, "quarter",      "Q2 2022/23",     "Q3 2025/26, Q4 2025/26, Q1 2026/27, Q2 2026/27"),  # noqa: E501
    "quarterly, one behind":               (QUARTER, "quarter",      "Q1 2026/27",     "Q2 2026/27"),
    "quarterly, up to date":               (QUARTER, "quarter",      "Q2 2026/27",     ""),
    "quarterly, the current one entered":  (QUARTER, "quarter",      "Q3 2026/27",     ""),
    "quarterly, no figure yet":            (QUARTER, "quarter",      None,             "Q2 2026/27"),
    "snapshot at the quarter's end":       (QUARTER, AT_QUARTER_END, "Q4 2025/26",     "Q1 2026/27, Q2 2026/27"),  # noqa: E501
    "termly":                              (TERM,    "term",         "Summer 2025",    "Autumn 2025, Spring 2026, Summer 2026"),  # noqa: E501
    "academic years":                      (AY,      "annual",       "2022/23",        "2025/26"),
    "academic years, no figure yet":       (AY,      "annual",       None,             "2025/26"),
    "financial years":                     (FY,      "annual",       "2024/25",        "2025/26"),
    "calendar years":                      (CY,      "annual",       "2023",           "2025"),
    "annual, kept by quarter":             (QUARTER, "annual",       "Q2 2024/25",     "Q2 2026/27"),
    "annual, kept by quarter, no figure":  (QUARTER, "annual",       None,             "Q4 2025/26"),
    "annual, kept by term":                (TERM,    "annual",       "Summer 2024",    "Summer 2026"),
    "monthly":                             (MONTH,   "month",        "September 2026", "October 2026, November 2026"),  # noqa: E501
    "quarterly, kept by month":            (MONTH,   AT_QUARTER_END, "March 2026",     "June 2026, September 2026"),  # noqa: E501
    "quarterly, kept by month, no figure": (MONTH,   "quarter",      None,             "September 2026"),
}
# fmt: on


@pytest.mark.parametrize(("period_type", "frequency", "latest", "due"), DUE.values(), ids=DUE.keys())
def test_the_periods_due_now(period_type, frequency, latest, due):
    assert ", ".join(labels(period_type, frequency, latest)) == due


def test_how_long_a_missing_figure_is_still_asked_for_is_a_setting(settings):
    settings.FIGURES_DUE_MONTHS = 6
    assert labels(QUARTER, "quarter", "Q2 2022/23") == ["Q1 2026/27", "Q2 2026/27"]
    settings.FIGURES_DUE_MONTHS = 0
    assert labels(QUARTER, "quarter", "Q2 2022/23") == ["Q2 2026/27"]  # the latest always is


def test_a_period_is_due_the_day_after_it_ends():
    assert labels(QUARTER, "quarter", "Q1 2026/27", today=date(2026, 9, 30)) == []
    assert labels(QUARTER, "quarter", "Q1 2026/27", today=date(2026, 10, 1)) == ["Q2 2026/27"]


# --- the officer's page -----------------------------------------------------------------------------------


@pytest.fixture
def december_2026(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)


@pytest.fixture
def officer(client, db):
    person = OfficerFactory()
    client.force_login(OfficerUserFactory(person=person))
    return person


def due_links(response, indicator) -> list[str]:
    """The "Due now" links of the indicator's row, by the period each opens."""
    row = next(row for row in response.context["rows"] if row["indicator"] == indicator)
    return [period.label for period in row["due"]]


def test_an_officer_is_asked_for_the_periods_due_now_not_the_one_after_their_last_figure(
    client, officer, december_2026
):
    indicator = IndicatorFactory(name="Care leavers in education, employment or training", owner=officer)
    IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q2 2022/23"))
    response = client.get(reverse("my-indicators"))
    assert due_links(response, indicator) == ["Q3 2025/26", "Q4 2025/26", "Q1 2026/27", "Q2 2026/27"]
    page = text_of(response)
    for label in ("Q3 2025/26", "Q4 2025/26", "Q1 2026/27", "Q2 2026/27"):
        assert f">Submit {label}<" in page
    assert "Q3 2022/23" not in page
    # The form opens on the first of them.
    form = client.get(reverse("indicator-figure", kwargs={"pk": indicator.pk}))
    assert form.context["form"].initial["period"] == "Q3 2025/26"


def test_an_unfinished_figure_is_offered_beside_the_periods_still_due(client, officer, december_2026):
    indicator = IndicatorFactory(owner=officer)
    IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q4 2025/26"))
    IndicatorValueFactory(
        indicator=indicator,
        period=PeriodFactory(label="Q1 2026/27"),
        value=Decimal("12.0"),
        status=Status.RETURNED,
    )
    response = client.get(reverse("my-indicators"))
    assert due_links(response, indicator) == ["Q2 2026/27"]
    page = text_of(response)
    assert ">Finish Q1 2026/27<" in page and ">Submit Q2 2026/27<" in page


def test_an_officer_up_to_date_is_told_nothing_is_due(client, officer, december_2026):
    indicator = IndicatorFactory(owner=officer, name="Up to date")
    IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q2 2026/27"), status=Status.SUBMITTED
    )
    response = client.get(reverse("my-indicators"))
    assert due_links(response, indicator) == []
    assert "Nothing due." in text_of(response)


# --- the reviewers' queue ---------------------------------------------------------------------------------


def test_the_queue_names_who_entered_each_figure_as_the_papers_print_it(client, democratic_services_user):
    officer = OfficerFactory(name="Mrs. J. O'Neill")
    with_person = OfficerUserFactory(username="joneill", person=officer)
    named = UserFactory(username="spatel", first_name="Sam", last_name="Patel")
    bare = UserFactory(username="temp.analyst")
    for label, user in (("Q1 2026/27", with_person), ("Q2 2026/27", named), ("Q3 2026/27", bare)):
        IndicatorValueFactory(
            indicator=IndicatorFactory(),
            period=PeriodFactory(label=label),
            status=Status.SUBMITTED,
            entered_by=user,
        )
    client.force_login(democratic_services_user)
    page = text_of(client.get(reverse("review-figures")))
    assert "Entered by Mrs. J. O&#x27;Neill" in page
    assert "Entered by Sam Patel" in page
    assert "Entered by temp.analyst" in page
    assert "joneill" not in page and "spatel" not in page
