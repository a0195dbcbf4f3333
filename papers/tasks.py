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
from .models import MAIN_KINDS, SUPPLEMENTARY_KINDS, AgendaPack, DocumentText, agenda_pack_upload_to
from .packs import BuiltPacks, PackBuilder, SupplementaryPackBuilder

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
    """Build the meeting's queued packs (the public and full agenda packs, and the supplementary packs when
    it has supplements); returns what happened."""
    claimed = AgendaPack.objects.filter(meeting_id=meeting_id, status=Status.QUEUED).update(
        status=Status.BUILDING, progress=0, error=""
    )
    if not claimed:
        return "nothing queued"  # another worker has them, or nothing changed
    meeting = Meeting.objects.select_related("committee", "contact_officer").filter(pk=meeting_id).first()
    if meeting is None:
        return "meeting deleted"
    building = AgendaPack.objects.filter(meeting_id=meeting_id, status=Status.BUILDING)
    kinds = set(building.values_list("kind", flat=True))
    reported = 0

    def progress(percent: int):
        nonlocal reported
        if percent != reported:
            building.update(progress=percent)
            reported = percent

    builds = []
    try:
        for pack_kinds, builder in (
            (MAIN_KINDS, PackBuilder),
            (SUPPLEMENTARY_KINDS, SupplementaryPackBuilder),
        ):
            if kinds & set(pack_kinds):
                built = builder(meeting, pad_to_odd_pages=settings.PACK_PAD_TO_ODD_PAGES, progress=progress)
                builds.append((pack_kinds, built.build()))
    except Exception as error:
        # Whatever went wrong is recorded on the packs for Democratic Services to see; raised, it would
        # reach the request that saved the paper (tasks run inline without a broker) after its commit.
        logger.exception("The agenda packs of %s could not be built", meeting)
        building.update(status=Status.FAILED, progress=0, error=f"{type(error).__name__}: {error}"[:2000])
        return "failed"
    return _store(meeting, builds)


def _store(meeting: Meeting, builds: list[tuple[tuple, BuiltPacks]]) -> str:
    """Keep the new files and the page ranges (of the agenda pack), unless the papers changed while they were
    being built: then the packs are queued again and this build is thrown away."""
    # Each pack's kind to its PDF, its pages and its exempt papers: (public, full) of each build.
    outputs = {
        pack_kind: (built.pdfs[kind], built.pages, built.exempt_papers)
        for pack_kinds, built in builds
        for pack_kind, kind in zip(pack_kinds, MAIN_KINDS, strict=True)
    }
    ranges = next((built.ranges for pack_kinds, built in builds if pack_kinds == MAIN_KINDS), {})
    packs = list(
        AgendaPack.objects.filter(meeting=meeting, status=Status.BUILDING, kind__in=outputs).select_related(
            "meeting__committee"
        )
    )
    storage = AgendaPack._meta.get_field("file").storage
    saved = {
        pack.pk: storage.save(
            agenda_pack_upload_to(pack, f"agenda-pack-{pack.kind}.pdf"), ContentFile(outputs[pack.kind][0])
        )
        for pack in packs
    }
    with transaction.atomic():
        stored = sum(
            AgendaPack.objects.filter(pk=pack.pk, status=Status.BUILDING).update(
                status=Status.READY,
                progress=100,
                file=saved[pack.pk],
                pages=outputs[pack.kind][1],
                size=len(outputs[pack.kind][0]),
                exempt_papers=outputs[pack.kind][2],
                built_at=timezone.now(),
                error="",
            )
            for pack in packs
        )
        superseded = not packs or stored != len(packs)
        if superseded:
            transaction.set_rollback(True)
        else:
            for item_id, (start, end) in ranges.items():
                AgendaItem.objects.filter(pk=item_id).update(page_start=start, page_end=end)
    old_files = [] if superseded else [pack.file.name for pack in packs if pack.file]
    for name in saved.values() if superseded else old_files:
        storage.delete(name)
    return "superseded" if superseded else "ready"
