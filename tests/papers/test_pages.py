"""The papers' pages and downloads: who gets each (the public, a member of the committee, a member of another
committee, Democratic Services), what the meeting page offers, the minutes in their three formats, the
performance report as PDF, and how many queries each takes."""

import html
import io
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import docx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from indicators import dashboard, reports
from indicators import workflow as indicator_workflow
from indicators.models import Indicator
from meetings import workflow
from papers import rebuilding
from papers.models import AgendaPack
from tests.factories import (
    AgendaItemFactory,
    AgendaPackFactory,
    AttendanceFactory,
    BallotCandidateFactory,
    BuildingAgendaPackFactory,
    CommitteeFactory,
    DeclarationFactory,
    DemocraticServicesUserFactory,
    DiscussionPointFactory,
    ExemptAgendaItemFactory,
    ExemptPdfDocumentFactory,
    HeldMeetingFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MemberUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PdfDocumentFactory,
    PerformanceReportFactory,
    PeriodFactory,
    PersonFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
    VoteCastFactory,
    VoteFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.agenda_packs]
LONDON = ZoneInfo("Europe/London")
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXEMPT_MINUTE_TEXT = "The committee compared the three providers' prices in private."
EXEMPT_PAPER_TEXT = "Confidential tender prices"
WITHHELD = "Exempt minute: not for publication (paragraph 3)."


def content_of(response) -> bytes:
    # The test client closes a streamed response once it is read; closing it again (as tests.responses does)
    # would fire request_finished and close the test's database connection.
    return b"".join(response.streaming_content) if response.streaming else response.content


def text_of(response) -> str:
    """What a reader reads in a page, a PDF or a Word document, each run of spaces as one space."""
    content = content_of(response)
    kind = response["Content-Type"]
    if kind.startswith(PDF):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    elif kind.startswith(DOCX):
        document = docx.Document(io.BytesIO(content))
        header = [paragraph.text for paragraph in document.sections[0].header.paragraphs]
        text = "\n".join(header + [paragraph.text for paragraph in document.paragraphs])
    else:
        text = html.unescape(content.decode())
    return " ".join(text.split())


# --- the world -----------------------------------------------------------------------------------------

PUBLIC, MEMBER, OTHER_MEMBER, DS = "public", "member", "other-member", "democratic-services"
ROLES = (PUBLIC, MEMBER, OTHER_MEMBER, DS)
EXEMPT_READERS = {MEMBER, DS}


@pytest.fixture
def world():
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    previous = MinutesPublishedMeetingFactory(
        committee=committee,
        start=datetime(2024, 1, 23, 14, 0, tzinfo=LONDON),
        end=datetime(2024, 1, 23, 16, 1, tzinfo=LONDON),
        location="County Hall, Glenfield",
    )
    AttendanceFactory(meeting=previous, person__name="Mrs. H. J. Fryer CC", in_chair=True)
    AttendanceFactory(meeting=previous, person__name="Mr. M. Frisby CC")
    AttendanceFactory(
        meeting=previous,
        person__name="Mrs. D. Taylor CC",
        status="in_attendance",
        role="Cabinet Lead Member for Children and Families",
    )
    AttendanceFactory(meeting=previous, person__name="Mr. L. Hadji-Nikolaou CC", status="apologies")
    MinuteFactory(
        meeting=previous, number=46, heading="Question Time.", text="Two questions had been received."
    )
    PublicQuestionFactory(meeting=previous, questioner="Mrs Sue Whiting")
    strategy = MinuteFactory(
        meeting=previous,
        number=52,
        heading="Medium Term Financial Strategy 2024/25 - 2027/28.",
        text="The Committee considered a joint report.",
    )
    DiscussionPointFactory(
        minute=strategy, position=1, section="Savings", text="The Director confirmed the savings."
    )
    DiscussionPointFactory(
        minute=strategy, position=2, section="Savings", text="Members noted the tribunals."
    )
    ResolutionFactory(minute=strategy, letter="a", text="That the report be noted;")
    ResolutionFactory(minute=strategy, letter="b", position=2, text="That the comments be forwarded.")
    VoteFactory(minute=strategy, motion="That the comments be forwarded to the Scrutiny Commission.")
    contract = ExemptAgendaItemFactory(meeting=previous, number=11)
    MinuteFactory(
        meeting=previous, number=53, agenda_item=contract, heading="Contract award.", text=EXEMPT_MINUTE_TEXT
    )

    meeting = PublishedAgendaMeetingFactory(
        committee=committee, start=datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
    )
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the meeting held on 23 January 2024.")
    report = AgendaItemFactory(meeting=meeting, number=8, title="Children's Innovation Partnership.")
    PdfDocumentFactory(agenda_item=report, marker="Public report", page_count=2)
    ExemptPdfDocumentFactory(agenda_item=report, position=2, marker=EXEMPT_PAPER_TEXT, page_count=2)
    rebuilding.request_build(meeting.pk)

    unpublished = MeetingFactory(committee=committee, start=datetime(2024, 6, 4, 14, 0, tzinfo=LONDON))
    PdfDocumentFactory(agenda_item=AgendaItemFactory(meeting=unpublished, number=1), marker="Draft report")
    rebuilding.request_build(unpublished.pk)

    held = HeldMeetingFactory(committee=committee, start=datetime(2024, 3, 6, 10, 0, tzinfo=LONDON))
    MinuteFactory(meeting=held, heading="Unpublished minute.")

    return {
        "committee": committee,
        "previous": previous,
        "meeting": meeting,
        "unpublished": unpublished,
        "held": held,
        "users": {
            MEMBER: MemberUserFactory(committee=committee),
            OTHER_MEMBER: MemberUserFactory(committee=CommitteeFactory()),
            DS: DemocraticServicesUserFactory(),
        },
    }


