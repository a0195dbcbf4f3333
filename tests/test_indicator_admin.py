"""Performance indicators in the admin, as Democratic Services use it: every admin action run through the
changelist (a POST, as the admin's own form sends it) and checked by what it did to the records."""

from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse

import indicators.admin  # noqa: F401  (registers the admin under test)
from indicators import dashboard, reports, workflow
from indicators.models import Indicator, IndicatorValue, PerformanceReport
from tests.factories import (
    CommitteeFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    OfficerUserFactory,
    PerformanceReportFactory,
    PeriodFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db
Status = IndicatorValue.Status
FIGURES = reverse("admin:indicators_indicatorvalue_changelist")
REPORTS = reverse("admin:indicators_performancereport_changelist")


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def messages_of(response) -> list[tuple[str, str]]:
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def run_action(client, changelist: str, action: str, rows):
    """Tick `rows` in the changelist and run `action` on them, as the admin's form does; the changelist is
    shown again with what the action said."""
    return client.post(
        changelist,
        {"action": action, ACTION_CHECKBOX_NAME: [row.pk for row in rows], "index": 0},
        follow=True,
    )


def submitted_by(officer, indicator, label="Q3 2023/24", value="62.5") -> IndicatorValue:
    figure = workflow.record(
        indicator, PeriodFactory(label=label), workflow.Figures(value=Decimal(value)), user=officer
    )
    return workflow.submit(figure, user=officer)


@pytest.fixture
def officer():
    return OfficerUserFactory()


@pytest.fixture
def indicator(officer):
    return IndicatorFactory(name="Care leavers in education, employment or training", owner=officer.person)


# Each admin action of indicators/admin.py, and the test below that runs it.
ACTIONS_TESTED = {
    ("indicatorvalue", "approve_figures"): "test_approving_figures_from_the_list",
    ("indicatorvalue", "publish_figures"): "test_publishing_figures_from_the_list",
    ("performancereport", "freeze_dashboard"): "test_copying_the_dashboard_into_a_report",
    ("performancereport", "publish_reports"): "test_publishing_reports_from_the_list",
}


def test_every_admin_action_of_the_indicators_is_run_by_a_test():
    defined = {
        (model._meta.model_name, name)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label == "indicators"
        for name in (model_admin.actions or [])
    }
    assert defined == set(ACTIONS_TESTED)
    assert all(callable(globals().get(test)) for test in ACTIONS_TESTED.values())


# --- figures ----------------------------------------------------------------------------------------------


def test_approving_figures_from_the_list(staff, democratic_services_user, officer, indicator):
    figure = submitted_by(officer, indicator)
    response = run_action(staff, FIGURES, "approve_figures", [figure])
    assert response.status_code == 200
    figure.refresh_from_db()
    assert (figure.status, figure.approved_by, figure.entered_by) == (
        Status.APPROVED,
        democratic_services_user,
        officer,
    )
    assert ("success", f"The Q3 2023/24 figure for {indicator} is approved.") in messages_of(response)


def test_approving_ones_own_figure_from_the_list_is_refused(staff, democratic_services_user, indicator):
    own = submitted_by(democratic_services_user, indicator)
    response = run_action(staff, FIGURES, "approve_figures", [own])
    own.refresh_from_db()
    assert (own.status, own.approved_by) == (Status.SUBMITTED, None)
    assert (
        "error",
        "Someone other than the person who entered a figure approves it.",
    ) in messages_of(response)


def test_publishing_figures_from_the_list(staff, officer, indicator):
    approved = IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q2 2023/24"), status=Status.APPROVED
    )
    draft = IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q3 2023/24"), status=Status.DRAFT
    )
    response = run_action(staff, FIGURES, "publish_figures", [approved, draft])
    approved.refresh_from_db(), draft.refresh_from_db(), indicator.refresh_from_db()
    assert (approved.status, draft.status) == (Status.PUBLISHED, Status.DRAFT)
    assert approved.published_at is not None
    assert indicator.latest_value == approved  # on the dashboard
    assert messages_of(response) == [
        ("success", f"The Q2 2023/24 figure for {indicator} is published."),
        ("error", f"The Q3 2023/24 figure for {indicator} is not approved yet."),
    ]


