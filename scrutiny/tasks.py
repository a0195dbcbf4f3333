"""Celery tasks of the core: the emails with a link to set a password. Without a broker (the demo, the
tests) they run inline, once the request's transaction is committed."""

from smtplib import SMTPException

from celery import shared_task
from django.contrib.auth import get_user_model

from .notifications import emails, outbox
from .password_links import link_days, set_password_link

# A mail server that is down now may be up in a minute: try again, waiting longer each time.
RETRY = {"autoretry_for": (SMTPException, OSError), "retry_backoff": 60, "max_retries": 5}


@shared_task(**RETRY)
def email_password_link(user_id: int, purpose: str) -> bool:
    """The invitation or the reset asked for, with a link to set a password made here, on the worker: no
    token travels through the broker, and it is made from the user as they are when it is sent."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).select_related("person").first()
    if user is None or not user.email:
        return False
    emails.send(
        f"registration/email/{purpose}",
        [user.email],
        user=user,
        link=set_password_link(user),
        days=link_days(),
    )
    return True


@shared_task
def send_outbox():
    """Send whatever the outbox holds (scrutiny/notifications/outbox.py): queued once a change that put
    emails in it is committed."""
    sent, failed = outbox.send_pending()
    return {"sent": sent, "failed": failed}
