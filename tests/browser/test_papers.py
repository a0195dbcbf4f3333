"""The papers in the browser: uploading a meeting's papers builds its agenda pack, which the meeting page
offers (the full pack to members of the committee), a status page that follows a build until it is ready,
and the minutes as a page to read and print. Every page is checked against WCAG 2.2 AA."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from papers.models import AgendaPack
from tests.browser.axe import assert_accessible
from tests.browser.steps import sign_in
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    DiscussionPointFactory,
    ExemptAgendaItemFactory,
    ExemptPdfDocumentFactory,
    MemberUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PdfDocumentFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
)

pytestmark = pytest.mark.agenda_packs

LONDON = ZoneInfo("Europe/London")
EXEMPT_MINUTE_TEXT = "The committee compared the providers' prices in private."


@pytest.fixture
def papers():
    """A meeting whose papers are uploaded (its packs build as they are saved), after a meeting whose draft
    minutes it will approve."""
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    previous = MinutesPublishedMeetingFactory(
        committee=committee,
        start=datetime(2024, 1, 23, 14, 0, tzinfo=LONDON),
        end=datetime(2024, 1, 23, 16, 1, tzinfo=LONDON),
    )
    AttendanceFactory(meeting=previous, person__name="Mrs. H. J. Fryer CC", in_chair=True)
    minute = MinuteFactory(meeting=previous, number=52, heading="Medium Term Financial Strategy.")
    DiscussionPointFactory(minute=minute, position=1, section="Savings", text="The Director confirmed it.")
    ResolutionFactory(minute=minute, letter="a", text="That the report be noted;")
    contract = ExemptAgendaItemFactory(meeting=previous, number=9)
    MinuteFactory(
        meeting=previous, number=53, agenda_item=contract, heading="Contract.", text=EXEMPT_MINUTE_TEXT
    )

    meeting = PublishedAgendaMeetingFactory(
        committee=committee, start=datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
    )
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the meeting held on 23 January 2024.")
    report = AgendaItemFactory(meeting=meeting, number=8, title="Children's Innovation Partnership.")
    PdfDocumentFactory(agenda_item=report, title="Report", page_count=3)
    ExemptPdfDocumentFactory(agenda_item=report, position=2, page_count=2)
    return {"committee": committee, "previous": previous, "meeting": meeting}


def test_uploading_the_papers_builds_the_pack_the_meeting_page_offers(page: Page, papers):
    meeting = papers["meeting"]
    packs = {pack.kind: pack for pack in AgendaPack.objects.filter(meeting=meeting)}
    assert {pack.status for pack in packs.values()} == {AgendaPack.Status.READY}
    public = packs[AgendaPack.Kind.PUBLIC]

    page.goto(meeting.get_absolute_url())
    section = page.get_by_role("region", name="Papers")
    link = section.get_by_role("link", name=re.compile(r"^Agenda pack \(PDF, .+, \d+ pages\)$"))
    expect(link).to_have_text(re.compile(rf"{public.pages} pages"))
    expect(section.get_by_role("link", name=re.compile("Full agenda pack"))).to_have_count(0)
    # The agenda shows the ranges the pack printed.
    item = meeting.agenda_items.get(number=8)
    expect(page.locator("#item-8")).to_contain_text(f"({item.pages})")
    assert_accessible(page)

    download = page.request.get(link.get_attribute("href"))
    assert download.status == 200 and download.headers["content-type"] == "application/pdf"
    assert download.body() == public.file.open("rb").read()


def test_a_member_of_the_committee_is_offered_the_full_pack(page: Page, papers):
    member = MemberUserFactory(committee=papers["committee"])
    sign_in(page, member.username)
    page.goto(papers["meeting"].get_absolute_url())
    section = page.get_by_role("region", name="Papers")
    full = section.get_by_role("link", name=re.compile(r"^Full agenda pack, with exempt papers \(PDF"))
    expect(full).to_be_visible()
    expect(section.get_by_text("Exempt", exact=True)).to_be_visible()
    assert_accessible(page)
    assert page.request.get(full.get_attribute("href")).status == 200


def test_the_status_page_follows_a_build_until_the_pack_is_ready(page: Page, papers):
    meeting = papers["meeting"]
    ready = {pack.pk: pack.progress for pack in AgendaPack.objects.filter(meeting=meeting)}
    AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.BUILDING, progress=40)

    page.goto(meeting.get_absolute_url())
    section = page.get_by_role("region", name="Papers")
    expect(section).to_contain_text("Building the agenda pack: 40%")
    section.get_by_role("link", name="Follow the progress of the agenda pack").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Agenda pack")
    expect(page.locator('meta[http-equiv="refresh"]')).to_have_count(1)
    expect(page.get_by_role("link", name="Stop checking")).to_be_visible()

    # The build finishes: the page, checking again by itself, offers the download.
    AgendaPack.objects.filter(pk__in=ready).update(status=AgendaPack.Status.READY, progress=100)
    expect(page.get_by_role("link", name=re.compile(r"^Agenda pack \(PDF"))).to_be_visible(timeout=15_000)
    expect(page.locator('meta[http-equiv="refresh"]')).to_have_count(0)
    assert_accessible(page)


def test_the_status_page_does_not_refresh_unless_asked(page: Page, papers):
    meeting = papers["meeting"]
    AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.BUILDING, progress=40)
    page.goto(reverse("agenda-pack", kwargs={"pk": meeting.pk}))
    expect(page.get_by_text("Building the agenda pack: 40%")).to_be_visible()
    expect(page.locator('meta[http-equiv="refresh"]')).to_have_count(0)
    assert_accessible(page)  # axe fails a page that refreshes itself (WCAG 2.2.1)


def test_the_minutes_to_read_and_print(page: Page, papers):
    previous = papers["previous"]
    page.goto(previous.get_absolute_url())
    page.get_by_role("region", name="Papers").get_by_role("link", name="Minutes to read or print").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Minutes of the meeting held on 23 January 2024"
    )
    expect(page.get_by_text("DRAFT – for circulation")).to_be_visible()
    expect(page.get_by_text("Mrs. H. J. Fryer CC (in the Chair)")).to_be_visible()
    minute = page.get_by_role("region", name="52. Medium Term Financial Strategy.")
    expect(minute.get_by_role("heading", level=3)).to_have_text("Savings")
    expect(minute).to_contain_text("(i) The Director confirmed it.")
    expect(minute).to_contain_text("RESOLVED:")
    expect(minute).to_contain_text("(a) That the report be noted;")
    exempt = page.get_by_role("region", name="53. Contract.")
    expect(exempt).to_contain_text("Exempt minute: not for publication (paragraph 3).")
    expect(page.locator("main")).not_to_contain_text(EXEMPT_MINUTE_TEXT)
    expect(page.locator(".app-signature")).to_contain_text("14:00 – 16:01")
    expect(page.locator(".app-signature")).to_contain_text("CHAIRMAN")
    assert_accessible(page)

    # Printed, the page is the record alone.
    page.emulate_media(media="print")
    expect(page.locator(".app-header")).to_be_hidden()
    expect(page.get_by_role("link", name="Download the minutes as PDF")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.emulate_media(media="screen")
    assert page.request.get(reverse("minutes-pdf", kwargs={"pk": previous.pk})).status == 200