def signed_in(client, world, role):
    if role != PUBLIC:
        client.force_login(world["users"][role])
    return client


# --- who gets what ---------------------------------------------------------------------------------------

OK, DENIED, HIDDEN = 200, 403, 404
#                                            public  member  other   DS
STATUS = {
    ("agenda-pack", "meeting"):              (OK,     OK,     OK,     OK),
    ("agenda-pack-public", "meeting"):       (OK,     OK,     OK,     OK),
    ("agenda-pack-full", "meeting"):         (DENIED, OK,     DENIED, OK),
    ("agenda-pack", "unpublished"):          (HIDDEN, HIDDEN, HIDDEN, OK),
    ("agenda-pack-public", "unpublished"):   (HIDDEN, HIDDEN, HIDDEN, OK),
    ("agenda-pack-full", "unpublished"):     (HIDDEN, HIDDEN, HIDDEN, OK),
    ("minutes", "previous"):                 (OK,     OK,     OK,     OK),
    ("minutes-pdf", "previous"):             (OK,     OK,     OK,     OK),
    ("minutes-docx", "previous"):            (OK,     OK,     OK,     OK),
    ("minutes", "held"):                     (HIDDEN, HIDDEN, HIDDEN, OK),
    ("minutes-pdf", "held"):                 (HIDDEN, HIDDEN, HIDDEN, OK),
    ("minutes-docx", "held"):                (HIDDEN, HIDDEN, HIDDEN, OK),
}  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "meeting"), STATUS)
def test_who_gets_each_page_and_download(client, world, role, name, meeting):
    expected = STATUS[name, meeting][ROLES.index(role)]
    response = signed_in(client, world, role).get(reverse(name, kwargs={"pk": world[meeting].pk}))
    assert response.status_code == expected
    if expected == OK and name.startswith("agenda-pack-"):
        assert response["Content-Type"] == PDF
        assert content_of(response).startswith(b"%PDF-")


@pytest.mark.parametrize("role", ROLES)
def test_exempt_material_only_for_those_entitled(client, world, role):
    client = signed_in(client, world, role)
    meeting, previous = world["meeting"].pk, world["previous"].pk
    public_pack = text_of(client.get(reverse("agenda-pack-public", kwargs={"pk": meeting})))
    assert EXEMPT_PAPER_TEXT not in public_pack and "Public report page 1" in public_pack
    if role in EXEMPT_READERS:
        assert EXEMPT_PAPER_TEXT in text_of(client.get(reverse("agenda-pack-full", kwargs={"pk": meeting})))
    for name in ("minutes", "minutes-pdf", "minutes-docx"):
        minutes = text_of(client.get(reverse(name, kwargs={"pk": previous})))
        assert "Contract award." in minutes and "The Committee considered a joint report." in minutes
        if role in EXEMPT_READERS:
            assert EXEMPT_MINUTE_TEXT in minutes, name
        else:
            assert EXEMPT_MINUTE_TEXT not in minutes and WITHHELD in minutes, name


