"""Building a meeting's agenda item by item: inserting an item anywhere, editing, removing and moving items,
and the standard items in one step (the agenda builder, meetings/admin/agenda.py).

Each write locks the meeting and its items and is one transaction. Before the agenda is published the items
are renumbered 1, 2, 3 … after every change, through scrutiny.renumbering, which moves the changing rows out
of the way so the unique number is never held twice. Once it is published the numbers printed stay: an
item can no longer be moved or removed, and a late item takes a sub-number after the item it follows (8A,
then 8B), as councils print it. Nothing changes once the minutes are published.

Exempt items (Schedule 12A) come after the item that excludes the press and public, which is added, at the
end of the agenda, for the first of them."""

from string import ascii_uppercase

from django.core.exceptions import ValidationError
from django.db import transaction

from scrutiny.renumbering import make_way

from . import workflow
from .exemption import make_exempt
from .models import AgendaItem, Meeting, Schedule12AParagraph
from .standard_items import EXCLUSION_ITEM_SUMMARY, EXCLUSION_ITEM_TITLE

Kind = AgendaItem.Kind
# The fields of an item the builder's form edits, besides exempt and its paragraph.
EDITED_FIELDS = ("title", "kind", "report_by", "summary")


def _locked(meeting: Meeting) -> tuple[Meeting, list[AgendaItem]]:
    """The meeting and its items in order, locked until the transaction ends; refused once the minutes
    are published (they record the agenda as it was taken) or the meeting is cancelled."""
    meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
    if meeting.minutes_are_published or meeting.is_cancelled:
        state = "cancelled" if meeting.is_cancelled else "published its minutes"
        raise ValidationError(f"The agenda of {meeting} can no longer be changed: the meeting has {state}.")
    items = list(AgendaItem.objects.select_for_update().filter(meeting=meeting).order_by("number", "suffix"))
    return meeting, items


def _find(items: list[AgendaItem], item: AgendaItem | None, meeting: Meeting) -> AgendaItem | None:
    if item is None:
        return None
    for candidate in items:
        if candidate.pk == item.pk:
            return candidate
    raise ValidationError(f"That item is not on the agenda of {meeting}.")


def _refuse_if_published(meeting: Meeting, what: str) -> None:
    if meeting.agenda_is_published:
        raise ValidationError(
            f"The agenda of {meeting} is published and its numbers stay as printed, so {what}. A late item "
            "takes a sub-number after the item it follows (8A)."
        )


def _exclusion(items: list[AgendaItem]) -> AgendaItem | None:
    return next((item for item in items if item.kind == Kind.EXCLUSION), None)


def _check_exempt_order(items: list[AgendaItem]) -> None:
    """Every exempt item comes after the item that excludes the press and public, and there is one such."""
    exclusions = [item for item in items if item.kind == Kind.EXCLUSION]
    if len(exclusions) > 1:
        raise ValidationError("The agenda already has the item that excludes the press and public.")
    exclusion = exclusions[0] if exclusions else None
    position = items.index(exclusion) if exclusion else None
    for index, item in enumerate(items):
        if item.exempt and (position is None or index < position):
            raise ValidationError(
                f"Item “{item.title}” is exempt, so it comes after the item excluding the press and public."
            )


def _save_order(meeting: Meeting, items: list[AgendaItem]) -> None:
    """Number the agenda `items` in their order: 1, 2, 3 … before publication. An unsaved item among them is
    created with its number; the others are saved only when their number changes."""
    _check_exempt_order(items)
    numbers = {item.pk: (position, "") for position, item in enumerate(items, start=1)}
    moving = [item.pk for item in items if item.pk and (item.number, item.suffix) != numbers[item.pk]]
    taken = {item.number for item in items if item.pk} | set(range(1, len(items) + 1))
    make_way(AgendaItem, moving, field_name="number", taken=taken)
    for position, item in enumerate(items, start=1):
        if item.pk is None:
            item.number, item.suffix = position, ""
            item.save()
        elif item.pk in moving:
            item.number, item.suffix = numbers[item.pk]
            item.save(update_fields=["number", "suffix"])


