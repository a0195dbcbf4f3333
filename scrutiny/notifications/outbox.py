"""The outbox: emails a planner decides on (the chasing of actions, committee alerts) and a worker sends, each
at most once.

Deciding to send an email records a Message whose kind and key name what makes it distinct; the database
refuses the same kind and key twice for an address, so planning again (a task run twice, two at once, a
signal sent twice) adds nothing. Sending writes each email from what is true when it goes (the app that
planned it registers a writer for its kinds), and marks it sent inside its own transaction, holding its row
so that two workers never send the same one; an email that fails stays pending, with the error, and goes at
the next run. A writer that finds the email no longer needed (the action answered meanwhile, the address
unsubscribed) drops it."""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from scrutiny.models import Message

from . import emails

logger = logging.getLogger(__name__)


@dataclass
class Draft:
    """What a writer says an email is: its templates (emails.py), their context and any headers."""

    template: str
    context: dict
    headers: dict | None = None


@dataclass
class Run:
    """One run of the sender: the day it writes for, and what the emails it sends share (an alert's event,
    the same for every subscriber), worked out once."""

    today: date
    shared: dict = field(default_factory=dict)

    def once(self, key, build: Callable):
        if key not in self.shared:
            self.shared[key] = build()
        return self.shared[key]


Writer = Callable[[Message, Run], Draft | None]
_writers: dict[str, Writer] = {}


def kind(app_label: str, name: str) -> str:
    """A message's kind: the app that plans it, and its own name for it."""
    return f"{app_label}.{name}"


def name_of(kind: str) -> str:
    """A kind's own name in its app: `overdue` for followup.overdue."""
    return kind.partition(".")[2]


def writes(app_label: str, *names: str):
    """Register the function that writes the emails of `app_label`'s kinds named `names`, or of all its kinds
    when none is named (it returns None for an email no longer needed). A writer for a kind comes before
    its app's: an app's modules each write their own."""

    def register(writer: Writer) -> Writer:
        for key in [kind(app_label, name) for name in names] or [app_label]:
            _writers[key] = writer
        return writer

    return register


def messages(
    kind: str, key: str, recipients: Iterable[str], about: models.Model | None = None
) -> list[Message]:
    return [Message(kind=kind, key=key, recipient=recipient, about=about) for recipient in recipients]


def record(planned: list[Message]) -> int:
    """Put the messages not recorded before in the outbox; returns how many are new. Those already recorded
    are skipped by the database: that is what makes planning again harmless."""
    if not planned:
        return 0
    same = Message.objects.filter(
        kind__in={message.kind for message in planned}, key__in={message.key for message in planned}
    )
    before = same.count()
    Message.objects.bulk_create(planned, ignore_conflicts=True, batch_size=500)
    return same.count() - before


def write(message: Message, run: Run):
    """The email for `message`, or None once it is no longer needed."""
    writer = _writers.get(message.kind) or _writers[message.kind.partition(".")[0]]
    draft = writer(message, run)
    if draft is None:
        return None
    return emails.email(draft.template, [message.recipient], headers=draft.headers, **draft.context)


def send_pending(today: date | None = None) -> tuple[int, int]:
    """Send every message not yet sent; returns (sent, failed)."""
    run = Run(today or timezone.localdate())
    sent = failed = 0
    for pk in Message.objects.pending().values_list("pk", flat=True):
        try:
            with transaction.atomic():
                # Another worker sending the same batch skips the rows this one holds.
                message = Message.objects.select_for_update(skip_locked=True).pending().filter(pk=pk).first()
                if message is None:
                    continue
                email = write(message, run)
                if email is None:
                    message.delete()
                    continue
                email.send()
                message.subject, message.body, message.sent_at = email.subject, email.body, timezone.now()
                message.attempts += 1
                message.error = ""
                message.save(update_fields=["subject", "body", "sent_at", "attempts", "error"])
                sent += 1
        except Exception as error:
            logger.exception("Could not send message %s; it will be tried again at the next run.", pk)
            Message.objects.filter(pk=pk).update(attempts=F("attempts") + 1, error=repr(error))
            failed += 1
    return sent, failed
