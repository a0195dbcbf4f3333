"""Email alerts to a committee's subscribers: an agenda published, minutes published or approved, a paper
added to an agenda already published.

Safe to repeat, as followup/chasing.py is: deciding to send an alert records an Alert whose key names the
event (the meeting, or the document added), and the database refuses the same key twice for an address, so a
signal sent twice, or a task run twice, sends nobody anything twice. Each alert is marked sent inside its own
transaction; one that fails stays pending and goes at the next run (`manage.py send_alerts`)."""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from meetings.models import AgendaItem, Document, Meeting

from .models import Alert, Subscription
from .subscriptions import unsubscribe_path

logger = logging.getLogger(__name__)
Kind = Alert.Kind


def _record(kind: str, meeting: Meeting, key: str, document: Document | None = None) -> int:
    """Record an alert of `kind` for every subscriber of the meeting's committee who wants it; returns how
    many are new. Keys already recorded for an address are skipped by the database."""
    recipients = (
        Subscription.objects.filter(committee_id=meeting.committee_id)
        .wanting(kind)
        .values_list("email", flat=True)
    )
    alerts = [
        Alert(
            kind=kind,
            committee_id=meeting.committee_id,
            meeting=meeting,
            document=document,
            recipient=recipient,
            key=key,
        )
        for recipient in recipients
    ]
    before = Alert.objects.filter(key=key).count()
    Alert.objects.bulk_create(alerts, ignore_conflicts=True, batch_size=500)
    return Alert.objects.filter(key=key).count() - before


def plan_agenda(meeting: Meeting) -> int:
    if not meeting.agenda_is_published or meeting.is_cancelled:
        return 0
    return _record(Kind.AGENDA, meeting, f"agenda:meeting-{meeting.pk}")


def plan_minutes(meeting: Meeting, *, approved: bool) -> int:
    if not meeting.minutes_are_published or (approved and not meeting.minutes_are_approved):
        return 0
    kind = Kind.MINUTES_APPROVED if approved else Kind.MINUTES_DRAFT
    return _record(kind, meeting, f"{kind}:meeting-{meeting.pk}")


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


def still_wanted(alert: Alert) -> bool:
    """An alert waiting to be sent (after a failure, say) is dropped once it no longer holds: its address
    unsubscribed or no longer wants that kind, or the paper has since been made exempt."""
    subscription = Subscription.objects.filter(committee_id=alert.committee_id, email=alert.recipient).first()
    if subscription is None or not subscription.wants(alert.kind):
        return False
    if alert.kind == Kind.PAPER:
        return is_public_paper(alert.document)
    if alert.kind == Kind.AGENDA:
        return alert.meeting.agenda_is_published and not alert.meeting.is_cancelled
    return alert.meeting.minutes_are_published


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _event_context(alert: Alert) -> dict:
    """What every subscriber is told about the event: the same for each, so worked out once per event."""
    meeting = alert.meeting
    context = {
        "meeting": meeting,
        "committee": meeting.committee,
        "meeting_url": _absolute(meeting.get_absolute_url()),
    }
    if alert.kind == Kind.AGENDA:
        # Every item by number and title; an exempt item by its paragraph too, and never anything more.
        context["agenda_items"] = list(
            AgendaItem.objects.filter(meeting=meeting).only("number", "title", "exempt", "exempt_paragraph")
        )
    elif alert.kind == Kind.PAPER:
        document = alert.document
        context |= {
            "document": document,
            "agenda_item": document.agenda_item,
            "document_url": _absolute(document.get_absolute_url()),
        }
    return context


def render(alert: Alert, event_context: dict) -> EmailMessage:
    unsubscribe_url = _absolute(unsubscribe_path(alert.committee_id, alert.recipient))
    context = event_context | {
        "council_name": settings.COUNCIL_NAME,
        "site_url": settings.SITE_URL,
        "unsubscribe_url": unsubscribe_url,
    }
    template = f"feeds/email/{alert.kind}"
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    headers = {
        # RFC 2369 and RFC 8058: mail programs offer an unsubscribe button that POSTs to the link.
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"<{event_context['committee'].slug}.alerts.{host}>",
        "Auto-Submitted": "auto-generated",
    }
    return EmailMessage(subject=subject, body=body, to=[alert.recipient], headers=headers)


def send_pending() -> tuple[int, int]:
    """Send every alert not yet sent; returns (sent, failed)."""
    sent = failed = 0
    event_contexts = {}
    for pk in Alert.objects.filter(sent_at__isnull=True).values_list("pk", flat=True):
        try:
            with transaction.atomic():
                # Another worker sending the same batch skips the rows this one holds.
                alert = (
                    Alert.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("meeting__committee", "document__agenda_item")
                    .filter(pk=pk, sent_at__isnull=True)
                    .first()
                )
                if alert is None:
                    continue
                if not still_wanted(alert):
                    alert.delete()
                    continue
                if alert.key not in event_contexts:
                    event_contexts[alert.key] = _event_context(alert)
                render(alert, event_contexts[alert.key]).send()
                alert.sent_at = timezone.now()
                alert.save(update_fields=["sent_at"])
                sent += 1
        except Exception:
            logger.exception("Could not send alert %s; it will be tried again at the next run.", pk)
            failed += 1
    return sent, failed
