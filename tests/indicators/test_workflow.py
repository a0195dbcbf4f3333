"""The life of a figure (draft, submitted, approved, published; returned with a reason; locked once approved;
corrected by a new revision) and the dashboard line worked out from the published figures."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError

from indicators import periods, reports, workflow
from indicators.dashboard import line_for, live_lines
from indicators.models import Indicator, IndicatorValue, PerformanceReport, Period, ReportLine
from tests.factories import (
    AgendaItemFactory,
    DemocraticServicesUserFactory,
    IndicatorFactory,
    OfficerUserFactory,
    PerformanceReportFactory,
)

pytestmark = pytest.mark.django_db
D = Decimal
Status = IndicatorValue.Status


def period(label: str) -> Period:
    return Period.objects.get_or_create_span(periods.parse(label))


def published(indicator, label, value, **fields):
    figure = IndicatorValue.objects.create(
        indicator=indicator, period=period(label), value=D(value), status=Status.PUBLISHED, **fields
    )
    workflow.refresh_dashboard(indicator)
    return figure


@pytest.fixture
def officer():
    return OfficerUserFactory()


@pytest.fixture
def reviewer():
    return DemocraticServicesUserFactory()


@pytest.fixture
def indicator(officer):
    return IndicatorFactory(name="Re-referrals to CSC within 12 mths", polarity="low", owner=officer.person)


def submitted(indicator, officer, label="Q3 2023/24", value="24.1", **fields):
    figure = workflow.record(
        indicator, period(label), workflow.Figures(value=D(value), **fields), user=officer
    )
    return workflow.submit(figure, user=officer)


def test_a_figure_goes_from_draft_to_published(indicator, officer, reviewer):
    figure = workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.1")), user=officer)
    assert (figure.status, figure.revision, figure.entered_by) == (Status.DRAFT, 1, officer)
    workflow.submit(figure, user=officer)
    workflow.approve(figure, user=reviewer)
    workflow.publish(figure)
    figure.refresh_from_db()
    assert figure.status == Status.PUBLISHED and figure.approved_by == reviewer and figure.published_at
    indicator.refresh_from_db()
    assert indicator.latest_value == figure


def test_a_draft_is_updated_in_place(indicator, officer):
    first = workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.0")), user=officer)
    second = workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.1")), user=officer)
    assert first.pk == second.pk and second.value == D("24.1")
    assert IndicatorValue.objects.count() == 1


def test_returned_with_a_reason_and_corrected(indicator, officer, reviewer):
    figure = submitted(indicator, officer)
    with pytest.raises(ValidationError, match="Enter why"):
        workflow.return_value(figure, user=reviewer, reason=" ")
    workflow.return_value(figure, user=reviewer, reason="The numerator is of the wrong quarter.")
    figure.refresh_from_db()
    assert (figure.status, figure.return_reason) == (
        Status.RETURNED,
        "The numerator is of the wrong quarter.",
    )
    workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.3")), user=officer)
    resubmitted = workflow.submit(IndicatorValue.objects.get(pk=figure.pk), user=officer)
    assert (resubmitted.status, resubmitted.value, resubmitted.return_reason) == (
        Status.SUBMITTED,
        D("24.3"),
        "",
    )


def test_a_submitted_figure_waits_for_its_reviewer(indicator, officer):
    submitted(indicator, officer)
    with pytest.raises(ValidationError, match="waiting for approval"):
        workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("30")), user=officer)


def test_nobody_approves_their_own_figure(indicator, reviewer):
    figure = workflow.record(
        indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.1")), user=reviewer
    )
    workflow.submit(figure, user=reviewer)
    with pytest.raises(ValidationError, match="Someone other than the person who entered"):
        workflow.approve(figure, user=reviewer)


def test_only_approved_figures_are_published(indicator, officer):
    figure = submitted(indicator, officer)
    with pytest.raises(ValidationError, match="not approved yet"):
        workflow.publish(figure)


def test_approved_figures_are_locked_and_corrected_by_a_new_revision(indicator, officer, reviewer):
    figure = submitted(indicator, officer)
    workflow.approve(figure, user=reviewer)
    workflow.publish(figure)
    figure.refresh_from_db()
    figure.value = D("99")
    with pytest.raises(ValidationError, match="locked"):
        figure.save()
    figure.refresh_from_db()
    figure.commentary = "Commentary added once it is published."
    with pytest.raises(ValidationError, match="locked"):
        figure.save()  # published means unchangeable: the commentary too

    correction = workflow.record(
        indicator, period("Q3 2023/24"), workflow.Figures(value=D("24.4")), user=officer
    )
    assert correction.revision == 2 and correction.pk != figure.pk
    indicator.refresh_from_db()
    assert indicator.latest_value == figure  # the published one stays until the correction is published
    workflow.submit(correction, user=officer)
    workflow.approve(correction, user=reviewer)
    workflow.publish(correction)
    indicator.refresh_from_db()
    assert indicator.latest_value == correction
    assert list(IndicatorValue.objects.current().filter(indicator=indicator)) == [correction]


def test_an_outlier_needs_an_explanation(indicator, officer):
    for label, value in [
        ("Q3 2022/23", "23.0"),
        ("Q4 2022/23", "23.8"),
        ("Q1 2023/24", "24.1"),
        ("Q2 2023/24", "23.5"),
    ]:
        published(indicator, label, value)
    figure = workflow.record(indicator, period("Q3 2023/24"), workflow.Figures(value=D("48.0")), user=officer)
    with pytest.raises(ValidationError) as error:
        workflow.submit(figure, user=officer)
    assert "officer_comment" in error.value.message_dict
    figure.officer_comment = "A change in how re-referrals are counted, agreed with the DfE."
    figure.save()
    assert workflow.submit(figure, user=officer).status == Status.SUBMITTED


def test_the_checks_warn_of_a_disagreeing_numerator(indicator):
    warnings = workflow.checks_for(
        indicator,
        period("Q3 2023/24"),
        workflow.Figures(value=D("24.1"), numerator=D(369), denominator=D(1000)),
    )
    assert [warning.code for warning in warnings] == ["ratio"]


# --- the dashboard line -----------------------------------------------------------------------------------


def test_the_line_compares_with_the_quarter_before(indicator):
    published(indicator, "Q1 2023/24", "22.0")
    published(indicator, "Q2 2023/24", "23.5", quartile=4)
    published(indicator, "Q3 2023/24", "24.1", quartile=4, numerator=D(369), denominator=D(1531))
    indicator.targets.create(financial_year=2023, comparator="<", value=D("18.7"))
    [line] = live_lines(Indicator.objects.for_dashboard())
    assert (line.previous_period, line.latest_period) == ("Q2 2023/24", "Q3 2023/24")
    assert (line.trend, line.direction) == ("increase", "declined")
    assert (line.target, line.suggested_rag, line.rag) == ("<18.7%", "red", "red")
    assert (line.quartile, line.previous_quartile) == (4, 4)
    assert line.warnings == []


def test_a_seasonal_measure_compares_with_the_same_period_a_year_before(indicator):
    indicator.comparison, indicator.value_type, indicator.polarity = "year_before", "number", "none"
    indicator.save()
    published(indicator, "Q3 2022/23", "946")
    published(indicator, "Q2 2023/24", "990")
    published(indicator, "Q3 2023/24", "1023")
    indicator.refresh_from_db()
    assert indicator.previous_value.period.label == "Q3 2022/23"
    line = line_for(indicator, indicator.latest_value, indicator.previous_value)
    assert (line.trend, line.direction) == ("increase", "not judged")


def test_the_target_is_that_of_the_financial_year(indicator):
    indicator.targets.create(financial_year=2022, comparator="<", value=D("30"))
    indicator.targets.create(financial_year=2023, comparator="<", value=D("18.7"))
    latest = published(indicator, "Q3 2023/24", "24.1")
    assert line_for(indicator, latest, None).target == "<18.7%"
    older = published(indicator, "Q3 2022/23", "24.1")
    assert line_for(indicator, older, None).suggested_rag == "green"


def test_an_override_is_shown_with_its_reason_beside_the_suggestion(indicator):
    indicator.targets.create(financial_year=2023, comparator="<", value=D("18.7"))
    latest = published(
        indicator, "Q3 2023/24", "24.1", rag_override="amber", rag_override_reason="Improving."
    )
    line = line_for(indicator, latest, None)
    assert (line.suggested_rag, line.rag, line.rag_reason) == ("red", "amber", "Improving.")


def test_an_override_needs_its_reason(indicator):
    with pytest.raises(ValidationError, match="Give the reason"):
        IndicatorValue(
            indicator=indicator, period=period("Q3 2023/24"), value=D(1), rag_override="green"
        ).full_clean()


def test_a_target_contradicting_the_polarity_is_warned_of(indicator):
    indicator.targets.create(financial_year=2023, comparator=">", value=D("18.7"))
    latest = published(indicator, "Q3 2023/24", "24.1")
    assert [warning["code"] for warning in line_for(indicator, latest, None).warnings] == ["target-polarity"]


# --- published means unchangeable, whatever the path ------------------------------------------------------


@pytest.fixture
def kept(indicator, officer, reviewer):
    """A published figure and an approved one, beside a draft."""
    published_figure = published(indicator, "Q2 2023/24", "23.5", commentary="Down on the quarter before.")
    approved = submitted(indicator, officer, "Q3 2023/24", "24.1")
    workflow.approve(approved, user=reviewer)
    draft = workflow.record(indicator, period("Q4 2023/24"), workflow.Figures(value=D("25.0")), user=officer)
    return {"published": published_figure, "approved": approved, "draft": draft}


def figures_stored() -> list[tuple]:
    return list(
        IndicatorValue.objects.order_by("pk").values_list(
            "pk", "value", "commentary", "rag_override", "rag_override_reason", "status"
        )
    )


@pytest.mark.parametrize("which", ["published", "approved"])
@pytest.mark.parametrize(
    "change",
    [
        {"rag_override": "green", "rag_override_reason": "The officer's judgement."},
        {"commentary": "Rewritten after publication."},
        {"officer_comment": "An explanation added later."},
        {"value": D("30")},
        {"source": "Somewhere else"},
    ],
    ids=["rag override", "commentary", "officer comment", "value", "source"],
)
def test_a_kept_figure_is_not_changed_by_saving_it(kept, which, change):
    before = figures_stored()
    figure = IndicatorValue.objects.get(pk=kept[which].pk)
    for name, value in change.items():
        setattr(figure, name, value)
    with pytest.raises(ValidationError, match=f"is {which} and locked: it cannot be changed"):
        figure.save()
    assert figures_stored() == before


def test_a_kept_figure_is_not_changed_by_a_query(kept):
    before = figures_stored()
    with pytest.raises(ValidationError, match="locked: it cannot be changed"):
        IndicatorValue.objects.update(commentary="Rewritten.")
    figure = kept["published"]
    figure.rag_override, figure.rag_override_reason = "red", "Worse than it looks."
    with pytest.raises(ValidationError, match="locked: it cannot be changed"), transaction.atomic():
        IndicatorValue.objects.bulk_update([figure], ["rag_override", "rag_override_reason"])
    assert figures_stored() == before
    IndicatorValue.objects.filter(pk=kept["draft"].pk).update(commentary="A draft may change.")
    assert IndicatorValue.objects.get(pk=kept["draft"].pk).commentary == "A draft may change."


@pytest.mark.parametrize("which", ["published", "approved"])
def test_a_kept_figure_is_not_deleted(kept, which):
    before = figures_stored()
    with pytest.raises(ValidationError, match=f"is {which} and locked: it cannot be deleted"):
        kept[which].delete()
    with pytest.raises(ValidationError, match="locked: it cannot be deleted"):
        IndicatorValue.objects.all().delete()  # in bulk, with the draft: nothing goes
    assert figures_stored() == before
    kept["draft"].delete()
    assert len(figures_stored()) == len(before) - 1


def test_an_indicator_with_kept_figures_is_not_deleted_and_keeps_them(indicator, kept):
    before = figures_stored()
    for delete in (indicator.delete, Indicator.objects.filter(pk=indicator.pk).delete):
        with pytest.raises(ProtectedError) as refused:
            delete()
        assert refused.value.protected_objects == {kept["published"], kept["approved"]}
    assert figures_stored() == before and Indicator.objects.filter(pk=indicator.pk).exists()


def test_an_indicator_with_only_unapproved_figures_is_deleted_with_them(officer):
    indicator = IndicatorFactory(owner=officer.person)
    submitted(indicator, officer, "Q3 2023/24")
    workflow.record(indicator, period("Q4 2023/24"), workflow.Figures(value=D("25.0")), user=officer)
    indicator.delete()
    assert not IndicatorValue.objects.filter(indicator_id=indicator.pk).exists()


# --- a published report is what the committee saw ----------------------------------------------------------


@pytest.fixture
def report(indicator):
    published(indicator, "Q2 2023/24", "23.5")
    made = PerformanceReportFactory(label="Q2 2023/24")
    reports.freeze(made, lines=live_lines(Indicator.objects.for_dashboard()))
    return made


def report_stored(report) -> tuple:
    stored = PerformanceReport.objects.filter(pk=report.pk).values_list("label", "status", "published_at")
    return (
        *stored,
        tuple(ReportLine.objects.filter(report=report).values_list("pk", "name", "latest_value")),
    )


def test_a_draft_report_is_deleted_with_its_lines(report):
    report.delete()
    assert not ReportLine.objects.exists()


def test_a_published_report_is_not_deleted_nor_are_its_lines(report):
    reports.publish(report)
    before = report_stored(report)
    message = f"{report} is published: what it showed cannot be deleted."
    with pytest.raises(ValidationError, match=message):
        report.delete()
    with pytest.raises(ValidationError, match=message):
        PerformanceReport.objects.all().delete()
    with pytest.raises(ValidationError, match="cannot be changed"):
        report.lines.all().delete()
    with pytest.raises(ValidationError, match="cannot be changed"):
        report.lines.first().delete()
    assert report_stored(report) == before


def test_a_published_report_and_its_lines_are_not_changed(report):
    report = reports.publish(report)
    before = report_stored(report)
    report.label = "Q2 2023/24 (corrected)"
    with pytest.raises(ValidationError, match="is published: what it showed cannot be changed"):
        report.save()
    with pytest.raises(ValidationError, match="cannot be changed"):
        PerformanceReport.objects.update(label="Q9")
    with pytest.raises(ValidationError, match="cannot be changed"):
        report.lines.update(latest_value=D("99"))
    line = ReportLine.objects.get(report_id=report.pk)
    line.latest_value = D("99")
    with pytest.raises(ValidationError, match="cannot be changed"):
        line.save()
    draft = PerformanceReportFactory(label="Q3 2023/24")
    line.report = draft  # nor moved out of it
    with pytest.raises(ValidationError, match="cannot be changed"):
        line.save()
    assert report_stored(PerformanceReport.objects.get(pk=report.pk)) == before


def test_a_published_report_may_be_linked_to_the_agenda_item_that_presented_it(report):
    report = reports.publish(report)
    item = AgendaItemFactory(title="Performance report")
    report.agenda_item = item
    report.save()
    PerformanceReport.objects.filter(pk=report.pk).update(agenda_item=None)
    PerformanceReport.objects.filter(pk=report.pk).update(agenda_item=item)
    assert PerformanceReport.objects.get(pk=report.pk).agenda_item == item


def test_a_published_reports_lines_stop_any_deletion_that_would_take_them(report):
    """Even one that goes round the report's own refusal (Django's base manager, as its cascades use)."""
    reports.publish(report)
    before = report_stored(report)
    with pytest.raises(ProtectedError) as refused:
        PerformanceReport._base_manager.filter(pk=report.pk).delete()
    assert refused.value.protected_objects == set(ReportLine.objects.filter(report=report))
    assert report_stored(report) == before
