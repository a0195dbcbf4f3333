"""Planning a committee's year and moving a meeting, in the browser, by keyboard where a clerk would type: the
preview and the confirmation pass axe (WCAG 2.2 AA) and fit a phone's width."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from meetings.schedule import nth_weekday
from scrutiny.municipal_year import MunicipalYear
from tests.browser.axe import axe_violations, format_violations
from tests.browser.test_participation import sign_in_to_the_admin
from tests.factories import (
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    PublishedAgendaMeetingFactory,
    RoomFactory,
)

LONDON = ZoneInfo("Europe/London")


def accessible(page: Page) -> None:
    """axe finds nothing against WCAG 2.2 AA (the admin's own look: not the site's, which assert_styled
    checks)."""
    violations = axe_violations(page)
    assert not violations, format_violations(violations)


def fits(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert width <= 1, f"the page scrolls sideways by {width}px"


@pytest.fixture
def committee(page: Page):
    DemocraticServicesUserFactory(username="democratic.services")
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    MembershipFactory(
        committee=committee, person=PersonFactory(name="Mrs. D. Taylor CC", email="dt@example.gov.uk")
    )
    RoomFactory(name="Sparkenhoe Committee Room")  # got or created: one room by its name
    sign_in_to_the_admin(page, "democratic.services")
    return committee


@pytest.mark.parametrize("width", [320, 1366])
def test_planning_a_year_by_pattern(page: Page, committee, width):
    page.set_viewport_size({"width": width, "height": 768})
    year = MunicipalYear(MunicipalYear.containing(timezone.localdate()).start_year + 1)
    june = nth_weekday(year.start_year, 6, 1, 1)
    MeetingFactory(
        committee=CommitteeFactory(name="Cabinet"),
        start=datetime.combine(june, time(14), tzinfo=LONDON),
        room=RoomFactory(name="Sparkenhoe Committee Room"),
    )
    page.goto(reverse("admin:meetings_meeting_changelist"))
    page.get_by_role("link", name="Plan a year's meetings").click()
    page.get_by_label("Committee").select_option(label=committee.name)
    page.get_by_label("Time").fill("14:00")
    page.get_by_label("Room").select_option(label="Sparkenhoe Committee Room")
    page.get_by_label("The pattern below").check()
    page.get_by_label("Week:", exact=True).select_option(label="first")
    page.get_by_label("Weekday").select_option(label="Tuesday")
    for month in ("June", "September", "November"):
        page.get_by_label(month).check()
    page.get_by_label("Time").focus()
    page.keyboard.press("Enter")  # submits the form: "Preview the meetings", the page's default
    expect(page.get_by_role("heading", name="Preview: 3 meetings to make")).to_be_visible()
    expect(page.locator(".app-plan")).to_contain_text("Clash with Cabinet at 14:00, in the same room")
    assert not Meeting.objects.filter(committee=committee).exists()
    accessible(page)
    fits(page)
    page.get_by_role("button", name="Make these 3 meetings").click()
    expect(page.locator(".messagelist")).to_contain_text(f"3 meetings of {committee} planned for {year}")
    assert Meeting.objects.filter(committee=committee).count() == 3


def test_moving_a_meeting_after_a_confirmation(page: Page, committee):
    page.set_viewport_size({"width": 320, "height": 568})
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    page.goto(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    page.get_by_role("link", name="Cancel, postpone or move").click()
    page.get_by_label("Move it: a new date, time or room").check()
    page.get_by_label("New time").fill("10:00")
    page.get_by_label("Reason").fill("The chamber is needed.")
    page.get_by_role("button", name="Check the change").click()
    expect(page.locator(".app-confirm-change")).to_contain_text("The committee's members (Mrs. D. Taylor CC)")
    accessible(page)
    fits(page)
    page.get_by_role("button", name="Yes, move it and send the notice").click()
    expect(page.locator(".messagelist")).to_contain_text("is moved to")
    meeting.refresh_from_db()
    assert timezone.localtime(meeting.start).hour == 10 and meeting.change_reason == "The chamber is needed."