def test_exempt_downloads_are_not_cached(client, world):
    client.force_login(world["users"][MEMBER])
    meeting, previous = world["meeting"].pk, world["previous"].pk
    for url in (
        reverse("agenda-pack-full", kwargs={"pk": meeting}),
        reverse("minutes", kwargs={"pk": previous}),
        reverse("minutes-pdf", kwargs={"pk": previous}),
        reverse("minutes-docx", kwargs={"pk": previous}),
    ):
        assert {"private", "no-store"} <= set(client.get(url)["Cache-Control"].replace(" ", "").split(",")), (
            url
        )
    client.logout()
    assert "private" not in client.get(reverse("agenda-pack-public", kwargs={"pk": meeting})).get(
        "Cache-Control", ""
    )


def test_a_pack_being_rebuilt_is_not_served_from_its_last_build(client, world):
    meeting = world["meeting"]
    AgendaPack.objects.filter(meeting=meeting).update(status=AgendaPack.Status.BUILDING, progress=40)
    response = client.get(reverse("agenda-pack-public", kwargs={"pk": meeting.pk}))
    assert response.status_code == 302 and response["Location"] == reverse(
        "agenda-pack", kwargs={"pk": meeting.pk}
    )


def test_no_pack_built_is_not_found(client):
    meeting = PublishedAgendaMeetingFactory()
    assert client.get(reverse("agenda-pack-public", kwargs={"pk": meeting.pk})).status_code == 404


def test_downloads_are_named_after_the_meeting(client, world):
    response = client.get(reverse("agenda-pack-public", kwargs={"pk": world["meeting"].pk}))
    slug = world["committee"].slug
    assert f'filename="agenda-pack-{slug}-2024-03-05.pdf"' in response["Content-Disposition"]
    response = client.get(reverse("minutes-docx", kwargs={"pk": world["previous"].pk}))
    assert f'filename="minutes-{slug}-2024-01-23-draft.docx"' in response["Content-Disposition"]


# --- the status page ------------------------------------------------------------------------------------


def test_the_status_page_shows_progress_and_refreshes_only_when_asked(client):
    pack = BuildingAgendaPackFactory(meeting=PublishedAgendaMeetingFactory())
    url = reverse("agenda-pack", kwargs={"pk": pack.meeting_id})
    page = text_of(client.get(url))
    assert "Building the agenda pack: 40%" in page
    assert 'http-equiv="refresh"' not in page
    assert f'href="{url}?refresh=on"' in page
    page = text_of(client.get(url, {"refresh": "on"}))
    assert '<meta http-equiv="refresh" content="5">' in page and "Stop checking" in page
    pack.status, pack.progress = AgendaPack.Status.READY, 100
    pack.file = AgendaPackFactory.build().file
    pack.pages, pack.size = 12, 123456
    pack.save()
    page = text_of(client.get(url, {"refresh": "on"}))
    assert 'http-equiv="refresh"' not in page
    assert "Agenda pack (PDF, 120.6 KB, 12 pages)" in page


def test_a_failed_build_is_explained_to_democratic_services_only(client, world):
    AgendaPack.objects.filter(meeting=world["meeting"]).update(status=AgendaPack.Status.FAILED, error="Boom")
    url = reverse("agenda-pack", kwargs={"pk": world["meeting"].pk})
    page = text_of(client.get(url))
    assert "The agenda pack could not be built." in page and "Boom" not in page
    client.force_login(world["users"][DS])
    page = text_of(client.get(url))
    assert "Rebuild the agenda packs" in page and "Boom" in page


# --- the meeting page ------------------------------------------------------------------------------------


def test_the_meeting_page_offers_the_pack_its_readers_may_have(client, world):
    meeting = world["meeting"]
    url = meeting.get_absolute_url()
    public = AgendaPack.objects.get(meeting=meeting, kind="public")
    public_link = f'href="{reverse("agenda-pack-public", kwargs={"pk": meeting.pk})}"'
    full_link = f'href="{reverse("agenda-pack-full", kwargs={"pk": meeting.pk})}"'
    page = text_of(client.get(url))
    assert public_link in page and full_link not in page
    assert f"Agenda pack (PDF, {public.size / 1024:.1f} KB, {public.pages} pages)" in page
    client.force_login(world["users"][OTHER_MEMBER])
    assert full_link not in text_of(client.get(url))
    client.force_login(world["users"][MEMBER])
    page = text_of(client.get(url))
    assert page.index(full_link) < page.index(public_link)
    assert "Full agenda pack, with exempt papers" in page