def _late_reference(items: list[AgendaItem], after: AgendaItem) -> tuple[int, str]:
    """The sub-number of a late item after `after`: the next letter after `after`'s number (8A, 8B …)."""
    used = {item.suffix for item in items if item.number == after.number}
    letter = next((letter for letter in ascii_uppercase if letter not in used), None)
    if letter is None:
        raise ValidationError(f"Item {after.number} already has {len(ascii_uppercase)} late items after it.")
    return after.number, letter


def _place_late(items: list[AgendaItem], new: AgendaItem, after: AgendaItem | None) -> None:
    """Give `new` a sub-number after `after` on a published agenda, save it, and put it in `items`."""
    if after is None:
        raise ValidationError(
            "The numbers of a published agenda stay as printed, so a late item follows one of them: choose "
            "the item it comes after."
        )
    new.number, new.suffix = _late_reference(items, after)
    group_end = max(index for index, item in enumerate(items) if item.number == after.number)
    items.insert(group_end + 1, new)
    _check_exempt_order(items)
    new.save()


def _exclusion_item(meeting: Meeting) -> AgendaItem:
    return AgendaItem(
        meeting=meeting, title=EXCLUSION_ITEM_TITLE, summary=EXCLUSION_ITEM_SUMMARY, kind=Kind.EXCLUSION
    )


def _ensure_exclusion(meeting: Meeting, items: list[AgendaItem]) -> AgendaItem:
    """The item excluding the press and public, added at the end of the agenda when there is none yet."""
    exclusion = _exclusion(items)
    if exclusion is not None:
        return exclusion
    exclusion = _exclusion_item(meeting)
    if meeting.agenda_is_published:
        _place_late(items, exclusion, items[-1] if items else None)
    else:
        items.append(exclusion)
    return exclusion


def _check_fields(*, title: str, exempt: bool, exempt_paragraph: int | None, kind: str) -> str:
    title = (title or "").strip()
    limit = AgendaItem._meta.get_field("title").max_length
    if not title:
        raise ValidationError("An item needs a title.")
    if len(title) > limit:
        raise ValidationError(f"An item's title is at most {limit} characters; this one has {len(title)}.")
    if kind not in Kind.values:
        raise ValidationError(f"An item is of one of these kinds: {', '.join(Kind.labels)}.")
    if exempt and exempt_paragraph not in Schedule12AParagraph.values:
        raise ValidationError("An exempt item needs the Schedule 12A paragraph that applies.")
    if exempt and kind == Kind.EXCLUSION:
        raise ValidationError("The item that excludes the press and public is not itself exempt.")
    return title


@transaction.atomic
def insert_item(
    *,
    meeting: Meeting,
    after: AgendaItem | None,
    title: str,
    kind: str = Kind.REPORT,
    report_by: str = "",
    summary: str = "",
    exempt: bool = False,
    exempt_paragraph: int | None = None,
) -> AgendaItem:
    """Add an item after `after` (at the start when None). An exempt item goes after the item excluding the
    press and public, added for it if need be. After publication the item takes a sub-number (8A)."""
    title = _check_fields(title=title, exempt=exempt, exempt_paragraph=exempt_paragraph, kind=kind)
    meeting, items = _locked(meeting)
    after = _find(items, after, meeting)
    if kind == Kind.EXCLUSION and _exclusion(items) is not None:
        raise ValidationError("The agenda already has the item that excludes the press and public.")
    new = AgendaItem(meeting=meeting, title=title, kind=kind, report_by=report_by.strip(), summary=summary)
    if exempt:
        exclusion = _ensure_exclusion(meeting, items)
        if after is None or items.index(after) < items.index(exclusion):
            after = exclusion  # an exempt item is taken once the public have gone
        new.exempt, new.exempt_paragraph = True, exempt_paragraph
    if meeting.agenda_is_published:
        _place_late(items, new, after)
    else:
        items.insert(items.index(after) + 1 if after else 0, new)
        _save_order(meeting, items)
    return new


