"""Every form of the site, and the admin's main add and change pages, sent malformed submissions (hypothesis):
fields missing, of the wrong type, enormous, full of control characters and NUL, impossible dates, numbers
out of any range, lists for single values, unknown choices and fields, files of the wrong kind or empty.
Each is sent as the person who uses the form. Never a server error: the submission is accepted, or refused
with a message saying what is wrong (the GOV.UK error summary, the admin's error note) and nothing written."""

import re
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import Form
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import feeds.forms
import followup.forms
import indicators.forms
import meetings.forms
import participation.forms
import scrutiny.views
import search.forms
from indicators.workflow import refresh_dashboard
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MemberUserFactory,
    MinuteFactory,
    OfficerFactory,
    OfficerUserFactory,
    PerformanceReportFactory,
    PeriodFactory,
    PetitionFactory,
    PublicQuestionFactory,
    PublishedPetitionFactory,
    RecommendationFactory,
    ReportRequestFactory,
    ResolutionFactory,
    SignatureFactory,
    TargetFactory,
    TeamFactory,
    UserFactory,
    VoteFactory,
)
from tests.fuzzing import database_rows, examples, field_values, rolled_back, spoiled, uploads
from tests.responses import admin_errors, error_summary, messages_of, unchanged_submission

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FEW = settings(FUZZ, max_examples=examples(10))  # the slower pages: the admin's, the trackers
PASSWORD = "correct horse battery staple"  # the factories' (tests/factories/)
NUL = "text with NUL\x00 in it"  # which PostgreSQL cannot store in text: refused, never a server error


def redirected(response) -> bool:
    return response.status_code == 302


def accepted_or_refused(client, url, data, *, accepted=redirected, problems=error_summary, method="post"):
    """Send `data`; unless `accepted(response)`, the page must say what is wrong and nothing be written."""
    cache.clear()  # the public forms' rate limits count in the cache, and would refuse the examples
    for sent in data.values():
        for file in sent if isinstance(sent, list) else [sent]:
            if hasattr(file, "seek"):
                file.seek(0)  # a file sent again is sent whole
    before = database_rows()
    response = getattr(client, method)(url, data)  # a server error raises here
    if accepted(response):
        return response
    assert response.status_code == 200, f"{response.status_code}, refusing {data!r:.500}"
    assert problems(response), "refused without saying why"
    assert database_rows() == before, "a refused submission wrote to the database"
    return response


def signed_in(client, user):
    client.force_login(user)
    return client


# --- the public's forms ------------------------------------------------------------------------------------

QUESTION = {
    "questioner": "Mrs Sue Whiting",
    "email": "sue.whiting@example.com",
    "question": "(a) How many children with an EHCP are waiting for a mainstream place?",
    "attending": "on",
    "website": "",
}


@FUZZ
@given(data=spoiled(QUESTION))
@example(data=QUESTION | {"question": NUL})
def test_a_question_for_question_time(client, data):
    with rolled_back():
        meeting = MeetingFactory()  # a month away: it takes questions
        accepted_or_refused(client, reverse("question-new", args=[meeting.pk]), data)


PETITION = {
    "title": "Keep the Braunstone youth centre open",
    "prayer": "We ask the council to keep the youth centre open on weekday evenings.",
    "lead_petitioner": "Ms J. Smith",
    "email": "j.smith@example.com",
    "website": "",
}


@FUZZ
@given(data=spoiled(PETITION))
@example(data=PETITION | {"prayer": NUL})
def test_a_new_petition(client, data):
    with rolled_back():
        accepted_or_refused(client, reverse("petition-new"), data)


SIGNATURE = {"name": "Ashley Page", "email": "ashley.page@example.com", "postcode": "LE3 8RA", "website": ""}


@FUZZ
@given(data=spoiled(SIGNATURE))
@example(data=SIGNATURE | {"name": NUL})
def test_a_signature(client, data):
    with rolled_back():
        petition = PublishedPetitionFactory()
        accepted_or_refused(client, reverse("petition-sign", args=[petition.pk]), data)


@FUZZ
@given(data=spoiled({"website": ""}))
def test_confirming_a_signature(client, data):
    with rolled_back():
        signature = SignatureFactory()
        accepted_or_refused(client, signature.get_confirmation_url(), data)


ALERTS = {
    "alerts-email": "resident@example.org",
    "alerts-alerts": ["agendas", "minutes"],
    "alerts-website": "",
}


def asked_to_check_their_email(response) -> bool:
    return "feeds/check_your_email.html" in [template.name for template in response.templates]


