"""Public questions sent online for Question Time: submitted before the deadline, then accepted or rejected
(with a reason) by Democratic Services. The questioner is emailed at each step. Only accepted questions are
ever shown to the public, and never with the questioner's email address."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from meetings.models import Meeting, PublicQuestion
from scrutiny.after_commit import after_commit

from . import deadlines, tasks

Status = PublicQuestion.Status


class QuestionsClosed(ValidationError):
    pass


def submit_question(
    meeting: Meeting, *, questioner: str, email: str, question: str, attending: bool = False, now=None
) -> PublicQuestion:
    now = now or timezone.now()
    with transaction.atomic():
        # Read afresh: the meeting may have been cancelled since the form was shown.
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        refusal = deadlines.why_questions_are_refused(meeting, now)
        if refusal:
            raise QuestionsClosed(refusal)
        last = meeting.publicquestions.aggregate(last=Max("position"))["last"] or 0
        public_question = PublicQuestion.objects.create(
            meeting=meeting,
            position=last + 1,
            questioner=questioner,
            questioner_email=email,
            question=question,
            attending=attending,
            status=Status.SUBMITTED,
            submitted_at=now,
            received_on=timezone.localdate(now),
        )
        after_commit(tasks.email_question_received.delay, public_question.pk)
    return public_question


def _decide(question: PublicQuestion, status: str, reason: str = "") -> PublicQuestion:
    with transaction.atomic():
        # Locked and read afresh, so two people deciding at once cannot both send an outcome.
        question = PublicQuestion.objects.select_for_update().select_related("meeting").get(pk=question.pk)
        if question.status != Status.SUBMITTED:
            raise ValidationError(
                f"The question by {question.questioner} for {question.meeting} is already "
                f"{question.get_status_display().lower()}."
            )
        question.status, question.rejection_reason = status, reason
        question.save(update_fields=["status", "rejection_reason"])  # refused under approved minutes
        after_commit(tasks.email_question_decision.delay, question.pk)
    return question


def accept(question: PublicQuestion) -> PublicQuestion:
    return _decide(question, Status.ACCEPTED)


def reject(question: PublicQuestion, reason: str) -> PublicQuestion:
    if not reason.strip():
        raise ValidationError("Give the reason the question is rejected: the questioner is sent it.")
    return _decide(question, Status.REJECTED, reason.strip())
