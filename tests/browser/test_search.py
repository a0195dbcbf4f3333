"""A resident searches for a meeting's paper, narrows the results, and opens the one they want."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_accessible
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    MinutesPublishedMeetingFactory,
    TextDocumentFactory,
)

pytestmark = pytest.mark.search_index

SEARCH_BOX = "Search agendas, reports, minutes, questions, actions and performance indicators"


@pytest.fixture
def papers():
    """Two committees' papers about youth centres; one of them exempt. The text of each is read from its
    file after the upload, as it is on the site."""
    children = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    adults = CommitteeFactory(name="Adults and Communities Overview and Scrutiny Committee")
    meeting = MinutesPublishedMeetingFactory(committee=children)
    item = AgendaItemFactory(meeting=meeting, number=9, title="Youth services review")
    report = TextDocumentFactory(
        agenda_item=item,
        title="Report of the Director of Children and Family Services",
        text=(
            "Report of the Director of Children and Family Services.\n\n"
            "Youth centre opening hours: the consultation on evening opening closed in February."
        ),
    )
    TextDocumentFactory(
        agenda_item=item,
        title="Appendix B: youth centre leases",
        exempt=True,
        exempt_paragraph=3,
        text="Youth centre opening hours: the leases and their rents. Not for publication.",
    )
    other = AgendaItemFactory(
        meeting=MinutesPublishedMeetingFactory(committee=adults), title="Day centres for older people"
    )
    TextDocumentFactory(
        agenda_item=other,
        title="Report on day centre opening hours",
        text="Day centre and youth centre opening hours were aligned in the consultation.",
    )
    return {"children": children, "report": report}


def test_a_resident_finds_a_report_and_opens_it(page: Page, papers, screenshot_dir):
    page.goto(reverse("search"))
    expect(page).to_have_title(re.compile("^Search – "))
    assert_accessible(page)

    page.get_by_label(SEARCH_BOX).fill("youth centre opening")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_title(re.compile("^Search results for ‘youth centre opening’"))
    expect(page.get_by_role("status")).to_have_text("2 results")
    results = page.locator(".app-search-results > li")
    expect(results).to_have_count(2)
    # The exempt appendix is not there: not its title, not a word of it.
    expect(page.get_by_role("main")).not_to_contain_text("leases")
    assert_accessible(page)

    # Only this committee's papers.
    page.get_by_label("Committee").select_option(label=papers["children"].name)
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("status")).to_have_text("1 result")
    result = results.first
    expect(result).to_contain_text("Report or paper")
    expect(result).to_contain_text(papers["children"].name)
    expect(result).to_contain_text("Agenda item 9: Youth services review")
    expect(result.locator("mark").first).to_have_text(re.compile("^youth$", re.IGNORECASE))
    expect(page.get_by_label(SEARCH_BOX)).to_have_value("youth centre opening")
    page.screenshot(path=f"{screenshot_dir}/search-results.png", full_page=True)
    assert_accessible(page)

    result.get_by_role("link", name=papers["report"].title).click()
    expect(page).to_have_url(re.compile(re.escape(papers["report"].get_absolute_url()) + "$"))
    expect(page.locator("body")).to_contain_text("Youth centre opening hours: the consultation")


def test_no_results_says_how_to_search_better(page: Page, papers):
    page.goto(reverse("search"))
    page.get_by_label(SEARCH_BOX).fill("zeppelin hangar")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("0 results")
    expect(page.get_by_role("main")).to_contain_text("There are no matching results.")
    assert_accessible(page)


def test_a_mistake_in_the_filters_is_shown_in_an_error_summary(page: Page, papers):
    page.goto(reverse("search") + "?q=youth&date_from=2024-03-05&date_to=2024-01-23")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    expect(summary.get_by_role("link")).to_have_text(
        ["‘Meetings to’ must be the same as or after ‘Meetings from’"]
    )
    expect(page).to_have_title(re.compile("^Error: "))
    summary.get_by_role("link").click()
    expect(page.get_by_label("Meetings to")).to_be_focused()
    assert_accessible(page)