@FUZZ
@given(data=spoiled(ALERTS))
@example(data=ALERTS | {"alerts-email": f"resident{NUL}@example.org"})
def test_asking_for_email_alerts(client, data):
    with rolled_back():
        committee = CommitteeFactory()
        url = reverse("alert-subscribe", args=[committee.slug])
        accepted_or_refused(client, url, data, accepted=asked_to_check_their_email)


@FUZZ
@given(token=st.one_of(st.text(min_size=1), st.sampled_from(["abc:def", "e30:1:2", "%00", "a" * 5000])))
def test_a_link_from_an_email_that_is_not_ours(client, token):
    """Alerts' confirmation and unsubscribe links, a signature's confirmation: a made-up token is no link."""
    with rolled_back():
        signature, token = SignatureFactory(), quote(token, safe="")
        for url in [
            f"/alerts/confirm/{token}/",
            f"/alerts/unsubscribe/{token}/",
            f"/petitions/{signature.petition_id}/sign/confirm/{token}/",
        ]:
            for method in (client.get, client.post):
                before = database_rows()
                assert method(url).status_code in (404, 410)
                assert database_rows() == before


def form_has_no_errors(response) -> bool:
    return response.status_code == 200 and not response.context["form"].errors


@FUZZ
@given(data=st.data())
def test_the_search(client, data):
    with rolled_back():
        committee = CommitteeFactory()
        search = {"q": "tribunal appeals", "committee": str(committee.pk), "kind": "resolution", "page": "2"}
        search = data.draw(spoiled(search | {"date_from": "2024-01-01", "date_to": "2024-12-31"}))
        accepted_or_refused(client, reverse("search"), search, accepted=form_has_no_errors, method="get")


def safely_redirected(response) -> bool:
    """Signed in, and sent on within the site: never to an address the form was given elsewhere."""
    if response.status_code != 302:
        return False
    assert url_has_allowed_host_and_scheme(response["Location"], allowed_hosts={"testserver"}), response[
        "Location"
    ]
    return True


SIGN_IN = {"username": "officer", "password": PASSWORD, "next": "/my/"}


@FUZZ
@given(data=spoiled(SIGN_IN))
@example(data={"username": NUL, "password": NUL})
@example(data={"username": "x" * 300, "password": "wrong"})  # longer than the lock-out records keep
@example(data=SIGN_IN | {"next": "https://example.com/"})
@pytest.mark.parametrize("page", ["sign-in", "admin:login"])
def test_signing_in(client, page, data):
    """On the site and in the admin, which share the lock-out after wrong passwords."""
    problems = admin_errors if page.startswith("admin") else error_summary
    with rolled_back():
        UserFactory(username="officer", is_staff=True)
        client.logout()
        accepted_or_refused(client, reverse(page), data, accepted=safely_redirected, problems=problems)


# --- officers, members and Democratic Services on the site ------------------------------------------------


@pytest.fixture
def officer():
    person = OfficerFactory()
    return SimpleNamespace(person=person, user=OfficerUserFactory(person=person))


files = st.one_of(uploads, st.lists(uploads, min_size=2, max_size=7), field_values)


@FUZZ
@given(data=spoiled({"kind": "answer", "text": "Of 120 appeals, 114 were decided for the parent."}))
@example(data={"kind": "answer", "text": NUL})
def test_an_officers_response_to_an_action(client, officer, data):
    with rolled_back():
        action = ActionFactory(owner=officer.person)
        accepted_or_refused(signed_in(client, officer.user), action.get_absolute_url(), data)


@FUZZ
@given(data=spoiled({"attachments": []}, spoil=files))
def test_an_officers_response_with_attachments(client, officer, settings, data):
    with rolled_back():
        action = ActionFactory(owner=officer.person)
        settings.ATTACHMENT_MAX_MEGABYTES = 1  # so that a file too large is quick to make
        answer = {"kind": "answer", "text": "The figures are attached."}
        accepted_or_refused(signed_in(client, officer.user), action.get_absolute_url(), answer | data)


@FUZZ
@given(data=spoiled({"review": "", "decision": "return", "reason": "It gives the wrong year."}))
@example(data={"review": "", "decision": "return", "reason": NUL})
def test_democratic_services_review_a_response(client, democratic_services_user, data):
    with rolled_back():
        response = ActionResponseFactory()
        signed_in(client, democratic_services_user)
        accepted_or_refused(client, response.action.get_absolute_url(), data)