@transaction.atomic
def edit_item(
    *,
    item: AgendaItem,
    title: str,
    kind: str,
    report_by: str = "",
    summary: str = "",
    exempt: bool = False,
    exempt_paragraph: int | None = None,
) -> AgendaItem:
    """Change what an item says. An item made exempt moves below the item excluding the press and public
    (added if need be) before publication; after it, it must already come after that item."""
    title = _check_fields(title=title, exempt=exempt, exempt_paragraph=exempt_paragraph, kind=kind)
    meeting, items = _locked(item.meeting)
    item = _find(items, item, meeting)
    if kind == Kind.EXCLUSION and item.kind != Kind.EXCLUSION and _exclusion(items) is not None:
        raise ValidationError("The agenda already has the item that excludes the press and public.")
    item.title, item.kind, item.report_by, item.summary = title, kind, report_by.strip(), summary
    if not exempt:
        item.exempt, item.exempt_paragraph = False, None
    _check_exempt_order(items)  # e.g. the exclusion item made an ordinary one while exempt items follow it
    item.save(update_fields=[*EDITED_FIELDS, "exempt", "exempt_paragraph"])
    if exempt:
        exclusion = _ensure_exclusion(meeting, items)
        if items.index(item) < items.index(exclusion):
            _refuse_if_published(
                meeting,
                f"item {item.reference} cannot become exempt before item "
                f"{exclusion.reference}, which excludes the press and public",
            )
            items.remove(item)
            items.insert(items.index(exclusion) + 1, item)
            # For the order's check (and the papers withheld on saving); make_exempt stores them.
            item.exempt, item.exempt_paragraph = True, exempt_paragraph
            _save_order(meeting, items)
        item = make_exempt(item, paragraph=exempt_paragraph)
    return item


@transaction.atomic
def remove_item(*, item: AgendaItem) -> None:
    """Delete an item of an unpublished agenda and renumber those after it."""
    meeting, items = _locked(item.meeting)
    item = _find(items, item, meeting)
    _refuse_if_published(meeting, f"item {item.reference} cannot be removed")
    items.remove(item)
    _check_exempt_order(items)
    item.delete()
    _save_order(meeting, items)


@transaction.atomic
def move_item(*, item: AgendaItem, by: int) -> AgendaItem:
    """Move an item up (by=-1) or down (by=1) the unpublished agenda."""
    meeting, items = _locked(item.meeting)
    item = _find(items, item, meeting)
    _refuse_if_published(meeting, "its items cannot be moved")
    index = items.index(item)
    if not 0 <= index + by < len(items):
        raise ValidationError(f"Item {item.reference} is already {'first' if by < 0 else 'last'}.")
    items.insert(index + by, items.pop(index))
    _save_order(meeting, items)
    return item


@transaction.atomic
def reorder(*, meeting: Meeting, order: list[int]) -> None:
    """Put the unpublished agenda's items in `order` (their ids, as dragged and dropped)."""
    meeting, items = _locked(meeting)
    _refuse_if_published(meeting, "its items cannot be moved")
    by_id = {item.pk: item for item in items}
    if sorted(order) != sorted(by_id):
        raise ValidationError("The agenda changed while you were ordering it: reload the page and try again.")
    _save_order(meeting, [by_id[pk] for pk in order])


@transaction.atomic
def add_standard_items(*, meeting: Meeting) -> int:
    """The standard procedural items, before publication; those that close the agenda come before the item
    excluding the press and public. Returns how many were added."""
    meeting, items = _locked(meeting)
    if meeting.agenda_is_published or meeting.status != Meeting.Status.SCHEDULED:
        raise ValidationError(
            f"The standard items cannot be added to the agenda of {meeting}: the meeting is "
            f"{meeting.get_status_display().lower()}, and items are added only before the agenda is "
            "published (adding them renumbers every item)."
        )
    added = workflow.add_standard_items(meeting)
    exclusion = _exclusion(items)
    if added and exclusion is not None:
        ordered = list(AgendaItem.objects.filter(meeting=meeting).order_by("number", "suffix"))
        cut = next(index for index, item in enumerate(ordered) if item.pk == exclusion.pk)
        before = {item.pk for item in items}
        private = [item for item in ordered[cut:] if item.pk in before]
        closing = [item for item in ordered[cut:] if item.pk not in before]
        _save_order(meeting, ordered[:cut] + closing + private)
    return added