def test_the_meeting_page_shows_the_ranges_of_the_pack(client, world):
    meeting = world["meeting"]
    item = meeting.agenda_items.get(number=8)
    assert item.page_start and item.page_end == item.page_start + 3
    assert f"({item.pages})" in text_of(client.get(meeting.get_absolute_url()))


def test_without_exempt_papers_members_are_offered_the_one_pack(client, world):
    AgendaPack.objects.filter(meeting=world["meeting"]).update(exempt_papers=0)
    client.force_login(world["users"][MEMBER])
    page = text_of(client.get(world["meeting"].get_absolute_url()))
    assert "agenda-pack-full.pdf" not in page and "agenda-pack.pdf" in page


def test_the_meeting_page_shows_the_progress_of_a_build(client, world):
    AgendaPack.objects.filter(meeting=world["meeting"]).update(status=AgendaPack.Status.BUILDING, progress=40)
    page = text_of(client.get(world["meeting"].get_absolute_url()))
    assert "Building the agenda pack: 40%" in page
    assert f'href="{reverse("agenda-pack", kwargs={"pk": world["meeting"].pk})}?refresh=on"' in page
    assert "agenda-pack.pdf" not in page


def test_an_unpublished_agenda_has_no_pack_except_for_the_preview(client, world):
    url = world["unpublished"].get_absolute_url()
    assert "agenda-pack" not in text_of(client.get(url))
    client.force_login(world["users"][DS])
    page = text_of(client.get(url))
    assert "Preview: the agenda is not published" in page and "agenda-pack.pdf" in page


def test_the_meeting_page_links_to_the_minutes_once_published(client, world):
    page = text_of(client.get(world["previous"].get_absolute_url()))
    assert "Draft minutes" in page
    for name in ("minutes", "minutes-pdf", "minutes-docx"):
        assert f'href="{reverse(name, kwargs={"pk": world["previous"].pk})}"' in page
    assert "minutes.pdf" not in text_of(client.get(world["held"].get_absolute_url()))


def test_the_papers_section_costs_the_meeting_page_one_query_however_large(client):
    def meeting_with(items: int):
        meeting = MinutesPublishedMeetingFactory()
        for number in range(1, items + 1):
            PdfDocumentFactory(agenda_item=AgendaItemFactory(meeting=meeting, number=number), page_count=1)
            MinuteFactory(meeting=meeting)
        rebuilding.request_build(meeting.pk)
        return meeting

    small, large = meeting_with(1), meeting_with(6)
    counts = []
    for meeting in (small, large):
        with CaptureQueriesContext(connection) as queries:
            client.get(meeting.get_absolute_url())
        counts.append(len(queries))
        assert len([q for q in queries if "papers_agendapack" in q["sql"]]) == 1
    assert counts[0] == counts[1]


# --- query budgets of the papers' own pages --------------------------------------------------------------


def minutes_of_size(size: int):
    meeting = MinutesPublishedMeetingFactory()
    for _ in range(size):
        AttendanceFactory(meeting=meeting)
        minute = MinuteFactory(meeting=meeting, heading="Question Time.")
        DiscussionPointFactory(minute=minute, position=1)
        ResolutionFactory(minute=minute)
        vote = VoteFactory(minute=minute, mover=PersonFactory())
        VoteCastFactory(vote=vote, person=AttendanceFactory(meeting=meeting).person)
        BallotCandidateFactory(ballot__minute=minute, person=None, name="Mrs. A. Candidate")
        PublicQuestionFactory(meeting=meeting)
        DeclarationFactory(meeting=meeting)
    return meeting


@pytest.mark.parametrize("name", ["minutes", "minutes-pdf", "minutes-docx"])
def test_minutes_queries_do_not_grow(client, name, django_assert_max_num_queries):
    # The meeting; attendance; minutes with points, resolutions, votes (their named votes) and ballots (their
    # candidates); public and members' questions; declarations; petitions.
    budget = REQUEST_TRANSACTION + 13
    for size in (1, 8):
        meeting = minutes_of_size(size)
        with django_assert_max_num_queries(budget):
            assert client.get(reverse(name, kwargs={"pk": meeting.pk})).status_code == 200


