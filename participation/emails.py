"""Emails to residents and to Democratic Services: plain text from templates/participation/email/, each with
a one-line subject template beside it. Sent by the Celery tasks in tasks.py, never in the request."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from scrutiny.roles import DEMOCRATIC_SERVICES


def send(template: str, to: list[str], **context) -> None:
    context |= {"site_url": settings.SITE_URL, "council_name": settings.COUNCIL_NAME}
    name = f"participation/email/{template}"
    subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
    EmailMessage(subject=subject, body=render_to_string(f"{name}.txt", context), to=to).send()


def democratic_services_addresses() -> list[str]:
    users = (
        get_user_model().objects.filter(is_active=True, groups__name=DEMOCRATIC_SERVICES).exclude(email="")
    )
    return sorted({email.lower() for email in users.values_list("email", flat=True)})


def queue(task, *args) -> None:
    """Run `task` once the change is committed (on a worker where there is one). A failure to queue, or
    without a broker to send, is logged rather than shown to the resident: their submission is saved."""

    def delay():
        task.delay(*args)

    # A function, not a partial: Django logs a failed robust callback by its __qualname__, and without one
    # the logging itself fails, and the resident would be shown an error after all.
    delay.__qualname__ = f"{task.name}.delay"
    transaction.on_commit(delay, robust=True)
