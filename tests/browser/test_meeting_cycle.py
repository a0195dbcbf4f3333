"""The meeting's cycle in the admin, by keyboard: Democratic Services open a meeting's page, see what stands
in the way of publishing its agenda, fix it, and take the step through its confirmation; axe on every page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from scrutiny.models import Message
from tests.browser.axe import axe_violations, format_violations
from tests.browser.steps import sign_in
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    SubscriptionFactory,
    pdf_bytes,
)

pytestmark = pytest.mark.agenda_packs


def assert_admin_accessible(page: Page) -> None:
    violations = axe_violations(page)
    assert not violations, f"accessibility violations on {page.url}:\n{format_violations(violations)}"


@pytest.fixture
def meeting():
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    for name, email in [("Mrs. H. J. Fryer CC", "helen.fryer@example.gov.uk"), ("Mr. T. Gillard CC", "")]:
        MembershipFactory(committee=committee, person=PersonFactory(name=name, email=email))
    SubscriptionFactory(committee=committee, email="resident@example.org")
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=20))
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the previous meeting.", kind="procedural")
    AgendaItemFactory(meeting=meeting, number=2, title="Budget monitoring.")
    return meeting


@pytest.fixture
def page(new_context):
    """A browser context of its own, as the page-widths test's: axe, run in the page, sets inline styles the
    admin's Content Security Policy reports, which a watched context would take for the page's own."""
    return new_context().new_page()


def test_see_a_blocker_fix_it_and_publish_the_agenda_by_keyboard(page: Page, meeting, tmp_path):
    DemocraticServicesUserFactory(username="democratic.services")
    sign_in(page, "democratic.services")
    page.goto(reverse("admin:meetings_meeting_change", args=[meeting.pk]))

    cycle = page.get_by_role("region", name="The meeting's cycle")
    expect(cycle.locator("[aria-current=step]")).to_contain_text("Reports due")
    expect(cycle).to_contain_text("Agenda published To come")
    blocker = cycle.get_by_role("link", name="Item 2, Budget monitoring., has no paper.")
    expect(blocker).to_be_visible()
    assert_admin_accessible(page)

    # Fix it: the link leads to the item, where its paper is uploaded.
    blocker.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Change agenda item")
    paper = tmp_path / "budget.pdf"
    paper.write_bytes(pdf_bytes("Budget monitoring report"))
    page.get_by_role("button", name="Add another Document").click()
    page.locator("input[name=documents-0-title]").fill("Budget monitoring report")
    page.locator("input[name=documents-0-file]").set_input_files(str(paper))
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    cycle = page.get_by_role("region", name="The meeting's cycle")
    expect(cycle.get_by_text("has no paper")).to_have_count(0)

    # The next step, by keyboard: its button, then its confirmation.
    button = cycle.get_by_role("link", name="Next step: publish the agenda")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Next step")
    effects = page.locator(".app-step-effects")
    expect(effects).to_contain_text(
        "Send the summons, with the agenda, to 1 member of the committee by email."
    )
    expect(effects).to_contain_text("Mr. T. Gillard CC. Send theirs by post.")
    expect(effects).to_contain_text('Email the alert "Agenda published" to the 1 subscriber')
    assert_admin_accessible(page)
    confirm = page.get_by_role("button", name="Confirm: publish the agenda")
    confirm.focus()
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist")).to_contain_text("The agenda is published.")
    expect(page.locator(".messagelist")).to_contain_text("The summons is on its way to 1 member.")
    cycle = page.get_by_role("region", name="The meeting's cycle")
    expect(cycle.locator("[aria-current=step]")).to_contain_text("Meeting held")
    assert_admin_accessible(page)
    assert Meeting.objects.get(pk=meeting.pk).status == Meeting.Status.AGENDA_PUBLISHED
    summons = Message.objects.get(kind="meetings.summons")
    assert summons.recipient == "helen.fryer@example.gov.uk" and summons.sent_at is not None
    assert "Budget monitoring." in summons.body