def test_pack_pages_queries_do_not_grow(client, world, django_assert_max_num_queries):
    meeting = world["meeting"].pk
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # the meeting, its packs
        client.get(reverse("agenda-pack", kwargs={"pk": meeting}))
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # the meeting, the pack
        client.get(reverse("agenda-pack-public", kwargs={"pk": meeting}))


# --- the minutes documents -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["minutes", "minutes-pdf", "minutes-docx"])
def test_minutes_in_the_councils_format(client, world, name):
    text = text_of(client.get(reverse(name, kwargs={"pk": world["previous"].pk})))
    for words in [
        "DRAFT – for circulation",
        "Minutes of a meeting of the Children and Families Overview and Scrutiny Committee held at "
        "County Hall, Glenfield on Tuesday, 23 January 2024.",
        "Mrs. H. J. Fryer CC (in the Chair)",
        "Mrs. D. Taylor CC – Cabinet Lead Member for Children and Families",
        "Mr. L. Hadji-Nikolaou CC",
        "46. Question Time.",
        "52. Medium Term Financial Strategy 2024/25 - 2027/28.",
        "Savings",
        "(i) The Director confirmed the savings.",
        "(ii) Members noted the tribunals.",
        "RESOLVED:",
        "(a) That the report be noted;",
        "(b) That the comments be forwarded.",
        "For 7, against 2, abstentions 0: carried.",
        "14:00 – 16:01",
        "CHAIRMAN",
        "Date:",
    ]:
        assert words in text, (name, words)
    # The question asked at Question Time is printed under its minute.
    assert (
        text.index("46. Question Time.") < text.index("Question asked by Mrs Sue Whiting") < text.index("52.")
    )
    assert ("Present" if name == "minutes" else "PRESENT") in text


@pytest.mark.parametrize("name", ["minutes", "minutes-pdf", "minutes-docx"])
def test_approved_minutes_say_when_they_were_approved(client, world, name):
    workflow.approve_minutes(world["previous"], approved_at=world["meeting"])
    text = text_of(client.get(reverse(name, kwargs={"pk": world["previous"].pk})))
    assert "DRAFT" not in text
    assert "confirmed as a correct record at the meeting held on Tuesday, 5 March 2024" in text
    assert "Date: 5 March 2024" in text  # beside the Chairman's signature


def test_the_word_draft_is_marked_on_every_page(client, world):
    document = docx.Document(
        io.BytesIO(content_of(client.get(reverse("minutes-docx", kwargs={"pk": world["previous"].pk}))))
    )
    assert document.sections[0].header.paragraphs[0].text == "DRAFT – for circulation"
    pdf = PdfReader(
        io.BytesIO(client.get(reverse("minutes-pdf", kwargs={"pk": world["previous"].pk})).content)
    )
    assert all("DRAFT – for circulation" in page.extract_text() for page in pdf.pages)


def test_democratic_services_preview_unpublished_minutes_marked_as_such(client, world):
    client.force_login(world["users"][DS])
    text = text_of(client.get(reverse("minutes", kwargs={"pk": world["held"].pk})))
    assert "DRAFT – not published" in text and "Unpublished minute." in text


# --- the performance report as PDF ----------------------------------------------------------------------


def report(*, publish: bool):
    indicator = IndicatorFactory(name="Care leavers in suitable accommodation")
    IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q3 2023/24"), value=Decimal("95.8")
    )
    indicator_workflow.refresh_dashboard(indicator)
    made = PerformanceReportFactory(label="Q3 2023/24")
    reports.freeze(
        made, lines=dashboard.live_lines(Indicator.objects.for_dashboard().filter(pk=indicator.pk))
    )
    return reports.publish(made) if publish else made


def test_a_published_performance_report_is_anyones_as_pdf(client, django_assert_max_num_queries):
    published = report(publish=True)
    url = reverse("performance-report-pdf", kwargs={"pk": published.pk})
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # the report, its lines
        response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == PDF
    text = text_of(response)
    assert f"Performance report to the {published.committee}: Q3 2023/24" in text
    assert "Care leavers in suitable accommodation" in text and "95.8%" in text
    assert "Dashboard" in text and "Draft narrative" in text


def test_a_draft_performance_report_is_for_democratic_services(client):
    draft = report(publish=False)
    url = reverse("performance-report-pdf", kwargs={"pk": draft.pk})
    assert client.get(url).status_code == 404
    client.force_login(MemberUserFactory(committee=draft.committee))
    assert client.get(url).status_code == 404
    client.force_login(DemocraticServicesUserFactory())
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
