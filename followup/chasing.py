"""Chasing: email on assignment, a reminder before the due date, weekly chasing of overdue actions and of
reports overdue from officers (commissioned in meetings/report_requests.py), and a weekly digest to
Democratic Services. Actions and reports are chased by the same rule: a reminder the working days before
what is due, then once a week while it is late.

Safe to run as often as wanted (the `chase_actions` command, or the Celery beat task): deciding to send a
message puts it in the outbox (scrutiny/notifications/outbox.py) with a key that names what makes it distinct
(the owner assigned, the due date reminded of, the week chased in), and the outbox refuses the same key twice.
It is written when it is sent (`write`), from the action as it is then; a message that fails stays pending
and goes at the next run."""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from meetings import report_requests
from meetings.models import ReportRequest
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
    REPORT_REMINDER = outbox.kind("followup", "report_reminder"), "Reminder before a report is due"
    REPORT_OVERDUE = outbox.kind("followup", "report_overdue"), "Report overdue"


REPORT_KINDS = (Kind.REPORT_REMINDER, Kind.REPORT_OVERDUE)


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


def _plan(kind: str, rows, key, recipients) -> int:
    """One message of `kind` for each row, keyed by `key(row)`: planning again adds nothing."""
    return outbox.record(
        [message for row in rows for message in outbox.messages(kind, key(row), recipients(row), about=row)]
    )


def _reminder_horizon(today: date) -> date:
    return working_days_after(today, settings.ACTION_REMINDER_WORKING_DAYS)


def plan_reminders(today: date) -> int:
    due_soon = _actions_to_chase().filter(due_date__gte=today, due_date__lte=_reminder_horizon(today))
    return _plan(
        Kind.REMINDER, due_soon, lambda action: f"{action.reference}:due-{action.due_date}", recipients_of
    )


def plan_overdue(today: date) -> int:
    overdue = _actions_to_chase().filter(due_date__lt=today)
    return _plan(Kind.OVERDUE, overdue, lambda action: f"{action.reference}:{week_of(today)}", recipients_of)


def report_recipients(request: ReportRequest) -> list[str]:
    return report_requests.addresses_of(request.officer)


def _reports_to_chase():
    return ReportRequest.objects.open().select_related("officer__user", "agenda_item__meeting__committee")


def plan_report_reminders(today: date) -> int:
    """The officer is reminded once of each deadline that comes within the reminder's working days."""
    window = (today, _reminder_horizon(today))
    due_soon = _reports_to_chase().filter(
        Q(status=ReportRequest.Status.COMMISSIONED, draft_due__range=window)
        | Q(status=ReportRequest.Status.DRAFT_RECEIVED, final_due__range=window)
    )
    return _plan(
        Kind.REPORT_REMINDER,
        due_soon,
        lambda request: f"report-{request.pk}:{request.stage}:due-{request.next_due}",
        report_recipients,
    )


def plan_report_overdue(today: date) -> int:
    overdue = _reports_to_chase().overdue(today)
    return _plan(
        Kind.REPORT_OVERDUE,
        overdue,
        lambda request: f"report-{request.pk}:{request.stage}:{week_of(today)}",
        report_recipients,
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


def write_report(message: Message, run: outbox.Run) -> outbox.Draft | None:
    """A report's reminder or chaser, while the officer still owes what it is about (its key's stage)."""
    request = _reports_to_chase().filter(pk=message.about_id).first()
    if request is None or request.stage != message.key.split(":")[1]:
        return None  # withdrawn, deleted, or what it chases has come in meanwhile
    context = {
        "request": request,
        "item": request.agenda_item,
        "meeting": request.agenda_item.meeting,
        "overdue_days": (run.today - request.next_due).days,
    }
    return outbox.Draft(f"followup/email/{outbox.name_of(message.kind)}", context)


@outbox.writes("followup")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    if message.kind in REPORT_KINDS:
        return write_report(message, run)
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
            Kind.REPORT_REMINDER.label: plan_report_reminders(today),
            Kind.REPORT_OVERDUE.label: plan_report_overdue(today),
        }
    report.sent, report.failed = outbox.send_pending(today)
    return report
