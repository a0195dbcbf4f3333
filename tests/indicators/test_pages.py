"""Performance pages: who may see and do what on each URL of indicators/urls.py, the forms for figures and
spreadsheets and what they make of bad input, the life of a figure from the officer's form to the dashboard,
and query counts that do not grow with the data.

Read the tables from the top:

- STATUS: what each role gets from each URL (200, 403, 404, or a redirect to the sign-in page).
- FIGURES_ON: the public pages, chart and downloads that show an indicator's figures. Only published figures
  appear there, whoever reads them; draft, submitted, returned and approved ones never do.
- OFFERED, RAISING, RECORDING, REVIEWING: who is offered the form to raise an action from an indicator, and
  what each role's POSTs do: raising an action, recording a figure, approving and publishing figures.

The data (the `world` fixture): a quarterly indicator reported to one committee and owned by an officer, with
a target, two published figures and one figure in each unpublished state; a published performance report and
a draft one; a second committee with a councillor of its own; and an officer who owns nothing.
"""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import urlsplit

import openpyxl
import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import resolve, reverse
from django.utils.html import escape

from followup.models import Action
from indicators import dashboard, periods, reports, workflow
from indicators import urls as indicator_urls
from indicators.models import Indicator, IndicatorValue, PerformanceReport, Period
from indicators.views import REVISIONS_SHOWN
from tests.factories import (
    ActionFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MemberUserFactory,
    OfficerFactory,
    OfficerUserFactory,
    OutcomeFactory,
    PerformanceReportFactory,
    PeriodFactory,
    TargetFactory,
    ThemeFactory,
)
from tests.responses import XLSX, rows_of, text_of

pytestmark = pytest.mark.django_db

Status = IndicatorValue.Status
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
SESSION_AND_USER = 2  # a signed-in request reads its session and its user
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def publish_figures(indicator, figures: dict[str, str]) -> list[IndicatorValue]:
    """Published figures of `indicator` ({period label: value}), pointed at by the dashboard."""
    values = [
        IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=label), value=Decimal(value))
        for label, value in figures.items()
    ]
    workflow.refresh_dashboard(indicator)
    return values


def report_of(indicators, *, publish: bool, **fields) -> PerformanceReport:
    """A report freezing the dashboard lines of `indicators`, published or left a draft."""
    report = PerformanceReportFactory(**fields)
    wanted = Indicator.objects.for_dashboard().filter(pk__in=[indicator.pk for indicator in indicators])
    reports.freeze(report, lines=dashboard.live_lines(wanted))
    return reports.publish(report) if publish else report


# --- roles ------------------------------------------------------------------------------------------------

PUBLIC = "public"  # anonymous
MEMBER = "member"  # a councillor on the committee the indicator is reported to
OTHER_MEMBER = "other-member"  # a councillor on another committee
OWNER = "owner"  # the officer who owns the indicator and submits its figures
OFFICER = "other-officer"  # an officer who owns nothing
DS = "dem-services"  # Democratic Services
ROLES = (PUBLIC, MEMBER, OTHER_MEMBER, OWNER, OFFICER, DS)


@dataclass(frozen=True)
class Redirect:
    """A redirect to the page of URL name `to`."""

    to: str


@dataclass(frozen=True)
class AnyOf:
    """Any of these answers will do."""

    options: tuple


OK, DENIED, HIDDEN = 200, 403, 404  # HIDDEN: "not found", so not even its existence shows
SIGN_IN = Redirect("sign-in")
# The Word export refuses the public: a 403, or a redirect to sign in (either is acceptable).
NOT_PUBLIC = AnyOf((DENIED, SIGN_IN))
DONE = "done"  # the POST did what it asked

# --- the world --------------------------------------------------------------------------------------------

INDICATOR = "Children in care with three or more placements"
PUBLISHED_FIGURES = {"Q1 2023/24": "61.3", "Q2 2023/24": "64.7"}
# One figure in each state that is not published, each for a period of its own.
UNPUBLISHED_FIGURES = {
    "Q3 2023/24": ("13.1", Status.DRAFT),
    "Q4 2023/24": ("14.2", Status.SUBMITTED),
    "Q1 2024/25": ("15.3", Status.RETURNED),
    "Q2 2024/25": ("16.4", Status.APPROVED),
}
REPORT, DRAFT_REPORT = "Q2 2023/24", "Q2 2023/24 revised"


@pytest.fixture
def world(db):
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    other_committee = CommitteeFactory(name="Highways and Transport Overview and Scrutiny Committee")
    owner = OfficerFactory()
    indicator = IndicatorFactory(name=INDICATOR, owner=owner, committees=[committee])
    TargetFactory(indicator=indicator, financial_year=2023, value=Decimal("60"))
    publish_figures(indicator, PUBLISHED_FIGURES)
    users = {
        PUBLIC: None,
        MEMBER: MemberUserFactory(username="councillor", committee=committee),
        OTHER_MEMBER: MemberUserFactory(username="other-councillor", committee=other_committee),
        OWNER: OfficerUserFactory(username="indicator-owner", person=owner),
        OFFICER: OfficerUserFactory(username="other-officer"),
        DS: DemocraticServicesUserFactory(username="democratic-services"),
    }
    unpublished = {
        label: IndicatorValueFactory(
            indicator=indicator,
            period=PeriodFactory(label=label),
            value=Decimal(value),
            status=status,
            entered_by=users[OWNER],
        )
        for label, (value, status) in UNPUBLISHED_FIGURES.items()
    }
    report = report_of([indicator], publish=True, label=REPORT, committee=committee)
    draft_report = report_of([indicator], publish=False, label=DRAFT_REPORT, committee=committee)
    return SimpleNamespace(
        committee=committee,
        other_committee=other_committee,
        owner=owner,
        indicator=indicator,
        unpublished=unpublished,
        report=report,
        draft_report=draft_report,
        users=users,
    )