@pytest.fixture
def indicator(officer):
    """A quarterly percentage the officer owns, with a target, shown to a committee."""
    committee = CommitteeFactory()
    indicator = IndicatorFactory(owner=officer.person, committees=[committee])
    TargetFactory(indicator=indicator)
    IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q4 2023/24"))
    return indicator


def submitted_or_kept_as_a_draft(response) -> bool:
    saved = any("saved as a draft" in text for _, text in messages_of(response))
    return response.status_code == 302 or saved


FIGURE = {
    "period": "Q1 2024/25",
    "value": "61.3",
    "numerator": "291",
    "denominator": "475",
    "finality": "final",
    "quartile": "2",
    "sn_average": "58.1",
    "england_average": "59.0",
    "commentary": "Up again this quarter.",
    "officer_comment": "",
    "rag_override": "amber",
    "rag_override_reason": "The target was set before the new service.",
    "submit": "",
}


@FUZZ
@given(data=spoiled(FIGURE))
@example(data=FIGURE | {"numerator": "12.34567"})  # more decimal places than the figure's numerator keeps
@example(data=FIGURE | {"commentary": NUL})
def test_an_officers_figure(client, officer, indicator, data):
    with rolled_back():
        url = reverse("indicator-figure", args=[indicator.pk])
        signed_in(client, officer.user)
        accepted_or_refused(client, url, data, accepted=submitted_or_kept_as_a_draft)


@FUZZ
@given(
    period=st.one_of(st.sampled_from(["0000", "Q4 9999/00", "December 9999", "Autumn 0001"]), field_values)
)
def test_the_figure_page_asked_for_any_period(client, officer, indicator, period):
    """The link to carry on with a figure names its period: a made-up one shows the form all the same."""
    signed_in(client, officer.user)
    assert client.get(reverse("indicator-figure", args=[indicator.pk]), {"period": period}).status_code == 200


@FUZZ
@given(data=spoiled({"file": None}, spoil=st.one_of(uploads, st.lists(uploads, min_size=2), field_values)))
def test_an_officers_spreadsheet_upload(client, officer, indicator, data):
    """What the spreadsheet holds is tests/indicators/test_fuzz_imports.py's: here, files of the wrong kind,
    or none."""
    with rolled_back():
        accepted_or_refused(signed_in(client, officer.user), reverse("upload-figures"), data)


@FUZZ
@given(data=st.data())
def test_democratic_services_approve_or_return_figures(
    client, officer, indicator, democratic_services_user, data
):
    with rolled_back():
        waiting = IndicatorValueFactory(
            indicator=indicator,
            period=PeriodFactory(label="Q1 2024/25"),
            status="submitted",
            entered_by=officer.user,
        )
        decision = data.draw(spoiled({"figures": [str(waiting.pk)], "decision": "approve", "reason": ""}))
        signed_in(client, democratic_services_user)
        accepted_or_refused(client, reverse("review-figures"), decision)


@pytest.mark.parametrize("figure", [str(2**63), "-" + "9" * 40, "9" * 4301])
def test_democratic_services_tick_a_figure_beyond_any_id(client, democratic_services_user, figure):
    """Ids Django does not guard, several at once, and SQLite cannot compare (nor Python read, past 4,300
    digits)."""
    signed_in(client, democratic_services_user)
    accepted_or_refused(client, reverse("review-figures"), {"figures": [figure], "decision": "approve"})


@FUZZ
@given(data=st.data())
def test_a_member_raises_an_action_from_an_indicator(client, indicator, data):
    with rolled_back():
        committee = indicator.committees.get()
        member = MemberUserFactory(committee=committee)
        raised = data.draw(
            spoiled({"committee": str(committee.pk), "description": "Explain the fall in Q3."})
        )
        signed_in(client, member)
        accepted_or_refused(client, reverse("indicator-detail", args=[indicator.pk]), raised)


# --- the trackers' filters (GET) ------------------------------------------------------------------------


@pytest.fixture
def tracked(officer):
    """A row in each tracker: an action of the officer's (in a team), answered and accepted, from a request
    for information beside a recommendation, and an indicator on the committee's dashboard."""
    action = ActionResponseFactory(action__owner=officer.person, outcome="accepted").action
    RecommendationFactory(resolution__minute=action.resolution.minute)
    indicator = IndicatorFactory(committees=[action.committee])
    IndicatorValueFactory(indicator=indicator)
    refresh_dashboard(indicator)
    team = TeamFactory(members=[officer.person])
    report = PerformanceReportFactory(committee=action.committee, status="published")
    return SimpleNamespace(
        action=action, committee=str(action.committee.pk), indicator=indicator, team=team, report=report
    )


