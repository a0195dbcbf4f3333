"""The minutes page in the browser, by keyboard: Democratic Services draft the minutes from the agenda, then
write a minute with a resolution, a tied vote decided by the Chairman's casting vote, and a ballot, and save
them at once; the page passes axe (WCAG 2.2 AA) as it is filled in, and the public page prints the result."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse
from playwright.sync_api import Page, expect

from meetings.models import AgendaItem, Meeting, Minute
from tests.browser.axe import axe_violations, format_violations
from tests.browser.steps import sign_in
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    HeldMeetingFactory,
    PersonFactory,
)

LONDON = ZoneInfo("Europe/London")
MTFS = "Medium Term Financial Strategy 2024/25 - 2027/28."


def assert_no_violations(page: Page) -> None:
    violations = axe_violations(page)
    assert not violations, f"{len(violations)} accessibility violation(s):\n{format_violations(violations)}"


def press(page: Page, name: str, within=None) -> None:
    """Press a button by keyboard: focus it, then Enter."""
    button = (within or page).get_by_role("button", name=name, exact=True)
    button.focus()
    page.keyboard.press("Enter")


def test_a_minute_with_a_resolution_a_casting_vote_and_a_ballot_by_keyboard(page: Page):
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    meeting = HeldMeetingFactory(committee=committee, start=datetime(2024, 1, 23, 14, tzinfo=LONDON))
    AgendaItemFactory(
        meeting=meeting, number=1, title="Declarations of interest.", kind=AgendaItem.Kind.PROCEDURAL
    )
    AgendaItemFactory(meeting=meeting, number=2, title=MTFS)
    chair = PersonFactory(name="Mrs. H. J. Fryer CC", family_name="Fryer")
    martin = PersonFactory(name="Mr. R. Martin", family_name="Martin")
    jordan = PersonFactory(name="Mrs. S. Jordan CC", family_name="Jordan")
    for person in (chair, martin, jordan):
        AttendanceFactory(meeting=meeting, person=person, in_chair=person == chair)
    DemocraticServicesUserFactory(username="democratic.services")

    sign_in(page, "democratic.services")
    page.goto(reverse("admin:meetings_meeting_minutes", args=[meeting.pk]))
    press(page, "Draft the minutes from the agenda")
    expect(page.locator(".messagelist")).to_contain_text("2 draft minutes made from the agenda: 1 to 2.")
    assert_no_violations(page)

    minute = Minute.objects.get(agenda_item__number=2)
    block = page.locator(f"#minute-{minute.pk}")
    block.locator("summary").focus()
    page.keyboard.press("Enter")  # opens the minute
    text = block.get_by_label("Text:", exact=True).first
    expect(text).to_be_visible()
    text.fill("The Committee considered a joint report of the Directors.")

    press(page, "Add resolution", block)
    resolution = block.locator(f"#m{minute.pk}-resolutions-rows .app-minutes-rowbox").last
    expect(resolution.get_by_label("Position:")).to_be_focused()
    expect(resolution.get_by_label("Position:")).to_have_value("1")
    resolution.get_by_label("Kind:").focus()
    page.keyboard.press("N")  # "Noted", chosen by its first letter
    expect(resolution.get_by_label("Kind:")).to_have_value("noted")
    resolution.get_by_label("Text:").fill("That the report be noted.")

    press(page, "Add vote", block)
    vote = block.locator(f"#m{minute.pk}-votes-rows > .app-minutes-rowbox").last
    expect(vote.get_by_label("Motion:")).to_be_focused()
    page.keyboard.type("That the savings be deferred.")
    vote.get_by_label("Mover:").select_option(label=str(martin))
    vote.get_by_label("For:").fill("4")
    vote.get_by_label("Against:").fill("4")
    vote.get_by_label("The Chairman's casting vote:").select_option("for")

    press(page, "Add ballot", block)
    ballot = block.locator(f"#m{minute.pk}-ballots-rows > .app-minutes-rowbox").last
    expect(ballot.get_by_label("Office:")).to_be_focused()
    page.keyboard.type("Vice-Chairman for the municipal year")
    for name, votes, elected in ((str(jordan), "6", True), (str(martin), "3", False)):
        press(page, "Add candidate", ballot)
        candidate = ballot.locator(".app-minutes-rowbox").last
        expect(candidate.get_by_label("Person:")).to_be_focused()
        candidate.get_by_label("Person:").select_option(label=name)
        candidate.get_by_label("Votes:").fill(votes)
        if elected:
            candidate.get_by_label("Elected:").focus()
            page.keyboard.press("Space")
    assert_no_violations(page)

    press(page, "Save the minutes")

    expect(page.locator(".messagelist")).to_contain_text("are saved")
    assert_no_violations(page)
    minute.refresh_from_db()
    assert minute.text == "The Committee considered a joint report of the Directors."
    assert [(r.kind, r.text) for r in minute.resolutions.all()] == [("noted", "That the report be noted.")]
    saved_vote = minute.votes.get()
    assert (saved_vote.votes_for, saved_vote.votes_against, saved_vote.mover) == (4, 4, martin)
    assert saved_vote.carried
    ballot_row = minute.ballots.get()
    assert [(c.person, c.votes, c.elected) for c in ballot_row.candidates.all()] == [
        (jordan, 6, True),
        (martin, 3, False),
    ]

    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.MINUTES_DRAFT)
    page.goto(meeting.get_absolute_url())
    record = page.locator(".app-minute", has_text=MTFS)
    expect(record).to_contain_text(
        "the votes being equal, the Chairman gave a casting vote for the motion, and the motion was carried"
    )
    result = f"{jordan.name} 6 votes (elected), {martin.name} 3 votes"
    expect(record).to_contain_text(f"Ballot: Vice-Chairman for the municipal year. {result}.")
