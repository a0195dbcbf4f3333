"""Online petitions: submitted by a lead petitioner, published or rejected (with a reason) by Democratic
Services, signed until their closing date. A signature counts once its email address is confirmed, and an
address signs a petition once. When the confirmed signatures reach PETITION_DEBATE_THRESHOLD, Democratic
Services are told, once."""

from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from scrutiny.after_commit import after_commit

from . import tasks
from .models import OnlinePetition, Signature

Status = OnlinePetition.Status


class PetitionClosed(ValidationError):
    pass


def submit_petition(*, title: str, prayer: str, lead_petitioner: str, email: str) -> OnlinePetition:
    petition = OnlinePetition.objects.create(
        title=title, prayer=prayer, lead_petitioner=lead_petitioner, lead_petitioner_email=email
    )
    after_commit(tasks.email_petition_received.delay, petition.pk)
    return petition


def _locked(petition: OnlinePetition) -> OnlinePetition:
    return OnlinePetition.objects.select_for_update().get(pk=petition.pk)


def _refuse_unless_submitted(petition: OnlinePetition) -> None:
    if petition.status != Status.SUBMITTED:
        raise ValidationError(
            f'The petition "{petition}" is already {petition.get_status_display().lower()}.'
        )


def publish(petition: OnlinePetition, *, now=None) -> OnlinePetition:
    """Open it for signatures until its closing date: the one Democratic Services set, else
    PETITION_OPEN_MONTHS from today."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    with transaction.atomic():
        petition = _locked(petition)
        _refuse_unless_submitted(petition)
        if petition.closes_on is None:
            petition.closes_on = today + relativedelta(months=settings.PETITION_OPEN_MONTHS)
        elif petition.closes_on < today:
            raise ValidationError(
                f'The petition "{petition}" has a closing date in the past ({petition.closes_on:%-d %B %Y}): '
                "set a later one, or clear it, before publishing."
            )
        petition.status, petition.published_at = Status.PUBLISHED, now
        petition.save(update_fields=["status", "published_at", "closes_on"])
        after_commit(tasks.email_petition_decision.delay, petition.pk)
    return petition


def reject(petition: OnlinePetition, reason: str) -> OnlinePetition:
    if not reason.strip():
        raise ValidationError("Give the reason the petition is rejected: the lead petitioner is sent it.")
    with transaction.atomic():
        petition = _locked(petition)
        _refuse_unless_submitted(petition)
        petition.status, petition.rejection_reason = Status.REJECTED, reason.strip()
        petition.save(update_fields=["status", "rejection_reason"])
        after_commit(tasks.email_petition_decision.delay, petition.pk)
    return petition


def refuse_if_closed(petition: OnlinePetition, today=None) -> None:
    if not petition.is_open(today):
        raise PetitionClosed(
            f"This petition closed at the end of {petition.closes_on:%-d %B %Y}: it takes no more signatures."
            if petition.is_published
            else "This petition is not open for signatures."
        )


def sign(petition: OnlinePetition, *, name: str, email: str, postcode: str = "") -> Signature:
    """Record a signature waiting for its confirmation, and email the link that confirms it. Signing again
    with the same address records nothing new: the link is sent again (or, once confirmed, a note saying
    so), and the page says the same either way, so nobody learns from it who has signed."""
    email = email.strip().lower()
    with transaction.atomic():
        refuse_if_closed(petition)
        try:
            with transaction.atomic():
                signature = Signature.objects.create(
                    petition=petition, name=name, email=email, postcode=postcode
                )
        except IntegrityError:
            signature = Signature.objects.get(petition=petition, email=email)
        after_commit(tasks.email_signature_confirmation.delay, signature.pk)
    return signature


@dataclass(frozen=True)
class Confirmation:
    signature: Signature
    petition: OnlinePetition
    newly_confirmed: bool


def confirm(petition_id: int, token: str, *, now=None) -> Confirmation | None:
    """Confirm the signature the emailed link names; None for a link that names none. Confirming twice counts
    once. The petition's row is locked while its signatures are recounted, so signatures confirmed at the
    same moment are all counted and the threshold is announced once."""
    now = now or timezone.now()
    with transaction.atomic():
        petition = OnlinePetition.objects.select_for_update().filter(pk=petition_id).first()
        signature = (
            Signature.objects.filter(petition_id=petition_id, token=token).first() if petition else None
        )
        if signature is None:
            return None
        if signature.is_confirmed:
            return Confirmation(signature, petition, newly_confirmed=False)
        refuse_if_closed(petition, timezone.localdate(now))
        signature.confirmed_at = now
        signature.save(update_fields=["confirmed_at"])
        petition.signature_count = petition.signatures.filter(confirmed_at__isnull=False).count()
        fields = ["signature_count"]
        if (
            petition.signature_count >= settings.PETITION_DEBATE_THRESHOLD
            and not petition.debate_threshold_reached
        ):
            petition.debate_threshold_reached_at = now
            fields.append("debate_threshold_reached_at")
            after_commit(tasks.alert_debate_threshold.delay, petition.pk)
        petition.save(update_fields=fields)
    return Confirmation(signature, petition, newly_confirmed=True)


def recount(petition: OnlinePetition) -> None:
    """After signatures are removed (in the admin): the count follows; the threshold, once reached, stays."""
    with transaction.atomic():
        petition = _locked(petition)
        petition.signature_count = petition.signatures.filter(confirmed_at__isnull=False).count()
        petition.save(update_fields=["signature_count"])
