"""Writing and sending an email: plain text from a template, with a one-line subject template beside it
(`<name>.txt`, `<name>_subject.txt`). Celery tasks send them once the change that asks for them is committed,
never in the request; the outbox (outbox.py) writes its emails here too."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

# Mail programs and auto-responders take it as sent by a machine: no out-of-office replies to the site.
AUTO_SUBMITTED = {"Auto-Submitted": "auto-generated"}


def render(name: str, context: dict) -> tuple[str, str]:
    """The subject (on one line, however the template wraps it) and the body of templates `name`."""
    context = context | {"site_url": settings.SITE_URL, "council_name": settings.COUNCIL_NAME}
    subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
    return subject, render_to_string(f"{name}.txt", context)


def email(name: str, to: list[str], *, headers: dict | None = None, **context) -> EmailMessage:
    subject, body = render(name, context)
    return EmailMessage(subject=subject, body=body, to=to, headers=headers)


def send(name: str, to: list[str], *, headers: dict | None = None, **context) -> None:
    """Send the email of templates `name`.txt and `name`_subject.txt to `to`."""
    email(name, to, headers=headers, **context).send()
