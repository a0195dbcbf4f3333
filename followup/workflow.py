"""The life of an action: raised, answered by its officer, accepted or returned by Democratic Services, or
withdrawn. Each step locks the action's row, so two people acting at the same moment both count: responses
are rows of their own and are never overwritten, and a status change always starts from the stored one."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from meetings.models import Minute, Resolution
from scrutiny.after_commit import after_commit
from scrutiny.models import Committee, Person, Team

from . import chasing, tasks
from .clocks import default_due_date
from .models import Action, ActionResponse, Recommendation, ResponseAttachment

Status = Action.Status


@transaction.atomic
def raise_action(
    *,
    description: str,
    owner: Person | None = None,
    team: Team | None = None,
    resolution: Resolution | None = None,
    minute: Minute | None = None,
    committee: Committee | None = None,
    meeting=None,
    indicator=None,
    due_date=None,
    exempt: bool = False,
    raised_by=None,
    when=None,
    notify: bool = True,
) -> Action:
    """Record an action from a resolution, from a minute's discussion, or raised directly for a committee;
    its owner is told by email (unless it is history being loaded: `notify=False`). The due date defaults to
    ten working days before the committee's next meeting."""
    when = when or timezone.now()
    action = Action(
        created_at=when,
        description=description,
        owner=owner,
        team=team,
        resolution=resolution,
        minute=minute,
        committee=committee,
        meeting=meeting,
        indicator=indicator,
        exempt=exempt,
        raised_by=raised_by,
    )
    action.sync_from_source()
    if action.committee_id is None:
        raise ValidationError({"committee": "Say which committee asked for the action."})
    action.due_date = due_date or default_due_date(action.committee_id, timezone.localdate(when))
    action.full_clean()
    _save(action, when)
    if notify:
        tell_the_owner(action)
    return action


def tell_the_owner(action: Action) -> int:
    """Email the action's owner that it is theirs (a new owner too), once the change is committed; returns
    how many emails that adds (none if they were told already)."""
    planned = chasing.plan_assignment(action)
    if planned:
        after_commit(tasks.send_notifications.delay)
    return planned


def _locked(action: Action) -> Action:
    return Action.objects.select_for_update().select_related("committee").get(pk=action.pk)


def _save(record, when):
    record._history_date = when  # the history records when it happened, which an import may give
    record.save()


def _move(action: Action, status: str, when, **fields) -> Action:
    action.status = status
    for name, value in fields.items():
        setattr(action, name, value)
    action.version += 1
    if status in Action.CLOSED:
        action.closed_at = when
    _save(action, when)
    return action


@transaction.atomic
def submit_response(
    action: Action,
    *,
    text: str,
    kind: str = ActionResponse.Kind.ANSWER,
    responded_by: Person | None,
    submitted_by=None,
    files: Iterable = (),
    when=None,
) -> ActionResponse:
    """Log a dated response. An answer goes to Democratic Services to accept; a progress update does not."""
    when = when or timezone.now()
    action = _locked(action)
    if action.is_closed:
        raise ValidationError(
            f"Action {action.reference} is {action.get_status_display().lower()}, "
            "so it takes no more responses."
        )
    is_answer = kind == ActionResponse.Kind.ANSWER
    outcome = ActionResponse.Outcome.AWAITING_REVIEW if is_answer else ActionResponse.Outcome.NOT_FOR_REVIEW
    response = ActionResponse(
        action=action,
        kind=kind,
        text=text,
        responded_by=responded_by,
        submitted_by=submitted_by,
        submitted_at=when,
        outcome=outcome,
    )
    _save(response, when)
    for file in files:
        ResponseAttachment.objects.create(response=response, file=file)
    if is_answer:
        _move(action, Status.RESPONSE_SUBMITTED, when)
    elif action.status == Status.OPEN:
        _move(action, Status.IN_PROGRESS, when)
    return response


def _review(action: Action, outcome: str, *, user, when, reason: str = "") -> int:
    """Record the outcome on every answer awaiting review (two officers may have answered at once). No one
    reviews their own work: not an answer they wrote, nor one they logged for the officer."""
    answers = list(action.responses.awaiting_review())
    if action.status != Status.RESPONSE_SUBMITTED or not answers:
        raise ValidationError(f"Action {action.reference} has no response awaiting review.")
    if action.responses.awaiting_review().written_by(user).exists():
        raise ValidationError(
            f"You sent the answer to action {action.reference} that is awaiting review, so someone else in "
            "Democratic Services must accept or return it."
        )
    for answer in answers:  # saved one by one so the history keeps each review
        answer.outcome, answer.reviewed_by, answer.reviewed_at = outcome, user, when
        answer.return_reason = reason
        _save(answer, when)
    return len(answers)


@transaction.atomic
def accept_response(action: Action, *, user, when=None) -> Action:
    """The committee's request is answered: the action is completed."""
    when = when or timezone.now()
    action = _locked(action)
    _review(action, ActionResponse.Outcome.ACCEPTED, user=user, when=when)
    return _move(action, Status.COMPLETED, when)


@transaction.atomic
def return_response(action: Action, *, user, reason: str, when=None) -> Action:
    """The answer does not do what was asked: back to the officer, saying why."""
    if not reason.strip():
        raise ValidationError({"reason": "Enter why the response is being returned."})
    when = when or timezone.now()
    action = _locked(action)
    _review(action, ActionResponse.Outcome.RETURNED, user=user, when=when, reason=reason.strip())
    return _move(action, Status.IN_PROGRESS, when)


@transaction.atomic
def withdraw(action: Action, *, reason: str, when=None) -> Action:
    if not reason.strip():
        raise ValidationError({"reason": "Enter why the action is being withdrawn."})
    action = _locked(action)
    if action.is_closed:
        raise ValidationError(f"Action {action.reference} is already {action.get_status_display().lower()}.")
    return _move(action, Status.WITHDRAWN, when or timezone.now(), withdrawn_reason=reason.strip())


@transaction.atomic
def send_recommendation(resolution: Resolution, *, sent_on, body: str = "") -> Recommendation:
    """Start the executive's response clock on a recommendation of the committee."""
    if resolution.kind != Resolution.Kind.RECOMMENDATION:
        raise ValidationError(
            f"Resolution {resolution.reference} is not a recommendation, so no reply is owed for it."
        )
    recommendation = Recommendation(
        resolution=resolution, body=body or resolution.recommended_to, sent_on=sent_on
    )
    recommendation.full_clean()
    recommendation.save()
    return recommendation
