"""Backup and restore (the backup app: manage.py backup and restore).

A world with rows in every table of the project (exempt papers, history, uploaded files, search entries and
agenda packs among them) is backed up; the restore goes into a new, empty database with the uploaded files
gone, and everything must come back as it was: every row of every table, field by field (many-to-many and
history tables too), each table's next id, and every file byte for byte.

The new database is a second connection, "restored": a file beside the test's on SQLite, test_restore_<random>
on PostgreSQL, dropped afterwards. pg_dump reads only committed rows, so these tests commit theirs
(transaction=True) and pytest-django empties the database after each."""

import io
import json
import secrets
import shutil
import tarfile
from datetime import timedelta
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections, transaction
from django.db.utils import load_backend
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from backup import archive
from backup.database import DJANGO, DUMP_FILE, PG_DUMP, highest_ids
from feeds.models import AlertKind
from followup.models import ResponseAttachment
from indicators import dashboard, reports
from indicators.models import Indicator
from meetings.models import Meeting
from papers.models import AgendaPack, FrozenPaper
from scrutiny.models import CouncilAccount, Message
from search.models import SearchEntry
from tests.factories import (
    ActionFactory,
    AttendanceFactory,
    BallotCandidateFactory,
    BallotFactory,
    ChairCommentFactory,
    ChairPreviewFactory,
    ClosureDayFactory,
    CommitteeTypeFactory,
    ConfirmedSignatureFactory,
    DeclarationFactory,
    DemocraticServicesUserFactory,
    MemberQuestionFactory,
    MemberUserFactory,
    MessageFactory,
    OfficerFactory,
    PdfDocumentFactory,
    PerformanceReportFactory,
    PersonFactory,
    PetitionFactory,
    PublicQuestionFactory,
    ReportRequestFactory,
    RoomFactory,
    SignatureFactory,
    StandardItemFactory,
    SubmittedQuestionFactory,
    SubscriptionFactory,
    TargetFactory,
    TextDocumentFactory,
    VoteCastFactory,
    VoteFactory,
    keeping_in_step,
    open_data_world,
)

pytestmark = pytest.mark.django_db(transaction=True)

RESTORED = "restored"
# Words and values a careless dump would change: Welsh letters, an emoji, a form feed (as PDFs' text has),
# Windows line ends, a tab.
AWKWARD_TEXT = "Adroddiad Siân Ŵyn 😀 £1.2m\x0cpage two\r\nline\ttab"
BINARY = bytes(range(256)) * 64


def a_world_of_every_model():
    """Rows in every table of the project, with what a backup could easily lose among them."""
    # Agenda packs are built and papers read (and indexed) once, when this commits.
    with transaction.atomic(), keeping_in_step():
        w = open_data_world()
        w.team.members.set([w.officer, OfficerFactory(name="Sam Okafor", family_name="Okafor")])
        councillor = PersonFactory(name="Cllr Siân Ŵyn 😀", family_name="Ŵyn")
        AttendanceFactory(meeting=w.meeting, person=councillor)
        DeclarationFactory(meeting=w.meeting, person=councillor, text=AWKWARD_TEXT)
        PublicQuestionFactory(meeting=w.meeting)
        MemberQuestionFactory(meeting=w.meeting, asked_by=councillor)
        PetitionFactory(meeting=w.meeting)
        Meeting.objects.filter(pk=w.meeting.pk).update(room=RoomFactory(name="Ystafell Bwyllgor 😀"))
        ClosureDayFactory(reason=AWKWARD_TEXT)
        vote = VoteFactory(minute=w.minute, votes_for=3, votes_against=3, casting_vote="for")
        VoteCastFactory(vote=vote, person=councillor)
        BallotCandidateFactory(ballot=BallotFactory(minute=w.minute), person=councillor)
        StandardItemFactory(
            committee_type=CommitteeTypeFactory(name="Pwyllgor 😀"), wording=AWKWARD_TEXT[:300]
        )
        ReportRequestFactory(agenda_item=w.open_item)
        ChairCommentFactory(preview=ChairPreviewFactory(meeting=w.meeting), text=AWKWARD_TEXT)
        FrozenPaper.objects.create(
            agenda_item=w.open_item, title="Actions arising", file=SimpleUploadedFile("arising.pdf", BINARY)
        )
        PdfDocumentFactory(agenda_item=w.open_item, title="Performance report", page_count=2)
        TextDocumentFactory(agenda_item=w.open_item, title="Welsh summary", text=AWKWARD_TEXT)
        ResponseAttachment.objects.create(
            response=w.accepted, file=SimpleUploadedFile("Atodiad Siân.bin", BINARY)
        )
        w.indicator.resolutions.set([w.request])
        TargetFactory(indicator=w.indicator, value=Decimal("60.000"))
        report = PerformanceReportFactory(committee=w.committee, period=w.q2)
        reports.freeze(
            report, lines=dashboard.live_lines(Indicator.objects.for_dashboard().filter(pk=w.indicator.pk))
        )
        reports.publish(report)
        MessageFactory(about=w.action)
        subscription = SubscriptionFactory(committee=w.committee)
        Message.objects.create(
            kind=AlertKind.AGENDA,
            about=w.meeting,
            recipient=subscription.email,
            key=f"agenda:{w.meeting.pk}",
            sent_at=timezone.now(),
        )
        SubmittedQuestionFactory(meeting=w.upcoming_meeting)
        ConfirmedSignatureFactory()
        SignatureFactory()
        staff = DemocraticServicesUserFactory()  # groups and permissions of their own
        TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)  # their second factor
        member = MemberUserFactory(committee=w.committee)
        CouncilAccount.objects.create(user=member, issuer="entra:9188040d", subject="0f1e2d3c")
        LogEntry.objects.create(
            user=staff,
            content_type=ContentType.objects.get_for_model(w.action),
            object_id=str(w.action.pk),
            object_repr=str(w.action),
            action_flag=CHANGE,
            change_message='[{"changed": {"fields": ["Due date"]}}]',
        )
        session = SessionStore()
        session["signed_in"] = staff.pk
        session.create()
        axes_rows()
    # History of changes and of a deletion: the deleted action's id is then never to be handed out again.
    w.action.due_date += timedelta(days=7)
    w.action.save()
    ActionFactory(resolution=None, committee=w.committee, description="Raised in error").delete()
    default_storage.save("orphans/left-behind.txt", io.BytesIO(b"no row points here"))
    return w


