"""Celery tasks for email alerts. Without a broker (the demo, the tests) they run inline.

Each task decides who is alerted about its event (put in the outbox once per address, feeds/alerts.py) and
then sends whatever is waiting, so a task that runs twice, or two that run at once, send nobody anything
twice."""

from celery import shared_task

from meetings.models import Document, Meeting
from scrutiny.notifications import emails, outbox

from . import alerts


def _send_pending() -> dict:
    sent, failed = outbox.send_pending()
    return {"sent": sent, "failed": failed}


def _meeting(meeting_id: int) -> Meeting | None:
    return Meeting.objects.select_related("committee").filter(pk=meeting_id).first()


@shared_task
def alert_agenda_published(meeting_id: int) -> dict:
    meeting = _meeting(meeting_id)
    planned = alerts.plan_agenda(meeting) if meeting else 0
    return {"planned": planned, **_send_pending()}


@shared_task
def alert_minutes_published(meeting_id: int, approved: bool) -> dict:
    meeting = _meeting(meeting_id)
    planned = alerts.plan_minutes(meeting, approved=approved) if meeting else 0
    return {"planned": planned, **_send_pending()}


@shared_task
def alert_paper_added(document_id: int) -> dict:
    document = (
        Document.objects.select_related("agenda_item__meeting__committee").filter(pk=document_id).first()
    )
    planned = alerts.plan_paper(document) if document else 0
    return {"planned": planned, **_send_pending()}


@shared_task
def alert_meeting_changed(meeting_id: int, key: str) -> dict:
    meeting = _meeting(meeting_id)
    planned = alerts.plan_notice(meeting, key) if meeting else 0
    return {"planned": planned, **_send_pending()}


@shared_task
def send_alerts() -> dict:
    """Send whatever the outbox holds (the name is kept for the beat schedules that name it)."""
    return _send_pending()


@shared_task
def send_confirmation(email: str, context: dict) -> None:
    """The email asking the owner of an address to confirm a subscription; `context` holds only
    plain values (names and links), as a task's arguments travel through the broker."""
    emails.send("feeds/email/confirm", [email], headers=emails.AUTO_SUBMITTED, **context)
