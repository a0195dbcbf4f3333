"""When agenda packs are built again, and how often.

A change to a meeting's papers (a document, an agenda item, the meeting's details) or to the minutes its
pack prints (the last meeting's) asks for a rebuild. Saving a meeting in the admin saves many rows in one
transaction, so requests are gathered until the transaction commits and each meeting is rebuilt once. A
rebuild marks the meeting's packs queued and queues one build task; while they are still queued, further
requests add nothing, because the build has not read the papers yet and will see the change."""

from meetings.models import AgendaItem, Document, Meeting, Minute
from scrutiny.after_commit import Gathering
from scrutiny.keeping import AGENDA_PACKS, is_held

from .models import MAIN_KINDS, SUPPLEMENTARY_KINDS, AgendaPack
from .tasks import build_agenda_packs


def rebuild_after_commit(what: str, pk: int | None) -> None:
    """Ask for a rebuild once the transaction commits. `what` changed: ("meeting", id): its papers; ("item",
    id): an agenda item's documents; ("minutes", id) or ("minute", id): a meeting's minutes, printed in the
    pack of the committee's next meeting."""
    if pk is None or is_held(AGENDA_PACKS):
        return
    _changes.add((what, pk))


def _rebuild(changes: set[tuple[str, int]]) -> None:
    ids = {
        what: {pk for kind, pk in changes if kind == what}
        for what in ("meeting", "item", "minutes", "minute")
    }
    meeting_ids = set(ids["meeting"])
    meeting_ids |= set(AgendaItem.objects.filter(pk__in=ids["item"]).values_list("meeting_id", flat=True))
    minutes_of = ids["minutes"] | set(
        Minute.objects.filter(pk__in=ids["minute"]).values_list("meeting_id", flat=True)
    )
    for meeting in Meeting.objects.filter(pk__in=minutes_of).with_minutes_published():
        following = Meeting.objects.next_after(meeting)
        if following is not None:
            meeting_ids.add(following.pk)
    for meeting_id in sorted(meeting_ids):
        request_build(meeting_id)


_changes = Gathering("agenda_pack_rebuilds", _rebuild, again_with_each_change=True)


def request_build(meeting_id: int, *, force: bool = False) -> bool:
    """Mark the meeting's packs queued and queue their build, unless a build is already waiting (`force`:
    queue one anyway, for a build whose task was lost). The supplementary packs are built with the agenda
    packs once the meeting has a supplement. Returns whether a build was queued."""
    if not Meeting.objects.filter(pk=meeting_id).exists():
        return False
    kinds = list(MAIN_KINDS)
    if Document.objects.current().filter(agenda_item__meeting_id=meeting_id, supplement=True).exists():
        kinds += SUPPLEMENTARY_KINDS
    created = False
    for kind in kinds:
        created |= AgendaPack.objects.get_or_create(meeting_id=meeting_id, kind=kind)[1]
    packs = AgendaPack.objects.filter(meeting_id=meeting_id, kind__in=kinds)
    if not force:
        packs = packs.exclude(status=AgendaPack.Status.QUEUED)
    requeued = packs.update(status=AgendaPack.Status.QUEUED, progress=0)
    if not (created or requeued):
        return False
    build_agenda_packs.delay(meeting_id)
    return True
