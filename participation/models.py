"""Petitions started online: moderated by Democratic Services, signed by the public with a confirmed email
address, and presented to a meeting once they have enough signatures."""

import secrets
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


class OnlinePetitionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=OnlinePetition.Status.PUBLISHED)

    def awaiting_moderation(self):
        """Submitted and not yet published or rejected, oldest first."""
        return self.filter(status=OnlinePetition.Status.SUBMITTED).order_by("submitted_at", "pk")

    def open(self, today: date | None = None):
        return self.published().filter(closes_on__gte=today or timezone.localdate())

    def closed(self, today: date | None = None):
        return self.published().filter(closes_on__lt=today or timezone.localdate())


class OnlinePetition(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Submitted, awaiting moderation"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"

    title = models.CharField(max_length=200)
    prayer = models.TextField(
        verbose_name="what it asks the council to do", help_text="What the petition asks the council to do."
    )
    lead_petitioner = models.CharField(max_length=200)
    lead_petitioner_email = models.EmailField(help_text="Never published.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    submitted_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    closes_on = models.DateField(
        null=True,
        blank=True,
        verbose_name="closing date",
        help_text="The last day it can be signed. Left blank, publishing sets it (PETITION_OPEN_MONTHS).",
    )
    rejection_reason = models.TextField(blank=True, help_text="Sent to the lead petitioner.")
    # Kept with the petition, recounted under its lock at each confirmation, so pages need not count.
    signature_count = models.PositiveIntegerField(default=0, help_text="Confirmed signatures.")
    debate_threshold_reached_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the confirmed signatures reached the council's threshold for a debate.",
    )
    debate_alert_sent_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When Democratic Services were emailed that it reached the threshold.",
    )
    presented_as = models.ForeignKey(
        "meetings.Petition",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="online_petitions",
        verbose_name="presented to a meeting as",
        help_text="The petition as the meeting's record has it, once presented.",
    )

    objects = OnlinePetitionQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "online petition"
        indexes = [models.Index(fields=["status", "closes_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False, closes_on__isnull=False),
                name="published_petition_has_dates",
                violation_error_message="A published petition needs its publication and closing dates.",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""),
                name="rejected_petition_has_reason",
                violation_error_message="Give the reason the petition is rejected.",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        # The admin's form leaves the status out, so Django skips the constraint on the dates: without this,
        # clearing a published petition's closing date would fail on saving instead of saying why.
        if self.is_published and self.closes_on is None:
            raise ValidationError({"closes_on": "Enter the closing date: a published petition needs one."})

    def get_absolute_url(self):
        return reverse("petition-detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def is_open(self, today: date | None = None) -> bool:
        return self.is_published and self.closes_on >= (today or timezone.localdate())

    @property
    def is_closed(self) -> bool:
        return self.is_published and not self.is_open()

    @property
    def debate_threshold_reached(self) -> bool:
        return self.debate_threshold_reached_at is not None


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Signature(models.Model):
    petition = models.ForeignKey(OnlinePetition, on_delete=models.CASCADE, related_name="signatures")
    name = models.CharField(max_length=200)
    # Kept in lower case: an address signs a petition once, however it is typed.
    email = models.EmailField()
    postcode = models.CharField(max_length=8, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="A signature counts once its email address is confirmed."
    )

    class Meta:
        ordering = ["petition", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["petition", "email"],
                name="one_signature_per_email",
                violation_error_message="This email address has already signed this petition.",
            )
        ]

    def __str__(self):
        return f"{self.name}, {self.petition}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def get_confirmation_url(self):
        return reverse("signature-confirm", kwargs={"pk": self.petition_id, "token": self.token})
