"""A report commissioned from an officer, in the browser and by keyboard alone: the officer finds it from
their page, is told why a file is refused, uploads the draft and then the final, which becomes the item's
report. Every page is checked against WCAG 2.2 AA."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Document, ReportRequest
from tests.browser.axe import assert_accessible
from tests.browser.steps import assert_error_summary, choose_files_by_keyboard, sign_in, tab_to
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    MeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    ReportRequestFactory,
)

DRAFT = b"%PDF-1.4\n% Short breaks review: first draft\n"
FINAL = b"%PDF-1.4\n% Short breaks review: final report\n"
ITEM = "Short breaks for disabled children"


@pytest.fixture
def commissioned() -> ReportRequest:
    committee = CommitteeFactory(
        name="Children and Families Overview and Scrutiny Committee", slug="children-and-families"
    )
    item = AgendaItemFactory(meeting=MeetingFactory(committee=committee), number=4, title=ITEM)
    officer = OfficerFactory(name="Jane Moore", family_name="Moore")
    OfficerUserFactory(username="jane.moore", person=officer)
    return ReportRequestFactory(agenda_item=item, officer=officer)


def choose_by_keyboard(page: Page, label: str) -> None:
    radio = page.get_by_label(label)
    tab_to(page, page.locator("input[name=stage]").first)
    while not radio.evaluate("e => e === document.activeElement"):
        page.keyboard.press("ArrowDown")  # a radio group is one stop: its arrows move between its choices
    page.keyboard.press("Space")
    expect(radio).to_be_checked()


def attach_by_keyboard(page: Page, name: str, content: bytes) -> None:
    tab_to(page, page.get_by_label("The report"))
    choose_files_by_keyboard(page, {"name": name, "mimeType": "application/pdf", "buffer": content})


def send(page: Page) -> None:
    tab_to(page, page.get_by_role("button", name="Upload"))
    page.keyboard.press("Enter")


def test_the_officer_uploads_the_draft_then_the_final_by_keyboard(page: Page, commissioned):
    sign_in(page, "jane.moore")
    tab_to(page, page.get_by_role("link", name="Reports Democratic Services have asked you to write"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reports")
    assert_accessible(page)
    tab_to(page, page.get_by_role("link", name=ITEM))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(reverse("my-report", args=[commissioned.pk])) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(ITEM)
    assert_accessible(page)

    # A file that is not what it says is refused, and nothing is kept.
    choose_by_keyboard(page, "The draft, for Democratic Services to read")
    attach_by_keyboard(page, "draft.html", DRAFT)
    send(page)
    assert_error_summary(
        page,
        "draft.html holds a PDF, which its name does not say: rename it to end in .pdf, "
        "then upload it again.",
    )
    assert_accessible(page)
    commissioned.refresh_from_db()
    assert commissioned.status == "commissioned" and not commissioned.draft

    choose_by_keyboard(page, "The draft, for Democratic Services to read")
    attach_by_keyboard(page, "draft.pdf", DRAFT)
    send(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your reports")
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Your draft has been sent to Democratic Services."
    )
    expect(page.locator(".app-report-requests .govuk-tag")).to_have_text("Draft received")
    assert_accessible(page)

    tab_to(page, page.get_by_role("link", name=ITEM))
    page.keyboard.press("Enter")
    choose_by_keyboard(page, "The final report")
    attach_by_keyboard(page, "final.pdf", FINAL)
    send(page)
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Your final report has been sent to Democratic Services."
    )
    expect(page.locator(".app-report-requests .govuk-tag")).to_have_text("Final received")

    commissioned.refresh_from_db()
    assert commissioned.draft.read() == DRAFT
    [document] = Document.objects.filter(agenda_item=commissioned.agenda_item)
    assert (document.kind, document.title, document.file.read()) == ("report", ITEM, FINAL)
    assert commissioned.final == document

    # The final is in: the page says so, and offers no more uploads.
    page.get_by_role("link", name=ITEM).click()
    expect(page.locator(".govuk-inset-text")).to_have_text(
        "The final report is in. Ask Democratic Services if it must change."
    )
    expect(page.get_by_role("button", name="Upload")).to_have_count(0)
    assert_accessible(page)
