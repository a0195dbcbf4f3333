"""Celery tasks of meetings: the summons once an agenda is published. Without a broker (the demo, the tests)
they run inline, once the change is committed. (scrutiny.tasks.send_outbox sends the notices of a change.)"""

from celery import shared_task

from scrutiny.notifications import outbox

from . import summons
from .models import Meeting


@shared_task
def send_summons(meeting_id: int) -> dict:
    meeting = Meeting.objects.select_related("committee").filter(pk=meeting_id).first()
    planned = summons.plan(meeting) if meeting else 0
    sent, failed = outbox.send_pending()
    return {"planned": planned, "sent": sent, "failed": failed}