def axes_rows():
    """django-axes' records of sign-ins, when it is installed."""
    if not apps.is_installed("axes"):
        return
    from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog

    seen = {"user_agent": "Firefox", "ip_address": "192.0.2.10", "username": "ds", "path_info": "/sign-in/"}
    attempt = AccessAttempt.objects.create(
        **seen, get_data="", post_data="username=ds", failures_since_start=3
    )
    AccessAttemptExpiration.objects.create(
        access_attempt=attempt, expires_at=timezone.now() + timedelta(hours=1)
    )
    AccessFailureLog.objects.create(**seen, locked_out=True)
    AccessLog.objects.create(**seen, session_hash="abc")


def every_row(connection, *, exact: bool) -> dict[str, list[tuple]]:
    """Each table's column names and then all its rows, in a fixed order. Unless `exact`, leave out what a
    restore through Django makes anew: the many-to-many links' own ids (nothing refers to them) and when
    the migrations were applied."""
    link_tables = {model._meta.db_table for model in apps.get_models(include_auto_created=True)}
    link_tables -= {model._meta.db_table for model in apps.get_models()}
    quote = connection.ops.quote_name
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            columns = [
                column.name for column in connection.introspection.get_table_description(cursor, table)
            ]
            if not exact and table in link_tables:
                columns.remove("id")
            if not exact and table == "django_migrations":
                columns = ["app", "name"]
            listed = ", ".join(quote(column) for column in columns)
            cursor.execute(f"SELECT {listed} FROM {quote(table)} ORDER BY {listed}")
            rows[table] = [tuple(columns), *cursor.fetchall()]
    return rows


def differences(backed_up: dict, restored: dict) -> dict[str, tuple]:
    """For each table whose rows differ, the first row that does: as backed up, and as restored."""
    found = {}
    for table in sorted(backed_up.keys() | restored.keys()):
        before, after = backed_up.get(table, []), restored.get(table, [])
        if before != after:
            first = next(
                (n for n, (b, a) in enumerate(zip(before, after, strict=False)) if b != a),
                min(len(before), len(after)),
            )
            found[table] = tuple(rows[first] if first < len(rows) else "(no row)" for rows in (before, after))
    return found


def every_file() -> dict[str, bytes]:
    with_files = {}
    for name in archive.stored_files():
        with default_storage.open(name, "rb") as file:
            with_files[name] = file.read()
    return with_files


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded files of this test only, so that emptying the storage empties it of these."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def restored(tmp_path):
    """A second connection, to a new database with no tables, dropped afterwards. Set in `connections`
    without settings of its own, Django takes it for one made on the fly, which a test may use."""
    default = connections["default"]
    if default.vendor == "postgresql":
        name = f"test_restore_{secrets.token_hex(4)}"
        with default.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {default.ops.quote_name(name)}")
    else:
        name = str(tmp_path / "restored.sqlite3")
    backend = load_backend(default.settings_dict["ENGINE"])
    connections[RESTORED] = backend.DatabaseWrapper({**default.settings_dict, "NAME": name}, RESTORED)
    yield connections[RESTORED]
    connections[RESTORED].close()
    del connections[RESTORED]
    if default.vendor == "postgresql":
        with default.cursor() as cursor:
            cursor.execute(f"DROP DATABASE {default.ops.quote_name(name)} WITH (FORCE)")