# --- performance reports ----------------------------------------------------------------------------------


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")


def published_figures(indicator, figures: dict[str, str]):
    for label, value in figures.items():
        IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=label), value=Decimal(value))
    workflow.refresh_dashboard(indicator)


@pytest.fixture
def committees_dashboard(committee):
    """Two indicators the committee sees (one with a target), and one it does not."""
    placements = IndicatorFactory(
        name="Children in care with three or more placements", committees=[committee]
    )
    TargetFactory(indicator=placements, financial_year=2023, comparator="<=", value=Decimal("10"))
    published_figures(placements, {"Q1 2023/24": "9.5", "Q2 2023/24": "10.8"})
    leavers = IndicatorFactory(
        name="Care leavers in education, employment or training", committees=[committee]
    )
    published_figures(leavers, {"Q2 2023/24": "61.3"})
    elsewhere = IndicatorFactory(name="Potholes repaired within 28 days", committees=[CommitteeFactory()])
    published_figures(elsewhere, {"Q2 2023/24": "88.0"})
    return [placements, leavers]


def test_copying_the_dashboard_into_a_report(staff, committee, committees_dashboard):
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    response = run_action(staff, REPORTS, "freeze_dashboard", [report])
    assert response.status_code == 200
    lines = list(report.lines.order_by("position"))
    assert [
        (
            line.name,
            line.previous_period,
            line.previous_value,
            line.latest_period,
            line.latest_value,
            line.rag,
        )
        for line in lines
    ] == [  # in the dashboard's order: by topic (the placements indicator's comes first)
        (
            "Children in care with three or more placements",
            "Q1 2023/24",
            Decimal("9.5"),
            "Q2 2023/24",
            Decimal("10.8"),
            "amber",
        ),
        ("Care leavers in education, employment or training", "", None, "Q2 2023/24", Decimal("61.3"), ""),
    ]
    assert messages_of(response) == [("success", f"{report} now holds 2 lines.")]
    report.refresh_from_db()
    assert not report.is_published  # copied, not yet published


def test_copying_the_dashboard_again_replaces_the_lines(staff, committee, committees_dashboard):
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    run_action(staff, REPORTS, "freeze_dashboard", [report])
    committees_dashboard[1].committees.clear()
    run_action(staff, REPORTS, "freeze_dashboard", [report])
    assert list(report.lines.values_list("name", flat=True)) == [
        "Children in care with three or more placements"
    ]


def test_copying_into_a_published_report_is_refused_and_changes_nothing(
    staff, committee, committees_dashboard
):
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    reports.freeze(
        report, dashboard.live_lines(Indicator.objects.for_dashboard().filter(name__startswith="Care"))
    )
    reports.publish(report)
    response = run_action(staff, REPORTS, "freeze_dashboard", [report])
    assert list(report.lines.values_list("name", flat=True)) == [
        "Care leavers in education, employment or training"
    ]
    assert messages_of(response) == [("error", f"{report} is published: what it showed cannot change.")]


def test_publishing_reports_from_the_list(staff, committee, committees_dashboard):
    ready = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    run_action(staff, REPORTS, "freeze_dashboard", [ready])
    empty = PerformanceReportFactory(label="Q3 2023/24", committee=committee)
    response = run_action(staff, REPORTS, "publish_reports", [ready, empty])
    ready.refresh_from_db(), empty.refresh_from_db()
    assert (ready.status, empty.status) == (
        PerformanceReport.Status.PUBLISHED,
        PerformanceReport.Status.DRAFT,
    )
    assert ready.published_at is not None and empty.published_at is None
    assert sorted(messages_of(response)) == [
        ("error", f"{empty} has no lines yet: copy the dashboard into it first."),
        ("success", f"{ready} is published."),
    ]


def test_publishing_a_published_report_again_leaves_its_date(staff, committee, committees_dashboard):
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    run_action(staff, REPORTS, "freeze_dashboard", [report])
    run_action(staff, REPORTS, "publish_reports", [report])
    report.refresh_from_db()
    first = report.published_at
    response = run_action(staff, REPORTS, "publish_reports", [report])
    report.refresh_from_db()
    assert report.published_at == first
    assert messages_of(response) == [("error", f"{report} is already published.")]
