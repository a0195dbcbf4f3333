"""Notices of a change to a meeting — cancelled, postponed, moved, or an extraordinary meeting called — to the
committee's members and its subscribers, through the outbox (scrutiny/notifications/outbox.py).

The members are told from here; the subscribers by the app that keeps them, which answers the
`meeting_changed` signal (meetings knows nothing of it). Each change has its own key, so a meeting moved
twice tells everyone twice, and planning the same change again tells nobody anything twice."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from scrutiny.after_commit import after_commit
from scrutiny.models import Membership, Message
from scrutiny.notifications import outbox
from scrutiny.notifications.emails import AUTO_SUBMITTED
from scrutiny.tasks import send_outbox

from . import signals
from .models import Meeting


class Change(models.TextChoices):
    CANCELLED = outbox.kind("meetings", "cancelled"), "cancelled"
    POSTPONED = outbox.kind("meetings", "postponed"), "postponed"
    MOVED = outbox.kind("meetings", "moved"), "moved"
    CALLED = outbox.kind("meetings", "extraordinary"), "extraordinary meeting called"


def members_told(meeting: Meeting):
    """The committee's members on the day of the meeting who have an address to write to."""
    return (
        Membership.objects.filter(committee_id=meeting.committee_id)
        .current(meeting.date)
        .exclude(person__email="")
        .for_committee_page()
    )


def audience(meeting: Meeting) -> list[str]:
    """Who will be told of a change, in words, for the clerk's confirmation."""
    names = [membership.person.name for membership in members_told(meeting)]
    told = [f"The committee's members ({', '.join(names)})" if names else "No member (none has an address)"]
    for _, answer in signals.notice_audience.send(sender=Meeting, meeting=meeting):
        if answer:
            told.append(answer)
    return told


def key_of(change: Change, meeting: Meeting) -> str:
    """A key of its own for each change, even to the same meeting."""
    return f"{outbox.name_of(change)}:meeting-{meeting.pk}:{timezone.now():%Y%m%dT%H%M%S%f}"


def plan(change: Change, meeting: Meeting) -> str:
    """Put the notice to the members in the outbox (in the change's transaction) and, once it is committed,
    ask for the subscribers' and send them all. Returns the change's key."""
    key = key_of(change, meeting)
    addresses = {membership.person.email.lower() for membership in members_told(meeting)}
    outbox.record(outbox.messages(change, key, sorted(addresses), about=meeting))
    after_commit(signals.meeting_changed.send, sender=Meeting, meeting=meeting, change=change, key=key)
    after_commit(send_outbox.delay)
    return key


def context_of(meeting: Meeting) -> dict:
    """What a notice says: the same for a member and a subscriber."""
    return {
        "meeting": meeting,
        "committee": meeting.committee,
        "meeting_url": f"{settings.SITE_URL}{meeting.get_absolute_url()}",
    }


def still_true(change: str, meeting: Meeting | None) -> bool:
    """A notice waiting to be sent is dropped once the meeting is gone, or cancelled after being moved."""
    if meeting is None:
        return False
    return change == Change.CANCELLED or not meeting.is_cancelled


def template_of(change: str) -> str:
    return f"meetings/email/{outbox.name_of(change)}"


@outbox.writes("meetings", "cancelled", "postponed", "moved", "extraordinary")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    meeting = Meeting.objects.select_related("committee", "room").filter(pk=message.about_id).first()
    if not still_true(message.kind, meeting):
        return None
    context = run.once(("meeting", meeting.pk), lambda: context_of(meeting))
    return outbox.Draft(template_of(message.kind), context, AUTO_SUBMITTED)
