"""The site's emails: plain text from a template, with a one-line subject template beside it
(`<name>.txt`, `<name>_subject.txt`), sent by Celery tasks once the change that asks for them is committed,
never in the request. Public participation's and the sign-in links use it."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string


def send(name: str, to: list[str], **context) -> None:
    """Send the email of templates `name`.txt and `name`_subject.txt to `to`."""
    context |= {"site_url": settings.SITE_URL, "council_name": settings.COUNCIL_NAME}
    subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
    EmailMessage(subject=subject, body=render_to_string(f"{name}.txt", context), to=to).send()


def queue(task, *args) -> None:
    """Run `task` once the change is committed (on a worker where there is one). A failure to queue, or
    without a broker to send, is logged rather than shown to the person: what they did is saved."""

    def delay():
        task.delay(*args)

    # A function, not a partial: Django logs a failed robust callback by its __qualname__, and without one
    # the logging itself fails, and the person would be shown an error after all.
    delay.__qualname__ = f"{task.name}.delay"
    transaction.on_commit(delay, robust=True)
