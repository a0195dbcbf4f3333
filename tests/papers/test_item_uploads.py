"""The meeting's papers page in the admin: several papers uploaded on an item at once, each with its title,
kind and exemption; bad files refused with nothing saved; a paper replaced and removed before publication;
and the page's query budget."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfReader

from meetings.models import Document
from papers import uploading
from tests.factories import (
    AgendaItemFactory,
    ExemptAgendaItemFactory,
    MeetingFactory,
    PdfDocumentFactory,
    PublishedAgendaMeetingFactory,
    docx_bytes,
    pdf_bytes,
    uploaded_pdf,
)
from tests.papers.conftest import papers_url, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(db):
    return AgendaItemFactory(meeting=MeetingFactory(), number=6, title="SEND Review")


def test_several_papers_are_uploaded_at_once_each_with_its_own_details(clerk, item):
    PdfDocumentFactory(agenda_item=item, title="Earlier report", position=1)
    response = upload(
        clerk,
        item,
        [
            uploaded_pdf("SEND_review report.pdf", "Review text"),
            uploaded_pdf("appendix-b.pdf", "Tender prices"),
        ],
        title_0="SEND Review: report",
        kind_0="report",
        title_1="Appendix B: tender prices",
        kind_1="appendix",
        exempt_1="on",
        exempt_paragraph_1="3",
    )
    assert response.status_code == 302
    assert response["Location"] == f"{papers_url(item.meeting)}#item-{item.pk}"
    papers = list(
        item.documents.order_by("position").values_list(
            "title", "kind", "position", "exempt", "exempt_paragraph", "supplement"
        )
    )
    assert papers == [
        ("Earlier report", "report", 1, False, None, False),
        ("SEND Review: report", "report", 2, False, None, False),
        ("Appendix B: tender prices", "appendix", 3, True, 3, False),
    ]
    appendix = item.documents.get(title="Appendix B: tender prices")
    with default_storage.open(appendix.file.name, "rb") as file:
        assert PdfReader(file).pages[0].extract_text().strip() == "Tender prices page 1"
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message == '2 papers added to item 6: "SEND Review: report"; "Appendix B: tender prices"'


def test_without_rows_the_titles_come_from_the_names_and_the_form_applies_to_every_file(clerk, item):
    docx = SimpleUploadedFile("Appendix_A_budget.docx", docx_bytes("Budget"))
    response = upload(
        clerk,
        item,
        [uploaded_pdf("Report of the Director.pdf"), docx],
        kind="appendix",
        exempt="on",
        exempt_paragraph="3",
    )
    assert response.status_code == 302
    assert list(item.documents.order_by("position").values_list("title", "kind", "exempt_paragraph")) == [
        ("Report of the Director", "appendix", 3),
        ("Appendix A budget", "appendix", 3),
    ]


@pytest.mark.parametrize(
    "bad, says",
    [
        (
            SimpleUploadedFile("notes.pdf", b"<html><script>alert(1)</script></html>"),
            "notes.pdf holds plain text",
        ),
        (
            SimpleUploadedFile("budget.xlsx", b"PK\x03\x04 spreadsheet"),
            "budget.xlsx is not a PDF or a Word document",
        ),
        (
            SimpleUploadedFile("tool.pdf", b"MZ\x90\x00\x03\x00\x00\x00"),
            "tool.pdf is not a file type we accept",
        ),
        (SimpleUploadedFile("empty.pdf", b""), "The submitted file is empty"),
    ],
)
def test_one_bad_file_refuses_them_all_naming_it_and_nothing_is_saved(clerk, item, bad, says):
    before = set(default_storage.listdir("meetings")[1]) if default_storage.exists("meetings") else set()
    response = upload(
        clerk,
        item,
        [uploaded_pdf("good.pdf"), bad, uploaded_pdf("good-too.pdf")],
        title_0="Good",
        kind_0="report",
        title_1="Bad",
        kind_1="report",
        title_2="Good too",
        kind_2="report",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert says in page
    assert "Nothing was saved" in page
    assert not item.documents.exists()
    # What was typed for each file is shown again, for the files to be chosen again.
    assert 'value="Good too"' in page
    after = set(default_storage.listdir("meetings")[1]) if default_storage.exists("meetings") else set()
    assert after == before


def test_a_file_over_the_size_limit_is_refused(clerk, item, settings):
    settings.DOCUMENT_MAX_MEGABYTES = 1
    big = SimpleUploadedFile("big.pdf", pdf_bytes("Big") + b"%" * (1024 * 1024))
    response = upload(clerk, item, [uploaded_pdf("small.pdf"), big])
    assert "big.pdf is larger than 1 MB" in response.content.decode()
    assert not item.documents.exists()


def test_an_exempt_paper_needs_its_paragraph(clerk, item):
    response = upload(
        clerk,
        item,
        [uploaded_pdf("report.pdf"), uploaded_pdf("prices.pdf")],
        title_0="Report",
        kind_0="report",
        title_1="Prices",
        kind_1="appendix",
        exempt_1="on",
    )
    page = response.content.decode()
    assert "prices.pdf is marked exempt: choose the Schedule 12A paragraph that applies." in page
    assert not item.documents.exists()


def test_papers_of_an_exempt_item_take_its_paragraph(clerk):
    item = ExemptAgendaItemFactory(meeting=MeetingFactory(), number=9)
    assert upload(clerk, item, [uploaded_pdf("bids.pdf")]).status_code == 302
    assert list(item.documents.values_list("exempt", "exempt_paragraph")) == [(True, 3)]


def test_at_most_twenty_files_at_once(clerk, item):
    response = upload(clerk, item, [uploaded_pdf(f"paper-{n}.pdf") for n in range(uploading.MAX_FILES + 1)])
    assert "You chose 21 files: upload at most 20 at once. Nothing was saved." in response.content.decode()
    assert not item.documents.exists()


def test_choosing_no_file_is_refused(clerk, item):
    response = upload(clerk, item, [])
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_before_publication_a_paper_is_replaced_in_place_and_its_old_file_deleted(
    clerk, item, django_capture_on_commit_callbacks
):
    paper = PdfDocumentFactory(agenda_item=item, title="Report", marker="First draft")
    old_name = paper.file.name
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk.post(
            papers_url(item.meeting),
            {"action": "replace", "document": paper.pk, "file": uploaded_pdf("report-v2.pdf", "Final")},
        )
    assert response.status_code == 302
    paper.refresh_from_db()
    assert (paper.title, paper.supplement, item.documents.count()) == ("Report", False, 1)
    with paper.file.open("rb") as file:
        assert PdfReader(file).pages[0].extract_text().strip() == "Final page 1"
    assert not default_storage.exists(old_name)


def test_a_replacement_is_checked_too(clerk, item):
    paper = PdfDocumentFactory(agenda_item=item, title="Report")
    response = clerk.post(
        papers_url(item.meeting),
        {"action": "replace", "document": paper.pk, "file": SimpleUploadedFile("x.pdf", b"MZ\x90\x00")},
    )
    assert "x.pdf is not a file type we accept" in response.content.decode()
    assert Document.objects.get(pk=paper.pk).file.name == paper.file.name


def test_before_publication_a_paper_is_removed_after_a_confirmation(
    clerk, item, django_capture_on_commit_callbacks
):
    paper = PdfDocumentFactory(agenda_item=item, title="Draft report")
    name = paper.file.name
    asked = clerk.get(papers_url(item.meeting), {"document": paper.pk, "do": "remove"}).content.decode()
    assert 'Remove "Draft report" from item 6?' in asked
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk.post(papers_url(item.meeting), {"action": "remove", "document": paper.pk})
    assert response.status_code == 302
    assert not Document.objects.filter(pk=paper.pk).exists()
    assert not default_storage.exists(name)


def test_after_publication_a_paper_is_kept(clerk):
    item = AgendaItemFactory(meeting=PublishedAgendaMeetingFactory(), number=4)
    paper = PdfDocumentFactory(agenda_item=item, title="Published report")
    response = clerk.post(papers_url(item.meeting), {"action": "remove", "document": paper.pk})
    assert response.status_code == 200
    assert "was published with the agenda and is kept" in response.content.decode()
    assert Document.objects.filter(pk=paper.pk).exists()


def test_the_page_lists_every_item_with_its_papers(clerk, item):
    PdfDocumentFactory(agenda_item=item, title="SEND Review: report")
    other = AgendaItemFactory(meeting=item.meeting, number=7, title="Budget monitoring")
    page = clerk.get(papers_url(item.meeting)).content.decode()
    assert "6. SEND Review" in page and "7. Budget monitoring" in page
    assert "SEND Review: report" in page
    assert "Upload papers to item 7" in page
    assert f'name="item-{other.pk}-files"' in page and "multiple" in page


def test_a_cancelled_meetings_papers_cannot_change(clerk, item):
    item.meeting.status = item.meeting.Status.CANCELLED
    item.meeting.save()
    response = upload(clerk, item, [uploaded_pdf("late.pdf")])
    assert "is cancelled: its papers cannot change" in response.content.decode()
    assert not item.documents.exists()


PAPERS_PAGE_QUERIES = 9


@pytest.mark.parametrize("items", [3, 15])
def test_the_papers_page_has_a_query_budget(clerk, items, django_assert_num_queries):
    meeting = PublishedAgendaMeetingFactory(start=timezone.now() + timedelta(days=20))
    for number in range(1, items + 1):
        item = AgendaItemFactory(meeting=meeting, number=number)
        PdfDocumentFactory(agenda_item=item, page_count=1)
        PdfDocumentFactory(agenda_item=item, page_count=1, supplement=True, late_reason="Urgent")
    with django_assert_num_queries(PAPERS_PAGE_QUERIES):
        response = clerk.get(papers_url(meeting))
    assert response.status_code == 200
    assert response.content.decode().count("Upload papers to item") == items
