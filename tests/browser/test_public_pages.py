"""The public pages as residents and councillors see them: content, keyboard, phones, WCAG 2.2 AA."""

import os
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.axe import assert_accessible, assert_styled
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    MembershipFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    PersonFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
)

PHONE_WIDTH = 375
SCROLL_TOLERANCE = 1  # px: sub-pixel rounding


@dataclass
class Council:
    committee: object
    other_committee: object
    upcoming: Meeting
    held: Meeting
    older: Meeting


@pytest.fixture
def council() -> Council:
    """Two committees; one with members, an upcoming meeting with exempt papers and a meeting with minutes."""
    committee = CommitteeFactory(
        name="Children and Families Overview and Scrutiny Committee", slug="children-and-families"
    )
    # Created in an order other than the page's, which lists the Chairman first.
    frisby = MembershipFactory(
        committee=committee, person__name="Mr. M. Frisby CC", person__family_name="Frisby"
    ).person
    fryer = MembershipFactory(
        committee=committee,
        role="chairman",
        person__name="Mrs. H. J. Fryer CC",
        person__family_name="Fryer",
        person__party="Conservative",
    ).person
    MembershipFactory(
        committee=committee,
        role="vice_chairman",
        person__name="Mr. C. A. Smith CC",
        person__family_name="Smith",
    )
    director = OfficerFactory(name="Jane Moore", family_name="Moore")

    upcoming = PublishedAgendaMeetingFactory(committee=committee, contact_officer=director)
    AgendaItemFactory(meeting=upcoming, number=1, title="Minutes of the previous meeting", kind="minutes")
    open_item = AgendaItemFactory(meeting=upcoming, number=2, title="Special Educational Needs update")
    DocumentFactory(agenda_item=open_item, title="Report of the Director of Children and Family Services")
    ExemptDocumentFactory(agenda_item=open_item)
    exempt_item = ExemptAgendaItemFactory(meeting=upcoming, number=3)
    DocumentFactory(agenda_item=exempt_item, title="Report: bids received")

    held = MinutesPublishedMeetingFactory(committee=committee, contact_officer=director)
    held_item = AgendaItemFactory(meeting=held, number=4, title="Children's Innovation Partnership")
    DocumentFactory(agenda_item=held_item, title="Report of the Director")
    ExemptDocumentFactory(agenda_item=held_item)
    ExemptAgendaItemFactory(meeting=held, number=5)
    AttendanceFactory(meeting=held, person=fryer, in_chair=True)
    AttendanceFactory(meeting=held, person=frisby)
    AttendanceFactory(meeting=held, person=director, status="in_attendance", role="Director")
    AttendanceFactory(meeting=held, person=PersonFactory(name="Mr. T. Absent CC"), status="apologies")
    DeclarationFactory(meeting=held, person=frisby, agenda_item=held_item)
    PublicQuestionFactory(meeting=held)
    minute = MinuteFactory(
        meeting=held,
        agenda_item=held_item,
        heading="Children's Innovation Partnership.",
        text="The Committee considered a report of the Director of Children and Family Services.",
    )
    DiscussionPointFactory(minute=minute, position=1, text="Members welcomed the progress made.")
    DiscussionPointFactory(minute=minute, position=2, text="The Director undertook to circulate figures.")
    ResolutionFactory(
        minute=minute,
        letter="a",
        position=1,
        kind="noted",
        text="That the update on the Children's Innovation Partnership be noted.",
    )
    ResolutionFactory(
        minute=minute,
        letter="b",
        position=2,
        kind="recommendation",
        recommended_to="Cabinet",
        text="That the comments now made be forwarded to the Cabinet for its meeting in March.",
    )

    other_committee = CommitteeFactory(
        name="Adults and Communities Overview and Scrutiny Committee", slug="adults-and-communities"
    )
    older = MinutesPublishedMeetingFactory(
        committee=other_committee, start=timezone.now().replace(microsecond=0) - timedelta(days=60)
    )
    ResolutionFactory(
        minute__meeting=older,
        kind="request_for_information",
        text="That the Director be requested to provide figures on delayed discharges.",
    )
    return Council(committee, other_committee, upcoming, held, older)


