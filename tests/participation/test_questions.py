"""Public questions sent online for Question Time: the form and its deadline, the receipt emailed to the
questioner, the spam protection (a honeypot and a rate limit per IP address), Democratic Services' decision
(in participation.questions and the admin's actions), and what the public sees: only accepted questions,
never the questioner's email address, on the meeting page, in search, in the open data API and in the minutes.

Nothing needs signing in except the admin: the form's requests are anonymous."""

import html
import io
import re
from datetime import timedelta
from smtplib import SMTPException

import docx
import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting, PublicQuestion
from participation import deadlines, questions
from participation.checks import check_rate_limits
from participation.forms import QUESTION_MAX_CHARACTERS
from participation.templatetags.participation_tags import question_time
from search.models import SearchEntry
from tests.factories import (
    AcceptedQuestionFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    PublicQuestionFactory,
    RejectedQuestionFactory,
    SubmittedQuestionFactory,
)
from tests.responses import error_summary, messages_of

pytestmark = pytest.mark.django_db
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
SITE = "https://committees.example.gov.uk"
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
QUESTIONER = "Mrs Sue Whiting"
ADDRESS = "sue.whiting@example.org"
QUESTION = "(a) How many children with an EHCP are waiting for a school place?\n(b) For how long?"
QUESTIONS = reverse("admin:meetings_publicquestion_changelist")
Status = PublicQuestion.Status


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 3
    settings.PARTICIPATION_RATE_LIMITS = {
        "question": "5/h",
        "petition": "5/h",
        "signature": "30/h",
        "confirmation": "60/h",
    }
    settings.RATE_LIMIT_TRUSTED_PROXIES = 0


@pytest.fixture
def meeting():
    """A meeting a month away: well before its deadline for questions."""
    return MeetingFactory(committee=CommitteeFactory(name=COMMITTEE))


def form_url(meeting) -> str:
    return reverse("question-new", args=[meeting.pk])


def answers(**overrides) -> dict:
    return {
        "questioner": QUESTIONER,
        "email": ADDRESS,
        "question": QUESTION,
        "attending": "on",
        "website": "",
        **overrides,
    }


def ask(client, meeting, captured=None, forwarded_for=None, **overrides):
    """Send the form; `captured` (django_capture_on_commit_callbacks) lets its email go; `forwarded_for`:
    the X-Forwarded-For header."""
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    if captured is None:
        return client.post(form_url(meeting), answers(**overrides), **headers)
    with captured(execute=True):
        return client.post(form_url(meeting), answers(**overrides), **headers)


def text(response) -> str:
    return response.content.decode()


def readable(response) -> str:
    """The page as read: entities decoded, each run of spaces one space."""
    return " ".join(html.unescape(text(response)).split())


def long_date(meeting) -> str:
    return f"{timezone.localtime(meeting.start):%-d %B %Y}"


def stored(question) -> PublicQuestion:
    return PublicQuestion.objects.get(pk=question.pk)


# --- the form --------------------------------------------------------------------------------------------


def test_the_form_asks_for_the_question_by_the_deadline_with_a_trap_for_robots(client, meeting):
    response = client.get(form_url(meeting))
    assert response.status_code == 200
    page = text(response)
    assert f"<title>Ask a question at the {COMMITTEE}, {long_date(meeting)} –" in page
    assert "Error:" not in page
    last_day = deadlines.last_day_for_questions(meeting.date)
    assert f"Send yours by <strong>11:59pm on {last_day:%A %-d %B %Y}</strong>." in page
    for name in ("questioner", "email", "question", "attending"):
        assert f'name="{name}"' in page
    assert 'data-maxlength="3000"' in page
    # The honeypot is in a block nobody sees or hears, and cannot be tabbed to.
    trap = re.search(r'<div\s+hidden="hidden">\s*(<div id="div_id_website".*?</div>)', page, re.S)
    assert trap and 'tabindex="-1"' in trap[1] and 'autocomplete="off"' in trap[1]
    assert page.count('name="website"') == 1


def test_an_unknown_meeting_has_no_form(client):
    assert client.get(reverse("question-new", args=[987654])).status_code == 404


def test_a_question_is_kept_as_submitted_after_the_questions_already_there(
    client, meeting, django_capture_on_commit_callbacks
):
    AcceptedQuestionFactory(meeting=meeting, position=1)
    RejectedQuestionFactory(meeting=meeting, position=2)
    SubmittedQuestionFactory(meeting=meeting, position=3)
    SubmittedQuestionFactory(position=9)  # another meeting's questions do not count
    before = timezone.now()
    response = ask(client, meeting, django_capture_on_commit_callbacks, email="  Sue.Whiting@example.org ")
    assert response.status_code == 302
    assert response["Location"] == reverse("question-submitted", args=[meeting.pk])
    question = meeting.publicquestions.get(questioner=QUESTIONER, position=4)
    assert question.status == Status.SUBMITTED
    assert question.question == QUESTION
    assert question.questioner_email == "Sue.Whiting@example.org"
    assert question.attending is True
    assert before <= question.submitted_at <= timezone.now()
    assert question.received_on == timezone.localdate(question.submitted_at)
    assert (question.response, question.rejection_reason) == ("", "")


