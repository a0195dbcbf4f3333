"""Performance indicators in the browser: an officer submits a quarter's figure and sees what the checks make
of it, Democratic Services return it, approve it and publish it, and the public read it on the dashboard and
the indicator's page, with its chart and table; performance reports, uploads of many figures, and a
councillor raising an action from an indicator. Every page is checked against WCAG 2.2 AA."""

import re
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from followup.models import Action
from indicators import dashboard, importing, periods, reports, workflow
from indicators.models import Indicator, IndicatorValue, PerformanceReport, Period
from indicators.periods import PeriodType
from scrutiny.models import Committee, Person
from tests.browser.axe import assert_accessible
from tests.browser.steps import assert_error_summary, sign_in
from tests.factories import (
    CommitteeFactory,
    DemocraticServicesUserFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MemberUserFactory,
    OfficerFactory,
    OfficerUserFactory,
    OutcomeFactory,
    TargetFactory,
    ThemeFactory,
)

CP_REVIEWS = "Child protection cases which were reviewed within timescales"
CPP_SECOND_TIME = "Children becoming subject to a CPP for second or subsequent time"
CARE_LEAVERS = "Care leavers in education, employment or training"
EHCP_MAINSTREAM = "Children in mainstream schools with EHCP"
SAFE_AND_STABLE = (
    "Help children in Leicestershire to live in safe, stable environments and have secure attachments"
)
STRENGTH = "Help children and their families build strength, resilience, confidence and capacity"
RETURN_REASON = "82.6% disagrees with 309 of 398: check the denominator against the case management system."
ACTION_REQUEST = "The Director to explain why reviews within timescales remain below the 97.2% target."


# --- data -------------------------------------------------------------------------------------------------


def quarter(back: int) -> Period:
    """The financial quarter `back` quarters before the one we are in (1: the last one to have ended)."""
    span = periods.parse(periods.label_for(PeriodType.FINANCIAL_QUARTER, timezone.localdate()))
    for _ in range(back):
        span = periods.preceding(span)
    return Period.objects.get_or_create_span(span)


def indicator_with_figures(name: str, figures: list[tuple], target=None, **kwargs) -> Indicator:
    """An indicator with published figures (oldest first), each (period, value) or (period, value, {other
    fields}), and, given as (comparator, value), a target for each financial year they fall in."""
    kwargs.setdefault("outcome", OutcomeFactory(name=SAFE_AND_STABLE, position=1))
    kwargs.setdefault("theme", ThemeFactory(name="Social Care"))
    indicator = IndicatorFactory(name=name, **kwargs)
    if target is not None:
        for year in sorted({periods.financial_year_of(figure[0].start) for figure in figures}):
            TargetFactory(indicator=indicator, financial_year=year, comparator=target[0], value=target[1])
    for period, value, *more in figures:
        fields = more[0] if more else {}
        IndicatorValueFactory(indicator=indicator, period=period, value=Decimal(value), **fields)
    workflow.refresh_dashboard(indicator)
    return indicator


@dataclass
class Performance:
    committee: Committee
    officer: Person
    officer_user: object
    indicator: Indicator
    due: Period  # the last quarter to have ended: its figure is due now
    last: Period  # the latest published figure's quarter
    earlier: Period


@pytest.fixture
def performance() -> Performance:
    """An officer's quarterly indicator with published figures for the two quarters before the one due."""
    committee = CommitteeFactory(
        name="Children and Families Overview and Scrutiny Committee", slug="children-and-families"
    )
    officer = OfficerFactory(name="Jane Moore", family_name="Moore", job_title="Head of Service")
    officer_user = OfficerUserFactory(username="jane.moore", person=officer)
    due, last, earlier = quarter(1), quarter(2), quarter(3)
    benchmarks = {"numerator": Decimal("265"), "denominator": Decimal("350"), "quartile": 4}
    indicator = indicator_with_figures(
        CP_REVIEWS,
        [(earlier, "71.3"), (last, "75.7", benchmarks | {"sn_average": Decimal("88.2")})],
        target=(">", Decimal("97.2")),
        owner=officer,
        committees=[committee],
    )
    # The quarter due may start a new financial year: it has its target too.
    TargetFactory(
        indicator=indicator,
        financial_year=periods.financial_year_of(due.start),
        comparator=">",
        value=Decimal("97.2"),
    )
    return Performance(committee, officer, officer_user, indicator, due, last, earlier)


def submitted_figure(performance: Performance, denominator: str) -> IndicatorValue:
    """The officer's figure for the quarter due, submitted for approval: 309 of `denominator`, as 82.6%."""
    figures = workflow.Figures(
        value=Decimal("82.6"), numerator=Decimal("309"), denominator=Decimal(denominator)
    )
    value = workflow.record(performance.indicator, performance.due, figures, user=performance.officer_user)
    return workflow.submit(value, user=performance.officer_user)


# --- pages ------------------------------------------------------------------------------------------------


