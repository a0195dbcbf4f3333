"""Every CSV and Excel download of the site, read cell by cell: each carries the values a reader sees on the
page, as plain text (never the page's HTML), and nothing a spreadsheet would run as a formula.

EXPORTS lists each download with the rows it must hold; a test fails when a page that downloads (a
TrackerView, scrutiny/tables.py) is missing from it."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import django_tables2 as tables
import pytest
from django.urls import get_resolver, reverse
from django.urls.resolvers import URLPattern, URLResolver
from django.utils import timezone
from django.utils.html import format_html

from followup import workflow as followup_workflow
from indicators import dashboard, reports
from indicators import workflow as indicators_workflow
from indicators.models import Indicator
from scrutiny.tables import GovUKTable, SafeTableExport, TrackerView
from tests.factories import (
    ActionFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    OutcomeFactory,
    PerformanceReportFactory,
    PeriodFactory,
    RecommendationFactory,
    ResolutionFactory,
    TargetFactory,
    ThemeFactory,
)
from tests.responses import rows_of

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
FORMATS = ["csv", "xlsx"]

# The texts below hold what HTML escapes (an apostrophe, an ampersand, angle brackets), so a cell that went
# through the page's markup would show it.
COMMITTEE = "Children & Families Overview and Scrutiny Committee"
REQUEST = "That the Director be requested to provide the Committee with the <2 year> tribunal figures."
ASKED = "Provide the tribunal figures for children's services & SEND."
RECOMMENDED = "That the Cabinet's draft plan be amended to include the Youth Justice service."
RESPONSE = "The Cabinet agreed & amended the plan."
ANSWER = '=HYPERLINK("http://evil.example")'
OWNER = "Mrs. J. O'Neill"
PLACEMENTS = "Children's placements lasting 2+ years"
PROGRESS = "Progress 8 score of children in care"


@pytest.fixture
def site():
    """One published meeting (5 March 2024) with a request, its action, a recommendation, and a dashboard of
    two indicators, one of them a score that has fallen below nought."""
    committee = CommitteeFactory(name=COMMITTEE)
    meeting = MinutesPublishedMeetingFactory(
        committee=committee, start=datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
    )
    minute = MinuteFactory(meeting=meeting, number=52, heading="Tribunals.")
    request = ResolutionFactory(minute=minute, letter="b", kind="request_for_information", text=REQUEST)
    owner = OfficerFactory(name=OWNER)
    officer = OfficerUserFactory(person=owner)
    action = ActionFactory(resolution=request, description=ASKED, owner=owner, due_date=date(2024, 4, 2))
    followup_workflow.submit_response(action, text=ANSWER, responded_by=owner)
    recommendation = RecommendationFactory(
        resolution=ResolutionFactory(minute=minute, letter="c", kind="recommendation", text=RECOMMENDED),
        body="Cabinet",
        sent_on=date(2024, 3, 6),
        response_received_on=date(2024, 4, 30),
        outcome="accepted",
        response_text=RESPONSE,
    )

    outcome = OutcomeFactory(name="Help children to live in safe, stable environments", position=1)
    theme = ThemeFactory(name="Social Care")
    placements = IndicatorFactory(
        name=PLACEMENTS, outcome=outcome, theme=theme, polarity="high", committees=[committee]
    )
    TargetFactory(indicator=placements, financial_year=2023, comparator=">=", value=Decimal("70"))
    progress = IndicatorFactory(
        name=PROGRESS,
        outcome=outcome,
        theme=ThemeFactory(name="Education"),
        value_type="score",
        decimals=2,
        frequency="annual",
        period_type="academic_year",
        committees=[committee],
    )
    for indicator, figures in (
        (placements, {"Q1 2023/24": ("66.0", ""), "Q2 2023/24": ("71.4", "amber")}),
        (progress, {"2021/22 Final": ("0.05", ""), "2022/23 Final": ("-0.12", "")}),
    ):
        for label, (value, override) in figures.items():
            IndicatorValueFactory(
                indicator=indicator,
                period=PeriodFactory(label=label),
                value=Decimal(value),
                rag_override=override,
                rag_override_reason="Below the national average." if override else "",
            )
        indicators_workflow.refresh_dashboard(indicator)
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    reports.freeze(report, lines=dashboard.live_lines(Indicator.objects.for_dashboard()))
    reports.publish(report)
    return {"action": action, "recommendation": recommendation, "report": report, "officer": officer}


RESOLUTIONS = [
    {
        "Meeting": "2024-03-05",
        "Committee": COMMITTEE,
        "Minute": "52(b)",
        "Resolution": REQUEST,
        "Kind": "Request for information",
    },
    {
        "Meeting": "2024-03-05",
        "Committee": COMMITTEE,
        "Minute": "52(c)",
        "Resolution": RECOMMENDED,
        "Kind": "Recommendation or comments to another body",
    },
]


def actions(site, *, owner: bool) -> list[dict]:
    """The action; its owner reads the answer they sent, which the public sees once it is accepted."""
    return [
        {
            "Action": site["action"].reference,
            "Committee": COMMITTEE,
            "From": "Minute 52(b)",
            "What was asked": ASKED,
            "Owner": OWNER,
            "Due": "2024-04-02",
            "Status": "Response submitted",
            # Neutralised: a spreadsheet shows it as text and runs nothing.
            "Latest response": f"'{ANSWER} ({timezone.localdate():%Y-%m-%d})" if owner else "",
        }
    ]


RECOMMENDATIONS = [
    {
        "Minute": "52(c)",
        "Committee": COMMITTEE,
        "Recommendation": RECOMMENDED,
        "Sent to": "Cabinet",
        "Sent": "2024-03-06",
        "Response due": "2024-05-06",
        "Response": f"Accepted (2024-04-30): {RESPONSE}",
    }
]


def dashboard_row(**cells) -> dict:
    return {
        "Topic": "Help children to live in safe, stable environments",
        "Previous period": "",
        "Previous value": "",
        "Trend": "",
        "Target": "",
        "Quartile (1 = top)": "",
        "Statistical neighbour average": "",
    } | cells


DASHBOARD = [
    dashboard_row(
        Theme="Education",
        Indicator=PROGRESS,
        **{
            "Value type": "Score",
            "Polarity": "High = Good",
            "Frequency": "Annual",
            "Previous period": "2021/22",
            "Previous value": "0.05",
            "Latest period": "2022/23",
            "Latest value": "-0.12",  # a negative number, not a formula: left as it is
            "Trend": "Decrease",
            "Direction": "Declined",
            "RAG": "",
        },
    ),
    dashboard_row(
        Theme="Social Care",
        Indicator=PLACEMENTS,
        **{
            "Value type": "Percent",
            "Polarity": "High = Good",
            "Frequency": "Quarter",
            "Previous period": "Q1 2023/24",
            "Previous value": "66.0%",
            "Latest period": "Q2 2023/24",
            "Latest value": "71.4%",
            "Trend": "Increase",
            "Direction": "Improved",
            "Target": ">=70.0%",
            "RAG": "Amber",  # the officer's judgement, over the target's Green
        },
    ),
]

# Each download: how to reach it (the URL, and who signs in), and the rows it holds.
EXPORTS = {
    "resolution-list": (lambda site: reverse("resolution-list"), None, lambda site: RESOLUTIONS),
    "action-list": (lambda site: reverse("action-list"), None, lambda site: actions(site, owner=False)),
    "my-actions": (lambda site: reverse("my-actions"), "officer", lambda site: actions(site, owner=True)),
    "recommendation-list": (lambda site: reverse("recommendation-list"), None, lambda site: RECOMMENDATIONS),
    "performance-dashboard": (lambda site: reverse("performance-dashboard"), None, lambda site: DASHBOARD),
    "performance-report": (lambda site: site["report"].get_absolute_url(), None, lambda site: DASHBOARD),
}


def tracker_url_names(resolver=None) -> set[str]:
    """Every URL name routed to a page that downloads its table."""
    names = set()
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            names |= tracker_url_names(pattern)
        elif isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "view_class", None)
            if view is not None and issubclass(view, TrackerView):
                names.add(pattern.name)
    return names


def test_every_download_of_the_site_is_read_here():
    assert tracker_url_names() == set(EXPORTS)


@pytest.mark.parametrize("export", FORMATS)
@pytest.mark.parametrize("page", EXPORTS)
def test_a_download_holds_the_values_shown_as_plain_text(client, site, page, export):
    url, signed_in, expected = EXPORTS[page]
    if signed_in:
        client.force_login(site[signed_in])
    response = client.get(url(site), {"_export": export})
    assert response.status_code == 200
    assert rows_of(response) == expected(site)


class LinkedTable(GovUKTable):
    """A table drawing a column as a link and giving no plain value for downloads."""

    name = tables.Column()
    note = tables.Column()

    def render_name(self, record):
        return format_html('<a class="govuk-link" href="/{}/">{}</a>', record["pk"], record["name"])


def test_a_column_drawn_as_html_downloads_as_its_text():
    table = LinkedTable([{"pk": 1, "name": "Children's placements & moves", "note": "<2 years"}])
    [row] = rows_of_export(table)
    assert row == {"Name": "Children's placements & moves", "Note": "<2 years"}  # typed text kept as typed


def rows_of_export(table) -> list[dict]:
    export = SafeTableExport("csv", table)
    return list(csv.DictReader(io.StringIO(export.export())))


@pytest.mark.parametrize(
    ("typed", "downloaded"),
    [
        ("-0.12", "-0.12"),
        ("-1,234.5", "-1,234.5"),
        ("+3.5%", "+3.5%"),
        ("-2+3", "'-2+3"),
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-", "'-"),
    ],
)
def test_numbers_below_nought_are_left_as_numbers_and_formulas_are_neutralised(typed, downloaded):
    [row] = rows_of_export(LinkedTable([{"pk": 1, "name": "A figure", "note": typed}]))
    assert row["Note"] == downloaded


def test_a_late_action_is_overdue_in_the_download(client, site):
    """The answer is returned, so the action waits on its officer again, past its due date."""
    followup_workflow.return_response(
        site["action"], user=DemocraticServicesUserFactory(), reason="Add the 2023 figures."
    )
    [row] = rows_of(client.get(reverse("action-list"), {"_export": "xlsx"}))
    assert row["Status"] == "In progress (overdue)"