def filters_of(tracker: str, tracked) -> dict:
    """Every filter of the tracker, each given a value that finds the row."""
    dates = {"from": "2000-01-01", "to": "2099-12-31"}
    return {
        "resolution-list": {"committee": tracked.committee, "kind": "request_for_information", "text": "the"}
        | {"date_from": dates["from"], "date_to": dates["to"]},
        "action-list": {"committee": tracked.committee, "owner": str(tracked.action.owner_id), "text": "the"}
        | {"team": str(tracked.team.pk), "status": "open", "overdue": "no"}
        | {"due_from": dates["from"], "due_to": dates["to"]},
        "my-actions": {"status": "open", "overdue": "no", "text": "tribunal"},
        "recommendation-list": {"committee": tracked.committee, "body": "Cabinet", "response": "waiting"}
        | {"outcome": ""},
        "performance-dashboard": {"committee": tracked.committee, "text": "care", "rag": "", "quartile": ""}
        | {"outcome": str(tracked.indicator.outcome_id), "theme": str(tracked.indicator.theme_id)}
        | {"direction": ""},
        "performance-report": {"text": "care", "rag": "green", "quartile": "1", "direction": "improved"},
    }[tracker] | {"page": "1", "per_page": "10", "sort": "-pk"}


def filters_applied(response) -> bool:
    """A download, or a page whose filters took what was sent."""
    if not response["Content-Type"].startswith("text/html"):
        return response.status_code == 200
    return response.status_code == 200 and not response.context["filter"].form.errors


def filter_errors(response) -> list[str]:
    """A tracker shows each filter's error beside it."""
    return re.findall(
        r'<p class="govuk-error-message"[^>]*>.*?</span>\s*([^<]+)</p>', response.content.decode()
    )


@FEW
@given(data=st.data())
@pytest.mark.parametrize(
    "tracker",
    [
        "resolution-list",
        "action-list",
        "my-actions",
        "recommendation-list",
        "performance-dashboard",
        "performance-report",
    ],
)
def test_the_trackers_filters(client, officer, democratic_services_user, tracked, tracker, data):
    query = data.draw(spoiled(filters_of(tracker, tracked)))
    query |= data.draw(st.sampled_from([{}, {"_export": "csv"}, {"_export": "xlsx"}]))
    signed_in(client, officer.user if tracker == "my-actions" else democratic_services_user)
    url = reverse(tracker, args=[tracked.report.pk] if tracker == "performance-report" else [])
    with rolled_back():
        accepted_or_refused(
            client, url, query, accepted=filters_applied, problems=filter_errors, method="get"
        )


# --- the admin's add and change pages ------------------------------------------------------------------


def meeting_with_its_record():
    """A meeting to come with an item of each inline of its page."""
    meeting = MeetingFactory()
    item = AgendaItemFactory(meeting=meeting, number=1)
    AttendanceFactory(meeting=meeting, for_item=item)
    PublicQuestionFactory(meeting=meeting)
    MemberQuestionFactory(meeting=meeting)
    DeclarationFactory(meeting=meeting, agenda_item=item)
    PetitionFactory(meeting=meeting)
    return meeting


def minute_with_its_parts():
    minute = MinuteFactory()
    DiscussionPointFactory(minute=minute)
    ResolutionFactory(minute=minute, kind="request_for_information")
    VoteFactory(minute=minute)
    return minute


def agenda_item_with_a_paper():
    return DocumentFactory().agenda_item


def draft_figure():
    return IndicatorValueFactory(
        status="draft", rag_override="red", rag_override_reason="As the officer says."
    )


def new_meeting():
    return {
        "committee": str(CommitteeFactory().pk),
        "start_0": "2030-05-07",
        "start_1": "14:00:00",
        "location": "Sparkenhoe Committee Room",
    }


def new_paper():
    return {
        "agenda_item": str(AgendaItemFactory().pk),
        "title": "Appendix A",
        "kind": "appendix",
        "file": SimpleUploadedFile("appendix-a.pdf", b"%PDF-1.4 appendix"),
        "position": "2",
    }