# --- what each URL gives each role ------------------------------------------------------------------------

# fmt: off
STATUS = {
    # URL                          public      member   other-m  owner    officer  DS
    "dashboard":                   (OK,         OK,      OK,      OK,      OK,      OK),
    "dashboard:csv":               (OK,         OK,      OK,      OK,      OK,      OK),
    "dashboard:xlsx":              (OK,         OK,      OK,      OK,      OK,      OK),
    "indicator":                   (OK,         OK,      OK,      OK,      OK,      OK),
    "chart":                       (OK,         OK,      OK,      OK,      OK,      OK),
    "figure-form":                 (SIGN_IN,    DENIED,  DENIED,  OK,      DENIED,  OK),
    "my-indicators":               (SIGN_IN,    OK,      OK,      OK,      OK,      OK),
    "upload":                      (SIGN_IN,    OK,      OK,      OK,      OK,      OK),
    "review":                      (SIGN_IN,    DENIED,  DENIED,  DENIED,  DENIED,  OK),
    "report-list":                 (OK,         OK,      OK,      OK,      OK,      OK),
    "report":                      (OK,         OK,      OK,      OK,      OK,      OK),
    "report:csv":                  (OK,         OK,      OK,      OK,      OK,      OK),
    "report:xlsx":                 (OK,         OK,      OK,      OK,      OK,      OK),
    "report:document":             (NOT_PUBLIC, DENIED,  DENIED,  DENIED,  DENIED,  OK),
    "report:pdf":                  (OK,         OK,      OK,      OK,      OK,      OK),
    "draft-report":                (HIDDEN,     HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "draft-report:csv":            (HIDDEN,     HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "draft-report:xlsx":           (HIDDEN,     HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "draft-report:document":       (NOT_PUBLIC, DENIED,  DENIED,  DENIED,  DENIED,  OK),
    "draft-report:pdf":            (HIDDEN,     HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
}
# What a 200 from each URL must be.
CONTENT_TYPES = {
    "dashboard:csv": "text/csv", "dashboard:xlsx": XLSX, "chart": "image/svg+xml", "report:csv": "text/csv",
    "report:xlsx": XLSX, "draft-report:csv": "text/csv", "draft-report:xlsx": XLSX,
    "report:document": DOCX, "draft-report:document": DOCX, "report:pdf": PDF, "draft-report:pdf": PDF,
}
# fmt: on


def _url(name: str, query: str = "", pk: Callable | None = None) -> Callable:
    return lambda w: reverse(name, kwargs={"pk": pk(w).pk} if pk else None) + query


def _indicator(w):
    return w.indicator


def _report(w):
    return w.report


def _draft(w):
    return w.draft_report


TARGETS = {
    "dashboard": _url("performance-dashboard"),
    "dashboard:csv": _url("performance-dashboard", "?_export=csv"),
    "dashboard:xlsx": _url("performance-dashboard", "?_export=xlsx"),
    "indicator": _url("indicator-detail", pk=_indicator),
    "chart": _url("indicator-chart", pk=_indicator),
    "figure-form": _url("indicator-figure", pk=_indicator),
    "my-indicators": _url("my-indicators"),
    "upload": _url("upload-figures"),
    "review": _url("review-figures"),
    "report-list": _url("performance-reports"),
    "report": _url("performance-report", pk=_report),
    "report:csv": _url("performance-report", "?_export=csv", pk=_report),
    "report:xlsx": _url("performance-report", "?_export=xlsx", pk=_report),
    "report:document": _url("performance-report-document", pk=_report),
    "report:pdf": _url("performance-report-pdf", pk=_report),
    "draft-report": _url("performance-report", pk=_draft),
    "draft-report:csv": _url("performance-report", "?_export=csv", pk=_draft),
    "draft-report:xlsx": _url("performance-report", "?_export=xlsx", pk=_draft),
    "draft-report:document": _url("performance-report-document", pk=_draft),
    "draft-report:pdf": _url("performance-report-pdf", pk=_draft),
}


# --- helpers ----------------------------------------------------------------------------------------------


def sign_in(client, world, role):
    if world.users[role] is not None:
        client.force_login(world.users[role])


def visit(client, world, role, target):
    sign_in(client, world, role)
    return client.get(TARGETS[target](world))


def answered(response, expected) -> bool:
    if isinstance(expected, AnyOf):
        return any(answered(response, option) for option in expected.options)
    if isinstance(expected, Redirect):
        return response.status_code == 302 and urlsplit(response["Location"]).path == reverse(expected.to)
    return response.status_code == expected


def described(response) -> str:
    return f"{response.status_code} {response.get('Location', '')}".strip()


def matrix(table: dict) -> list:
    """One test case per cell of a table of rows keyed by target, one column per role."""
    return [
        pytest.param(role, target, expected, id=f"{target}-{role}")
        for target, row in table.items()
        for role, expected in zip(ROLES, row, strict=True)
        if expected is not None
    ]


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def stored_figures() -> list[tuple]:
    """Every figure stored, as it stands."""
    return list(
        IndicatorValue.objects.order_by("pk").values_list(
            "pk", "indicator_id", "period_id", "revision", "value", "status", "entered_by_id"
        )
    )


# --- the matrix -------------------------------------------------------------------------------------------


def test_the_matrix_covers_every_url_of_the_performance_pages():
    stub = SimpleNamespace(
        **{name: SimpleNamespace(pk=1) for name in ("indicator", "report", "draft_report")}
    )
    covered = {resolve(urlsplit(TARGETS[target](stub)).path).url_name for target in STATUS}
    assert covered == {pattern.name for pattern in indicator_urls.urlpatterns}
    assert set(STATUS) == set(TARGETS)


def test_the_world_is_as_described(world):
    indicator = Indicator.objects.get(pk=world.indicator.pk)
    assert indicator.latest_value.period.label == "Q2 2023/24"
    assert indicator.previous_value.period.label == "Q1 2023/24"
    assert {value.status for value in world.unpublished.values()} == {
        Status.DRAFT,
        Status.SUBMITTED,
        Status.RETURNED,
        Status.APPROVED,
    }
    assert world.report.is_published and not world.draft_report.is_published
    assert world.report.lines.count() == world.draft_report.lines.count() == 1


@pytest.mark.parametrize(("role", "target", "expected"), matrix(STATUS))
def test_status(client, world, role, target, expected):
    response = visit(client, world, role, target)
    assert answered(response, expected), f"{role} on {target}: {described(response)}, expected {expected}"
    if response.status_code == 200 and target in CONTENT_TYPES:
        assert response["Content-Type"].startswith(CONTENT_TYPES[target])


# --- only published figures, on every page that shows them ------------------------------------------------

FIGURES_ON = ("dashboard", "dashboard:csv", "dashboard:xlsx", "indicator", "chart")


def written(value: str) -> str:
    """A figure as the pages write it: the indicator is a percentage to one decimal place."""
    return f"{Decimal(value):.1f}%"


@pytest.mark.parametrize("target", FIGURES_ON)
@pytest.mark.parametrize("role", ROLES)
def test_only_published_figures_are_shown(client, world, role, target):
    text = text_of(visit(client, world, role, target))
    # The dashboard and its downloads show the latest figure and the one before; the page and chart, all.
    for label, value in PUBLISHED_FIGURES.items():
        assert written(value) in text, f"published {label} missing from {target}"
        assert label in text, f"published {label} missing from {target}"
    for label, (value, status) in UNPUBLISHED_FIGURES.items():
        assert written(value) not in text, f"{status} {label} ({value}) shown on {target} to {role}"
        assert label not in text, f"{status} {label} shown on {target} to {role}"


def test_the_report_list_shows_published_reports_only(client, world):
    for role in ROLES:
        sign_in(client, world, role)
        listed = list(client.get(TARGETS["report-list"](world)).context["object_list"])
        assert listed == [world.report], role


# --- raising an action from an indicator ------------------------------------------------------------------

RAISE_FORM = "Raise the action"

# fmt: off
OFFERED = {
    # the indicator page      public  member  other-m  owner   officer DS
    "indicator":             (False,  True,   False,   False,  False,  True),
}
RAISING = {
    # POST an action to       public  member  other-m  owner   officer DS
    "indicator":             (DENIED, DONE,   DENIED,  DENIED, DENIED, DONE),
}
# fmt: on


@pytest.mark.parametrize(("role", "target", "expected"), matrix(OFFERED))
def test_the_form_to_raise_an_action_is_offered_to_those_who_may(client, world, role, target, expected):
    page = text_of(visit(client, world, role, target))
    assert (RAISE_FORM in page) == expected


@pytest.mark.parametrize(("role", "target", "expected"), matrix(RAISING))
def test_raising_an_action(client, world, role, target, expected):
    sign_in(client, world, role)
    description = f"Explain the rise in placement moves ({role})."
    data = {"committee": world.committee.pk, "description": description}
    response = client.post(TARGETS[target](world), data)
    raised = list(Action.objects.filter(indicator=world.indicator))
    if expected == DONE:
        assert len(raised) == 1
        action = raised[0]
        assert response.status_code == 302 and response["Location"] == action.get_absolute_url()
        assert (action.description, action.committee, action.owner) == (
            description,
            world.committee,
            world.owner,
        )
        assert action.raised_by == world.users[role]
        assert client.get(action.get_absolute_url()).status_code == 200  # they may read what they raised
    else:
        assert response.status_code == expected
        assert raised == []


def test_a_member_raises_actions_only_for_their_own_committee(client, world):
    """The other committee does not see the indicator, and the member does not sit on it."""
    world.indicator.committees.add(world.other_committee)
    sign_in(client, world, MEMBER)
    response = client.post(
        TARGETS["indicator"](world), {"committee": world.other_committee.pk, "description": "Explain it."}
    )
    assert response.status_code == 200
    assert "committee" in response.context["action_form"].errors
    assert not Action.objects.filter(indicator=world.indicator).exists()


def test_an_indicator_without_an_officer_cannot_have_an_action_raised(client, world):
    Indicator.objects.filter(pk=world.indicator.pk).update(owner=None)
    sign_in(client, world, DS)
    response = client.post(
        TARGETS["indicator"](world), {"committee": world.committee.pk, "description": "Explain it."}
    )
    assert response.status_code == 200
    assert "This indicator has no owning officer yet" in text_of(response)
    assert not Action.objects.filter(indicator=world.indicator).exists()


# --- recording, approving and publishing figures, by role -------------------------------------------------


def figure_data(period: str, value: str, *, check: bool = False, **fields) -> dict:
    """The figure form as a browser POSTs it: "Submit for approval", or with `check` "Save as a draft and
    check it"."""
    button = {"check": "1"} if check else {"submit": "1"}
    return {"period": period, "value": value, "finality": "final"} | button | fields


# fmt: off
RECORDING = {
    # POST a figure to         public   member  other-m  owner  officer  DS
    "figure-form":            (SIGN_IN, DENIED, DENIED,  DONE,  DENIED,  DONE),
}
REVIEWING = {
    # POST to the review page  public   member  other-m  owner   officer DS
    "approve":                (SIGN_IN, DENIED, DENIED,  DENIED, DENIED, DONE),
    "publish":                (SIGN_IN, DENIED, DENIED,  DENIED, DENIED, DONE),
}
# fmt: on


@pytest.mark.parametrize(("role", "target", "expected"), matrix(RECORDING))
def test_recording_a_figure(client, world, role, target, expected):
    before = stored_figures()
    sign_in(client, world, role)
    response = client.post(TARGETS[target](world), figure_data("Q3 2024/25", "62.0"))
    if expected == DONE:
        assert response.status_code == 302 and response["Location"] == reverse("my-indicators")
        added = IndicatorValue.objects.exclude(pk__in=[row[0] for row in before]).get()
        assert (added.period.label, added.value, added.status, added.entered_by) == (
            "Q3 2024/25",
            Decimal("62.0"),
            Status.SUBMITTED,
            world.users[role],
        )
    else:
        assert answered(response, expected), described(response)
        assert stored_figures() == before


@pytest.mark.parametrize(("role", "target", "expected"), matrix(REVIEWING))
def test_approving_and_publishing(client, world, role, target, expected):
    submitted, approved = world.unpublished["Q4 2023/24"], world.unpublished["Q2 2024/25"]
    before = stored_figures()
    sign_in(client, world, role)
    url = reverse("review-figures")
    if target == "approve":
        response = client.post(url, {"figures": [submitted.pk], "decision": "approve"})
    else:
        response = client.post(url, {"publish": "1"})
    if expected == DONE:
        assert response.status_code == 302 and response["Location"] == url
        changed, status = (
            (submitted, Status.APPROVED) if target == "approve" else (approved, Status.PUBLISHED)
        )
        changed.refresh_from_db()
        assert changed.status == status
        if target == "publish":
            world.indicator.refresh_from_db()
            assert world.indicator.latest_value == approved
    else:
        assert answered(response, expected), described(response)
        assert stored_figures() == before


# --- the figure form and bad input ------------------------------------------------------------------------


@pytest.fixture
def owned(client):
    """An officer signed in, owning a quarterly indicator with a target and two published figures."""
    person = OfficerFactory()
    user = OfficerUserFactory(person=person)
    indicator = IndicatorFactory(name="Quarterly Indicator", owner=person)
    TargetFactory(indicator=indicator)
    publish_figures(indicator, PUBLISHED_FIGURES)
    client.force_login(user)
    return SimpleNamespace(client=client, user=user, person=person, indicator=indicator)


def post_figure(client, indicator, data):
    return client.post(reverse("indicator-figure", kwargs={"pk": indicator.pk}), data)


# The messages the form gives.
BLANK_FIGURE, NOT_A_NUMBER = "Enter the figure", "Enter the figure as a number, like 82.6"
WRONG_TYPE = "Quarterly Indicator is reported by financial quarter: give a period such as Q2 2023/24."
UNKNOWN, NO_PERIOD = '"Next quarter" is not a period we recognise.', "Enter the period the figure is for"
NOUGHT, NO_REASON = "A denominator cannot be nought", "Enter why you are overriding the suggested RAG status"
# fmt: off
BAD_FIGURES = {
    # what                       fields posted (over a good figure)     field                  message
    "blank figure":             ({"value": ""},                         "value",               BLANK_FIGURE),
    "not a number":             ({"value": "about 80"},                 "value",               NOT_A_NUMBER),
    "period of the wrong type": ({"period": "Autumn 2023"},             "period",              WRONG_TYPE),
    "unknown period":           ({"period": "Next quarter"},            "period",              UNKNOWN),
    "blank period":             ({"period": ""},                        "period",              NO_PERIOD),
    "nought denominator":       ({"numerator": "5", "denominator": "0"}, "denominator",        NOUGHT),
    "RAG override, no reason":  ({"rag_override": "green"},             "rag_override_reason", NO_REASON),
}
# fmt: on


@pytest.mark.parametrize("button", ["submit", "check"])
@pytest.mark.parametrize(("posted", "field", "message"), BAD_FIGURES.values(), ids=BAD_FIGURES.keys())
def test_bad_figures_are_refused_with_a_message_and_nothing_saved(owned, posted, field, message, button):
    periods_before, figures_before = Period.objects.count(), stored_figures()
    data = figure_data("Q3 2023/24", "62.0", check=button == "check") | posted
    response = post_figure(owned.client, owned.indicator, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert any(error.startswith(message) for error in errors.get(field, [])), errors
    page = text_of(response)
    assert escape(message) in page
    assert "<title>Error:" in page
    assert stored_figures() == figures_before
    assert Period.objects.count() == periods_before


def test_a_good_figure_can_be_saved_as_a_draft_and_then_submitted(owned):
    response = post_figure(owned.client, owned.indicator, figure_data("Q3 2023/24", "62.0", check=True))
    assert response.status_code == 200
    assert "The Q3 2023/24 figure is saved as a draft" in text_of(response)
    draft = IndicatorValue.objects.get(indicator=owned.indicator, period__start=date(2023, 10, 1))
    assert (draft.status, draft.revision, draft.entered_by) == (Status.DRAFT, 1, owned.user)
    response = post_figure(owned.client, owned.indicator, figure_data("Q3 2023/24", "62.5"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.value, draft.revision) == (Status.SUBMITTED, Decimal("62.5"), 1)


class TestOutliers:
    """Four earlier published figures close together, then one far off: it needs the officer's explanation."""

    HISTORY = {"Q1 2023/24": "50.0", "Q2 2023/24": "50.4", "Q3 2023/24": "49.8", "Q4 2023/24": "50.2"}

    @pytest.fixture
    def history(self, client):
        person = OfficerFactory()
        user = OfficerUserFactory(person=person)
        indicator = IndicatorFactory(owner=person)
        publish_figures(indicator, self.HISTORY)
        client.force_login(user)
        return SimpleNamespace(client=client, indicator=indicator)

    def submitted(self, indicator):
        return list(IndicatorValue.objects.filter(indicator=indicator, status=Status.SUBMITTED))

    def test_an_outlier_needs_an_explanation(self, history):
        response = post_figure(history.client, history.indicator, figure_data("Q1 2024/25", "90.0"))
        assert response.status_code == 200
        assert response.context["form"].errors["officer_comment"] == [
            "Explain the figure: the checks found it unusual."
        ]
        page = text_of(response)
        assert "is far from this indicator&#x27;s usual figures" in page
        assert "Explain the figure: the checks found it unusual." in page
        assert self.submitted(history.indicator) == []

    def test_an_outlier_with_an_explanation_is_submitted(self, history):
        comment = "A new residential home opened in the quarter."
        data = figure_data("Q1 2024/25", "90.0", officer_comment=comment)
        response = post_figure(history.client, history.indicator, data)
        assert response.status_code == 302
        [value] = self.submitted(history.indicator)
        assert (value.period.label, value.value, value.officer_comment) == (
            "Q1 2024/25",
            Decimal("90.0"),
            comment,
        )

    def test_a_usual_figure_needs_no_explanation(self, history):
        response = post_figure(history.client, history.indicator, figure_data("Q1 2024/25", "50.3"))
        assert response.status_code == 302
        assert [value.value for value in self.submitted(history.indicator)] == [Decimal("50.3")]


def test_a_figure_waiting_for_approval_cannot_be_recorded_again_until_returned(owned, client):
    assert post_figure(owned.client, owned.indicator, figure_data("Q3 2023/24", "62.0")).status_code == 302
    waiting = IndicatorValue.objects.get(indicator=owned.indicator, status=Status.SUBMITTED)
    for check in (False, True):
        response = post_figure(owned.client, owned.indicator, figure_data("Q3 2023/24", "70.0", check=check))
        assert response.status_code == 200
        assert "is waiting for approval: ask the reviewer to return it first." in text_of(response)
        waiting.refresh_from_db()
        assert (waiting.value, waiting.status) == (Decimal("62.0"), Status.SUBMITTED)
        assert IndicatorValue.objects.filter(indicator=owned.indicator, period=waiting.period).count() == 1

    reviewer = client.__class__()
    reviewer.force_login(DemocraticServicesUserFactory())
    reason = "The figure does not match the case system."
    reviewer.post(
        reverse("review-figures"), {"figures": [waiting.pk], "decision": "return", "reason": reason}
    )
    waiting.refresh_from_db()
    assert (waiting.status, waiting.return_reason) == (Status.RETURNED, reason)

    assert post_figure(owned.client, owned.indicator, figure_data("Q3 2023/24", "70.0")).status_code == 302
    waiting.refresh_from_db()
    assert (waiting.value, waiting.status, waiting.revision) == (Decimal("70.0"), Status.SUBMITTED, 1)


def test_returning_figures_needs_a_reason(client, world):
    submitted = world.unpublished["Q4 2023/24"]
    sign_in(client, world, DS)
    response = client.post(reverse("review-figures"), {"figures": [submitted.pk], "decision": "return"})
    assert response.status_code == 200
    assert "Enter why the figures are being returned" in text_of(response)
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_the_queue_lists_a_figure_whose_enterer_has_left(client, world):
    """entered_by is SET_NULL: the account of the officer who entered a waiting figure may be deleted."""
    submitted = world.unpublished["Q4 2023/24"]
    world.users[OWNER].delete()
    sign_in(client, world, DS)
    response = client.get(reverse("review-figures"))
    assert response.status_code == 200
    assert [row["value"] for row in response.context["rows"]] == [submitted]
    assert "14.2%" in text_of(response)


def test_nobody_approves_a_figure_they_entered(client, world):
    sign_in(client, world, DS)
    assert post_figure(client, world.indicator, figure_data("Q3 2024/25", "62.0")).status_code == 302
    own = IndicatorValue.objects.get(indicator=world.indicator, period__start=date(2024, 10, 1))
    assert (own.status, own.entered_by) == (Status.SUBMITTED, world.users[DS])

    response = client.post(reverse("review-figures"), {"figures": [own.pk], "decision": "approve"})
    assert response.status_code == 302
    assert "Someone other than the person who entered a figure approves it." in messages_of(response)
    assert not any("approved" in message for message in messages_of(response))
    own.refresh_from_db()
    assert (own.status, own.approved_by) == (Status.SUBMITTED, None)

    colleague = DemocraticServicesUserFactory()
    client.force_login(colleague)
    client.post(reverse("review-figures"), {"figures": [own.pk], "decision": "approve"})
    own.refresh_from_db()
    assert (own.status, own.approved_by) == (Status.APPROVED, colleague)


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED])
def test_an_approved_figure_cannot_be_changed(status):
    value = IndicatorValueFactory(status=status, value=Decimal("61.3"))
    value.value = Decimal("99.9")
    with pytest.raises(ValidationError, match="locked: it cannot be changed"):
        value.save()
    value.refresh_from_db()
    assert value.value == Decimal("61.3")


def test_a_correction_is_a_new_revision_and_the_published_one_stays_until_it_is_published(owned, client):
    indicator, q2 = owned.indicator, PeriodFactory(label="Q2 2023/24")
    published = IndicatorValue.objects.get(indicator=indicator, period=q2)

    def public_text() -> str:
        return "\n".join(
            text_of(client.get(url))
            for url in (
                reverse("performance-dashboard"),
                reverse("performance-dashboard") + "?_export=csv",
                indicator.get_absolute_url(),
                reverse("indicator-chart", kwargs={"pk": indicator.pk}),
            )
        )

    assert post_figure(owned.client, indicator, figure_data("Q2 2023/24", "66.2")).status_code == 302
    correction = IndicatorValue.objects.get(indicator=indicator, period=q2, revision=2)
    assert correction.status == Status.SUBMITTED
    published.refresh_from_db()
    assert (published.status, published.value, published.revision) == (Status.PUBLISHED, Decimal("64.7"), 1)

    client.logout()
    text = public_text()
    assert "64.7%" in text and "66.2%" not in text

    client.force_login(DemocraticServicesUserFactory())
    client.post(reverse("review-figures"), {"figures": [correction.pk], "decision": "approve"})
    correction.refresh_from_db()
    assert correction.status == Status.APPROVED
    client.logout()
    text = public_text()
    assert "64.7%" in text and "66.2%" not in text  # approved, not yet published

    client.force_login(DemocraticServicesUserFactory())
    client.post(reverse("review-figures"), {"publish": "1"})
    client.logout()
    indicator.refresh_from_db()
    assert indicator.latest_value == correction
    dashboard_page = text_of(client.get(reverse("performance-dashboard")))
    assert "66.2%" in dashboard_page and "64.7%" not in dashboard_page
    page = client.get(indicator.get_absolute_url())
    assert [(value.revision, value.value) for value in page.context["figures"]] == [
        (1, Decimal("61.3")),
        (2, Decimal("66.2")),
    ]
    assert [(value.revision, value.value) for value in page.context["revisions"]] == [(1, Decimal("64.7"))]
    published.refresh_from_db()
    assert (published.status, published.value) == (Status.PUBLISHED, Decimal("64.7"))


# --- uploading a spreadsheet of figures -------------------------------------------------------------------


def upload(client, rows: list[list[str]], *, name="figures.csv"):
    if name.endswith(".xlsx"):
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        content = io.BytesIO()
        workbook.save(content)
        data = content.getvalue()
    else:
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        data = text.getvalue().encode()
    return client.post(reverse("upload-figures"), {"file": SimpleUploadedFile(name, data)})


HEADING = ["Indicator", "Period", "Value", "Comment"]


def test_an_upload_with_a_bad_row_saves_nothing_and_names_the_row(owned):
    before = stored_figures()
    rows = [
        HEADING,
        ["Quarterly Indicator", "Q3 2023/24", "62.0", ""],
        ["Quarterly Indicator", "Q4 2023/24", "lots", ""],
    ]
    response = upload(owned.client, rows)
    assert response.status_code == 200
    assert response.context["problems"] == ['Row 3: "lots" is not a number.']
    page = text_of(response)
    assert "nothing has been saved" in page
    assert escape('Row 3: "lots" is not a number.') in page
    assert "Row 2" not in page
    assert stored_figures() == before


@pytest.mark.parametrize("name", ["figures.csv", "figures.xlsx"])
def test_an_upload_of_good_rows_submits_them_all(owned, name):
    rows = [
        HEADING,
        ["Quarterly Indicator", "Q3 2023/24", "62.0", ""],
        ["quarterly indicator", "Q4 2023/24", "63.5", ""],
    ]
    response = upload(owned.client, rows, name=name)
    assert response.status_code == 302 and response["Location"] == reverse("my-indicators")
    submitted = IndicatorValue.objects.filter(indicator=owned.indicator, status=Status.SUBMITTED)
    assert sorted((value.period.label, value.value, value.entered_by) for value in submitted) == [
        ("Q3 2023/24", Decimal("62.0"), owned.user),
        ("Q4 2023/24", Decimal("63.5"), owned.user),
    ]
    assert "2 figures are submitted for approval." in messages_of(response)


def test_an_upload_of_only_the_heading_row_says_there_is_nothing_in_it(owned):
    response = upload(owned.client, [HEADING, ["", "", "", ""]])
    assert response.status_code == 200
    assert response.context["problems"] == [
        "The file has no figures: under its heading row, give one figure a row."
    ]


def test_an_upload_for_an_indicator_the_officer_does_not_own_is_refused_by_row(owned):
    someone_elses = IndicatorFactory(name="Someone Else's Indicator", owner=OfficerFactory())
    before = stored_figures()
    rows = [
        HEADING,
        ["Quarterly Indicator", "Q3 2023/24", "62.0", ""],
        [someone_elses.name, "Q3 2023/24", "40.0", ""],
    ]
    response = upload(owned.client, rows)
    assert response.status_code == 200
    assert response.context["problems"] == [f'Row 3: "{someone_elses.name}" is not one of your indicators.']
    assert stored_figures() == before


def test_an_upload_that_fails_the_checks_saves_nothing(owned):
    """Row 3 is refused only when recorded (it is waiting for approval): row 2, recorded first, is undone."""
    IndicatorValueFactory(
        indicator=owned.indicator, period=PeriodFactory(label="Q4 2023/24"), status=Status.SUBMITTED
    )
    before = stored_figures()
    rows = [
        HEADING,
        ["Quarterly Indicator", "Q3 2023/24", "62.0", ""],
        ["Quarterly Indicator", "Q4 2023/24", "63.0", ""],
    ]
    response = upload(owned.client, rows)
    assert response.status_code == 200
    [problem] = response.context["problems"]
    assert problem.startswith("Row 3: ") and "waiting for approval" in problem
    assert stored_figures() == before


# --- query counts that do not grow with the data ----------------------------------------------------------


def dashboard_of(count: int, committees) -> list[Indicator]:
    """`count` indicators, each with a target, a latest and a previous published figure, and committees."""
    outcomes = [OutcomeFactory() for _ in range(3)]
    themes = [ThemeFactory() for _ in range(4)]
    indicators = []
    for n in range(count):
        indicator = IndicatorFactory(
            outcome=outcomes[n % 3], theme=themes[n % 4], owner=OfficerFactory(), committees=committees
        )
        TargetFactory(indicator=indicator)
        publish_figures(indicator, {"Q1 2023/24": f"{50 + n % 40}.1", "Q2 2023/24": f"{55 + n % 40}.6"})
        indicators.append(indicator)
    return indicators


@pytest.fixture
def committees(db):
    return [CommitteeFactory(), CommitteeFactory()]


def test_the_dashboard_queries_do_not_grow(client, committees, django_assert_max_num_queries):
    dashboard_of(5, committees)
    # the indicators with their outcome, theme, owner and figures with their periods, and their targets:
    # twice (once for the table, once more for the quartile summary); the filters' committees, topics, themes
    page_budget = REQUEST_TRANSACTION + 7
    # the indicators and their targets, three times over (the table, the summary, the export)
    download_budget = REQUEST_TRANSACTION + 6
    with django_assert_max_num_queries(page_budget):
        response = client.get(reverse("performance-dashboard"))
    assert len(response.context["table"].paginated_rows) == 5
    with django_assert_max_num_queries(download_budget):
        assert len(rows_of(client.get(reverse("performance-dashboard"), {"_export": "csv"}))) == 5
    dashboard_of(295, committees)
    with django_assert_max_num_queries(page_budget):
        response = client.get(reverse("performance-dashboard"))
    assert response.context["table"].paginator.count == 300
    with django_assert_max_num_queries(download_budget):
        assert len(rows_of(client.get(reverse("performance-dashboard"), {"_export": "csv"}))) == 300


def quarters(count: int, first: date = date(2014, 4, 1)) -> list[str]:
    """The labels of `count` financial quarters in a row."""
    labels, start = [], first
    for _ in range(count):
        span = periods.span(periods.PeriodType.FINANCIAL_QUARTER, start)
        labels.append(span.label)
        start = span.end + timedelta(days=1)
    return labels


def indicator_with(figures: int, committees, *, actions: int = 0) -> Indicator:
    """An indicator with a target, `figures` published figures (the first one revised) and `actions`."""
    indicator = IndicatorFactory(owner=OfficerFactory(), committees=committees)
    TargetFactory(indicator=indicator)
    labels = quarters(figures)
    publish_figures(indicator, {label: f"{50 + n % 30}.{n % 10}" for n, label in enumerate(labels)})
    IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=labels[0]), revision=2)
    workflow.refresh_dashboard(indicator)
    for _ in range(actions):  # each raised by a committee of its own
        ActionFactory(resolution=None, committee=CommitteeFactory(), indicator=indicator)
    return indicator


# The indicator page for the public: the indicator with its outcome, theme and owner; its targets; its
# committees; its published figures with their periods; the latest and previous figures, each with its
# period, for the summary (4); the resolutions about it (with their minutes, meetings and committees); the
# actions about it (with their committees, officers and teams).
INDICATOR_PAGE = REQUEST_TRANSACTION + 10


def test_the_indicator_page_queries_do_not_grow_with_its_figures(
    client, committees, django_assert_max_num_queries
):
    small, large = indicator_with(3, committees), indicator_with(40, committees)
    for indicator, figures in ((small, 3), (large, 40)):
        with django_assert_max_num_queries(INDICATOR_PAGE):
            response = client.get(indicator.get_absolute_url())
        assert len(response.context["figures"]) == figures
        assert len(response.context["revisions"]) == 1
        # the chart: the indicator, its targets, its published figures with their periods
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):
            client.get(reverse("indicator-chart", kwargs={"pk": indicator.pk}))


def test_the_indicator_page_queries_do_not_grow_with_its_actions(
    client, committees, django_assert_max_num_queries
):
    small, large = indicator_with(3, committees, actions=1), indicator_with(3, committees, actions=10)
    for indicator, actions in ((small, 1), (large, 10)):
        with django_assert_max_num_queries(INDICATOR_PAGE):
            response = client.get(indicator.get_absolute_url())
        assert len(response.context["actions"]) == actions


def test_a_signed_in_members_indicator_page_queries_do_not_grow(
    client, committees, django_assert_max_num_queries
):
    client.force_login(MemberUserFactory(committee=committees[0]))
    # as for the public, and: the user's and their groups' permissions; the committees they sit on; the
    # person they are (whose own actions they read); the committees offered in the form to raise an action
    # (twice: Django's Select reads its choices to decide on `required`, then to draw them)
    budget = INDICATOR_PAGE + SESSION_AND_USER + 6
    for indicator in (indicator_with(3, committees), indicator_with(40, committees)):
        with django_assert_max_num_queries(budget):
            response = client.get(indicator.get_absolute_url())
        assert "action_form" in response.context


def test_a_report_page_queries_do_not_grow(client, committees, django_assert_max_num_queries):
    small = report_of(dashboard_of(5, committees), publish=True, label="Q2 2023/24", committee=committees[0])
    large = report_of(
        dashboard_of(200, committees), publish=True, label="Q2 2023/24", committee=committees[1]
    )
    # the report with its committee, agenda item and period; its lines for the table, and again for the
    # quartile summary and the narrative (or, for a download, for the export)
    budget = REQUEST_TRANSACTION + 3
    for report, lines in ((small, 5), (large, 200)):
        with django_assert_max_num_queries(budget):
            response = client.get(report.get_absolute_url())
        assert len(response.context["narrative"]) == lines
        with django_assert_max_num_queries(budget):
            assert len(rows_of(client.get(report.get_absolute_url(), {"_export": "xlsx"}))) == lines


def test_my_indicators_queries_do_not_grow(client, django_assert_max_num_queries):
    person = OfficerFactory()
    client.force_login(OfficerUserFactory(person=person))

    def own(count: int):
        for n in range(count):
            indicator = IndicatorFactory(owner=person)
            publish_figures(indicator, {"Q1 2023/24": "50.1", "Q2 2023/24": "52.3"})
            IndicatorValueFactory(
                indicator=indicator, period=PeriodFactory(label="Q3 2023/24"), status=Status.DRAFT
            )
            if n % 2:
                IndicatorValueFactory(
                    indicator=indicator,
                    period=PeriodFactory(label="Q2 2023/24"),
                    revision=2,
                    status=Status.RETURNED,
                )

    # the person signed in; their indicators with their themes; the newest revision of each one's figures,
    # with their periods; the user's and their groups' permissions (for the link to the review page)
    budget = REQUEST_TRANSACTION + SESSION_AND_USER + 5
    own(2)
    with django_assert_max_num_queries(budget):
        response = client.get(reverse("my-indicators"))
    assert len(response.context["rows"]) == 2
    own(28)
    with django_assert_max_num_queries(budget):
        response = client.get(reverse("my-indicators"))
    assert len(response.context["rows"]) == 30
    assert {row["latest"].period.label for row in response.context["rows"]} == {"Q3 2023/24"}


def test_the_review_queue_queries_do_not_grow(django_assert_max_num_queries):
    # A failing render comes back as a 500 rather than an exception, so that the count is checked first.
    client = Client(raise_request_exception=False)
    client.force_login(DemocraticServicesUserFactory())
    entered_by = OfficerUserFactory()

    def waiting(count: int):
        for _ in range(count):
            indicator = IndicatorFactory(owner=OfficerFactory())
            TargetFactory(indicator=indicator)
            publish_figures(indicator, TestOutliers.HISTORY)
            IndicatorValueFactory(
                indicator=indicator,
                period=PeriodFactory(label="Q1 2024/25"),
                value=Decimal("50.5"),
                status=Status.SUBMITTED,
                entered_by=entered_by,
            )

    # the user's and their groups' permissions; the figures waiting, with their indicators, themes, periods
    # and who entered them; the indicators' targets; the published history the checks compare the figures
    # with (once for all of them); the count of approved figures
    budget = REQUEST_TRANSACTION + SESSION_AND_USER + 6
    for count, total in ((2, 2), (28, 30)):
        waiting(count)
        with django_assert_max_num_queries(budget):
            response = client.get(reverse("review-figures"))
        assert response.status_code == 200
        assert len(response.context["rows"]) == total


def test_an_indicator_page_lists_the_latest_revisions_only(client):
    """An indicator reported for years has thousands of revised figures: the page lists the newest twenty."""
    indicator = IndicatorFactory()
    quarters = [
        PeriodFactory(label=f"Q{quarter} {year}/{(year + 1) % 100:02d}")
        for year in (2021, 2022)
        for quarter in (1, 2, 3, 4)
    ]
    for period in quarters:
        for revision in (1, 2, 3, 4):
            IndicatorValueFactory(indicator=indicator, period=period, revision=revision, value=revision)
    workflow.refresh_dashboard(indicator)
    page = client.get(indicator.get_absolute_url())
    assert [figure.revision for figure in page.context["figures"]] == [4] * len(quarters)
    revisions = page.context["revisions"]
    assert len(revisions) == REVISIONS_SHOWN and page.context["more_revisions"]
    assert (revisions[0].period, revisions[0].revision) == (quarters[-1], 3)  # newest first
    assert f"the latest {REVISIONS_SHOWN}, newest first" in text_of(page)


def test_the_dashboard_keeps_its_lines_until_a_figure_changes(
    client, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    """The lines are built once and kept; a figure published makes the next page show it."""
    with django_capture_on_commit_callbacks(execute=True):
        indicator = IndicatorFactory(name="Care leavers in education")
        first = IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q1 2023/24"), value=52)
        workflow.refresh_dashboard(indicator)
    assert "52.0%" in text_of(client.get(reverse("performance-dashboard")))
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):  # the filter's committees, topics, themes
        kept = client.get(reverse("performance-dashboard"))
    assert "52.0%" in text_of(kept)
    with django_capture_on_commit_callbacks(execute=True):
        IndicatorValueFactory(indicator=indicator, period=first.period, revision=2, value=57)
        workflow.refresh_dashboard(indicator)
    page = text_of(client.get(reverse("performance-dashboard")))
    assert "57.0%" in page and "52.0%" not in page
    # Each set of filters has lines of its own.
    filtered = client.get(reverse("performance-dashboard"), {"text": "nothing matches this"})
    assert "57.0%" not in text_of(filtered)


def test_a_change_reads_its_own_lines_and_a_rolled_back_one_leaves_none_behind(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        indicator = IndicatorFactory(name="Care leavers in education")
        first = IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q1 2023/24"), value=52)
        workflow.refresh_dashboard(indicator)
    assert "52.0%" in text_of(client.get(reverse("performance-dashboard")))
    with transaction.atomic():
        IndicatorValueFactory(indicator=indicator, period=first.period, revision=2, value=57)
        workflow.refresh_dashboard(indicator)
        assert "57.0%" in text_of(client.get(reverse("performance-dashboard")))
        transaction.set_rollback(True)
    page = text_of(client.get(reverse("performance-dashboard")))
    assert "52.0%" in page and "57.0%" not in page
