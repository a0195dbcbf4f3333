"""The attendance register, filled in by keyboard alone: the radio buttons, the search-as-you-type picker of a
substitute, the Chair, an item chosen for a late arrival and a new person in attendance, saved with Enter."""

import re

from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import Attendance
from tests.browser.axe import axe_violations, format_violations
from tests.browser.test_participation import sign_in_to_the_admin
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    HeldMeetingFactory,
    MembershipFactory,
    PersonFactory,
)


def assert_accessible(page: Page) -> None:
    violations = axe_violations(page)
    assert not violations, format_violations(violations)


def test_the_clerk_fills_in_the_register_by_keyboard(page: Page, settings):
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 0.25, 2
    DemocraticServicesUserFactory(username="democratic.services")
    meeting = HeldMeetingFactory(committee=CommitteeFactory(name="Children and Families Scrutiny"))
    MembershipFactory(
        committee=meeting.committee, role="chairman", person=PersonFactory(name="Mrs. H. Aardvark CC")
    )
    member = PersonFactory(name="Mr. B. Badger CC")
    MembershipFactory(committee=meeting.committee, person=member)
    PersonFactory(name="Mr. S. Zebedee CC", family_name="Zebedee")
    AgendaItemFactory(meeting=meeting, number=1, title="Apologies")
    late_item = AgendaItemFactory(meeting=meeting, number=2, title="SEND sufficiency strategy")
    sign_in_to_the_admin(page, "democratic.services")
    page.goto(reverse("admin:meetings_meeting_attendance", args=[meeting.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Attendance")
    expect(page.locator("#quorum")).to_contain_text("Not quorate: 0 present of 2 members; quorum 2")
    assert_accessible(page)

    # The Chairman: present (Space on the first radio button), then Tab past the substitute to the Chair.
    page.get_by_role("radio", name="Present").first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the substitute's picker
    page.keyboard.press("Tab")
    expect(page.get_by_label("Mrs. H. Aardvark CC in the Chair")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # arrived late at item
    page.keyboard.press("Tab")  # left early at item
    page.keyboard.press("Tab")  # the next member's attendance: the arrow keys choose within it
    page.keyboard.press("ArrowDown")
    badger = page.locator(f"#member-{member.pk}")
    expect(badger.get_by_role("radio", name="Apologies")).to_be_checked()

    # A substitute for Mr. Badger, searched for and chosen with the keys.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.type("Zebedee")
    expect(page.locator(".select2-results__option")).to_have_text(["Mr. S. Zebedee CC"])
    expect(page.locator(".select2-results__option--highlighted")).to_have_text("Mr. S. Zebedee CC")
    page.keyboard.press("Enter")
    expect(badger.locator(".select2-selection__rendered")).to_contain_text("Mr. S. Zebedee CC")

    # Mr. Badger marked by mistake as arriving late, at item 2; an officer in attendance added by name.
    page.get_by_label("Mr. B. Badger CC arrived late at item").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Mr. B. Badger CC arrived late at item")).to_have_value(str(late_item.pk))
    page.get_by_label("Other in attendance 1: a new person's name").focus()
    page.keyboard.type("Jane Smith")
    page.keyboard.press("Tab")
    page.keyboard.type("Leicestershire County Council")
    page.keyboard.press("Tab")
    page.keyboard.type("Director of Children and Family Services")
    page.get_by_role("button", name="Save the attendance").focus()
    page.keyboard.press("Enter")

    # Mr. Badger is not present: a late arrival is refused with the reason, and nothing is lost.
    expect(page.locator(".messagelist")).to_contain_text(
        "Mr. B. Badger CC was not present, so cannot have arrived late or left early."
    )
    expect(page.get_by_label("Other in attendance 1: a new person's name")).to_have_value("Jane Smith")
    assert not Attendance.objects.filter(meeting=meeting).exists()
    assert_accessible(page)
    page.get_by_label("Mr. B. Badger CC arrived late at item").focus()
    page.keyboard.press("Home")
    page.get_by_role("button", name="Save the attendance").focus()
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist")).to_contain_text(f"The attendance at {meeting} is saved.")
    expect(page.locator("#quorum")).to_contain_text("Quorate: 2 present of 2 members; quorum 2")
    assert_accessible(page)
    saved = {
        (a.person.name, a.status, a.in_chair, a.substitute_for_id, a.role)
        for a in Attendance.objects.filter(meeting=meeting).select_related("person")
    }
    assert saved == {
        ("Mrs. H. Aardvark CC", "present", True, None, ""),
        ("Mr. B. Badger CC", "apologies", False, None, ""),
        ("Mr. S. Zebedee CC", "present", False, member.pk, ""),
        ("Jane Smith", "in_attendance", False, None, "Director of Children and Family Services"),
    }
    assert re.search(rf"/admin/meetings/meeting/{meeting.pk}/attendance/$", page.url)
