"""Email alerts: who asked for them, and every alert decided on, so that none is ever sent twice."""

from django.db import models

from meetings.models import Document, Meeting
from scrutiny.models import Committee


class SubscriptionQuerySet(models.QuerySet):
    def wanting(self, kind: str):
        """The subscriptions that asked for alerts of `kind` (an Alert.Kind)."""
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
        "agenda": "agendas",
        "minutes_draft": "minutes",
        "minutes_approved": "minutes",
        "paper": "papers",
    }

    class Meta:
        ordering = ["committee", "email"]
        constraints = [
            models.UniqueConstraint(fields=["committee", "email"], name="one_subscription_per_address")
        ]

    def __str__(self):
        return f"{self.email}: alerts from {self.committee}"

    def wants(self, kind: str) -> bool:
        return getattr(self, self.FIELD_OF_KIND[kind])


class Alert(models.Model):
    """An alert decided on for one subscriber. Its key names the event (the meeting whose agenda was
    published, the document added …); the database refuses the same key twice for the same address."""

    class Kind(models.TextChoices):
        AGENDA = "agenda", "Agenda published"
        MINUTES_DRAFT = "minutes_draft", "Draft minutes published"
        MINUTES_APPROVED = "minutes_approved", "Minutes approved"
        PAPER = "paper", "Paper added to a published agenda"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # The address, not the subscription: unsubscribing and subscribing again must not make a sent alert
    # look unsent.
    recipient = models.EmailField()
    key = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["recipient", "key"], name="alert_sent_once")]

    def __str__(self):
        return f"{self.get_kind_display()} to {self.recipient} ({self.key})"
