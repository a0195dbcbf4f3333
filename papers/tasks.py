"""Background work on papers: reading the text of an uploaded document, and building a meeting's agenda packs.

Without a broker (the demo, the tests) these run inline, in the request that queued them."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from meetings.models import AgendaItem, Document, Meeting

from .extraction import text_of
from .models import AgendaPack, DocumentText, agenda_pack_upload_to
from .packs import BuiltPacks, PackBuilder

logger = logging.getLogger(__name__)
Status = AgendaPack.Status


@shared_task
def extract_text(document_id: int) -> int:
    """Read the document's text into DocumentText; returns its length (0 if the document has gone)."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None or not document.file:
        return 0
    with document.file.open("rb") as file:
        text, pages = text_of(document.file.name, file.read())
    DocumentText.objects.update_or_create(
        document=document, defaults={"text": text, "pages": pages, "extracted_at": timezone.now()}
    )
    return len(text)


@shared_task
def build_agenda_packs(meeting_id: int) -> str:
    """Build the meeting's public and full packs if they are queued; returns what happened."""
    claimed = AgendaPack.objects.filter(meeting_id=meeting_id, status=Status.QUEUED).update(
        status=Status.BUILDING, progress=0, error=""
    )
    if not claimed:
        return "nothing queued"  # another worker has them, or nothing changed
    meeting = Meeting.objects.select_related("committee", "contact_officer").filter(pk=meeting_id).first()
    if meeting is None:
        return "meeting deleted"
    building = AgendaPack.objects.filter(meeting_id=meeting_id, status=Status.BUILDING)
    reported = 0

    def progress(percent: int):
        nonlocal reported
        if percent != reported:
            building.update(progress=percent)
            reported = percent

    try:
        built = PackBuilder(
            meeting, pad_to_odd_pages=settings.PACK_PAD_TO_ODD_PAGES, progress=progress
        ).build()
    except Exception as error:
        # Whatever went wrong is recorded on the packs for Democratic Services to see; raised, it would
        # reach the request that saved the paper (tasks run inline without a broker) after its commit.
        logger.exception("The agenda packs of %s could not be built", meeting)
        building.update(status=Status.FAILED, progress=0, error=f"{type(error).__name__}: {error}"[:2000])
        return "failed"
    return _store(meeting, built)


def _store(meeting: Meeting, built: BuiltPacks) -> str:
    """Keep the new files and the page ranges, unless the papers changed while they were being built: then
    the packs are queued again and this build is thrown away."""
    packs = list(
        AgendaPack.objects.filter(meeting=meeting, status=Status.BUILDING).select_related(
            "meeting__committee"
        )
    )
    storage = AgendaPack._meta.get_field("file").storage
    saved = {
        pack.pk: storage.save(
            agenda_pack_upload_to(pack, f"agenda-pack-{pack.kind}.pdf"), ContentFile(built.pdfs[pack.kind])
        )
        for pack in packs
    }
    with transaction.atomic():
        stored = sum(
            AgendaPack.objects.filter(pk=pack.pk, status=Status.BUILDING).update(
                status=Status.READY,
                progress=100,
                file=saved[pack.pk],
                pages=built.pages,
                size=len(built.pdfs[pack.kind]),
                exempt_papers=built.exempt_papers,
                built_at=timezone.now(),
                error="",
            )
            for pack in packs
        )
        superseded = not packs or stored != len(packs)
        if superseded:
            transaction.set_rollback(True)
        else:
            for item_id, (start, end) in built.ranges.items():
                AgendaItem.objects.filter(pk=item_id).update(page_start=start, page_end=end)
    old_files = [] if superseded else [pack.file.name for pack in packs if pack.file]
    for name in saved.values() if superseded else old_files:
        storage.delete(name)
    return "superseded" if superseded else "ready"
