"""Every free-text filter and search field of the site, given 60 kB: the page answers (200) with a message
saying how much it takes, never a server error. SQLite, the demo's database, refuses a LIKE pattern longer
than 50,000 bytes ("LIKE or GLOB pattern too complex") and a search of thousands of words ("Expression tree
is too large"); so each is tried with both, with a row in each list for the pattern to be matched against."""

from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from followup.models import Action
from indicators import dashboard, reports
from indicators.models import Indicator
from indicators.workflow import refresh_dashboard
from meetings.models import PublicQuestion
from scrutiny.filters import SEARCH_TERM_MAX_LENGTH
from tests.factories import (
    ActionResponseFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MembershipFactory,
    OfficerFactory,
    OfficerUserFactory,
    PerformanceReportFactory,
    PeriodFactory,
    PublicQuestionFactory,
    PublishedPetitionFactory,
    RecommendationFactory,
    TargetFactory,
    UserFactory,
)
from tests.responses import error_summary, messages_of

pytestmark = pytest.mark.django_db

ONE_LONG_WORD = "tribunal" * 7_500  # 60 kB
MANY_WORDS = "tribunal " * 6_700  # 60 kB
LONG_TEXTS = pytest.mark.parametrize("text", [ONE_LONG_WORD, MANY_WORDS], ids=["one word", "many words"])


@pytest.fixture
def world(democratic_services_user):
    """A row in every list: an officer's answered action from a request for information in published minutes,
    a recommendation beside it, an indicator on the dashboard and in a published report."""
    officer = OfficerFactory()
    action = ActionResponseFactory(action__owner=officer, outcome="accepted").action
    RecommendationFactory(resolution__minute=action.resolution.minute, body="Cabinet")
    indicator = IndicatorFactory(owner=officer, committees=[action.committee])
    TargetFactory(indicator=indicator)
    IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q4 2023/24"))
    refresh_dashboard(indicator)
    report = PerformanceReportFactory(committee=action.committee)
    reports.publish(reports.freeze(report, lines=dashboard.live_lines(Indicator.objects.for_dashboard())))
    MembershipFactory(committee=action.committee)
    PublicQuestionFactory(meeting=action.meeting)
    return SimpleNamespace(
        officer=OfficerUserFactory(person=officer),
        staff=democratic_services_user,
        superuser=UserFactory(is_staff=True, is_superuser=True),  # every admin page, the users' too
        report=report,
    )


def limited(label: str) -> str:
    return f"‘{label}’ must be {SEARCH_TERM_MAX_LENGTH} characters or fewer"


# Each page (its URL's name) with its text filter, the message it gives, and who asks.
TRACKERS = {
    "resolutions": ("resolution-list", "text", limited("Words in the resolution"), "staff"),
    "actions": ("action-list", "text", limited("Words in the action"), "staff"),
    "an officer's actions": ("my-actions", "text", limited("Words in the action"), "officer"),
    "recommendations": ("recommendation-list", "body", limited("Sent to"), "staff"),
    "performance dashboard": ("performance-dashboard", "text", limited("Words in the indicator"), "staff"),
    "performance report": ("performance-report", "text", limited("Words in the indicator"), "staff"),
    "search": ("search", "q", f"Search for {SEARCH_TERM_MAX_LENGTH} characters or fewer", None),
}


@LONG_TEXTS
@pytest.mark.parametrize("page", TRACKERS)
def test_a_long_filter_is_refused_in_the_error_summary(client, world, page, text):
    url_name, field, message, user = TRACKERS[page]
    if user:
        client.force_login(getattr(world, user))
    url = reverse(url_name, args=[world.report.pk] if url_name == "performance-report" else [])
    response = client.get(url, {field: text})
    assert response.status_code == 200
    assert error_summary(response) == [message]
    assert client.get(url, {field: "tribunal"}).status_code == 200  # a few words are searched for