def follow_error_link(page: Page, message: str) -> None:
    page.locator(".govuk-error-summary").get_by_role("link", name=message).click()


def success_banner(page: Page) -> Locator:
    return page.locator(".govuk-notification-banner--success")


def url_is(path: str) -> re.Pattern:
    return re.compile(re.escape(path) + "$")


def my_indicator_row(page: Page, name: str) -> Locator:
    return page.locator("table.govuk-table tbody tr", has=page.get_by_role("link", name=name, exact=True))


def dashboard_row(page: Page, name: str) -> Locator:
    return page.locator("table.govuk-table tbody tr", has=page.get_by_role("link", name=name, exact=True))


def cell(page: Page, row: Locator, header: str) -> Locator:
    """The cell of `row` under the column headed `header` (the dashboard's Topic column is not shown)."""
    headers = page.locator("table.govuk-table thead th").all_inner_texts()
    titles = [text.replace("(sort)", "").strip() for text in headers]
    assert header in titles, f"no column {header!r} in {titles}"
    return row.locator("td").nth(titles.index(header))


def expect_trend(element: Locator, arrow: str, trend: str, direction: str) -> None:
    """The arrow (hidden from screen readers) and the trend in words, coloured by the direction."""
    trend_text = element.locator(".app-trend")
    expect(trend_text).to_have_text(f"{arrow} {trend}")
    expect(trend_text.locator("[aria-hidden='true']")).to_have_text(arrow)
    expect(trend_text).to_have_class(re.compile(rf"\bapp-trend--{direction}\b"))


def summary_value(page: Page, key: str) -> Locator:
    return page.locator(".govuk-summary-list__row", has=page.locator("dt", has_text=key)).locator("dd")


# --- the officer ------------------------------------------------------------------------------------------


class TestOfficerSubmitsAFigure:
    def test_blank_then_checked_then_corrected_and_submitted(self, page: Page, performance: Performance):
        indicator, due = performance.indicator, performance.due
        sign_in(page, "jane.moore")
        page.get_by_role("link", name="Submit the figures of your performance indicators").click()
        expect(page).to_have_url(url_is(reverse("my-indicators")))
        expect(page.get_by_role("heading", level=1)).to_have_text("Your indicators")
        row = my_indicator_row(page, CP_REVIEWS)
        expect(row).to_have_count(1)
        expect(row.locator("td").nth(1)).to_have_text(f"{performance.last.label}: 75.7%")
        expect(row.locator(".govuk-tag")).to_have_text("Published")
        assert_accessible(page)

        row.get_by_role("link", name=f"Submit {due.label} for {CP_REVIEWS}").click()
        expect(page).to_have_url(re.compile(re.escape(reverse("indicator-figure", args=[indicator.pk]))))
        expect(page.get_by_role("heading", level=1)).to_have_text(CP_REVIEWS)
        expect(page).to_have_title(re.compile(f"^Submit a figure: {re.escape(CP_REVIEWS)}"))
        expect(page.get_by_label("Period", exact=True)).to_have_value(due.label)
        assert_accessible(page)

        # A blank figure is refused, with the GOV.UK error summary.
        page.get_by_role("button", name="Submit for approval").click()
        assert_error_summary(page, "Enter the figure")
        expect(page).to_have_title(re.compile(f"^Error: Submit a figure: {re.escape(CP_REVIEWS)}"))
        expect(page.get_by_label("Period", exact=True)).to_have_value(due.label)
        assert_accessible(page)
        follow_error_link(page, "Enter the figure")
        expect(page.get_by_label("Figure", exact=True)).to_be_focused()
        assert not IndicatorValue.objects.filter(indicator=indicator, period=due).exists()

        # 309 of 398 is 77.6%, not 82.6%: the checks say so when the draft is saved.
        page.get_by_label("Figure", exact=True).fill("82.6")
        page.get_by_label("Numerator (optional)").fill("309")
        page.get_by_label("Denominator (optional)").fill("398")
        page.get_by_role("button", name="Save as a draft and check it").click()
        expect(page).not_to_have_title(re.compile("^Error"))
        expect(success_banner(page)).to_contain_text(
            f"The {due.label} figure is saved as a draft. Check it, then submit it."
        )
        expect(page.locator(".govuk-warning-text")).to_contain_text("The checks found:")
        expect(page.get_by_role("main").locator(".govuk-list--bullet li")).to_have_text(
            ["82.6% disagrees with 309 of 398, which is 77.6%."]
        )
        expect(page.get_by_label("Denominator (optional)")).to_have_value("398")
        draft = IndicatorValue.objects.get(indicator=indicator, period=due)
        assert draft.status == IndicatorValue.Status.DRAFT
        assert draft.denominator == 398
        assert_accessible(page)

        # Corrected (309 of 374 is 82.6%) and submitted.
        page.get_by_label("Denominator (optional)").fill("374")
        page.get_by_role("button", name="Submit for approval").click()
        expect(page).to_have_url(url_is(reverse("my-indicators")))
        expect(success_banner(page)).to_contain_text(
            f"The {due.label} figure for {CP_REVIEWS} is submitted for approval."
        )
        row = my_indicator_row(page, CP_REVIEWS)
        expect(row.locator("td").nth(1)).to_have_text(f"{due.label}: 82.6%")
        expect(row.locator(".govuk-tag")).to_have_text("Submitted")
        assert_accessible(page)
        submitted = IndicatorValue.objects.get(indicator=indicator, period=due)
        assert submitted.status == IndicatorValue.Status.SUBMITTED
        assert (submitted.value, submitted.numerator, submitted.denominator) == (Decimal("82.6"), 309, 374)
        assert submitted.revision == 1
        assert submitted.entered_by == performance.officer_user
        # Not published until it is approved: the public dashboard still shows the quarter before.
        indicator.refresh_from_db()
        assert indicator.latest_value.period == performance.last