# Each admin page (its URL's name): what it changes, or for an add page what a good new one is given.
ADMIN_PAGES = {
    "a meeting, with its agenda, attendance, questions, declarations and petitions": (
        "meetings_meeting_change",
        meeting_with_its_record,
    ),
    "a new meeting": ("meetings_meeting_add", new_meeting),
    "an agenda item, with its papers": ("meetings_agendaitem_change", agenda_item_with_a_paper),
    "a new paper": ("meetings_document_add", new_paper),
    "a minute, with its discussion, resolutions and votes": ("meetings_minute_change", minute_with_its_parts),
    "a question": ("meetings_publicquestion_change", PublicQuestionFactory),
    "an action": ("followup_action_change", ActionFactory),
    "a figure": ("indicators_indicatorvalue_change", draft_figure),
}


@pytest.fixture
def admin_page(request, client, democratic_services_user):
    """The page's address and what it sends unchanged (which the admin accepts)."""
    url_name, make = ADMIN_PAGES[request.param]
    made = make()
    signed_in(client, democratic_services_user)
    if url_name.endswith("_add"):
        url, good = reverse(f"admin:{url_name}"), made
    else:
        url, good = reverse(f"admin:{url_name}", args=[made.pk]), {}
    model_name = url_name.split("_")[1]
    return SimpleNamespace(url=url, unchanged=unchanged_submission(client, url, model_name) | good)


@FEW
@given(data=st.data())
@pytest.mark.parametrize("admin_page", ADMIN_PAGES, indirect=True)
def test_the_admins_add_and_change_pages(client, admin_page, data):
    with rolled_back():
        submission = data.draw(spoiled(admin_page.unchanged))
        accepted_or_refused(client, admin_page.url, submission, problems=admin_errors)


@FUZZ
@given(data=spoiled({"reason": "The officer answered another question."}))
@example(data={"reason": NUL})
def test_the_admins_page_asking_for_a_reason(client, democratic_services_user, data):
    """Returning responses asks for a reason (as do rejecting questions or petitions, withdrawing actions)."""
    with rolled_back():
        action = ActionResponseFactory().action
        sent = {"action": "return_responses", "_selected_action": [str(action.pk)], "apply": "1"}
        signed_in(client, democratic_services_user)
        accepted_or_refused(
            client, reverse("admin:followup_action_changelist"), sent | data, problems=admin_errors
        )


# --- reports commissioned from officers ---------------------------------------------------------------------

REPORT_UPLOAD = {"stage": "final", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4 the final report")}


@FUZZ
@given(data=spoiled(REPORT_UPLOAD, spoil=st.one_of(uploads, st.lists(uploads, min_size=2), field_values)))
def test_an_officers_report_upload(client, data):
    with rolled_back():
        report = ReportRequestFactory()
        url = reverse("my-report", args=[report.pk])
        accepted_or_refused(signed_in(client, report.officer.user), url, data)


@FEW
@given(data=st.data())
def test_the_admins_reports_page(client, democratic_services_user, data):
    """A meeting's Reports page: each item's lead officer and deadlines, all saved at once or none."""
    with rolled_back():
        report = ReportRequestFactory()
        item, prefix = report.agenda_item, f"item-{report.agenda_item_id}"
        other = AgendaItemFactory(meeting=item.meeting, number=item.number + 1)
        good = {
            f"{prefix}-officer": str(report.officer_id),
            f"{prefix}-draft_due": "2030-01-07",
            f"{prefix}-final_due": "2030-01-14",
            f"item-{other.pk}-officer": str(report.officer_id),
            f"item-{other.pk}-draft_due": "2030-01-08",
            f"item-{other.pk}-final_due": "2030-01-15",
        }
        submission = data.draw(spoiled(good))
        url = reverse("admin:meetings_meeting_reports", args=[item.meeting_id])
        signed_in(client, democratic_services_user)
        accepted_or_refused(client, url, submission, problems=admin_errors)


# The site's forms the tests above send (the admin's are its model forms, above, and the reason page).
FUZZED_FORMS = {
    "QuestionForm", "PetitionForm", "SignatureForm", "ConfirmSignatureForm", "SubscriptionForm", "SearchForm",
    "SignInForm", "ResponseForm", "ReviewForm", "FigureForm", "UploadForm", "ReviewFiguresForm",
    "RaiseActionForm", "ReportUploadForm",
}  # fmt: skip


def test_every_form_of_the_site_is_fuzzed():
    """A new form needs its test here."""
    modules = [
        feeds.forms,
        followup.forms,
        indicators.forms,
        meetings.forms,
        participation.forms,
        scrutiny.views,
        search.forms,
    ]
    forms = {
        name
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, Form) and value.__module__ == module.__name__
    }
    assert forms - {"PublicForm"} == FUZZED_FORMS