# The open data API refuses a value it cannot take with 400 and the reason, as it does any other.
API = {
    "recommendations": ("/api/recommendations/", "body"),
    "people": ("/api/people/", "committee"),
    "meetings": ("/api/meetings/", "committee"),
    "figures": ("/api/indicator-values/", "theme"),
}


@LONG_TEXTS
@pytest.mark.parametrize("endpoint", API)
def test_the_open_data_api_refuses_a_long_filter_with_the_reason(client, world, endpoint, text):
    url, field = API[endpoint]
    response = client.get(url, {field: text})
    assert response.status_code == 400
    assert response.json() == {field: [limited(field)]}


def searchable_admin_pages():
    return sorted(
        f"{model._meta.app_label}_{model._meta.model_name}"
        for model, model_admin in admin.site._registry.items()
        if model_admin.search_fields
    )


@LONG_TEXTS
@pytest.mark.parametrize("page", searchable_admin_pages())
def test_every_admin_search_refuses_a_long_search_saying_so(client, world, page, text):
    client.force_login(world.superuser)
    response = client.get(reverse(f"admin:{page}_changelist"), {"q": text})
    assert response.status_code == 200
    assert messages_of(response) == [
        ("error", f"Search for {SEARCH_TERM_MAX_LENGTH} characters or fewer: nothing was searched for.")
    ]
    assert response.context["cl"].result_count == 0


