"""Emails to residents and to Democratic Services: plain text from templates/participation/email/, each with
a one-line subject template beside it, through the site's one way of sending (scrutiny/emails.py). Sent by the
Celery tasks in tasks.py, never in the request."""

from django.contrib.auth import get_user_model

from scrutiny import emails
from scrutiny.roles import DEMOCRATIC_SERVICES

queue = emails.queue  # participation's workflows queue their tasks through here


def send(template: str, to: list[str], **context) -> None:
    emails.send(f"participation/email/{template}", to, **context)


def democratic_services_addresses() -> list[str]:
    users = (
        get_user_model().objects.filter(is_active=True, groups__name=DEMOCRATIC_SERVICES).exclude(email="")
    )
    return sorted({email.lower() for email in users.values_list("email", flat=True)})
