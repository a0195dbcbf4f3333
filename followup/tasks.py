"""Celery tasks for follow-up. Without a broker (the demo, the tests) they run inline."""

from celery import shared_task

from . import chasing


@shared_task
def send_notifications():
    sent, failed = chasing.send_pending()
    return {"sent": sent, "failed": failed}


@shared_task
def chase_actions():
    report = chasing.chase()
    return {"planned": report.planned, "sent": report.sent, "failed": report.failed}