@pytest.mark.parametrize("page", searchable_admin_pages())
def test_a_search_of_the_most_words_allowed_runs(client, world, page):
    client.force_login(world.superuser)
    response = client.get(reverse(f"admin:{page}_changelist"), {"q": "a " * (SEARCH_TERM_MAX_LENGTH // 2)})
    assert response.status_code == 200
    assert messages_of(response) == []


@LONG_TEXTS
def test_an_admin_autocomplete_finds_nothing_for_a_long_term(client, world, text):
    client.force_login(world.staff)
    query = {"app_label": "meetings", "model_name": "attendance", "field_name": "person"}
    response = client.get(reverse("admin:autocomplete"), query | {"term": text})
    assert response.status_code == 200
    assert response.json()["results"] == []
    assert client.get(reverse("admin:autocomplete"), query | {"term": "a"}).json()["results"]


@pytest.mark.parametrize("term", ["9" * 30, "9" * 60_000])
def test_a_minute_number_no_minute_can_have_finds_nothing(client, world, term):
    """The minutes' search also looks a number up (meetings.admin.MinuteAdmin): Python reads no more than
    4,300 digits as a number."""
    client.force_login(world.staff)
    response = client.get(reverse("admin:meetings_minute_changelist"), {"q": term})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


# --- the forms that take text (POST) ---------------------------------------------------------------------


LONG_TEXT = "The figure fell. " * 3_600  # 60 kB, as a box of text would be pasted
FIGURE = {
    "period": "Q1 2024/25",
    "value": "61.3",
    "finality": "final",
    "commentary": "Up again this quarter.",
    "officer_comment": "",
    "rag_override": "amber",
    "rag_override_reason": "The target was set before the new service.",
    "submit": "",
}


@pytest.fixture
def senders(world):
    """For each form: where it is sent, by whom, and what it is sent when it is good."""
    action = Action.objects.get()
    indicator = Indicator.objects.get()
    submitted = IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q1 2024/25"), status="submitted"
    )
    answered = ActionResponseFactory(action__owner=action.owner).action
    return {
        "question": (
            reverse("question-new", args=[MeetingFactory().pk]),
            None,
            {"questioner": "Mrs Sue Whiting", "email": "sue@example.com", "question": "How many?"},
        ),
        "petition": (
            reverse("petition-new"),
            None,
            {"title": "Keep it open", "prayer": "Keep it open.", "lead_petitioner": "Ms J. Smith"}
            | {"email": "j.smith@example.com"},
        ),
        "signature": (
            reverse("petition-sign", args=[PublishedPetitionFactory().pk]),
            None,
            {"name": "Ashley Page", "email": "ashley.page@example.com", "postcode": "LE3 8RA"},
        ),
        "alerts": (
            reverse("alert-subscribe", args=[action.committee.slug]),
            None,
            {"alerts-email": "resident@example.org", "alerts-alerts": ["agendas"]},
        ),
        "response": (action.get_absolute_url(), world.officer, {"kind": "progress", "text": "Under way."}),
        "review": (
            answered.get_absolute_url(),
            world.staff,
            {"review": "1", "decision": "return", "reason": "It gives the wrong year."},
        ),
        "figure": (reverse("indicator-figure", args=[indicator.pk]), world.officer, FIGURE),
        "figures' review": (
            reverse("review-figures"),
            world.staff,
            {"figures": [str(submitted.pk)], "decision": "return", "reason": "Check the year."},
        ),
        "action from an indicator": (
            indicator.get_absolute_url(),
            world.staff,
            {"committee": str(action.committee.pk), "description": "Explain the fall in Q3."},
        ),
    }


# Each form's text fields, given 60 kB, and what the error summary says of each.
TEXT_FIELDS = [
    ("question", "questioner", "‘Your full name’ must be 200 characters or fewer"),
    ("question", "email", "‘Email address’ must be 254 characters or fewer"),
    ("question", "question", "Your question must be 3000 characters or fewer"),
    ("petition", "title", "The title must be 150 characters or fewer"),
    ("petition", "prayer", "What you want the council to do must be 1500 characters or fewer"),
    ("petition", "lead_petitioner", "‘Your full name’ must be 200 characters or fewer"),
    ("signature", "name", "‘Your full name’ must be 200 characters or fewer"),
    ("signature", "postcode", "‘Postcode (optional)’ must be 10 characters or fewer"),
    ("alerts", "alerts-email", "‘Email address’ must be 254 characters or fewer"),
    ("response", "text", "‘Your response’ must be 20,000 characters or fewer"),
    ("review", "reason", "‘Why is it being returned?’ must be 5,000 characters or fewer"),
    ("figure", "period", "‘Period’ must be 500 characters or fewer"),
    ("figure", "commentary", "‘Commentary for the committee (optional)’ must be 10,000 characters or fewer"),
    (
        "figure",
        "officer_comment",
        "‘Your explanation (needed when the checks question the figure)’ must be 10,000 characters or fewer",
    ),
    ("figure", "rag_override_reason", "‘Why override the RAG status?’ must be 10,000 characters or fewer"),
    ("figures' review", "reason", "‘Why are they being returned?’ must be 10,000 characters or fewer"),
    (
        "action from an indicator",
        "description",
        "‘What should the officer do?’ must be 5,000 characters or fewer",
    ),
]


@pytest.mark.parametrize("form, field, message", TEXT_FIELDS, ids=[f"{f} {n}" for f, n, _ in TEXT_FIELDS])
def test_a_form_refuses_60_kb_of_text_saying_how_much_it_takes(client, senders, form, field, message):
    url, user, good = senders[form]
    if user:
        client.force_login(user)
    response = client.post(url, good | {field: LONG_TEXT})
    assert response.status_code == 200
    summary = error_summary(response)
    assert message in summary
    if form in ("response", "review"):  # nothing else is said of a reason too long: it was given
        assert summary == [message]


@pytest.mark.parametrize(
    "changelist, action",
    [
        ("followup_action", "return_responses"),
        ("followup_action", "withdraw_actions"),
        ("meetings_publicquestion", "reject_questions"),
    ],
)
def test_the_admins_reason_takes_at_most_5000_characters(client, world, changelist, action):
    client.force_login(world.staff)
    model = {"followup_action": Action, "meetings_publicquestion": PublicQuestion}[changelist]
    row = model.objects.first()
    response = client.post(
        reverse(f"admin:{changelist}_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [row.pk], "apply": "yes", "reason": LONG_TEXT},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["reason"] == ["Give the reason in 5,000 characters or fewer."]
    assert "Give the reason in 5,000 characters or fewer." in response.content.decode()
    assert messages_of(response) == []  # nothing was done