def resolution_rows(page: Page) -> list[str]:
    return page.locator("table.govuk-table tbody tr").all_inner_texts()


class TestCommitteePage:
    def test_heading_membership_and_meetings(self, page: Page, council: Council):
        page.goto(council.committee.get_absolute_url())
        expect(page).to_have_title(re.compile("^Children and Families Overview and Scrutiny Committee"))
        expect(page.get_by_role("heading", level=1)).to_have_text(council.committee.name)
        members = page.locator("h2:has-text('Membership') + ul li").all_inner_texts()
        assert members[0] == "Mrs. H. J. Fryer CC (Chairman), Conservative"
        assert members[1].startswith("Mr. C. A. Smith CC (Vice-Chairman)")
        assert members[2].startswith("Mr. M. Frisby CC")
        main = page.get_by_role("main")
        expect(main.locator(f"a[href='{council.upcoming.get_absolute_url()}']")).to_be_visible()
        expect(main.locator(f"a[href='{council.held.get_absolute_url()}']")).to_be_visible()
        assert_accessible(page)

    def test_breadcrumbs_and_header_navigation_work(self, page: Page, council: Council):
        page.goto(council.committee.get_absolute_url())
        page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Committees").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Committees")
        page.get_by_role("link", name=council.other_committee.name).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(council.other_committee.name)
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Resolutions").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Resolutions")


