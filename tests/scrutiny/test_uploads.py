"""Uploads: checked by what they contain (and named as what they are), size-limited, kept outside the web
root and served only through the download views that check who may read them. The check itself
(scrutiny/uploads.py), the papers Democratic Services upload in the admin, and where the files end up."""

from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.staticfiles import finders
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from followup.admin import ResponseAttachmentInline
from followup.models import ActionResponse
from meetings.models import Document
from scrutiny.checks import check_uploads_are_outside_the_web_root
from scrutiny.uploads import validate_upload
from tests.factories import (
    ActionResponseFactory,
    AgendaItemFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
)
from tests.responses import text_of

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40  # Word's zip, as far as its first bytes go
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
HTML = b"<!DOCTYPE html><script>alert(document.cookie)</script>"
MEGABYTE = 1024 * 1024


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


# --- the check ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", PDF),
        ("Report.PDF", PDF),
        ("appendix.docx", DOCX),
        ("figures.xlsx", DOCX),
        ("old-minutes.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20),
        ("site-plan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20),
        ("notes.txt", "Les élèves: 428 in Year 6".encode()),
        ("figures.csv", b"Indicator,Period,Value\nCare leavers EET,Q3 2023/24,61.6\n"),
    ],
)
def test_what_councils_exchange_is_accepted(name, content):
    validate_upload(upload(name, content))


@pytest.mark.parametrize(
    "name, content, message",
    [
        # Content that is no paper at all, whatever it is called.
        ("report.pdf", EXECUTABLE, "report.pdf is not a file type we accept. Upload a PDF, Word"),
        ("archive.zip", b"PK\x03\x04 an archive", "archive.zip is not a file type we accept."),
        # A paper called something else: it would be served as what it is called.
        (
            "report.pdf",
            HTML,
            "report.pdf holds plain text, which its name does not say: rename it to end in .txt",
        ),
        ("page.html", HTML, "page.html holds plain text, which its name does not say"),
        ("chart.svg", b"<svg><script>alert(1)</script></svg>", "chart.svg holds plain text"),
        ("script.js", b"alert(1)", "script.js holds plain text"),
        (
            "report.html",
            PDF,
            "report.html holds a PDF, which its name does not say: rename it to end in .pdf",
        ),
        ("photo.png", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "photo.png holds a JPEG image"),
        ("empty.pdf", b"", "empty.pdf is empty."),
    ],
)
def test_anything_else_is_refused_saying_why(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_upload(upload(name, content))
    assert refused.value.messages[0].startswith(message)


def test_the_limit_is_the_attachments_unless_told_otherwise(settings):
    settings.ATTACHMENT_MAX_MEGABYTES = 1
    big = upload("big.pdf", PDF + b"0" * MEGABYTE)
    with pytest.raises(ValidationError, match="big.pdf is larger than 1 MB: upload a smaller file."):
        validate_upload(big)
    validate_upload(big, max_megabytes=2)
    validate_upload(upload("exactly.pdf", PDF + b"0" * (MEGABYTE - len(PDF))))


# --- papers uploaded in the admin -----------------------------------------------------------------------


@pytest.fixture
def staff(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(DemocraticServicesUserFactory())
    return client


def stored_files(settings) -> list[str]:
    return sorted(path.name for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file())


def add_document(staff, item, file):
    return staff.post(
        reverse("admin:meetings_document_add"),
        {
            "agenda_item": item.pk,
            "title": "Report of the Director",
            "kind": "report",
            "file": file,
            "position": 1,
        },
    )


def test_a_paper_uploaded_in_the_admin_is_kept_and_served_through_its_download(staff, settings):
    item = AgendaItemFactory()
    response = add_document(staff, item, upload("director-report.pdf", PDF))
    assert response.status_code == 302
    document = Document.objects.get()
    assert stored_files(settings) == ["director-report.pdf"]
    download = staff.get(document.get_absolute_url())
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("report.pdf", EXECUTABLE, "report.pdf is not a file type we accept."),
        ("report.pdf", HTML, "report.pdf holds plain text, which its name does not say"),
    ],
)
def test_a_bad_paper_gets_a_clear_message_in_the_admin_and_nothing_is_saved(
    staff, settings, name, content, message
):
    response = add_document(staff, AgendaItemFactory(), upload(name, content))
    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors["file"])
    assert "Please correct the error below." in text_of(response)
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_papers_may_be_larger_than_attachments_up_to_their_own_limit(staff, settings):
    settings.ATTACHMENT_MAX_MEGABYTES, settings.DOCUMENT_MAX_MEGABYTES = 1, 2
    item = AgendaItemFactory()
    assert add_document(staff, item, upload("long-report.pdf", PDF + b"0" * MEGABYTE)).status_code == 302
    too_big = add_document(staff, item, upload("huge-report.pdf", PDF + b"0" * 2 * MEGABYTE))
    assert "huge-report.pdf is larger than 2 MB: upload a smaller file." in text_of(too_big)
    assert Document.objects.count() == 1
    assert stored_files(settings) == ["long-report.pdf"]


