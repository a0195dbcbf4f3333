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
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
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
        report, lines=dashboard.live_lines(Indicator.objects.for_dashboard().filter(name__startswith="Care"))
    )
    reports.publish(report)
    response = run_action(staff, REPORTS, "freeze_dashboard", [report])
    assert list(report.lines.values_list("name", flat=True)) == [
        "Care leavers in education, employment or training"
    ]
    assert messages_of(response) == [("error", f"{report} is published: what it showed cannot be changed.")]


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


# --- four eyes: whoever changes a figure entered it ------------------------------------------------------


def change_form(figure: IndicatorValue, **changes) -> dict:
    """The admin's change form for `figure`, as it stands, with `changes`."""
    data = {
        "indicator": figure.indicator_id,
        "period": figure.period_id,
        "revision": figure.revision,
        "source": figure.source,
        "value": figure.value,
        "finality": figure.finality,
        "commentary": figure.commentary,
        "officer_comment": figure.officer_comment,
        "rag_override": figure.rag_override,
        "rag_override_reason": figure.rag_override_reason,
    }
    for name in ("numerator", "denominator", "quartile", "sn_average", "england_average"):
        data[name] = "" if getattr(figure, name) is None else getattr(figure, name)
    return data | changes


def change_url(row) -> str:
    return reverse(f"admin:indicators_{row._meta.model_name}_change", args=[row.pk])


def test_who_changes_a_submitted_figure_in_the_admin_entered_it_and_does_not_approve_it(
    staff, democratic_services_user, officer, indicator
):
    figure = submitted_by(officer, indicator, value="62.5")
    response = staff.post(change_url(figure), change_form(figure, value="65.0"), follow=True)
    figure.refresh_from_db()
    assert (figure.value, figure.status, figure.entered_by) == (
        Decimal("65.0"),
        Status.SUBMITTED,
        democratic_services_user,
    )
    assert (
        "warning",
        f"The Q3 2023/24 figure for {indicator} was waiting for approval: you changed it, so it now counts "
        "as entered by you, and someone else approves it.",
    ) in messages_of(response)

    # Neither in the admin nor on the review page do they approve what they changed.
    run_action(staff, FIGURES, "approve_figures", [figure])
    staff.post(reverse("review-figures"), {"figures": [figure.pk], "decision": "approve"})
    figure.refresh_from_db()
    assert (figure.status, figure.approved_by) == (Status.SUBMITTED, None)

    colleague = DemocraticServicesUserFactory()
    staff.force_login(colleague)
    run_action(staff, FIGURES, "approve_figures", [figure])
    figure.refresh_from_db()
    assert (figure.status, figure.approved_by, figure.entered_by) == (
        Status.APPROVED,
        colleague,
        democratic_services_user,
    )


def test_saving_a_figure_unchanged_leaves_who_entered_it(staff, officer, indicator):
    figure = submitted_by(officer, indicator)
    staff.post(change_url(figure), change_form(figure))
    figure.refresh_from_db()
    assert figure.entered_by == officer


def test_a_figure_added_in_the_admin_was_entered_by_who_added_it(staff, democratic_services_user, indicator):
    period = PeriodFactory(label="Q4 2023/24")
    draft = IndicatorValue(indicator=indicator, period=period, value=Decimal("1"))
    staff.post(reverse("admin:indicators_indicatorvalue_add"), change_form(draft, value="58.1"))
    added = IndicatorValue.objects.get(indicator=indicator, period=period)
    assert (added.value, added.status, added.entered_by) == (
        Decimal("58.1"),
        Status.DRAFT,
        democratic_services_user,
    )


def test_reverting_a_submitted_figure_to_an_earlier_version_makes_the_reverter_its_enterer(
    staff, democratic_services_user, officer, indicator
):
    figure = workflow.record(
        indicator, PeriodFactory(label="Q3 2023/24"), workflow.Figures(value=Decimal("60.0")), user=officer
    )
    first = figure.history.earliest()
    figure = workflow.record(indicator, figure.period, workflow.Figures(value=Decimal("62.5")), user=officer)
    workflow.submit(figure, user=officer)
    url = reverse("admin:indicators_indicatorvalue_simple_history", args=[figure.pk, first.history_id])
    staff.post(url, change_form(figure, value="60.0"))
    figure.refresh_from_db()
    assert (figure.value, figure.entered_by) == (Decimal("60.0"), democratic_services_user)


# --- published means unchangeable ------------------------------------------------------------------------


@pytest.fixture
def published(indicator):
    figure = IndicatorValueFactory(
        indicator=indicator,
        period=PeriodFactory(label="Q2 2023/24"),
        value=Decimal("61.3"),
        commentary="Up on the quarter before.",
    )
    workflow.refresh_dashboard(indicator)
    return figure


