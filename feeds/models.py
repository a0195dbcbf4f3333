"""Email alerts: who asked for them. The alerts decided on wait in the outbox (scrutiny.Message)."""

from django.db import models

from scrutiny.models import Committee
from scrutiny.notifications import outbox


class AlertKind(models.TextChoices):
    AGENDA = outbox.kind("feeds", "agenda"), "Agenda published"
    MINUTES_DRAFT = outbox.kind("feeds", "minutes_draft"), "Draft minutes published"
    MINUTES_APPROVED = outbox.kind("feeds", "minutes_approved"), "Minutes approved"
    PAPER = outbox.kind("feeds", "paper"), "Paper added to a published agenda"
    # A meeting cancelled, postponed or moved, or an extraordinary one called: every subscriber is told.
    NOTICE = outbox.kind("feeds", "notice"), "Meeting cancelled, postponed, moved or called"


class SubscriptionQuerySet(models.QuerySet):
    def wanting(self, kind: str):
        """The subscriptions that asked for alerts of `kind` (an AlertKind)."""
        return self.filter(**{Subscription.FIELD_OF_KIND[kind]: True})


class Subscription(models.Model):
    """A confirmed request for email alerts about a committee. It is only made once the owner of the
    address has confirmed it (feeds/subscriptions.py), and unsubscribing deletes it."""

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="alert_subscriptions")
    email = models.EmailField(help_text="Stored in lower case.")
    agendas = models.BooleanField(default=False, help_text="When an agenda is published.")
    minutes = models.BooleanField(
        default=False, help_text="When minutes are published in draft and when they are approved."
    )
    papers = models.BooleanField(
        default=False, help_text="When a paper is added to an agenda that is already published."
    )
    confirmed_at = models.DateTimeField()

    objects = SubscriptionQuerySet.as_manager()

    # Which field says a subscriber wants each kind of alert.
    FIELD_OF_KIND = {
        AlertKind.AGENDA: "agendas",
        AlertKind.MINUTES_DRAFT: "minutes",
        AlertKind.MINUTES_APPROVED: "minutes",
        AlertKind.PAPER: "papers",
    }

    class Meta:
        ordering = ["committee", "email"]
        constraints = [
            models.UniqueConstraint(fields=["committee", "email"], name="one_subscription_per_address")
        ]

    def __str__(self):
        return f"{self.email}: alerts from {self.committee}"

    def wants(self, kind: str) -> bool:
        return kind == AlertKind.NOTICE or getattr(self, self.FIELD_OF_KIND[kind])
