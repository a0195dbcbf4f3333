"""Taking part, in the browser: a resident asks a question for a meeting's Question Time, Democratic Services
accept it in the admin, and the public then reads it on the meeting's page; a resident signs a petition and
confirms the signature from the email. Every public page is checked against WCAG 2.2 AA."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from meetings.models import PublicQuestion
from participation.models import Signature
from tests.browser.axe import assert_accessible
from tests.browser.steps import PASSWORD, assert_error_summary
from tests.factories import (
    CommitteeFactory,
    ConfirmedSignatureFactory,
    DemocraticServicesUserFactory,
    PublishedAgendaMeetingFactory,
    PublishedPetitionFactory,
)

COMMITTEE = "Children and Families Overview and Scrutiny Committee"
QUESTIONER = "Mrs Sue Whiting"
ADDRESS = "sue.whiting@example.org"
QUESTION = "How many children with an EHCP are waiting for a place at a special school?"
PETITION = "Keep the Braunstone youth centre open"


@pytest.fixture(autouse=True)
def participation_settings(settings, live_server):
    """Links in emails point at the live server."""
    settings.SITE_URL = live_server.url
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 3
    settings.PETITION_DEBATE_THRESHOLD = 1500
    return settings


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def sign_in_to_the_admin(page: Page, username: str) -> None:
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_a_resident_asks_a_question_and_reads_it_once_accepted(page: Page, other_browser):
    meeting = PublishedAgendaMeetingFactory(committee=CommitteeFactory(name=COMMITTEE))
    page.goto(meeting.get_absolute_url())
    question_time = page.locator("#question-time")
    expect(question_time.get_by_role("heading", name="Question Time")).to_be_visible()
    assert_accessible(page)

    question_time.get_by_role("button", name="Ask a question at this meeting").click()
    expect(heading(page)).to_have_text("Ask a question at Question Time")
    expect(page.get_by_label("Leave this field empty")).to_be_hidden()
    assert_accessible(page)

    # Nothing filled in: the form comes back with the GOV.UK error summary.
    page.get_by_role("button", name="Send your question").click()
    expect(heading(page)).to_have_text("Ask a question at Question Time")
    assert_error_summary(page, "Enter your full name", "Enter your email address", "Enter your question")
    assert_accessible(page)
    assert not PublicQuestion.objects.exists()

    page.get_by_label("Your full name").fill(QUESTIONER)
    page.get_by_label("Email address").fill(ADDRESS)
    page.get_by_label("Your question").fill(QUESTION)
    page.get_by_label("I will come to the meeting and may ask a supplementary question").check()
    page.get_by_role("button", name="Send your question").click()
    expect(heading(page)).to_have_text("Question sent")
    expect(page.locator(".govuk-panel")).to_contain_text(f"For the {COMMITTEE}")
    assert_accessible(page)
    question = PublicQuestion.objects.get()
    assert (question.questioner, question.status, question.attending) == (QUESTIONER, "submitted", True)
    (receipt,) = mail.outbox
    assert receipt.to == [ADDRESS] and QUESTION in receipt.body

    # Until Democratic Services accept it, the meeting's page does not show it.
    page.get_by_role("link", name="the meeting's page").click()
    expect(page.locator("#question-time")).not_to_contain_text(QUESTION)

    staff = other_browser()
    DemocraticServicesUserFactory(username="democratic.services")
    sign_in_to_the_admin(staff, "democratic.services")
    staff.goto("/admin/meetings/publicquestion/?status__exact=submitted")
    staff.get_by_role("row", name=QUESTIONER).get_by_role("checkbox").check()
    staff.get_by_label("Action:").select_option(label="Accept the questions for Question Time")
    staff.get_by_role("button", name="Go").click()
    expect(staff.locator(".messagelist")).to_contain_text(f"{question} for {meeting} is accepted")
    question.refresh_from_db()
    assert question.status == "accepted"
    assert len(mail.outbox) == 2 and "accepted" in mail.outbox[1].subject

    page.reload()
    question_time = page.locator("#question-time")
    expect(question_time.get_by_role("heading", name="Questions from the public")).to_be_visible()
    expect(question_time).to_contain_text(f"Question asked by {QUESTIONER}")
    expect(question_time).to_contain_text(QUESTION)
    expect(page.locator("main")).not_to_contain_text(ADDRESS)
    assert_accessible(page)


def test_a_resident_signs_a_petition_and_confirms_from_the_email(page: Page):
    petition = PublishedPetitionFactory(title=PETITION, signature_count=1)
    ConfirmedSignatureFactory(petition=petition)
    page.goto("/petitions/")
    expect(heading(page)).to_have_text("Petitions")
    assert_accessible(page)

    page.get_by_role("link", name=PETITION).click()
    expect(heading(page)).to_have_text(PETITION)
    expect(page.locator("main")).to_contain_text("1 signature")
    assert_accessible(page)

    page.get_by_role("button", name="Sign this petition").click()
    expect(heading(page)).to_have_text("Sign this petition")
    assert_accessible(page)
    page.get_by_label("Your full name").fill("Amrit Sandhu")
    page.get_by_label("Email address").fill("amrit.sandhu@example.org")
    page.get_by_label("Postcode (optional)").fill("LE3")
    page.get_by_role("button", name="Sign this petition").click()
    assert_error_summary(page, "Enter a real postcode, like LE3 8RA")
    assert_accessible(page)

    page.get_by_label("Postcode (optional)").fill("le3 8ra")
    page.get_by_role("button", name="Sign this petition").click()
    expect(heading(page)).to_have_text("Check your email")
    assert_accessible(page)
    signature = Signature.objects.get(email="amrit.sandhu@example.org")
    assert (signature.postcode, signature.is_confirmed) == ("LE3 8RA", False)

    (message,) = mail.outbox
    link = re.search(r"(http://\S+/sign/confirm/\S+/)", message.body)[1]
    page.goto(urlsplit(link).path)
    expect(heading(page)).to_have_text("Confirm your signature")
    assert_accessible(page)
    signature.refresh_from_db()
    assert not signature.is_confirmed, "opening the link confirms nothing"

    page.get_by_role("button", name="Confirm my signature").click()
    expect(heading(page)).to_have_text(PETITION)
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "Your signature is confirmed. Thank you for signing."
    )
    expect(page.locator("main")).to_contain_text("2 signatures")
    assert_accessible(page)
    signature.refresh_from_db()
    assert signature.is_confirmed
