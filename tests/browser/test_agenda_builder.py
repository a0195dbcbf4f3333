"""The agenda builder in the browser, as Democratic Services use it: an item moved by the keyboard alone (the
focus stays on it across the reload), items dragged into a new order, an item inserted after another, and a
late item after publication printed 8A; the page passes axe (WCAG 2.2 AA) in each state."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import AgendaItem
from tests.browser.axe import axe_violations, format_violations
from tests.browser.test_participation import sign_in_to_the_admin
from tests.factories import (
    AgendaItemFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
    MeetingFactory,
)

TITLES = ["Apologies for absence.", "Budget report.", "Libraries review.", "Date of next meeting."]


@pytest.fixture
def meeting(page: Page):
    DemocraticServicesUserFactory(username="democratic.services")
    meeting = MeetingFactory()
    for number, title in enumerate(TITLES, start=1):
        AgendaItemFactory(meeting=meeting, number=number, title=title)
    DocumentFactory(agenda_item=AgendaItem.objects.get(meeting=meeting, title="Budget report."))
    sign_in_to_the_admin(page, "democratic.services")
    page.goto(reverse("admin:meetings_meeting_agenda", args=[meeting.pk]))
    return meeting


def assert_accessible(page: Page) -> None:
    """axe finds nothing against WCAG 2.2 AA (the admin's own look: not the site's stylesheet)."""
    violations = axe_violations(page, preload=False)
    assert not violations, format_violations(violations)


def order_of(meeting) -> list[str]:
    return list(
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("number", "suffix")
        .values_list("title", flat=True)
    )


def rows(page: Page):
    return page.locator("#agenda-items tbody tr")


def test_an_item_is_moved_by_the_keyboard_alone(page: Page, meeting):
    expect(page.get_by_role("heading", level=1)).to_have_text("Agenda")
    assert_accessible(page)

    # Past the menu by the skip link, Tab to "Move down item 2" and press Enter twice: the focus comes back to
    # the same button each time.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    button = page.get_by_role("button", name="Move down item 2", exact=True)
    for _ in range(30):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_contain_text("“Budget report.” is now item 3.")
    moved = page.get_by_role("button", name="Move down item 3", exact=True)
    expect(moved).to_be_focused()
    assert order_of(meeting) == [
        "Apologies for absence.",
        "Libraries review.",
        "Budget report.",
        "Date of next meeting.",
    ]

    page.keyboard.press("Enter")  # again, from where the focus was left
    expect(page.locator(".messagelist")).to_contain_text("“Budget report.” is now item 4.")
    budget = AgendaItem.objects.get(meeting=meeting, title="Budget report.")
    expect(page.locator(f"#item-{budget.pk}")).to_be_focused()  # last now: no button down, the row instead
    expect(rows(page).nth(3)).to_contain_text("Budget report.")
    assert order_of(meeting)[-1] == "Budget report."

    # Up again by keyboard from the row: Tab reaches its buttons.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Move up item 4", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Move up item 3", exact=True)).to_be_focused()
    assert order_of(meeting)[2] == "Budget report."
    assert_accessible(page)


def test_items_are_dragged_into_a_new_order(page: Page, meeting):
    rows(page).filter(has_text="Libraries review.").drag_to(
        rows(page).filter(has_text="Apologies for absence.")
    )

    expect(page.locator(".messagelist")).to_contain_text("The items are in their new order, numbered again.")
    assert order_of(meeting)[0] == "Libraries review."
    expect(rows(page).first).to_contain_text("Libraries review.")
    expect(rows(page).first.locator("td").first).to_have_text("1")


def test_an_item_inserted_and_a_late_item_after_publication(page: Page, meeting):
    page.get_by_label("Title:").fill("Children's social care update.")
    page.get_by_label("Report by:").fill("Director of Children and Family Services")
    page.get_by_label("Put it after item").select_option(label="2. Budget report.")
    page.get_by_role("button", name="Add the item").click()

    expect(page.locator(".messagelist")).to_contain_text(
        "Item 3, “Children's social care update.”, is on the agenda."
    )
    expect(rows(page).nth(2)).to_contain_text("Children's social care update.")

    # Bad input keeps what was typed and says what is wrong.
    page.get_by_label("Title:").fill("   ")  # past the browser's own check of a required field
    page.get_by_label("Report by:").fill("Chief Executive")
    page.get_by_role("button", name="Add the item").click()
    expect(page.locator(".errorlist")).to_contain_text("This field is required.")
    expect(page.get_by_label("Report by:")).to_have_value("Chief Executive")
    assert_accessible(page)

    # Published: the numbers stay, and a late item after item 3 is 3A, here and on the public page.
    meeting.status, meeting.agenda_published_at = (
        "agenda_published",
        meeting.start.replace(year=meeting.start.year - 1),
    )
    meeting.save()
    page.reload()
    expect(page.get_by_role("button", name=re.compile("^Move"))).to_have_count(0)
    expect(page.get_by_role("heading", name="Add a late item")).to_be_visible()
    page.get_by_label("Title:").fill("Urgent: winter pressures.")
    page.get_by_label("Put it after item").select_option(label="3. Children's social care update.")
    page.get_by_role("button", name="Add the item").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Item 3A, “Urgent: winter pressures.”, is on the agenda."
    )
    expect(rows(page).nth(3).locator("td").first).to_have_text("3A")
    assert_accessible(page)

    page.goto(meeting.get_absolute_url())
    expect(page.locator("#item-3A")).to_contain_text("3A. Urgent: winter pressures.")
