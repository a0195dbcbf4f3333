"""A performance report from start to finish in indicators.reports: freezing the dashboard of its committee,
publishing it, and the Word and PDF documents made from the one summary; the figures an indicator's chart
and page share; and publishing every approved figure at once."""

import io
from decimal import Decimal

import docx
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from indicators import dashboard, reports, workflow
from indicators.models import Indicator, IndicatorValue, PerformanceReport, ReportLine
from tests.factories import (
    CommitteeFactory,
    DemocraticServicesUserFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    PerformanceReportFactory,
    PeriodFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db
Status = IndicatorValue.Status


def with_figures(name: str, committees, figures: dict[str, str]) -> Indicator:
    indicator = IndicatorFactory(name=name, committees=committees)
    TargetFactory(indicator=indicator, financial_year=2023, value=Decimal("60"))
    for label, value in figures.items():
        IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=label), value=Decimal(value))
    workflow.refresh_dashboard(indicator)
    return indicator


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")


@pytest.fixture
def placements(committee):
    return with_figures("Placement stability", [committee], {"Q1 2023/24": "61.3", "Q2 2023/24": "64.7"})


@pytest.fixture
def potholes():
    other = CommitteeFactory(name="Highways and Transport Overview and Scrutiny Committee")
    return with_figures("Potholes repaired in time", [other], {"Q2 2023/24": "55.0"})


def test_a_report_freezes_its_committees_live_dashboard_by_default(committee, placements, potholes):
    report = reports.freeze(PerformanceReportFactory(committee=committee))
    assert [(line.name, line.latest_value, line.previous_value) for line in report.lines.all()] == [
        ("Placement stability", Decimal("64.7"), Decimal("61.3"))
    ]
    [live] = dashboard.live_lines(Indicator.objects.for_dashboard().filter(pk=placements.pk))
    [frozen] = report.lines.all()
    assert {name: getattr(frozen, name) for name in reports.LINE_FIELDS} == {
        name: getattr(live, name) for name in reports.LINE_FIELDS
    }


def test_a_report_to_no_committee_freezes_every_indicator(placements, potholes):
    report = reports.freeze(PerformanceReportFactory(committee=None))
    assert sorted(report.lines.values_list("name", flat=True)) == [
        "Placement stability",
        "Potholes repaired in time",
    ]


def test_a_live_line_is_an_unsaved_report_line_and_can_be_frozen_into_two_reports(placements):
    lines = dashboard.live_lines(Indicator.objects.for_dashboard())
    assert all(isinstance(line, ReportLine) and line.pk is None for line in lines)
    first = reports.freeze(PerformanceReportFactory(), lines=lines)
    second = reports.freeze(PerformanceReportFactory(), lines=lines)
    assert first.lines.get().pk != second.lines.get().pk
    assert all(line.pk is None for line in lines)  # copied, never saved themselves


def test_a_published_report_is_not_frozen_again_and_not_published_twice(committee, placements):
    report = reports.publish(reports.freeze(PerformanceReportFactory(committee=committee)))
    with pytest.raises(ValidationError, match="is published: what it showed cannot be changed"):
        reports.freeze(report)
    with pytest.raises(ValidationError, match="is already published"):
        reports.publish(report)


def test_an_empty_report_is_not_published(committee):
    with pytest.raises(ValidationError, match="has no lines yet: copy the dashboard into it first"):
        reports.publish(PerformanceReportFactory(committee=committee))


def test_drafts_are_visible_only_to_those_who_prepare_them(committee):
    draft = PerformanceReportFactory(committee=committee)
    published = PerformanceReportFactory(committee=committee, status=PerformanceReport.Status.PUBLISHED)
    assert list(PerformanceReport.objects.visible_to(AnonymousUser())) == [published]
    staff = DemocraticServicesUserFactory()
    assert set(PerformanceReport.objects.visible_to(staff)) == {draft, published}


def test_the_word_and_pdf_documents_print_the_same_table_and_narrative(committee, placements):
    report = reports.freeze(PerformanceReportFactory(committee=committee, label="Q2 2023/24"))
    word = docx.Document(io.BytesIO(reports.word_document(report)))
    [table] = word.tables
    row = [cell.text for cell in table.rows[1].cells]
    figures = ["Q1 2023/24", "61.3%", "Q2 2023/24", "64.7%", "Increase", "Improved", "Green", ""]
    assert row == [placements.theme.name, "Placement stability", *figures]
    word_text = "\n".join(paragraph.text for paragraph in word.paragraphs)
    pdf_text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(reports.pdf_document(report))).pages
    )
    title = f"Performance report to the {committee}: Q2 2023/24"
    narrative = reports.summary(report)["indicators"][0]["narrative"]
    assert narrative and title in word_text and narrative in word_text
    flat = " ".join(pdf_text.split())
    assert title in flat and " ".join(narrative.split()) in flat and "Draft" in flat
    assert all(" ".join(cell.split()) in flat for cell in row if cell)


def test_the_chart_draws_each_periods_newest_published_revision_and_the_page_lists_the_revised(placements):
    q2 = PeriodFactory(label="Q2 2023/24")
    revised = IndicatorValueFactory(indicator=placements, period=q2, revision=2, value=Decimal("65.1"))
    IndicatorValueFactory(
        indicator=placements, period=q2, revision=3, value=Decimal("70"), status=Status.DRAFT
    )
    assert [(v.period.label, v.value) for v in placements.values.for_chart()] == [
        ("Q1 2023/24", Decimal("61.3")),
        ("Q2 2023/24", revised.value),
    ]
    assert [(v.period.label, v.revision) for v in placements.values.revised()] == [("Q2 2023/24", 1)]


def test_publishing_the_approved_figures_publishes_those_and_nothing_else(placements):
    approved = [
        IndicatorValueFactory(indicator=placements, period=PeriodFactory(label=label), status=Status.APPROVED)
        for label in ("Q3 2023/24", "Q4 2023/24")
    ]
    submitted = IndicatorValueFactory(
        indicator=placements, period=PeriodFactory(label="Q1 2024/25"), status=Status.SUBMITTED
    )
    assert workflow.publish_approved() == 2
    assert {value.pk for value in IndicatorValue.objects.published()} >= {value.pk for value in approved}
    assert IndicatorValue.objects.get(pk=submitted.pk).status == Status.SUBMITTED
    placements.refresh_from_db()
    assert placements.latest_value_id == approved[-1].pk
    assert workflow.publish_approved() == 0
