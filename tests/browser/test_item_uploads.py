"""The meeting's Papers page in the browser, by keyboard alone: two papers chosen at once on an agenda item,
each given its own title, one marked exempt with its paragraph, uploaded together; checked against WCAG 2.2 AA
with the rows open."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Document
from tests.browser.axe import axe_violations, format_violations
from tests.browser.steps import choose_files_by_keyboard, sign_in
from tests.factories import AgendaItemFactory, DemocraticServicesUserFactory, MeetingFactory, pdf_bytes


def assert_accessible(page: Page) -> None:
    """axe-core's WCAG 2.2 AA checks on the admin page as shown now (the admin has its own styles, not the
    site's, which tests.browser.axe.assert_accessible also checks)."""
    violations = axe_violations(page)
    assert not violations, format_violations(violations)


@pytest.fixture
def item(db):
    DemocraticServicesUserFactory(username="democratic.services")
    meeting = MeetingFactory(committee__name="Children and Families Overview and Scrutiny Committee")
    AgendaItemFactory(meeting=meeting, number=1, title="Apologies for absence.")
    return AgendaItemFactory(meeting=meeting, number=8, title="Children's Innovation Partnership.")


def test_two_papers_are_uploaded_at_once_by_keyboard_one_of_them_exempt(page: Page, item):
    sign_in(page, "democratic.services")
    page.goto(reverse("admin:meetings_meeting_papers", args=[item.meeting.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Papers")
    assert_accessible(page)

    summary = page.get_by_text("Upload papers to item 8")
    summary.focus()
    page.keyboard.press("Enter")  # opens the item's upload form
    files = page.get_by_label("Files").and_(page.locator(f"#id_item-{item.pk}-files"))
    page.keyboard.press("Tab")
    expect(files).to_be_focused()
    choose_files_by_keyboard(
        page,
        [
            {"name": "Partnership_report.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes("Report")},
            {"name": "Appendix B prices.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes("Prices")},
        ],
    )
    # A row for each file, its title from the file's name; the fields for every file make way for them.
    expect(page.get_by_role("group", name=re.compile(r"^File \d: "))).to_have_count(2)
    expect(page.get_by_role("group", name="File 1: Partnership_report.pdf")).to_be_visible()
    expect(page.get_by_role("group", name="For every file")).to_be_hidden()
    title = page.locator(f"#id_item-{item.pk}-title_0")
    expect(title).to_have_value("Partnership report")

    page.keyboard.press("Tab")  # the first file's title
    expect(title).to_be_focused()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Children's Innovation Partnership: report")
    page.keyboard.press("Tab")  # its kind: a report already
    page.keyboard.press("Tab")  # exempt: no
    page.keyboard.press("Tab")  # paragraph: none
    page.keyboard.press("Tab")  # the second file's title
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Appendix B: prices")
    page.keyboard.press("Tab")
    expect(page.locator(f"#id_item-{item.pk}-kind_1")).to_be_focused()
    page.keyboard.type("Appendix")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # exempt
    expect(page.locator(f"#id_item-{item.pk}-exempt_1")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.type("3")  # paragraph 3: the financial or business affairs of any particular person
    expect(page.locator(f"#id_item-{item.pk}-exempt_paragraph_1")).to_have_value("3")
    assert_accessible(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Upload to item 8")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist")).to_contain_text(
        '2 papers added to item 8: "Children\'s Innovation Partnership: report"; "Appendix B: prices"'
    )
    table = page.get_by_role("table", name=re.compile("8. Children's Innovation Partnership"))
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("row").nth(2)).to_contain_text("Appendix B: prices")
    expect(table.get_by_role("row").nth(2)).to_contain_text("Paragraph 3")
    assert list(item.documents.order_by("position").values_list("title", "kind", "exempt_paragraph")) == [
        ("Children's Innovation Partnership: report", Document.Kind.REPORT, None),
        ("Appendix B: prices", Document.Kind.APPENDIX, 3),
    ]
    assert_accessible(page)
