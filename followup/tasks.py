"""Celery tasks for follow-up. Without a broker (the demo, the tests) they run inline. Tasks call the
planners (chasing.py), never the reverse: workflows queue the tasks."""

from celery import shared_task

from scrutiny.notifications import outbox

from . import chasing


@shared_task
def send_notifications():
    """Send whatever the outbox holds (the name is kept for the beat schedules that name it)."""
    sent, failed = outbox.send_pending()
    return {"sent": sent, "failed": failed}


@shared_task
def chase_actions():
    report = chasing.chase()
    return {"planned": report.planned, "sent": report.sent, "failed": report.failed}