class TestMeetingPage:
    def assert_exempt_material_hidden(self, page: Page, exempt_number: int, open_number: int):
        """Only the exempt item's number, title and Schedule 12A paragraph, and no exempt paper, are shown."""
        exempt = page.locator(f"#item-{exempt_number}")
        expect(exempt).to_contain_text(f"{exempt_number}. Children's home contract award")
        expect(exempt).to_contain_text("paragraph 3 of Schedule 12A")
        expect(exempt).not_to_contain_text("Confidential")
        expect(exempt.get_by_role("link")).to_have_count(0)
        # An exempt appendix to an open item is listed by its kind only: no title, no link.
        expect(page.locator(f"#item-{open_number}")).to_contain_text(
            "exempt under paragraph 3 of Schedule 12A"
        )
        body = page.locator("body").inner_text()
        for secret in (
            "Confidential: the bids received",
            "Appendix B: tender prices",
            "Report: bids received",
        ):
            assert secret not in body, secret
        assert "appendix-b" not in page.content()

    def test_agenda_hides_exempt_information_from_the_public(self, page: Page, council: Council):
        page.goto(council.upcoming.get_absolute_url())
        expect(page.get_by_role("heading", level=1)).to_contain_text("Meeting, ")
        expect(page.locator("#item-2")).to_contain_text("Special Educational Needs update")
        expect(
            page.get_by_role("link", name="Report of the Director of Children and Family Services")
        ).to_be_visible()
        self.assert_exempt_material_hidden(page, exempt_number=3, open_number=2)
        expect(page.get_by_role("heading", name="Minutes", exact=True)).to_have_count(0)
        assert_accessible(page)

    def test_minutes_with_attendance_questions_and_resolutions(
        self, page: Page, council: Council, screenshot_dir
    ):
        page.goto(council.held.get_absolute_url())
        expect(page.get_by_role("link", name="Report of the Director", exact=True)).to_be_visible()
        self.assert_exempt_material_hidden(page, exempt_number=5, open_number=4)
        minutes = page.locator("main")
        expect(page.get_by_role("heading", name="Minutes", level=2)).to_be_visible()
        expect(minutes).to_contain_text("Draft minutes")
        expect(minutes.locator("h4:has-text('Present') + ul")).to_contain_text(
            "Mrs. H. J. Fryer CC (in the Chair)"
        )
        expect(minutes.locator("h4:has-text('Apologies') + ul")).to_contain_text("Mr. T. Absent CC")
        expect(minutes).to_contain_text("Chair of the Leicestershire Parent Carer Forum.")
        expect(minutes).to_contain_text("Question asked by Mrs Sue Whiting")
        minute = minutes.locator("section.app-minute").first
        expect(minute).to_contain_text("(ii) The Director undertook to circulate figures.")
        expect(minute.locator(".app-minute__resolved")).to_have_text("RESOLVED:")
        expect(minute.locator(".app-resolutions li")).to_have_text(
            [
                "(a) That the update on the Children's Innovation Partnership be noted.",
                "(b) That the comments now made be forwarded to the Cabinet for its meeting in March.",
            ]
        )
        page.screenshot(path=os.path.join(screenshot_dir, "meeting.png"), full_page=True)
        assert_accessible(page)

    def test_resolution_link_in_tracker_goes_to_the_minute(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        page.locator("tbody tr", has_text="forwarded to the Cabinet").get_by_role("link").click()
        expect(page).to_have_url(re.compile(re.escape(council.held.get_absolute_url()) + "#minute-"))
        expect(page.locator(":target")).to_contain_text("RESOLVED:")


class TestResolutionsTracker:
    def test_filter_by_kind_through_the_form(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        expect(page.get_by_role("status")).to_have_text("3 resolutions")
        assert len(resolution_rows(page)) == 3
        assert_accessible(page)

        page.get_by_label("Kind").select_option(label="Recommendation or comments to another body")
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"kind=recommendation"))
        expect(page.get_by_role("status")).to_have_text("1 resolution")
        rows = resolution_rows(page)
        assert len(rows) == 1 and "forwarded to the Cabinet" in rows[0]
        expect(page.get_by_label("Kind")).to_have_value("recommendation")
        # The CSV link keeps the filter.
        csv_link = page.get_by_role("link", name="Download these resolutions as CSV")
        assert re.search(r"_export=csv", csv_link.get_attribute("href"))
        assert "kind=recommendation" in csv_link.get_attribute("href")
        assert_accessible(page)

        page.get_by_role("link", name="Clear filters").click()
        expect(page.get_by_role("status")).to_have_text("3 resolutions")

    def test_filter_that_matches_nothing_says_so(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        page.get_by_label("Words in the resolution").fill("no such words anywhere")
        page.get_by_role("button", name="Apply filters").click()
        expect(page.get_by_role("status")).to_have_text("0 resolutions")
        expect(page.locator("tbody")).to_have_text("Nothing matches. Try removing a filter.")
        assert_accessible(page)

    def test_sort_by_clicking_a_column_header(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        committee_header = page.get_by_role("columnheader", name="Committee")
        expect(committee_header).to_have_attribute("aria-sort", "none")
        # Newest meeting first by default: the Adults committee's older meeting is last.
        assert council.other_committee.name in resolution_rows(page)[-1]

        committee_header.get_by_role("link").click()
        expect(page).to_have_url(re.compile(r"sort=committee"))
        expect(page.get_by_role("columnheader", name="Committee")).to_have_attribute("aria-sort", "ascending")
        assert council.other_committee.name in resolution_rows(page)[0]

        page.get_by_role("columnheader", name="Committee").get_by_role("link").click()
        expect(page.get_by_role("columnheader", name="Committee")).to_have_attribute(
            "aria-sort", "descending"
        )
        assert council.other_committee.name in resolution_rows(page)[-1]
        assert_accessible(page)

    def test_csv_download(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Download these resolutions as CSV").click()
        download = download_info.value
        assert download.suggested_filename.endswith(".csv")
        with open(download.path(), encoding="utf-8-sig") as csv_file:
            lines = csv_file.read().splitlines()
        assert lines[0] == "Meeting,Committee,Minute,Resolution,Kind"
        assert len(lines) == 1 + 3


class TestOtherPublicPages:
    def test_home_page(self, page: Page, council: Council):
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Committee meetings, agendas and minutes")
        expect(
            page.get_by_role("main").locator(f"a[href='{council.upcoming.get_absolute_url()}']")
        ).to_contain_text(council.committee.name)
        assert_accessible(page)

    def test_calendar_current_month(self, page: Page, council: Council):
        page.goto(reverse("meeting-calendar"))
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Meetings in " + timezone.localdate().strftime("%B %Y")
        )
        assert_accessible(page)

    def test_calendar_month_lists_the_meeting_and_moves_between_months(self, page: Page, council: Council):
        date = council.upcoming.date
        page.goto(reverse("meeting-calendar-month", kwargs={"year": date.year, "month": date.month}))
        day = page.get_by_role("heading", name=f"{date:%A} {date.day} {date:%B}", level=2)
        expect(day).to_be_visible()
        expect(page.get_by_role("link", name=council.committee.name)).to_have_attribute(
            "href", council.upcoming.get_absolute_url()
        )
        assert_accessible(page)
        page.get_by_role("link", name=re.compile("Previous month")).click()
        previous = (date.replace(day=1) - timedelta(days=1)).strftime("%B %Y")
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Meetings in {previous}")


class TestKeyboard:
    def test_skip_link_is_first_and_moves_focus_to_main(self, page: Page, council: Council):
        page.goto(council.held.get_absolute_url())
        page.keyboard.press("Tab")
        skip_link = page.locator(":focus")
        expect(skip_link).to_have_text("Skip to main content")
        expect(skip_link).to_have_attribute("href", "#main-content")
        expect(skip_link).to_be_in_viewport()  # shown when focused, hidden otherwise
        page.keyboard.press("Enter")
        expect(page.locator(":focus")).to_have_id("main-content")
        assert page.evaluate("() => document.activeElement.tagName") == "MAIN"
        # The next Tab continues inside main, not back in the header.
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")

    def test_filter_form_works_with_the_keyboard_only(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        page.get_by_label("Words in the resolution").focus()
        page.keyboard.type("delayed discharges")
        page.keyboard.press("Enter")
        expect(page.get_by_role("status")).to_have_text("1 resolution")


@pytest.mark.browser_context_args(viewport={"width": PHONE_WIDTH, "height": 812})
class TestPhone:
    """Councillors read papers on their phones: no sideways scrolling of the page itself."""

    def assert_no_horizontal_scroll(self, page: Page):
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE_WIDTH + SCROLL_TOLERANCE, (
            f"the page is {width}px wide on a {PHONE_WIDTH}px screen; widest elements: "
            + str(
                page.evaluate(
                    """(limit) => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > limit)
                        .slice(0, 5).map(e => e.tagName + '.' + e.className)""",
                    PHONE_WIDTH + SCROLL_TOLERANCE,
                )
            )
        )

    def test_meeting_page_fits_a_phone(self, page: Page, council: Council, screenshot_dir):
        page.goto(council.held.get_absolute_url())
        assert_styled(page)
        assert page.viewport_size["width"] == PHONE_WIDTH
        self.assert_no_horizontal_scroll(page)
        page.screenshot(path=os.path.join(screenshot_dir, "meeting-phone.png"), full_page=True)
        page.goto(council.upcoming.get_absolute_url())
        self.assert_no_horizontal_scroll(page)
        assert_accessible(page)

    def test_resolutions_table_scrolls_inside_its_wrapper(self, page: Page, council: Council):
        page.goto(reverse("resolution-list"))
        self.assert_no_horizontal_scroll(page)
        wrapper = page.locator(".app-table-wrapper")
        assert wrapper.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        assert_accessible(page)
