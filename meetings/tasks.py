"""Celery tasks of meetings: sending the notices of a change to a meeting. Without a broker (the demo, the
tests) they run inline, once the change is committed."""

from celery import shared_task

from scrutiny.notifications import outbox


@shared_task
def send_notices() -> dict:
    """Send what the outbox holds (the notices just planned, and whatever else waits)."""
    sent, failed = outbox.send_pending()
    return {"sent": sent, "failed": failed}