def test_a_bad_paper_among_an_agenda_items_papers_saves_none_of_the_item(staff, settings):
    item = AgendaItemFactory(title="Report on SEND places")
    data = {
        "meeting": item.meeting.pk,
        "number": item.number,
        "kind": item.kind,
        "title": "A new title that must not be saved",
        "report_by": item.report_by,
        "documents-TOTAL_FORMS": 2,
        "documents-INITIAL_FORMS": 0,
        "documents-0-title": "Report",
        "documents-0-kind": "report",
        "documents-0-position": 1,
        "documents-0-file": upload("report.pdf", PDF),
        "documents-1-title": "Appendix A",
        "documents-1-kind": "appendix",
        "documents-1-position": 2,
        "documents-1-file": upload("appendix-a.pdf", EXECUTABLE),
    }
    response = staff.post(reverse("admin:meetings_agendaitem_change", args=[item.pk]), data)
    assert response.status_code == 200
    assert "appendix-a.pdf is not a file type we accept." in text_of(response)
    item.refresh_from_db()
    assert item.title == "Report on SEND places"
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_an_unchanged_paper_is_not_checked_again(staff, settings):
    """A paper from before the check (or the demo's) can still have its title corrected."""
    document = DocumentFactory(file__filename="old-scan.pdf", file__data=b"not really a PDF")
    response = staff.post(
        reverse("admin:meetings_document_change", args=[document.pk]),
        {"agenda_item": document.agenda_item.pk, "title": "Corrected title", "kind": "report", "position": 1},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Corrected title"


@pytest.mark.django_db
def test_an_attachment_added_in_the_admin_is_checked_as_officers_uploads_are(settings):
    settings.ATTACHMENT_MAX_MEGABYTES = 1
    response = ActionResponseFactory()
    request = RequestFactory().post("/")
    request.user = DemocraticServicesUserFactory()
    formset_class = ResponseAttachmentInline(ActionResponse, admin.site).get_formset(request, response)
    management = {"attachments-TOTAL_FORMS": 1, "attachments-INITIAL_FORMS": 0}

    def attach(file):
        return formset_class({**management}, {"attachments-0-file": file}, instance=response)

    refused = attach(upload("figures.pdf", EXECUTABLE))
    assert not refused.is_valid()
    assert "figures.pdf is not a file type we accept." in str(refused.errors)
    too_big = attach(upload("figures.pdf", PDF + b"0" * MEGABYTE))
    assert "figures.pdf is larger than 1 MB" in str(too_big.errors)
    assert attach(upload("figures.pdf", PDF)).is_valid()


# --- where uploads are kept -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_uploads_have_no_address_but_their_download_view(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = DocumentFactory(agenda_item__meeting__agenda_published_at=None)  # unpublished: nobody but DS
    path = document.file.name
    assert (tmp_path / path).is_file()
    for address in (f"/media/{path}", document.file.url, f"/static/{path}", f"/{path}"):
        assert client.get(address).status_code == 404, address
    assert finders.find(path) is None
    assert client.get(document.get_absolute_url()).status_code == 404  # the one address, which checks


def test_uploads_are_kept_outside_every_static_files_folder(settings, tmp_path):
    assert check_uploads_are_outside_the_web_root() == []
    for media_root in (settings.STATIC_ROOT, Path(settings.STATICFILES_DIRS[0]) / "uploads"):
        settings.MEDIA_ROOT = media_root
        errors = check_uploads_are_outside_the_web_root()
        assert [error.id for error in errors] == ["scrutiny.E002"]
    settings.MEDIA_ROOT = tmp_path
    settings.STATIC_ROOT = tmp_path / "static"  # the other way round: static files collected into the uploads
    assert [error.id for error in check_uploads_are_outside_the_web_root()] == ["scrutiny.E002"]


def test_the_check_runs_with_the_others(settings):
    settings.MEDIA_ROOT = settings.STATIC_ROOT
    assert "scrutiny.E002" in [error.id for error in checks.run_checks()]
