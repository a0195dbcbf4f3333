"""Celery tasks: the emails of public participation. Without a broker (the demo, the tests) they run inline,
once the request's transaction is committed. Each takes the id of what it is about and reads it afresh."""

from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from meetings.models import PublicQuestion
from scrutiny.notifications import emails
from scrutiny.roles import democratic_services_addresses

from . import deadlines
from .models import OnlinePetition, Signature

# A mail server that is down now may be up in a minute: try again, waiting longer each time.
RETRY = {"autoretry_for": (SMTPException, OSError), "retry_backoff": 60, "max_retries": 5}


def _send(template: str, to: list[str], **context) -> None:
    emails.send(f"participation/email/{template}", to, **context)


def _question(question_id):
    return (
        PublicQuestion.objects.select_related("meeting__committee__committee_type")
        .filter(pk=question_id)
        .first()
    )


@shared_task(**RETRY)
def email_question_received(question_id):
    question = _question(question_id)
    if question is None or not question.questioner_email:
        return False
    _send(
        "question_received",
        [question.questioner_email],
        question=question,
        meeting=question.meeting,
        last_day=deadlines.last_day_for_questions(question.meeting.date, question.meeting.rules),
    )
    return True


@shared_task(**RETRY)
def email_question_decision(question_id):
    """Tell the questioner whether their question was accepted, and if not, why."""
    question = _question(question_id)
    if question is None or not question.questioner_email or question.status == question.Status.SUBMITTED:
        return False
    _send(
        f"question_{question.status}",
        [question.questioner_email],
        question=question,
        meeting=question.meeting,
    )
    return True


@shared_task(**RETRY)
def email_petition_received(petition_id):
    petition = OnlinePetition.objects.filter(pk=petition_id).first()
    if petition is None:
        return False
    _send("petition_received", [petition.lead_petitioner_email], petition=petition)
    return True


@shared_task(**RETRY)
def email_petition_decision(petition_id):
    """Tell the lead petitioner their petition is published (with its link), or why it was rejected."""
    petition = OnlinePetition.objects.filter(pk=petition_id).first()
    if petition is None or petition.status == OnlinePetition.Status.SUBMITTED:
        return False
    _send(f"petition_{petition.status}", [petition.lead_petitioner_email], petition=petition)
    return True


@shared_task(**RETRY)
def email_signature_confirmation(signature_id):
    """The link that confirms a signature; or, to an address that has already confirmed, a note saying so."""
    signature = Signature.objects.select_related("petition").filter(pk=signature_id).first()
    if signature is None:
        return False
    template = "signature_already_confirmed" if signature.is_confirmed else "signature_confirm"
    _send(template, [signature.email], signature=signature, petition=signature.petition)
    return True


@shared_task(**RETRY)
def alert_debate_threshold(petition_id):
    """Tell Democratic Services, once, that a petition has enough signatures for a debate. The petition's row
    is locked while the email goes, and marked sent in the same transaction: running this again (a retry, a
    second worker) sends nothing more."""
    with transaction.atomic():
        petition = OnlinePetition.objects.select_for_update().filter(pk=petition_id).first()
        if petition is None or not petition.debate_threshold_reached or petition.debate_alert_sent_at:
            return False
        recipients = democratic_services_addresses()
        if not recipients:
            return False  # nobody to tell yet: the flag in the admin list still shows it
        _send("debate_threshold", recipients, petition=petition, threshold=settings.PETITION_DEBATE_THRESHOLD)
        petition.debate_alert_sent_at = timezone.now()
        petition.save(update_fields=["debate_alert_sent_at"])
    return True
