"""What the service writes is readable by its own user and group only (files 0640, folders 0750), never by
other accounts on the server: uploaded papers and attachments, agenda packs, the embedded SQLite database.
(Backups are the owner's only: tests/backup/test_backup.py.)"""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import TemporaryUploadedFile

from papers import rebuilding
from papers.models import AgendaPack
from tests.factories import AgendaItemFactory, DocumentFactory, PdfDocumentFactory, ResponseAttachmentFactory

ROOT = Path(__file__).resolve().parents[2]
FILE, FOLDER = 0o640, 0o750


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes_down_to(media: Path, name: str) -> list[tuple[str, int]]:
    """The mode of the stored file and of each folder from MEDIA_ROOT down to it."""
    path = media / name
    folders = [media, *(media / parent for parent in reversed(Path(name).parents[:-1]))]
    return [(str(folder), mode(folder)) for folder in folders] + [(str(path), mode(path))]


def expected(media: Path, name: str) -> list[tuple[str, int]]:
    return [(path, FOLDER) for path, _ in modes_down_to(media, name)[:-1]] + [(str(media / name), FILE)]


@pytest.fixture
def media(settings, tmp_path):
    """A MEDIA_ROOT the storage makes itself, as on a new server."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
def test_uploaded_papers_and_attachments_are_for_the_services_user_and_group_only(media):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 report", name="report.pdf"))
    attachment = ResponseAttachmentFactory()
    # A large upload arrives in a temporary file (created 0600) that is moved into place.
    upload = TemporaryUploadedFile("appendix.pdf", "application/pdf", 0, None)
    upload.write(b"%PDF-1.4 " + b"x" * 3_000_000)
    upload.seek(0)
    large = DocumentFactory(agenda_item=document.agenda_item, file=upload)
    upload.close()  # as the request's end does: its temporary file was moved, so there is nothing to remove
    for name in (document.file.name, attachment.file.name, large.file.name):
        assert modes_down_to(media, name) == expected(media, name)


@pytest.mark.django_db
def test_agenda_packs_are_for_the_services_user_and_group_only(media):
    item = AgendaItemFactory()
    PdfDocumentFactory(agenda_item=item, marker="Alpha report", page_count=1)
    assert rebuilding.request_build(item.meeting.pk)
    packs = AgendaPack.objects.filter(meeting=item.meeting, status=AgendaPack.Status.READY)
    assert {pack.kind for pack in packs} == {AgendaPack.Kind.PUBLIC, AgendaPack.Kind.FULL}
    for pack in packs:
        assert modes_down_to(media, pack.file.name) == expected(media, pack.file.name)


CONNECT = "from django.db import connection; connection.ensure_connection()"


@pytest.mark.parametrize(
    "settings_module, command",
    [
        # The demo's: `make demo` migrates db.sqlite3 through manage.py.
        ("scrutiny.settings.dev", ["manage.py", "shell", "--no-imports", "-c", CONNECT]),
        # What gunicorn's workers load.
        ("scrutiny.settings.production", ["-c", f"import scrutiny.wsgi; {CONNECT}"]),
    ],
)
def test_a_new_sqlite_database_is_for_the_services_user_and_group_only(tmp_path, settings_module, command):
    database = tmp_path / "db.sqlite3"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": "file-modes-test-" + "x" * 50,
        "ALLOWED_HOSTS": "localhost",
    }
    # Started as a shell starts it (umask 022), not with this test run's.
    ran = subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        umask=0o022,
    )
    assert ran.returncode == 0, ran.stderr
    assert mode(database) == FILE