LOCKED_TEXT = (
    "The Q2 2023/24 figure for Care leavers in education, employment or training (revision 1) is {status} "
    "and locked: it cannot be changed or deleted. Record a correction as a new revision."
)


def stored(figure) -> tuple:
    return tuple(
        IndicatorValue.objects.filter(pk=figure.pk).values_list(
            "value", "commentary", "rag_override", "rag_override_reason", "status"
        )[0]
    )


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED])
def test_an_approved_or_published_figure_is_read_only_in_the_admin(staff, published, status):
    if status == Status.APPROVED:
        published = IndicatorValueFactory(
            indicator=published.indicator, period=PeriodFactory(label="Q2 2023/24"), revision=2, status=status
        )
    before = stored(published)
    page = staff.get(change_url(published))
    text = page.content.decode()
    assert page.status_code == 200 and 'name="_save"' not in text
    assert (
        "info",
        LOCKED_TEXT.format(status=status).replace("revision 1", f"revision {published.revision}"),
    ) in (messages_of(page))
    changes = {"rag_override": "red", "rag_override_reason": "Worse than it looks.", "commentary": "Edited."}
    assert staff.post(change_url(published), change_form(published, **changes)).status_code == 403
    assert stored(published) == before


def test_a_published_figure_cannot_be_deleted_in_the_admin(staff, published, indicator):
    draft = IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q3 2023/24"), status=Status.DRAFT
    )
    delete = reverse("admin:indicators_indicatorvalue_delete", args=[published.pk])
    assert staff.get(delete).status_code == 403
    assert staff.post(delete, {"post": "yes"}).status_code == 403
    ticked = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [published.pk, draft.pk], "index": 0}
    page = staff.post(FIGURES, ticked)
    assert "Cannot delete" in page.content.decode()
    assert LOCKED_TEXT.format(status="published").replace("&", "&amp;") in page.content.decode()
    staff.post(FIGURES, ticked | {"post": "yes"})
    assert set(IndicatorValue.objects.values_list("pk", flat=True)) == {published.pk, draft.pk}
    # The draft alone may go.
    staff.post(
        FIGURES, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [draft.pk], "index": 0, "post": "yes"}
    )
    assert list(IndicatorValue.objects.values_list("pk", flat=True)) == [published.pk]


def test_reverting_a_published_figure_is_refused(staff, published):
    version = published.history.earliest()
    url = reverse("admin:indicators_indicatorvalue_simple_history", args=[published.pk, version.history_id])
    before = stored(published)
    assert staff.post(url, change_form(published, commentary="Reverted.")).status_code == 403
    assert stored(published) == before


def test_an_indicator_with_published_figures_cannot_be_deleted_in_the_admin(staff, published, indicator):
    delete = reverse("admin:indicators_indicator_delete", args=[indicator.pk])
    page = staff.post(delete, {"post": "yes"})
    assert page.status_code == 200 and "Cannot delete" in page.content.decode()
    assert Indicator.objects.filter(pk=indicator.pk).exists()
    assert stored(published)[-1] == Status.PUBLISHED


@pytest.fixture
def published_report(committee, committees_dashboard):
    report = PerformanceReportFactory(label="Q2 2023/24", committee=committee)
    reports.freeze(
        report, lines=dashboard.live_lines(Indicator.objects.for_dashboard().for_committee(committee))
    )
    return reports.publish(report)


def test_a_published_report_is_read_only_in_the_admin_but_for_its_agenda_item(staff, published_report):
    item = AgendaItemFactory(title="Performance report")
    page = staff.get(change_url(published_report))
    assert (
        "info",
        f"{published_report} is published: what it showed cannot be changed or deleted.",
    ) in messages_of(page)
    form = page.context["adminform"].form
    assert set(form.fields) == {"agenda_item"}  # everything else is shown read only
    data = {
        "label": "Q2 2023/24 (changed)",
        "agenda_item": item.pk,
        "lines-TOTAL_FORMS": 0,
        "lines-INITIAL_FORMS": 0,
    }
    staff.post(change_url(published_report), data)
    published_report.refresh_from_db()
    assert (published_report.label, published_report.agenda_item) == ("Q2 2023/24", item)


def test_a_published_report_cannot_be_deleted_in_the_admin(staff, published_report, committee):
    draft = PerformanceReportFactory(label="Q3 2023/24", committee=committee)
    delete = reverse("admin:indicators_performancereport_delete", args=[published_report.pk])
    assert staff.post(delete, {"post": "yes"}).status_code == 403
    ticked = {"action": "delete_selected", ACTION_CHECKBOX_NAME: [published_report.pk, draft.pk], "index": 0}
    page = staff.post(REPORTS, ticked | {"post": "yes"})
    assert "Cannot delete" in page.content.decode()
    assert set(PerformanceReport.objects.values_list("pk", flat=True)) == {published_report.pk, draft.pk}
    assert published_report.lines.count() == 2