@pytest.mark.parametrize("method", [DJANGO, PG_DUMP])
def test_a_restore_brings_back_every_row_and_every_file(method, media, restored, tmp_path):
    if method == PG_DUMP and connection.vendor != "postgresql":
        pytest.skip(
            "pg_dump backs up PostgreSQL only; on SQLite the django method (the other case) is tested"
        )
    a_world_of_every_model()
    empty = [
        model._meta.label
        for model in apps.get_models(include_auto_created=True)
        if not model._base_manager.exists()
    ]
    assert not empty, f"the test world has no rows of {empty}: add some to a_world_of_every_model()"
    assert SearchEntry.objects.filter(exempt=True).exists()
    assert AgendaPack.objects.filter(status=AgendaPack.Status.READY).exclude(file="").count() >= 2
    rows, files, sequences = every_row(connection, exact=True), every_file(), highest_ids(connection)
    assert {name.split("/")[0] for name in files} >= {"meetings", "actions", "agenda-packs", "orphans"}

    backup = tmp_path / "backup.tar"
    call_command("backup", str(backup), method=method, stdout=io.StringIO())
    shutil.rmtree(media)
    call_command("restore", str(backup), database=RESTORED, stdout=io.StringIO())

    exact = method == PG_DUMP
    assert (
        differences(rows if exact else every_row(connection, exact=False), every_row(restored, exact=exact))
        == {}
    )
    assert highest_ids(restored) == sequences
    assert every_file() == files


def test_the_manifest_counts_every_table_and_lists_every_file(media, tmp_path):
    a_world_of_every_model()
    manifest = archive.write(tmp_path / "backup.tar")
    rows = every_row(connection, exact=True)
    del rows["django_migrations"]  # not a model's: migrate writes it
    assert manifest["tables"] == {table: len(lines) - 1 for table, lines in rows.items()}
    assert manifest["missing_files"] == []
    assert set(manifest["files"]) == set(every_file())
    with tarfile.open(tmp_path / "backup.tar") as tar:
        assert tar.getnames()[-1] == archive.MANIFEST  # written last, once everything else is in
    assert (tmp_path / "backup.tar").stat().st_mode & 0o077 == 0  # it holds exempt papers


def test_a_restore_never_goes_into_a_database_with_tables(media, tmp_path):
    PdfDocumentFactory()
    archive.write(tmp_path / "backup.tar")
    with pytest.raises(CommandError, match="already has .* tables: restore into a new, empty database"):
        call_command("restore", str(tmp_path / "backup.tar"))


def rewritten(backup, change) -> str:
    """A copy of the archive with each member's content passed through change(name, content)."""
    copy = backup.with_name("changed.tar")
    with tarfile.open(backup) as original, tarfile.open(copy, "w") as changed:
        for member in original.getmembers():
            content = change(member.name, original.extractfile(member).read())
            member.size = len(content)
            changed.addfile(member, io.BytesIO(content))
    return str(copy)


def test_a_damaged_backup_is_refused_before_anything_is_restored(media, restored, tmp_path):
    PdfDocumentFactory()
    archive.write(tmp_path / "backup.tar")

    def flip_a_bit_of_the_database(name, content):
        return content[:-1] + bytes([content[-1] ^ 1]) if name in DUMP_FILE.values() else content

    with pytest.raises(CommandError, match="is damaged"):
        call_command(
            "restore", rewritten(tmp_path / "backup.tar", flip_a_bit_of_the_database), database=RESTORED
        )
    assert restored.introspection.table_names() == []


def test_rows_go_back_only_into_the_migrations_they_were_dumped_from(media, restored, tmp_path):
    PdfDocumentFactory()
    archive.write(tmp_path / "backup.tar", method=DJANGO)

    def from_a_later_release(name, content):
        if name != archive.MANIFEST:
            return content
        manifest = json.loads(content)
        manifest["migrations"].append(["meetings", "9999_from_a_later_release"])
        return json.dumps(manifest).encode()

    later = rewritten(tmp_path / "backup.tar", from_a_later_release)
    with pytest.raises(
        CommandError, match=r"only in the backup: meetings\.9999_from_a_later_release; only here: none"
    ):
        call_command("restore", later, database=RESTORED)
    with restored.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM meetings_document")
        assert cursor.fetchone() == (0,)  # migrated, and then nothing
