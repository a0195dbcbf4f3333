"""Papers uploaded on an agenda item, several at once; replaced and removed.

Before the agenda is published a paper is replaced in place, and removed outright. Once it is published the
agenda and its pack are the public record: a paper is never removed, and replacing one adds the new version as
a supplement (in the supplementary pack, announced to subscribers) while the old one is kept as published,
marked superseded by it. Each step locks the meeting, so two clerks never number or replace at once, and is
all or nothing: a file stored for a step that fails is deleted again."""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max

from meetings.models import AgendaItem, Document, Meeting
from scrutiny.after_commit import after_commit

from . import supplements

# What one upload may hold: a clerk's papers for an item, not an archive.
MAX_FILES = 20


@dataclass(frozen=True)
class NewPaper:
    file: UploadedFile
    title: str
    kind: str = Document.Kind.REPORT
    exempt: bool = False
    exempt_paragraph: int | None = None


def _open_meeting(meeting_id: int) -> Meeting:
    meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting_id)
    if meeting.is_cancelled:
        raise ValidationError(f"{meeting} is cancelled: its papers cannot change.")
    if meeting.minutes_are_approved:
        raise ValidationError(f"The minutes of {meeting} are approved: its papers cannot change.")
    return meeting


def _late_reason(meeting: Meeting, reason: str, now: datetime | None) -> str:
    reason = reason.strip()
    if supplements.needs_late_reason(meeting, now=now) and not reason:
        raise ValidationError(
            f"The publication deadline of {meeting} ({meeting.publication_deadline:%-d %B %Y}) has passed: "
            "a paper added now is late and needs the Chairman's reason for urgency."
        )
    return reason if supplements.is_supplement(meeting) else ""


def _delete_files_on_failure(documents: list[Document]):
    for document in documents:
        if document.file.name:
            document.file.storage.delete(document.file.name)


def _delete_file_after_commit(name: str, storage) -> None:
    if name:
        after_commit(storage.delete, name)


@transaction.atomic
def add_papers(
    *, item: AgendaItem, papers: list[NewPaper], late_reason: str = "", now: datetime | None = None
) -> list[Document]:
    """Add the papers to the item, after its others, in the order given."""
    if not papers:
        raise ValidationError("Choose at least one file to upload.")
    if len(papers) > MAX_FILES:
        raise ValidationError(f"Upload at most {MAX_FILES} files at once.")
    meeting = _open_meeting(item.meeting_id)
    reason = _late_reason(meeting, late_reason, now)
    supplement = supplements.is_supplement(meeting)
    last = item.documents.aggregate(last=Max("position"))["last"] or 0
    added: list[Document] = []
    try:
        for position, paper in enumerate(papers, start=last + 1):
            document = Document(
                agenda_item=item,
                title=paper.title,
                kind=paper.kind,
                file=paper.file,
                position=position,
                exempt=paper.exempt,
                exempt_paragraph=paper.exempt_paragraph if paper.exempt else None,
                supplement=supplement,
                late_reason=reason,
            )
            document.agenda_item.meeting = meeting
            document.full_clean()
            added.append(document)
            document.save()
    except Exception:
        _delete_files_on_failure(added)
        raise
    return added


@transaction.atomic
def replace_paper(
    *, document: Document, file: UploadedFile, late_reason: str = "", now: datetime | None = None
) -> Document:
    """Replace the paper's file; returns the paper that now holds it (after publication, a new supplement)."""
    meeting = _open_meeting(AgendaItem.objects.get(pk=document.agenda_item_id).meeting_id)
    document = Document.objects.select_for_update().select_related("agenda_item").get(pk=document.pk)
    if document.superseded_by_id:
        raise ValidationError(f'"{document.title}" was replaced already: replace its newest version.')
    reason = _late_reason(meeting, late_reason, now)
    if not supplements.is_supplement(meeting):
        old_name, storage = document.file.name, document.file.storage
        document.file = file
        try:
            document.save()
        except Exception:
            _delete_files_on_failure([document])
            raise
        _delete_file_after_commit(old_name, storage)
        return document
    new = Document(
        agenda_item=document.agenda_item,
        title=document.title,
        kind=document.kind,
        file=file,
        position=document.position,
        exempt=document.exempt,
        exempt_paragraph=document.exempt_paragraph,
        supplement=True,
        late_reason=reason,
    )
    try:
        new.save()
        document.superseded_by = new
        document.save(update_fields=["superseded_by"])
    except Exception:
        _delete_files_on_failure([new])
        raise
    return new


@transaction.atomic
def remove_paper(*, document: Document) -> None:
    """Remove a paper from an agenda not yet published, and its file once that is committed."""
    item = AgendaItem.objects.get(pk=document.agenda_item_id)
    meeting = _open_meeting(item.meeting_id)
    if meeting.agenda_is_published:
        raise ValidationError(
            f'"{document.title}" was published with the agenda and is kept: replace it with a supplement '
            "instead."
        )
    document = Document.objects.select_for_update().get(pk=document.pk)
    name, storage = document.file.name, document.file.storage
    document.delete()
    _delete_file_after_commit(name, storage)


@transaction.atomic
def give_late_reason(*, document: Document, reason: str) -> Document:
    """Record the reason for urgency of a late supplement (one added without it by another way)."""
    item = AgendaItem.objects.get(pk=document.agenda_item_id)
    _open_meeting(item.meeting_id)
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give the Chairman's reason for urgency.")
    document = Document.objects.select_for_update().get(pk=document.pk)
    if not document.supplement:
        raise ValidationError(f'"{document.title}" is not a supplement: it needs no reason for urgency.')
    document.late_reason = reason
    document.save(update_fields=["late_reason"])
    return document