def test_attending_is_optional(client, meeting):
    ask(client, meeting, attending="")
    assert meeting.publicquestions.get().attending is False


def test_the_questioner_is_emailed_a_receipt(client, meeting, django_capture_on_commit_callbacks):
    ask(client, meeting, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.to == [ADDRESS]
    assert message.subject == f"Your question for the {COMMITTEE} on {long_date(meeting)}"
    start = timezone.localtime(meeting.start)
    assert message.body.startswith(
        f"Dear {QUESTIONER},\n\nThank you for your question for Question Time at the meeting of the "
        f"{COMMITTEE} on {start:%A %-d %B %Y} at {start:%H:%M}, {meeting.location}."
    )
    assert QUESTION in message.body
    assert "You said you will come to the meeting" in message.body
    assert "Your email address is never published." in message.body
    assert f"{SITE}{meeting.get_absolute_url()}\n" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body, "plain text, not HTML"


def test_the_receipt_does_not_mention_a_supplementary_question_unless_they_are_coming(
    client, meeting, django_capture_on_commit_callbacks
):
    ask(client, meeting, django_capture_on_commit_callbacks, attending="")
    assert "supplementary" not in mail.outbox[0].body


def test_the_submitted_page_says_what_happens_next(client, meeting):
    page = readable(client.get(ask(client, meeting)["Location"]))
    assert "<title>Question sent –" in page
    assert f"For the {COMMITTEE} on {long_date(meeting)}" in page
    assert "We have sent you an email to confirm we have your question." in page
    assert "with your name (never your email address)" in page
    assert f'href="{meeting.get_absolute_url()}"' in page


@pytest.mark.parametrize(
    "overrides, errors",
    [
        (
            {"questioner": "", "email": "", "question": ""},
            ["Enter your full name", "Enter your email address", "Enter your question"],
        ),
        ({"questioner": "   ", "question": " \r\n "}, ["Enter your full name", "Enter your question"]),
        ({"email": "sue.whiting"}, ["Enter an email address in the correct format, like name@example.com"]),
        (
            {"email": "sue@whiting@example.org"},
            ["Enter an email address in the correct format, like name@example.com"],
        ),
        (
            {"question": "x" * (QUESTION_MAX_CHARACTERS + 1)},
            [f"Your question must be {QUESTION_MAX_CHARACTERS} characters or fewer"],
        ),
        ({"questioner": "S" * 201}, ["‘Your full name’ must be 200 characters or fewer"]),
    ],
    ids=["blank", "only-spaces", "bad-email", "two-at-signs", "question-too-long", "name-too-long"],
)
def test_each_mistake_is_explained_and_nothing_is_kept_or_sent(
    client, meeting, overrides, errors, django_capture_on_commit_callbacks
):
    response = ask(client, meeting, django_capture_on_commit_callbacks, **overrides)
    assert response.status_code == 200
    page = text(response)
    assert re.search(r"<title>Error: Ask a question at the [^<]+</title>", page)
    assert "There is a problem" in page
    assert error_summary(response) == errors
    for error in errors:
        assert f'<span class="govuk-visually-hidden">Error:</span> {html.escape(error)}' in page
    assert not PublicQuestion.objects.exists()
    assert not mail.outbox


def test_what_they_wrote_stays_in_the_form_after_a_mistake(client, meeting):
    page = text(ask(client, meeting, email="sue.whiting"))
    assert html.escape(QUESTION.split("\n")[0]) in page
    assert f'value="{QUESTIONER}"' in page


def test_a_question_of_exactly_the_longest_length_is_taken(client, meeting):
    assert ask(client, meeting, question="x" * QUESTION_MAX_CHARACTERS).status_code == 302
    assert len(meeting.publicquestions.get().question) == QUESTION_MAX_CHARACTERS


def test_line_breaks_count_as_one_character_as_the_box_counts_them(client, meeting):
    """Browsers send a line break as CR LF, but the box's maxlength and character count count it once."""
    parts = "\r\n".join(f"({letter}) " + "x" * 595 for letter in "abcde") + "."
    assert len(parts) == QUESTION_MAX_CHARACTERS + 4 and len(parts.replace("\r\n", "\n")) == 3000
    assert ask(client, meeting, question=parts).status_code == 302
    assert meeting.publicquestions.get().question == parts.replace("\r\n", "\n")
    too_long = ask(client, meeting, question=parts + "x")
    assert error_summary(too_long) == [f"Your question must be {QUESTION_MAX_CHARACTERS} characters or fewer"]


def test_the_emails_are_plain_text_however_the_names_are_written(client, django_capture_on_commit_callbacks):
    meeting = MeetingFactory(committee__name="Health & Wellbeing Board")
    ask(client, meeting, django_capture_on_commit_callbacks, questioner="Mr O'Neill", question='"Why?" <b>')
    (message,) = mail.outbox
    assert message.subject == f"Your question for the Health & Wellbeing Board on {long_date(meeting)}"
    assert message.body.startswith("Dear Mr O'Neill,")
    assert '\n"Why?" <b>\n' in message.body


def test_a_mail_server_that_is_down_does_not_lose_the_question(
    client, meeting, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    attempts = []

    def down(self, *args, **kwargs):
        attempts.append(self.to)
        raise SMTPException("451 try again later")

    monkeypatch.setattr(EmailMessage, "send", down)
    response = ask(client, meeting, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert meeting.publicquestions.get().status == Status.SUBMITTED
    assert attempts and set(map(tuple, attempts)) == {(ADDRESS,)}
    assert "Error calling participation.tasks.email_question_received.delay in on_commit()" in caplog.text


# --- the deadline ----------------------------------------------------------------------------------------


def closed_meetings():
    """Meetings that take no questions, by why not: each made when called, as the test needs it."""
    return {
        "after-the-deadline": lambda: MeetingFactory(start=timezone.now() + timedelta(days=1)),
        "cancelled": lambda: MeetingFactory(status=Meeting.Status.CANCELLED),
        "held": lambda: HeldMeetingFactory(),
        "started": lambda: MeetingFactory(start=timezone.now() - timedelta(minutes=30)),
    }


REFUSALS = {
    "cancelled": "This meeting has been cancelled, so it takes no questions.",
    "held": "This meeting has already taken place, so it takes no more questions.",
    "started": "This meeting has already taken place, so it takes no more questions.",
}


def refusal_for(case, meeting) -> str:
    if case == "after-the-deadline":
        last_day = deadlines.last_day_for_questions(meeting.date)
        return f"The deadline for questions to this meeting was 11:59pm on {last_day:%A %-d %B %Y}."
    return REFUSALS[case]


@pytest.mark.parametrize("case", list(closed_meetings()))
def test_a_closed_meeting_shows_why_instead_of_the_form(client, case):
    meeting = closed_meetings()[case]()
    response = client.get(form_url(meeting))
    assert response.status_code == 200
    page = readable(response)
    assert "<title>Questions are closed:" in page
    assert "This meeting is not taking questions" in page
    assert f'<p class="govuk-body">{refusal_for(case, meeting)}</p>' in page
    assert 'name="question"' not in page
    assert "Your question was not sent" not in page
    assert f'href="{meeting.committee.get_absolute_url()}"' in page


@pytest.mark.parametrize("case", list(closed_meetings()))
def test_a_question_sent_to_a_closed_meeting_is_refused_and_given_back(
    client, case, django_capture_on_commit_callbacks
):
    meeting = closed_meetings()[case]()
    written = "Why is the <b>youth centre</b> closing?\r\nAnd when?"
    response = ask(client, meeting, django_capture_on_commit_callbacks, question=written)
    assert response.status_code == 200
    page = text(response)
    assert refusal_for(case, meeting) in html.unescape(page)
    assert "Your question was not sent. Here it is, so you can keep it:" in page
    assert '<div class="govuk-inset-text app-pre-line">' + html.escape(written) + "</div>" in page
    assert not PublicQuestion.objects.exists()
    assert not mail.outbox


def test_the_deadline_is_checked_again_when_the_question_is_kept():
    meeting = MeetingFactory()
    closes = deadlines.questions_close_at(meeting)
    in_time = questions.submit_question(
        meeting, questioner=QUESTIONER, email=ADDRESS, question=QUESTION, now=closes - timedelta(seconds=1)
    )
    assert in_time.submitted_at == closes - timedelta(seconds=1)
    assert in_time.received_on == timezone.localdate(closes - timedelta(seconds=1))
    with pytest.raises(questions.QuestionsClosed) as refused:
        questions.submit_question(
            meeting, questioner=QUESTIONER, email=ADDRESS, question=QUESTION, now=closes
        )
    last_day = deadlines.last_day_for_questions(meeting.date)
    assert refused.value.message == (
        f"The deadline for questions to this meeting was 11:59pm on {last_day:%A %-d %B %Y}."
    )
    assert list(meeting.publicquestions.all()) == [in_time]


def test_a_meeting_cancelled_since_it_was_read_takes_no_question():
    meeting = MeetingFactory()
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CANCELLED)
    with pytest.raises(questions.QuestionsClosed, match="cancelled"):
        questions.submit_question(meeting, questioner=QUESTIONER, email=ADDRESS, question=QUESTION)
    assert not PublicQuestion.objects.exists()


def test_a_meeting_cancelled_while_the_resident_writes_gives_their_question_back(
    client, meeting, monkeypatch, django_capture_on_commit_callbacks
):
    real_submit = questions.submit_question

    def cancelled_first(meeting, **kwargs):
        Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.CANCELLED)
        return real_submit(meeting, **kwargs)

    monkeypatch.setattr(questions, "submit_question", cancelled_first)
    response = ask(client, meeting, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "This meeting has been cancelled, so it takes no questions." in text(response)
    assert html.escape(QUESTION.split("\n")[0]) in text(response)
    assert not PublicQuestion.objects.exists()
    assert not mail.outbox


# --- spam ------------------------------------------------------------------------------------------------


def test_a_robot_filling_in_the_trap_is_thanked_and_nothing_is_kept_or_sent(
    client, meeting, django_capture_on_commit_callbacks
):
    response = ask(client, meeting, django_capture_on_commit_callbacks, website="https://spam.example")
    assert response.status_code == 302
    assert response["Location"] == reverse("question-submitted", args=[meeting.pk])
    assert not PublicQuestion.objects.exists()
    assert not mail.outbox


def test_too_many_questions_from_one_address_get_a_clear_page_and_nothing_is_kept(
    client, meeting, settings, django_capture_on_commit_callbacks
):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "2/h"}
    for _ in range(2):
        assert ask(client, meeting, django_capture_on_commit_callbacks).status_code == 302
    refused = ask(client, meeting, django_capture_on_commit_callbacks, questioner="Mr David Warwick")
    assert refused.status_code == 429
    page = readable(refused)
    assert "<title>Too many requests –" in page
    assert '<h1 class="govuk-heading-xl">Too many requests</h1>' in page
    assert "What you just sent has not been saved." in page
    assert "Please try again in an hour." in page
    assert refused["Retry-After"] == "3600"
    assert meeting.publicquestions.count() == 2
    assert not meeting.publicquestions.filter(questioner="Mr David Warwick").exists()
    assert len(mail.outbox) == 2
    # Reading the form is not limited, and another address is counted on its own.
    assert client.get(form_url(meeting)).status_code == 200
    assert ask(Client(REMOTE_ADDR="192.0.2.44"), meeting).status_code == 302


def test_the_period_of_the_limit_is_given_in_words(client, meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/15m"}
    ask(client, meeting)
    refused = ask(client, meeting)
    assert "Please try again in 15 minutes." in readable(refused)
    assert refused["Retry-After"] == "900"


def test_mistakes_and_trapped_requests_count_towards_the_limit(client, meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "2/h"}
    ask(client, meeting, email="not-an-address")
    ask(client, meeting, website="https://spam.example")
    assert ask(client, meeting).status_code == 429
    assert not PublicQuestion.objects.exists()


def test_without_a_trusted_proxy_a_forwarded_for_header_cannot_escape_the_limit(client, meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/h"}
    assert ask(client, meeting, forwarded_for="198.51.100.7").status_code == 302
    assert ask(client, meeting, forwarded_for="198.51.100.8").status_code == 429


def test_behind_the_councils_proxy_the_limit_counts_the_address_the_proxy_saw(client, meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/h"}
    settings.RATE_LIMIT_TRUSTED_PROXIES = 1
    # Everyone arrives from the proxy's address; the proxy adds the address it saw to X-Forwarded-For.
    assert ask(client, meeting, forwarded_for="198.51.100.7").status_code == 302
    assert ask(client, meeting, forwarded_for="198.51.100.8").status_code == 302
    # Whatever a client puts at the start of the header, the address the proxy saw is counted.
    assert ask(client, meeting, forwarded_for="203.0.113.1, 198.51.100.7").status_code == 429
    assert meeting.publicquestions.count() == 2


def test_behind_two_proxies_the_address_the_outer_one_saw_is_counted(client, meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/h"}
    settings.RATE_LIMIT_TRUSTED_PROXIES = 2
    assert ask(client, meeting, forwarded_for="198.51.100.7, 10.0.0.1").status_code == 302
    assert ask(client, meeting, forwarded_for="203.0.113.9, 198.51.100.7, 10.0.0.2").status_code == 429
    assert ask(client, meeting, forwarded_for="198.51.100.8, 10.0.0.1").status_code == 302


def test_an_ipv6_household_is_counted_as_its_network(meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/h"}
    assert ask(Client(REMOTE_ADDR="2001:db8:1:2::10"), meeting).status_code == 302
    assert ask(Client(REMOTE_ADDR="2001:db8:1:2:ffff::99"), meeting).status_code == 429
    assert ask(Client(REMOTE_ADDR="2001:db8:1:3::10"), meeting).status_code == 302


@pytest.mark.parametrize("rate", ["5 an hour", "5/w", "", "/h"])
def test_a_rate_written_wrongly_is_reported_when_the_site_starts(settings, rate):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": rate}
    (error,) = check_rate_limits()
    assert error.id == "participation.E001"
    assert error.msg == f"PARTICIPATION_RATE_LIMITS['question'] is {rate!r}, not a rate."


def test_the_rates_the_council_sets_pass_the_check(settings):
    assert check_rate_limits() == []
    settings.PARTICIPATION_RATE_LIMITS = {"question": "10/15m", "petition": "1/d", "signature": "30/h"}
    (missing,) = check_rate_limits()
    assert missing.msg == "PARTICIPATION_RATE_LIMITS['confirmation'] is None, not a rate."


def test_an_ipv4_client_of_a_server_listening_on_ipv6_is_counted_as_itself(meeting, settings):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "question": "1/h"}
    assert ask(Client(REMOTE_ADDR="::ffff:198.51.100.7"), meeting).status_code == 302
    assert ask(Client(REMOTE_ADDR="::ffff:203.0.113.9"), meeting).status_code == 302
    assert ask(Client(REMOTE_ADDR="198.51.100.7"), meeting).status_code == 429


# --- Democratic Services decide ---------------------------------------------------------------------------


def test_accepting_tells_the_questioner_and_publishes_the_question(django_capture_on_commit_callbacks):
    question = SubmittedQuestionFactory(meeting__committee__name=COMMITTEE, attending=True, question=QUESTION)
    with django_capture_on_commit_callbacks(execute=True):
        questions.accept(question)
    assert stored(question).status == Status.ACCEPTED
    (message,) = mail.outbox
    meeting = question.meeting
    assert message.to == [question.questioner_email]
    assert message.subject == f"Your question is accepted for the {COMMITTEE} on {long_date(meeting)}"
    assert QUESTION in message.body
    assert "It is now published on the meeting's page with your name" in message.body
    assert "the Chairman will invite you to ask one supplementary question" in message.body
    assert f"{SITE}{meeting.get_absolute_url()}\n" in message.body


def test_rejecting_needs_a_reason_which_the_questioner_is_sent(django_capture_on_commit_callbacks):
    question = SubmittedQuestionFactory(meeting__committee__name=COMMITTEE)
    for blank in ("", "  \n "):
        with pytest.raises(ValidationError) as refused:
            questions.reject(question, blank)
        assert refused.value.messages == [
            "Give the reason the question is rejected: the questioner is sent it."
        ]
    assert stored(question).status == Status.SUBMITTED
    reason = "It is about an individual child's case, which the committee cannot discuss in public."
    with django_capture_on_commit_callbacks(execute=True):
        questions.reject(question, f"  {reason}\n")
    question.refresh_from_db()
    assert (question.status, question.rejection_reason) == (Status.REJECTED, reason)
    (message,) = mail.outbox
    assert message.to == [question.questioner_email]
    assert (
        message.subject
        == f"Your question for the {COMMITTEE} on {long_date(question.meeting)} cannot be accepted"
    )
    assert f"for this reason:\n\n{reason}\n" in message.body
    assert "Your question will not be published." in message.body


@pytest.mark.parametrize("first", ["accept", "reject"])
@pytest.mark.parametrize("second", ["accept", "reject"])
def test_a_question_is_decided_once(first, second, django_capture_on_commit_callbacks):
    question = SubmittedQuestionFactory()
    decide = {"accept": questions.accept, "reject": lambda q: questions.reject(q, "Not a question.")}
    with django_capture_on_commit_callbacks(execute=True):
        decide[first](question)
    decided = Status(stored(question).status)
    with pytest.raises(ValidationError) as refused, django_capture_on_commit_callbacks(execute=True):
        decide[second](question)
    assert refused.value.messages == [
        f"The question by {question.questioner} for {question.meeting} is already {decided.label.lower()}."
    ]
    assert stored(question).status == decided
    assert len(mail.outbox) == 1


def test_a_question_recorded_from_the_minutes_needs_no_decision():
    recorded = PublicQuestionFactory()
    assert recorded.status == Status.ACCEPTED
    with pytest.raises(ValidationError, match="already accepted"):
        questions.accept(recorded)


# --- in the admin ----------------------------------------------------------------------------------------


@pytest.fixture
def staff(client):
    client.force_login(DemocraticServicesUserFactory())
    return client


def run_action(client, action, *questions_chosen, **data):
    """Choose `action` on the list of public questions with `questions_chosen` ticked, as Go does."""
    return client.post(
        QUESTIONS,
        {"action": action, ACTION_CHECKBOX_NAME: [q.pk for q in questions_chosen], "index": 0, **data},
    )


def test_the_list_shows_the_questions_waiting_for_a_decision(staff):
    waiting = SubmittedQuestionFactory(questioner="Mr David Warwick")
    AcceptedQuestionFactory(questioner="Mrs Ann Other")
    response = staff.get(QUESTIONS, {"status__exact": "submitted"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [waiting]
    assert "Accept the questions for Question Time" in text(response)
    assert "Reject the questions, with a reason" in text(response)


def test_accepting_in_the_admin_reports_each_question_and_carries_on(
    staff, django_capture_on_commit_callbacks
):
    waiting = SubmittedQuestionFactory()
    decided = RejectedQuestionFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(staff, "accept_questions", waiting, decided)
    assert response.status_code == 302
    assert set(messages_of(response)) == {
        ("success", f"{waiting} for {waiting.meeting} is accepted; the questioner is told."),
        ("error", f"The question by {decided.questioner} for {decided.meeting} is already rejected."),
    }
    assert stored(waiting).status == Status.ACCEPTED
    assert stored(decided).status == Status.REJECTED
    assert [message.to for message in mail.outbox] == [[waiting.questioner_email]]


def test_rejecting_in_the_admin_asks_for_the_reason_first(staff, django_capture_on_commit_callbacks):
    first, second = SubmittedQuestionFactory(), SubmittedQuestionFactory(questioner="Mr David Warwick")
    with django_capture_on_commit_callbacks(execute=True):
        asked = run_action(staff, "reject_questions", first, second)
    assert asked.status_code == 200
    page = text(asked)
    assert "<title>Reject the questions |" in page
    assert "The reason is emailed to the person who sent each of these, and kept with it." in page
    assert f"<li>{first}, {first.meeting}</li>" in page and f"<li>{second}, {second.meeting}</li>" in page
    assert 'name="reason"' in page and 'value="reject_questions"' in page
    assert {stored(first).status, stored(second).status} == {Status.SUBMITTED}
    assert not mail.outbox

    with django_capture_on_commit_callbacks(execute=True):
        blank = run_action(staff, "reject_questions", first, second, apply="Reject the questions", reason=" ")
    assert blank.status_code == 200
    assert re.search(r'<ul class="errorlist[^"]*"[^>]*><li>Give the reason', text(blank))
    assert stored(first).status == Status.SUBMITTED
    assert not mail.outbox

    reason = "Questions must be about the committee's work."
    with django_capture_on_commit_callbacks(execute=True):
        done = run_action(
            staff, "reject_questions", first, second, apply="Reject the questions", reason=reason
        )
    assert done.status_code == 302
    assert set(messages_of(done)) == {
        ("success", f"{q} for {q.meeting} is rejected; the questioner is told why.") for q in (first, second)
    }
    for question in (first, second):
        assert (stored(question).status, stored(question).rejection_reason) == (Status.REJECTED, reason)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.questioner_email, second.questioner_email])
    assert all(reason in m.body for m in mail.outbox)


def test_the_reason_page_is_submitted_back_to_the_same_action(staff):
    question = SubmittedQuestionFactory()
    page = text(run_action(staff, "reject_questions", question))
    form = re.search(r'<form method="post">(.*?)</form>', page, re.S)[1]
    assert f'<input type="hidden" name="{ACTION_CHECKBOX_NAME}" value="{question.pk}">' in form
    assert '<input type="hidden" name="action" value="reject_questions">' in form
    assert 'name="index"' not in form, "the admin takes it as the action's confirmation, not a new choice"


def test_the_questions_status_is_changed_only_by_the_actions(staff):
    question = SubmittedQuestionFactory()
    page = staff.get(reverse("admin:meetings_publicquestion_change", args=[question.pk]))
    assert page.status_code == 200
    assert 'name="status"' not in text(page)
    assert 'name="questioner_email"' in text(page)


def test_someone_without_the_change_permission_cannot_decide(client):
    question = SubmittedQuestionFactory()
    viewer = DemocraticServicesUserFactory()
    viewer.groups.clear()
    viewer.user_permissions.set(viewer.user_permissions.filter(codename="view_publicquestion"))
    client.force_login(viewer)
    listed = client.get(QUESTIONS)
    assert listed.status_code == 200
    assert "accept_questions" not in text(listed)
    run_action(client, "accept_questions", question)
    assert stored(question).status == Status.SUBMITTED


# --- what the public sees ---------------------------------------------------------------------------------


@pytest.fixture
def three_questions():
    """For an upcoming meeting: one accepted (with its written response), one waiting, one rejected."""
    meeting = MeetingFactory(committee=CommitteeFactory(name=COMMITTEE))
    return {
        "meeting": meeting,
        "accepted": AcceptedQuestionFactory(
            meeting=meeting,
            position=1,
            questioner="Mrs Sue Whiting",
            questioner_email="accepted.questioner@example.org",
            question="How many kestrel nest boxes will the council put up?",
            response="Forty nest boxes will be put up this spring.",
            answered_by=OfficerFactory(name="Jane Moore"),
        ),
        "submitted": SubmittedQuestionFactory(
            meeting=meeting,
            position=2,
            questioner="Mr Waiting Person",
            questioner_email="waiting.questioner@example.org",
            question="Why are the heron surveys late?",
        ),
        "rejected": RejectedQuestionFactory(
            meeting=meeting,
            position=3,
            questioner="Ms Rejected Person",
            questioner_email="rejected.questioner@example.org",
            question="What is the badger count at my neighbour's house?",
        ),
    }


WITHHELD = (
    "Why are the heron surveys late?",
    "Mr Waiting Person",
    "badger count",
    "Ms Rejected Person",
    "The question is about an individual case",
)
EMAILS = (
    "accepted.questioner@example.org",
    "waiting.questioner@example.org",
    "rejected.questioner@example.org",
)


def assert_only_the_accepted_question_in(page: str):
    assert "How many kestrel nest boxes will the council put up?" in page
    for words in WITHHELD + EMAILS:
        assert words not in page, words


def test_the_meeting_page_shows_accepted_questions_with_their_responses_only(client, three_questions):
    page = readable(client.get(three_questions["meeting"].get_absolute_url()))
    section = re.search(r'<section [^>]*id="question-time".*?</section>', page, re.S)[0]
    assert "Questions from the public" in section
    assert "Question asked by Mrs Sue Whiting" in section
    assert "Response by Jane Moore: Forty nest boxes will be put up this spring." in " ".join(
        re.sub(r"<[^>]+>", " ", section).split()
    )
    assert_only_the_accepted_question_in(page)


def test_democratic_services_see_the_same_meeting_page_as_the_public(staff, three_questions):
    assert_only_the_accepted_question_in(readable(staff.get(three_questions["meeting"].get_absolute_url())))


@pytest.mark.parametrize("factory", [MeetingFactory, HeldMeetingFactory])
def test_democratic_services_previewing_the_record_see_each_question_once(staff, factory):
    meeting = factory()
    AcceptedQuestionFactory(meeting=meeting, question="How many kestrel nest boxes will the council put up?")
    page = readable(staff.get(meeting.get_absolute_url()))
    assert page.count("How many kestrel nest boxes will the council put up?") == 1


def test_question_time_offers_the_form_until_the_deadline(client, meeting):
    page = readable(client.get(meeting.get_absolute_url()))
    last_day = deadlines.last_day_for_questions(meeting.date)
    assert f"Send it by 11:59pm on {last_day:%A %-d %B %Y}." in page
    assert f'href="{form_url(meeting)}"' in page
    assert "No questions from the public have been accepted" not in page


def test_after_the_deadline_question_time_says_so_and_offers_no_form(client):
    meeting = MeetingFactory(start=timezone.now() + timedelta(days=1))
    page = readable(client.get(meeting.get_absolute_url()))
    assert refusal_for("after-the-deadline", meeting) in page
    assert form_url(meeting) not in page
    assert "No questions from the public have been accepted for this meeting." in page


def test_a_cancelled_meeting_has_no_question_time(client):
    meeting = MeetingFactory(status=Meeting.Status.CANCELLED)
    AcceptedQuestionFactory(meeting=meeting, question="Will the meeting be rearranged?")
    page = readable(client.get(meeting.get_absolute_url()))
    assert 'id="question-time"' not in page
    assert form_url(meeting) not in page


def test_a_held_meeting_shows_the_written_responses_until_its_minutes_are_published(client):
    meeting = HeldMeetingFactory()
    AcceptedQuestionFactory(
        meeting=meeting,
        question="How many kestrel nest boxes will the council put up?",
        response="Forty.",
        supplementary_question="Where will they go?",
        supplementary_answer="In the country parks.",
    )
    SubmittedQuestionFactory(meeting=meeting, question="Why are the heron surveys late?")
    page = readable(client.get(meeting.get_absolute_url()))
    assert 'id="question-time"' in page
    assert "How many kestrel nest boxes will the council put up?" in page and "Forty." in page
    assert "Where will they go?" not in page, "the supplementary question is part of the minutes"
    assert "heron" not in page
    assert form_url(meeting) not in page


def test_published_minutes_record_the_accepted_questions_with_every_answer(client):
    meeting = MinutesPublishedMeetingFactory()
    MinuteFactory(meeting=meeting, heading="Question Time.")
    AcceptedQuestionFactory(
        meeting=meeting,
        questioner_email="accepted.questioner@example.org",
        question="How many kestrel nest boxes will the council put up?",
        response="Forty.",
        supplementary_question="Where will they go?",
        supplementary_answer="In the country parks.",
    )
    SubmittedQuestionFactory(meeting=meeting, question="Why are the heron surveys late?")
    RejectedQuestionFactory(meeting=meeting, question="What is the badger count at my neighbour's house?")
    page = readable(client.get(meeting.get_absolute_url()))
    assert 'id="question-time"' not in page, "the record lists the questions once the minutes are published"
    assert "Public questions" in page
    for words in ("How many kestrel nest boxes", "Forty.", "Where will they go?", "In the country parks."):
        assert words in page
    for words in ("heron", "badger", "accepted.questioner@example.org"):
        assert words not in page


@pytest.fixture
def minuted_questions(three_questions):
    """The same three questions, at a meeting whose minutes are now published."""
    meeting = three_questions["meeting"]
    Meeting.objects.filter(pk=meeting.pk).update(
        start=timezone.now() - timedelta(days=20),
        status=Meeting.Status.MINUTES_DRAFT,
        agenda_published_at=timezone.now() - timedelta(days=30),
        minutes_published_at=timezone.now() - timedelta(days=5),
    )
    meeting.refresh_from_db()
    meeting.save()  # the search index follows the meeting's publication
    MinuteFactory(meeting=meeting, heading="Question Time.")
    return three_questions


def test_the_search_index_keeps_withheld_questions_from_the_public(minuted_questions):
    entries = {
        entry.object_id: entry
        for entry in SearchEntry.objects.filter(kind="public_question", meeting=minuted_questions["meeting"])
    }
    assert entries[minuted_questions["accepted"].pk].published is True
    assert entries[minuted_questions["submitted"].pk].published is False
    assert entries[minuted_questions["rejected"].pk].published is False
    for entry in entries.values():
        assert "questioner@example.org" not in entry.title + entry.context + entry.body


@pytest.mark.parametrize(
    "q, found",
    [("kestrel", True), ("heron", False), ("badger", False), ("waiting.questioner@example.org", False)],
)
def test_the_public_find_only_accepted_questions(client, minuted_questions, q, found):
    response = client.get(reverse("search"), {"q": q})
    assert response.status_code == 200
    kinds = [result.entry.kind for result in response.context["results"]]
    assert ("public_question" in kinds) is found
    page = readable(response).replace(q, "")  # the page repeats what was searched for
    for words in WITHHELD + EMAILS:
        assert words not in page


def test_a_question_accepted_after_the_minutes_are_published_can_then_be_found(client, minuted_questions):
    questions.accept(minuted_questions["submitted"])
    response = client.get(reverse("search"), {"q": "heron"})
    assert [result.entry.object_id for result in response.context["results"]] == [
        minuted_questions["submitted"].pk
    ]


def test_nothing_of_the_questions_but_the_published_record_is_in_the_open_data(client, minuted_questions):
    meeting = minuted_questions["meeting"]
    for url in (
        "/api/meetings/",
        f"/api/meetings/{meeting.pk}/",
        f"/api/meetings/{meeting.pk}/minutes/",
        f"/api/meetings/{meeting.pk}/agenda-items/",
        "/api/minutes/",
        "/api/resolutions/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for words in WITHHELD + EMAILS:
            assert words not in body, (url, words)


@pytest.mark.parametrize("name", ["minutes", "minutes-docx"])
def test_the_minutes_print_only_the_accepted_questions(client, minuted_questions, name):
    response = client.get(reverse(name, kwargs={"pk": minuted_questions["meeting"].pk}))
    assert response.status_code == 200
    if name == "minutes-docx":
        document = docx.Document(io.BytesIO(response.content))
        page = " ".join(" ".join(paragraph.text for paragraph in document.paragraphs).split())
    else:
        page = readable(response)
    assert "Question asked by Mrs Sue Whiting" in page
    assert "Forty nest boxes will be put up this spring." in page
    assert_only_the_accepted_question_in(page)


# --- query budgets ---------------------------------------------------------------------------------------


def test_the_form_page_costs_one_query_however_many_questions(client, meeting, django_assert_max_num_queries):
    SubmittedQuestionFactory(meeting=meeting)
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 1):  # the meeting with its committee
        assert client.get(form_url(meeting)).status_code == 200
    SubmittedQuestionFactory.create_batch(10, meeting=meeting)
    AcceptedQuestionFactory.create_batch(10, meeting=meeting)
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 1):
        assert client.get(form_url(meeting)).status_code == 200


def test_sending_a_question_costs_the_same_however_many_there_are(client, meeting):
    counts = []
    for existing in (1, 12):
        AcceptedQuestionFactory.create_batch(existing, meeting=meeting)
        with CaptureQueriesContext(connection) as queries:
            assert ask(client, meeting).status_code == 302
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_question_time_costs_one_query_however_many_questions(django_assert_num_queries):
    meeting = MeetingFactory()
    for size in (1, 12):
        AcceptedQuestionFactory.create_batch(size, meeting=meeting, answered_by=OfficerFactory())
        SubmittedQuestionFactory.create_batch(size, meeting=meeting)
        with django_assert_num_queries(1):  # the accepted questions with who answered them
            shown = question_time(meeting)
            assert [q.answered_by.name for q in shown["questions"]]


def test_question_time_does_not_grow_the_meeting_page(client):
    meeting = MeetingFactory()
    counts = []
    for size in (1, 12):
        AcceptedQuestionFactory.create_batch(size, meeting=meeting, answered_by=OfficerFactory())
        SubmittedQuestionFactory.create_batch(size, meeting=meeting)
        with CaptureQueriesContext(connection) as queries:
            page = readable(client.get(meeting.get_absolute_url()))
        assert page.count("Question asked by") == meeting.publicquestions.accepted().count()
        counts.append(len(queries))
        assert len([q for q in queries if "meetings_publicquestion" in q["sql"]]) == 1
    assert counts[0] == counts[1]