# --- Democratic Services ----------------------------------------------------------------------------------


class TestReview:
    def test_saving_no_decision_says_what_is_missing_and_links_to_each_field(
        self, page: Page, performance: Performance
    ):
        submitted_figure(performance, denominator="398")
        DemocraticServicesUserFactory(username="democratic.services")
        sign_in(page, "democratic.services")
        page.get_by_role("link", name="Performance figures waiting for approval").click()
        expect(page).to_have_url(url_is(reverse("review-figures")))
        expect(page.get_by_role("heading", level=1)).to_have_text("Figures waiting for approval")
        assert_accessible(page)

        page.get_by_role("button", name="Save the decision").click()
        expect(page.locator(".govuk-error-summary")).to_be_visible()
        assert_accessible(page)
        assert_error_summary(
            page, "Select the figures to approve or return", "Select whether to approve or return the figures"
        )
        # A checkbox or radio error links to the first of its options, as the GOV.UK error summary does.
        follow_error_link(page, "Select the figures to approve or return")
        expect(page.get_by_role("checkbox").first).to_be_focused()
        follow_error_link(page, "Select whether to approve or return the figures")
        expect(page.get_by_label("Approve them")).to_be_focused()
        assert (
            IndicatorValue.objects.get(indicator=performance.indicator, period=performance.due).status
            == IndicatorValue.Status.SUBMITTED
        )
        # Each error message is part of its question's description, as with the GOV.UK components, and each
        # figure's hint (who entered it, what the checks found) describes its checkbox.
        expect(
            page.get_by_role("group", name="What do you want to do with them?")
        ).to_have_accessible_description(re.compile("Select whether to approve or return the figures"))
        expect(page.get_by_role("group", name="Select the figures")).to_have_accessible_description(
            re.compile("Select the figures to approve or return")
        )
        expect(page.get_by_role("checkbox").first).to_have_accessible_description(
            re.compile("Entered by Jane Moore.*disagrees with 309")
        )

    def test_return_resubmit_approve_publish_and_the_public_see_it(
        self, page: Page, performance: Performance, other_browser
    ):
        indicator, due, last = performance.indicator, performance.due, performance.last
        submitted_figure(performance, denominator="398")
        DemocraticServicesUserFactory(username="democratic.services")
        figure_label = f"{CP_REVIEWS}, {due.label}: 82.6%"

        # Democratic Services see the figure with what the checks found.
        sign_in(page, "democratic.services")
        page.goto(reverse("review-figures"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Figures waiting for approval")
        checkbox = page.get_by_label(figure_label)
        expect(checkbox).to_have_count(1)
        item = page.locator(".govuk-checkboxes__item", has_text=figure_label)
        expect(item.locator("label")).to_have_text(f"{figure_label} (309 of 398)")
        expect(item.locator(".govuk-hint")).to_contain_text("Entered by Jane Moore")
        expect(item.locator(".govuk-hint li")).to_have_text(
            ["Check: 82.6% disagrees with 309 of 398, which is 77.6%."]
        )
        assert_accessible(page)

        # Returning needs a reason.
        checkbox.check()
        page.get_by_label("Return them to the officer").check()
        page.get_by_role("button", name="Save the decision").click()
        assert_error_summary(page, "Enter why the figures are being returned")
        follow_error_link(page, "Enter why the figures are being returned")
        expect(page.get_by_label("Why are they being returned?")).to_be_focused()
        # What was chosen is kept: the figure selected and the decision.
        expect(page.get_by_label("Return them to the officer")).to_be_checked()
        expect(page.get_by_label(figure_label)).to_be_checked()
        assert_accessible(page)

        page.get_by_label("Why are they being returned?").fill(RETURN_REASON)
        page.get_by_role("button", name="Save the decision").click()
        expect(success_banner(page)).to_contain_text("1 figure returned.")
        expect(page.get_by_role("main")).to_contain_text("No figures are waiting for approval.")
        assert_accessible(page)
        returned = IndicatorValue.objects.get(indicator=indicator, period=due)
        assert returned.status == IndicatorValue.Status.RETURNED
        assert returned.return_reason == RETURN_REASON

        # The officer, in their own browser, reads why and submits it again, corrected.
        officer_page = other_browser()
        sign_in(officer_page, "jane.moore")
        officer_page.goto(reverse("my-indicators"))
        row = my_indicator_row(officer_page, CP_REVIEWS)
        expect(row.locator(".govuk-tag")).to_have_text("Returned")
        expect(row.locator("td").nth(2)).to_contain_text(RETURN_REASON)
        assert_accessible(officer_page)
        row.get_by_role("link", name=f"Finish {due.label} for {CP_REVIEWS}").click()
        expect(officer_page.get_by_label("Period", exact=True)).to_have_value(due.label)
        officer_page.get_by_label("Figure", exact=True).fill("82.6")
        officer_page.get_by_label("Numerator (optional)").fill("309")
        officer_page.get_by_label("Denominator (optional)").fill("374")
        officer_page.get_by_role("button", name="Submit for approval").click()
        expect(officer_page).to_have_url(url_is(reverse("my-indicators")))
        expect(success_banner(officer_page)).to_contain_text("is submitted for approval")
        expect(my_indicator_row(officer_page, CP_REVIEWS).locator(".govuk-tag")).to_have_text("Submitted")

        # Democratic Services approve it: the checks find nothing now.
        page.reload()
        item = page.locator(".govuk-checkboxes__item", has_text=figure_label)
        expect(item.locator("label")).to_have_text(f"{figure_label} (309 of 374)")
        expect(item.locator(".govuk-hint li")).to_have_count(0)
        page.get_by_label(figure_label).check()
        page.get_by_label("Approve them").check()
        page.get_by_role("button", name="Save the decision").click()
        expect(success_banner(page)).to_contain_text("1 figure approved.")
        expect(page.get_by_role("heading", name="Approved, not yet published")).to_be_visible()
        expect(page.get_by_role("main")).to_contain_text(
            "1 approved figure can be published to the dashboard."
        )
        assert_accessible(page)
        approved = IndicatorValue.objects.get(indicator=indicator, period=due)
        assert approved.status == IndicatorValue.Status.APPROVED
        assert approved.revision == 1  # a returned figure is corrected in place

        # Approved is not yet public.
        public_page = other_browser()
        public_page.goto(reverse("performance-dashboard"))
        expect(cell(public_page, dashboard_row(public_page, CP_REVIEWS), "Latest period")).to_have_text(
            last.label
        )

        page.get_by_role("button", name="Publish the approved figures").click()
        expect(success_banner(page)).to_contain_text("published to the dashboard")
        expect(success_banner(page)).not_to_contain_text("1 approved figures")  # one figure, singular
        expect(page.get_by_role("heading", name="Approved, not yet published")).to_have_count(0)
        assert_accessible(page)
        assert (
            IndicatorValue.objects.get(indicator=indicator, period=due).status
            == IndicatorValue.Status.PUBLISHED
        )

        # The public see the new figure, compared with the quarter before.
        assert_the_public_see_the_new_figure(public_page, performance)


class TestAfterTheReview:
    """The officer's side of a return and the public's side of publishing, with Democratic Services'
    decisions taken by the workflow directly: these pages are checked whatever the review page does."""

    def test_a_returned_figure_is_corrected_and_once_published_the_public_see_it(
        self, page: Page, performance: Performance, other_browser
    ):
        indicator, due = performance.indicator, performance.due
        reviewer = DemocraticServicesUserFactory(username="democratic.services")
        workflow.return_value(
            submitted_figure(performance, denominator="398"), user=reviewer, reason=RETURN_REASON
        )

        sign_in(page, "jane.moore")
        page.goto(reverse("my-indicators"))
        row = my_indicator_row(page, CP_REVIEWS)
        expect(row.locator("td").nth(1)).to_have_text(f"{due.label}: 82.6%")
        expect(row.locator(".govuk-tag")).to_have_text("Returned")
        expect(row.locator(".govuk-tag")).to_have_class(re.compile(r"\bgovuk-tag--red\b"))
        expect(row.locator("td").nth(2)).to_contain_text(RETURN_REASON)
        assert_accessible(page)

        row.get_by_role("link", name=f"Finish {due.label} for {CP_REVIEWS}").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(CP_REVIEWS)
        expect(page.get_by_label("Period", exact=True)).to_have_value(due.label)
        assert_accessible(page)
        page.get_by_label("Figure", exact=True).fill("82.6")
        page.get_by_label("Numerator (optional)").fill("309")
        page.get_by_label("Denominator (optional)").fill("374")
        page.get_by_role("button", name="Submit for approval").click()
        expect(page).to_have_url(url_is(reverse("my-indicators")))
        expect(my_indicator_row(page, CP_REVIEWS).locator(".govuk-tag")).to_have_text("Submitted")
        expect(my_indicator_row(page, CP_REVIEWS)).not_to_contain_text(RETURN_REASON)
        value = IndicatorValue.objects.get(indicator=indicator, period=due)
        assert (value.status, value.denominator, value.revision) == (IndicatorValue.Status.SUBMITTED, 374, 1)

        workflow.publish(workflow.approve(value, user=reviewer))
        page.reload()
        expect(my_indicator_row(page, CP_REVIEWS).locator(".govuk-tag")).to_have_text("Published")
        assert_the_public_see_the_new_figure(other_browser(), performance)


def assert_the_public_see_the_new_figure(public_page: Page, performance: Performance) -> None:
    """The dashboard and the indicator's page show the quarter just published, compared with the one before,
    with the trend's arrow and the direction in words."""
    indicator, due, last = performance.indicator, performance.due, performance.last
    public_page.goto(reverse("performance-dashboard"))
    row = dashboard_row(public_page, CP_REVIEWS)
    expect(cell(public_page, row, "Previous period")).to_have_text(last.label)
    expect(cell(public_page, row, "Previous value")).to_have_text("75.7%")
    expect(cell(public_page, row, "Latest period")).to_have_text(due.label)
    expect(cell(public_page, row, "Latest value")).to_have_text("82.6%")
    expect_trend(cell(public_page, row, "Trend"), "▲", "Increase", "improved")
    expect(cell(public_page, row, "Direction")).to_have_text("Improved")
    expect(cell(public_page, row, "Target")).to_have_text(">97.2%")
    expect(cell(public_page, row, "RAG").locator(".govuk-tag")).to_have_text("Red")
    assert_accessible(public_page)

    row.get_by_role("link", name=CP_REVIEWS).click()
    expect(public_page).to_have_url(url_is(indicator.get_absolute_url()))
    latest = summary_value(public_page, "Latest")
    expect(latest).to_contain_text(f"{due.label}: 82.6%")
    expect_trend(latest, "▲", "Increase", "improved")
    expect(latest).to_contain_text("(improved)")
    rows = public_page.locator("table.govuk-table tbody tr")
    expect(rows.locator("th")).to_have_text([performance.earlier.label, last.label, due.label])
    expect(rows.last.locator("td").first).to_have_text("82.6%")
    expect(rows.last.locator("td").nth(1)).to_have_text("309 of 374")
    expect(public_page.locator("img.app-chart")).to_have_attribute(
        "alt", re.compile(rf"3 figures from .* to {re.escape(due.label)} \(82\.6%\)")
    )
    expect(public_page.get_by_role("main")).not_to_contain_text(RETURN_REASON)
    assert_accessible(public_page)


# --- pages, for everyone ----------------------------------------------------------------------------------


@pytest.fixture
def dashboard_indicators(performance: Performance) -> list[Indicator]:
    """Beside the officer's indicator (Red, quartile 4): another Red one (quartile 3), a Green one (quartile
    1), and one with no target or benchmark, under another topic."""
    last, earlier = performance.last, performance.earlier  # the officer's figure for `last` is in quartile 4
    second_time = indicator_with_figures(
        CPP_SECOND_TIME,
        [(earlier, "26.1"), (last, "28.7", {"quartile": 3})],
        target=("<", Decimal("20.8")),
        polarity="low",
    )
    care_leavers = indicator_with_figures(
        CARE_LEAVERS, [(earlier, "58.0"), (last, "64.1", {"quartile": 1})], target=(">=", Decimal("60"))
    )
    ehcp = indicator_with_figures(
        EHCP_MAINSTREAM,
        [(earlier, "2483"), (last, "2446")],
        value_type=Indicator.ValueType.NUMBER,
        decimals=0,
        polarity="none",
        outcome=OutcomeFactory(name=STRENGTH, position=2),
        theme=ThemeFactory(name="SEND"),
    )
    return [performance.indicator, second_time, care_leavers, ehcp]


class TestDashboardAndIndicatorPages:
    def test_dashboard_with_the_quartile_summary_and_a_rag_filter(
        self, page: Page, performance: Performance, dashboard_indicators
    ):
        page.goto(reverse("performance-dashboard"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Performance dashboard")
        expect(page.get_by_role("status")).to_have_text("4 indicators")
        expect(page.locator(".govuk-inset-text")).to_have_text(
            "From three measures reported that have a national benchmark, one is in the top quartile, "
            "none are in the second quartile, one is in the third quartile and one is in the bottom quartile."
        )
        # A heading row over each topic's indicators.
        expect(page.locator("tbody th[scope='colgroup']")).to_have_text([SAFE_AND_STABLE, STRENGTH])
        second_time = dashboard_row(page, CPP_SECOND_TIME)
        expect_trend(cell(page, second_time, "Trend"), "▲", "Increase", "declined")
        expect(cell(page, second_time, "Direction")).to_have_text("Declined")
        care_leavers = dashboard_row(page, CARE_LEAVERS)
        expect(cell(page, care_leavers, "RAG").locator(".govuk-tag")).to_have_text("Green")
        ehcp = dashboard_row(page, EHCP_MAINSTREAM)
        expect(cell(page, ehcp, "Latest value")).to_have_text("2,446")
        expect_trend(cell(page, ehcp, "Trend"), "▼", "Decrease", "not-judged")
        expect(cell(page, ehcp, "Direction")).to_have_text("Not judged")
        expect(cell(page, ehcp, "RAG")).to_have_text("No target")
        assert_accessible(page)

        page.get_by_label("RAG", exact=True).select_option(label="Red")
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"[?&]rag=red\b"))
        expect(page.get_by_label("RAG", exact=True)).to_have_value("red")
        expect(page.get_by_role("status")).to_have_text("2 indicators")
        names = page.locator("table.govuk-table tbody td a.govuk-link")
        expect(names).to_have_text([CP_REVIEWS, CPP_SECOND_TIME])
        expect(page.locator("table.govuk-table tbody .govuk-tag")).to_have_text(["Red", "Red"])
        expect(page.locator(".govuk-inset-text")).to_have_text(
            "From two measures reported that have a national benchmark, none are in the top quartile, "
            "none are in the second quartile, one is in the third quartile and one is in the bottom quartile."
        )
        assert_accessible(page)

        # A filter nothing matches says so.
        page.get_by_label("Words in the indicator").fill("no such indicator")
        page.get_by_role("button", name="Apply filters").click()
        expect(page.get_by_role("status")).to_have_text("0 indicators")
        expect(page.locator("table.govuk-table tbody")).to_contain_text("No indicator matches.")
        expect(page.locator(".govuk-inset-text")).to_have_text(
            "No measures reported have a national benchmark."
        )
        assert_accessible(page)

    def test_indicator_page_with_its_chart_and_table(self, page: Page, performance: Performance):
        indicator, last, earlier = performance.indicator, performance.last, performance.earlier
        page.goto(reverse("performance-dashboard"))
        page.get_by_role("link", name=CP_REVIEWS, exact=True).click()
        expect(page).to_have_url(url_is(indicator.get_absolute_url()))
        expect(page).to_have_title(re.compile(f"^{re.escape(CP_REVIEWS)}"))
        expect(page.get_by_role("heading", level=1)).to_have_text(CP_REVIEWS)
        expect(summary_value(page, "Topic")).to_have_text(SAFE_AND_STABLE)
        expect(summary_value(page, "Measured as")).to_have_text("Percent, High = Good, reported each quarter")
        latest = summary_value(page, "Latest")
        expect(latest).to_contain_text(f"{last.label}: 75.7%")
        expect_trend(latest, "▲", "Increase", "improved")
        expect(latest).to_contain_text("(improved)")
        target = summary_value(page, "Target and RAG")
        expect(target).to_contain_text(">97.2%")  # as the papers print it
        expect(target.locator(".govuk-tag")).to_have_text("Red")
        expect(summary_value(page, "Officer")).to_have_text("Jane Moore, Head of Service")
        expect(summary_value(page, "Reported to").get_by_role("link")).to_have_text(
            [performance.committee.name]
        )

        # The chart: an image with a text alternative, served as SVG.
        chart = page.locator("img.app-chart")
        expect(chart).to_have_count(1)
        alt = chart.get_attribute("alt")
        assert alt and alt.strip(), "the chart has no text alternative"
        assert alt == (
            f"Line chart of {CP_REVIEWS}: 2 figures from {earlier.label} (71.3%) to {last.label} (75.7%). "
            "The figures are in the table below."
        )
        assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart did not load"
        src = chart.get_attribute("src")
        assert src == reverse("indicator-chart", args=[indicator.pk])
        response = page.request.get(src)
        assert response.ok, response.status
        assert response.headers["content-type"].startswith("image/svg+xml"), response.headers
        svg = response.text()
        assert "<svg" in svg and "</svg>" in svg
        assert not re.search(r"<script[^>]*\bsrc=", svg), "the chart loads a script"
        assert CP_REVIEWS in svg

        # The same figures in a table.
        table = page.get_by_role("table")
        expect(table.locator("caption")).to_have_text("The figures in the chart")
        rows = table.locator("tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.locator("th")).to_have_text([earlier.label, last.label])
        expect(rows.first.locator("td")).to_have_text(["71.3%", "", "Final", "", "", ""])
        expect(rows.last.locator("td")).to_have_text(["75.7%", "265 of 350", "Final", "4", "88.2%", ""])
        expect(page.get_by_role("main")).to_contain_text(
            "No resolution or action is linked to this indicator."
        )
        # The public cannot raise an action.
        expect(page.get_by_role("heading", name="Ask for something to be done")).to_have_count(0)
        expect(page.get_by_role("button", name="Raise the action")).to_have_count(0)
        assert_accessible(page)

    def test_a_councillor_raises_an_action_from_an_indicator(self, page: Page, performance: Performance):
        indicator = performance.indicator
        MemberUserFactory(username="cllr.fryer", committee=performance.committee)
        sign_in(page, "cllr.fryer")
        page.goto(indicator.get_absolute_url())
        expect(page.get_by_role("heading", name="Ask for something to be done")).to_be_visible()
        expect(page.get_by_label("For which committee?")).to_have_value(str(performance.committee.pk))
        assert_accessible(page)

        page.get_by_role("button", name="Raise the action").click()
        assert_error_summary(page, "Enter what the officer should do")
        expect(page).to_have_title(re.compile(f"^Error: {re.escape(CP_REVIEWS)}"))
        assert_accessible(page)
        follow_error_link(page, "Enter what the officer should do")
        expect(page.get_by_label("What should the officer do?")).to_be_focused()
        assert not Action.objects.exists()

        page.get_by_label("What should the officer do?").fill(ACTION_REQUEST)
        page.get_by_role("button", name="Raise the action").click()
        action = Action.objects.get()
        assert action.indicator == indicator
        assert action.owner == performance.officer
        assert action.committee == performance.committee
        assert action.description == ACTION_REQUEST
        expect(page).to_have_url(url_is(action.get_absolute_url()))
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Action {action.reference}")
        expect(success_banner(page)).to_contain_text(f"Action {action.reference} is raised; Jane Moore")
        expect(page.get_by_role("main")).to_contain_text(ACTION_REQUEST)
        assert_accessible(page)

        # The indicator lists it.
        page.goto(indicator.get_absolute_url())
        expect(
            page.get_by_role("main").get_by_role("link", name=re.compile(action.reference))
        ).not_to_have_count(0)
        expect(page.get_by_role("main")).not_to_contain_text("No resolution or action is linked")
        assert_accessible(page)


# --- reports ----------------------------------------------------------------------------------------------

REPORT_CSV = (
    "Topic,Theme,Indicator,Value Type,Polarity,Reporting Frequency,Previous Period,Previous Value,"
    "Latest Period,Latest Value,Trend,Target,Status RAG,National benchmark (quartile 1 = top),"
    "Most recent Statistical Neighbour average\n"
    f'"{SAFE_AND_STABLE}",Social Care,{CP_REVIEWS},Percent,High = Good,Quarter,'
    "Q4 2022/23,75.71%,Q3 2023/24,82.6%,Increase,>97.2%,Red,4,88.2%\n"
    f'"{SAFE_AND_STABLE}",Social Care,{CPP_SECOND_TIME},Percent,Low = Good,Quarter,'
    "Q2 2023/24,26.1%,Q3 2023/24,28.7%,Decline,<20.8%,Red,3,23.3%\n"
)


class TestPerformanceReports:
    def test_report_list_and_an_imported_report(self, page: Page):
        committee = CommitteeFactory(
            name="Children and Families Overview and Scrutiny Committee", slug="children-and-families"
        )
        result = importing.import_file(
            "cfs_dashboard_q3_2023-24.csv", REPORT_CSV.encode(), committee=committee
        )
        report = result.report
        assert report.is_published and report.label == "Q3 2023/24"
        # A draft report (made from the live dashboard) is not public.
        draft = reports.freeze(
            PerformanceReport.objects.create(label="Q4 2023/24", committee=committee),
            lines=dashboard.live_lines(Indicator.objects.for_dashboard()),
        )

        page.goto(reverse("performance-reports"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Performance reports")
        items = page.get_by_role("main").locator("ul.govuk-list li")
        expect(items).to_have_text([f"Q3 2023/24, {committee.name}"])
        assert_accessible(page)
        assert page.request.get(draft.get_absolute_url()).status == 404

        page.get_by_role("link", name="Q3 2023/24").click()
        expect(page).to_have_url(url_is(report.get_absolute_url()))
        expect(page.get_by_role("heading", level=1)).to_have_text("Performance report, Q3 2023/24")
        expect(summary_value(page, "Committee")).to_have_text(committee.name)
        expect(summary_value(page, "Status")).to_contain_text("the figures are as the committee saw them")
        expect(page.get_by_role("main")).to_contain_text(
            "From two measures reported that have a national benchmark, none are in the top quartile, "
            "none are in the second quartile, one is in the third quartile and one is in the bottom quartile."
        )
        expect(page.get_by_role("status")).to_have_text("2 indicators")
        reviews = dashboard_row(page, CP_REVIEWS)
        expect(cell(page, reviews, "Previous period")).to_have_text("Q4 2022/23")
        expect(cell(page, reviews, "Latest value")).to_have_text("82.6%")
        expect_trend(cell(page, reviews, "Trend"), "▲", "Increase", "improved")
        second_time = dashboard_row(page, CPP_SECOND_TIME)
        expect_trend(cell(page, second_time, "Trend"), "▲", "Increase", "declined")
        expect(cell(page, second_time, "Direction")).to_have_text("Declined")
        # The draft narrative, with what the checks found in the printed dashboard.
        expect(page.get_by_role("heading", name="Draft narrative")).to_be_visible()
        narrative = page.locator("#narrative ~ ol > li")
        expect(narrative).to_have_count(2)
        expect(narrative.nth(0)).to_contain_text(
            "Check: Q3 2023/24 is compared with Q4 2022/23, which is neither the period before (Q2 2023/24) "
            "nor the same period a year before (Q3 2022/23)."
        )
        expect(narrative.nth(1)).to_contain_text(
            'Check: The Trend printed as "Decline" contradicts the figures'
        )
        # Downloading it for the agenda is for Democratic Services.
        expect(page.get_by_role("link", name=re.compile("Word document"))).to_have_count(0)
        assert_accessible(page)

        page.get_by_label("Direction").select_option(label="Declined")
        page.get_by_role("button", name="Apply filters").click()
        expect(page.get_by_role("status")).to_have_text("1 indicator")
        expect(page.locator("table.govuk-table tbody td a.govuk-link")).to_have_text([CPP_SECOND_TIME])
        assert_accessible(page)

    def test_a_report_frozen_and_published(self, page: Page, performance: Performance):
        report = PerformanceReport.objects.create(
            label=performance.last.label, committee=performance.committee, period=performance.last
        )
        reports.publish(reports.freeze(report, lines=dashboard.live_lines(Indicator.objects.for_dashboard())))
        page.goto(reverse("performance-reports"))
        page.get_by_role("link", name=performance.last.label, exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            f"Performance report, {performance.last.label}"
        )
        expect(page.get_by_role("status")).to_have_text("1 indicator")
        row = dashboard_row(page, CP_REVIEWS)
        expect(cell(page, row, "Latest value")).to_have_text("75.7%")
        expect(cell(page, row, "RAG").locator(".govuk-tag")).to_have_text("Red")
        expect(page.get_by_role("main")).to_contain_text(
            "From one measure reported that has a national benchmark, none are in the top quartile, none are "
            "in the second quartile, none are in the third quartile and one is in the bottom quartile."
        )
        assert_accessible(page)


# --- uploads ----------------------------------------------------------------------------------------------


class TestUpload:
    def test_a_file_with_a_bad_row_saves_nothing_and_lists_the_problem(
        self, page: Page, performance: Performance
    ):
        due = performance.due
        sign_in(page, "jane.moore")
        page.goto(reverse("my-indicators"))
        page.get_by_role("link", name="Upload a spreadsheet of figures").click()
        expect(page).to_have_url(url_is(reverse("upload-figures")))
        expect(page.get_by_role("heading", level=1)).to_have_text("Upload figures")
        assert_accessible(page)

        page.get_by_role("button", name="Upload and submit for approval").click()
        assert_error_summary(page, "Choose a CSV or Excel file to upload")
        assert_accessible(page)
        follow_error_link(page, "Choose a CSV or Excel file to upload")
        expect(page.get_by_label("Spreadsheet of figures")).to_be_focused()

        good_row = f"{CP_REVIEWS},{due.label},82.6,309,374,"
        bad_row = f"{CP_REVIEWS},{performance.last.label},eighty-two,,,"
        csv = f"Indicator,Period,Value,Numerator,Denominator,Comment\n{good_row}\n{bad_row}\n"
        page.get_by_label("Spreadsheet of figures").set_input_files(
            {"name": "figures.csv", "mimeType": "text/csv", "buffer": csv.encode()}
        )
        page.get_by_role("button", name="Upload and submit for approval").click()
        expect(page).to_have_url(url_is(reverse("upload-figures")))
        expect(page).to_have_title(re.compile("^Error: Upload figures"))
        summary = page.locator(".govuk-error-summary")
        expect(summary).to_contain_text("The file was not uploaded: nothing has been saved")
        expect(summary.locator("li")).to_have_text(['Row 3: "eighty-two" is not a number.'])
        expect(summary).to_be_focused()
        assert_accessible(page)
        # Nothing saved: not even the good row.
        assert not IndicatorValue.objects.filter(indicator=performance.indicator, period=due).exists()
        assert IndicatorValue.objects.filter(indicator=performance.indicator).count() == 2

        # Corrected, the file is submitted.
        csv = f"Indicator,Period,Value,Numerator,Denominator,Comment\n{good_row}\n"
        page.get_by_label("Spreadsheet of figures").set_input_files(
            {"name": "figures.csv", "mimeType": "text/csv", "buffer": csv.encode()}
        )
        page.get_by_role("button", name="Upload and submit for approval").click()
        expect(page).to_have_url(url_is(reverse("my-indicators")))
        expect(success_banner(page)).to_contain_text("submitted for approval")
        expect(success_banner(page)).not_to_contain_text("1 figures")  # one figure, singular
        expect(my_indicator_row(page, CP_REVIEWS).locator(".govuk-tag")).to_have_text("Submitted")
        assert_accessible(page)
        value = IndicatorValue.objects.get(indicator=performance.indicator, period=due)
        assert value.status == IndicatorValue.Status.SUBMITTED
        assert value.denominator == 374
