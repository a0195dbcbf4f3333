"""Email alerts to a committee's subscribers: an agenda published, minutes published or approved, a paper
added to an agenda already published.

Safe to repeat, as followup/chasing.py is: deciding to send an alert puts it in the outbox
(scrutiny/notifications/outbox.py) with a key that names the event (the meeting, or the document added), and
the outbox refuses the same key twice for an address, so a signal sent twice, or a task run twice, sends
nobody anything twice. One that fails stays pending and goes at the next run (`manage.py send_alerts`)."""

from urllib.parse import urlsplit

from django.conf import settings

from meetings import notices
from meetings.models import AgendaItem, Document, Meeting
from scrutiny.models import Message
from scrutiny.notifications import outbox
from scrutiny.notifications.emails import AUTO_SUBMITTED

from .models import AlertKind as Kind
from .models import Subscription
from .subscriptions import unsubscribe_path


def _record(kind: str, meeting: Meeting, key: str, document: Document | None = None) -> int:
    """Put an alert of `kind` in the outbox for every subscriber of the meeting's committee who wants it;
    returns how many are new. Keys already recorded for an address are skipped."""
    recipients = (
        Subscription.objects.filter(committee_id=meeting.committee_id)
        .wanting(kind)
        .values_list("email", flat=True)
    )
    return outbox.record(outbox.messages(kind, key, recipients, about=document or meeting))


def plan_agenda(meeting: Meeting) -> int:
    if not meeting.agenda_is_published or meeting.is_cancelled:
        return 0
    return _record(Kind.AGENDA, meeting, f"agenda:meeting-{meeting.pk}")


def plan_minutes(meeting: Meeting, *, approved: bool) -> int:
    if not meeting.minutes_are_published or (approved and not meeting.minutes_are_approved):
        return 0
    kind = Kind.MINUTES_APPROVED if approved else Kind.MINUTES_DRAFT
    return _record(kind, meeting, f"{outbox.name_of(kind)}:meeting-{meeting.pk}")


def plan_notice(meeting: Meeting, key: str) -> int:
    """A change to the meeting (meetings/notices.py), told to every subscriber of its committee under the
    change's own key."""
    recipients = Subscription.objects.filter(committee_id=meeting.committee_id).values_list(
        "email", flat=True
    )
    return outbox.record(outbox.messages(Kind.NOTICE, key, recipients, about=meeting))


def notice_audience(meeting: Meeting) -> str:
    count = Subscription.objects.filter(committee_id=meeting.committee_id).count()
    if not count:
        return ""
    return f"{count} subscriber{'' if count == 1 else 's'} to the committee's email alerts"


def is_public_paper(document: Document) -> bool:
    return Document.objects.public().filter(pk=document.pk).exists()


def plan_paper(document: Document) -> int:
    """A paper added to an agenda already published. Exempt papers are left out: an alert asks its reader to
    read the paper, and nobody the alerts go to (anyone, without signing in) may read an exempt one. The
    meeting page still lists it, as exempt, for those who look; an alert saying only "an exempt paper was
    added to item 9" would be noise to the public, and members hear of theirs from Democratic Services."""
    meeting = document.agenda_item.meeting
    if meeting.is_cancelled or not is_public_paper(document):
        return 0
    return _record(Kind.PAPER, meeting, f"paper:document-{document.pk}", document)


def _about(message: Message) -> tuple[Meeting | None, Document | None]:
    """The meeting an alert is about, and the paper added to it (for a paper's alert)."""
    if message.kind == Kind.PAPER:
        document = (
            Document.objects.select_related("agenda_item__meeting__committee")
            .filter(pk=message.about_id)
            .first()
        )
        return (document.agenda_item.meeting if document else None), document
    return Meeting.objects.select_related("committee").filter(pk=message.about_id).first(), None


def still_wanted(message: Message, meeting: Meeting | None, document: Document | None) -> bool:
    """An alert waiting to be sent (after a failure, say) is dropped once it no longer holds: its address
    unsubscribed or no longer wants that kind, or the paper has since been made exempt."""
    if meeting is None:
        return False  # deleted meanwhile
    subscription = Subscription.objects.filter(
        committee_id=meeting.committee_id, email=message.recipient
    ).first()
    if subscription is None or not subscription.wants(message.kind):
        return False
    if message.kind == Kind.PAPER:
        return is_public_paper(document)
    if message.kind == Kind.NOTICE:
        return notices.still_true(change_of(message), meeting)
    if message.kind == Kind.AGENDA:
        return meeting.agenda_is_published and not meeting.is_cancelled
    return meeting.minutes_are_published


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _event_context(kind: str, meeting: Meeting, document: Document | None) -> dict:
    """What every subscriber is told about the event: the same for each, so worked out once per event."""
    context = {
        "meeting": meeting,
        "committee": meeting.committee,
        "meeting_url": _absolute(meeting.get_absolute_url()),
    }
    if kind == Kind.AGENDA:
        # Every item by number and title; an exempt item by its paragraph too, and never anything more.
        context["agenda_items"] = list(
            AgendaItem.objects.filter(meeting=meeting).only(
                "number", "suffix", "title", "exempt", "exempt_paragraph"
            )
        )
    elif kind == Kind.NOTICE:
        context |= notices.context_of(meeting)
    elif kind == Kind.PAPER:
        context |= {
            "document": document,
            "agenda_item": document.agenda_item,
            "document_url": _absolute(document.get_absolute_url()),
        }
    return context


@outbox.writes("feeds")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    meeting, document = _about(message)
    if not still_wanted(message, meeting, document):
        return None
    event = run.once((message.kind, message.key), lambda: _event_context(message.kind, meeting, document))
    unsubscribe_url = _absolute(unsubscribe_path(meeting.committee_id, message.recipient))
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    headers = AUTO_SUBMITTED | {
        # RFC 2369 and RFC 8058: mail programs offer an unsubscribe button that POSTs to the link.
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"<{meeting.committee.slug}.alerts.{host}>",
    }
    template = f"feeds/email/{outbox.name_of(message.kind)}"
    if message.kind == Kind.NOTICE:  # the members' notice, with the subscribers' footer
        template = notices.template_of(change_of(message))
        event = event | {"footer": "feeds/email/footer.txt"}
    return outbox.Draft(template, event | {"unsubscribe_url": unsubscribe_url}, headers)


def change_of(message: Message) -> str:
    """The change a notice tells of: its key begins with the change's name (meetings/notices.key_of)."""
    return outbox.kind("meetings", message.key.partition(":")[0])
