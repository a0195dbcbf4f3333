"""Draft minutes from the agenda: a minute for each item that needs one, numbered on through the committee's
municipal year and headed as the item, so that the clerk starts writing from the agenda rather than a blank.

Which items need a minute: every item, procedural ones included (the minutes of 23 January 2024 record
"Date of next meeting." and "Presentation of Petitions …" as minutes 55 and 51, even when nothing was
received), except the closing "Any other items …" / "Any other business": it is minuted only when something
was taken, and then the clerk adds that minute by hand."""

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import AgendaItem, Meeting, Minute

NOT_MINUTED_UNLESS_TAKEN = ("any other item", "any other business")


def needs_minute(item: AgendaItem) -> bool:
    title = item.title.strip().lower()
    return not (item.kind == AgendaItem.Kind.PROCEDURAL and title.startswith(NOT_MINUTED_UNLESS_TAKEN))


def refusal(meeting: Meeting) -> str:
    """Why draft minutes cannot be made from the agenda of `meeting` now ("" when they can)."""
    if meeting.minutes_are_published:
        return (
            f"The minutes of {meeting} are published ({meeting.get_status_display().lower()}): new minutes "
            "are not drafted from the agenda once they are."
        )
    if meeting.is_cancelled:
        return f"{meeting} was cancelled: it has no minutes."
    return ""


def draft_minutes_from_agenda(*, meeting: Meeting) -> list[Minute]:
    """Create a minute for each item of the agenda that needs one and has none yet, in the agenda's order;
    returns those created (none when run again). All of them or none."""
    with transaction.atomic():
        # Locked, so that two clerks pressing the button at once cannot both number the same minutes.
        meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
        reason = refusal(meeting)
        if reason:
            raise ValidationError(reason)
        items = (
            AgendaItem.objects.filter(meeting=meeting, minute__isnull=True)
            .order_by("number")
            .select_for_update(of=("self",))
        )
        created = []
        for item in items:
            if not needs_minute(item):
                continue
            # Minute.save numbers it on from the last minute of this meeting or the meetings before it.
            minute = Minute(meeting=meeting, agenda_item=item, heading=item.title, exempt=item.exempt)
            minute.save()
            created.append(minute)
        return created
