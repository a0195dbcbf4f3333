"""Chasing: email on assignment, a reminder before the due date, weekly chasing of overdue actions, and a
weekly digest to Democratic Services.

Safe to run as often as wanted (the `chase_actions` command, or the Celery beat task): deciding to send a
message puts it in the outbox (scrutiny/notifications/outbox.py) with a key that names what makes it distinct
(the owner assigned, the due date reminded of, the week chased in), and the outbox refuses the same key twice.
It is written when it is sent (`write`), from the action as it is then; a message that fails stays pending
and goes at the next run."""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from scrutiny.models import Message
from scrutiny.notifications import outbox
from scrutiny.roles import democratic_services_addresses
from scrutiny.working_days import working_days_after

from .models import Action, ActionResponse, Recommendation


class Kind(models.TextChoices):
    ASSIGNED = outbox.kind("followup", "assigned"), "Action assigned"
    REMINDER = outbox.kind("followup", "reminder"), "Reminder before the due date"
    OVERDUE = outbox.kind("followup", "overdue"), "Overdue"
    DIGEST = outbox.kind("followup", "digest"), "Weekly digest to Democratic Services"


@dataclass
class ChaseReport:
    planned: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    failed: int = 0


def recipients_of(action: Action) -> list[str]:
    """Who answers for the action: its officer, or its team's lead and the team's shared mailbox."""
    addresses = [action.owner.email] if action.owner_id else [action.team.lead.email, action.team.email]
    return sorted({address.strip().lower() for address in addresses if address and address.strip()})


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def plan_assignment(action: Action) -> int:
    """Tell the owner they have an action (the workflow queues the sending). A new owner gets their own."""
    owner = f"officer-{action.owner_id}" if action.owner_id else f"team-{action.team_id}"
    return outbox.record(
        outbox.messages(Kind.ASSIGNED, f"{action.reference}:{owner}", recipients_of(action), about=action)
    )


def _actions_to_chase():
    return Action.objects.open().select_related("owner", "team__lead", "committee")


def plan_reminders(today: date) -> int:
    horizon = working_days_after(today, settings.ACTION_REMINDER_WORKING_DAYS)
    due_soon = _actions_to_chase().filter(due_date__gte=today, due_date__lte=horizon)
    return outbox.record(
        [
            message
            for action in due_soon
            for message in outbox.messages(
                Kind.REMINDER,
                f"{action.reference}:due-{action.due_date}",
                recipients_of(action),
                about=action,
            )
        ]
    )


def plan_overdue(today: date) -> int:
    overdue = _actions_to_chase().filter(due_date__lt=today)
    return outbox.record(
        [
            message
            for action in overdue
            for message in outbox.messages(
                Kind.OVERDUE, f"{action.reference}:{week_of(today)}", recipients_of(action), about=action
            )
        ]
    )


def digest_contents(today: date) -> dict:
    return {
        "overdue_actions": list(
            Action.objects.overdue(today).select_related("committee", "owner", "team").order_by("due_date")
        ),
        "awaiting_review": list(
            Action.objects.filter(status=Action.Status.RESPONSE_SUBMITTED)
            .select_related("committee", "owner", "team")
            .order_by("due_date")
        ),
        "overdue_recommendations": list(
            Recommendation.objects.overdue(today).select_related("resolution__minute__meeting__committee")
        ),
    }


def plan_digest(today: date) -> int:
    if not any(digest_contents(today).values()):
        return 0
    return outbox.record(
        outbox.messages(Kind.DIGEST, f"digest:{week_of(today)}", democratic_services_addresses())
    )


def still_needed(kind: str, action: Action | None) -> bool:
    """A message waiting to be sent (after a failure, say) is dropped once its action no longer needs it:
    nobody is chased about an action that was answered, completed or withdrawn meanwhile."""
    if kind == Kind.DIGEST:
        return True  # the digest reports what is true when it is sent
    if action is None:
        return False  # deleted meanwhile
    if kind in (Kind.REMINDER, Kind.OVERDUE):
        return action.is_open
    return not action.is_closed


@outbox.writes("followup")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    action = (
        Action.objects.select_related("committee", "owner", "team__lead").filter(pk=message.about_id).first()
        if message.about_id
        else None
    )
    if not still_needed(message.kind, action):
        return None
    today = run.today
    context = {"today": today}
    if action is None:
        context |= digest_contents(today)
    else:
        context |= {
            "action": action,
            "overdue_days": (today - action.due_date).days,
            "latest_response": action.responses.order_by("-submitted_at", "-pk").first(),
            "returned": action.responses.filter(outcome=ActionResponse.Outcome.RETURNED).last(),
        }
    return outbox.Draft(f"followup/email/{outbox.name_of(message.kind)}", context)


def chase(today: date | None = None) -> ChaseReport:
    today = today or timezone.localdate()
    report = ChaseReport()
    with transaction.atomic():
        report.planned = {
            Kind.REMINDER.label: plan_reminders(today),
            Kind.OVERDUE.label: plan_overdue(today),
            Kind.DIGEST.label: plan_digest(today),
        }
    report.sent, report.failed = outbox.send_pending(today)
    return report
