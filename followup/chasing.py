"""Chasing: email on assignment, a reminder before the due date, weekly chasing of overdue actions, and a
weekly digest to Democratic Services.

Safe to run as often as wanted (the `chase_actions` command, or the Celery beat task): deciding to send a
message records a Notification whose key names what makes it distinct (the owner assigned, the due date
reminded of, the week chased in), and the database refuses the same key twice. Sending marks each one sent
inside its own transaction; a message that fails stays pending and goes at the next run."""

import logging
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from scrutiny.roles import DEMOCRATIC_SERVICES
from scrutiny.working_days import working_days_after

from .models import Action, ActionResponse, Notification, Recommendation

logger = logging.getLogger(__name__)
Kind = Notification.Kind


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


def _notices(kind: str, action: Action | None, key: str, recipients: list[str]) -> list[Notification]:
    return [Notification(kind=kind, action=action, recipient=to, key=key) for to in recipients]


def _record(notices: list[Notification]) -> int:
    """Record the notices not recorded before; returns how many are new. Keys already recorded are skipped
    by the database: that is what makes repeating a run harmless."""
    before = Notification.objects.count()
    Notification.objects.bulk_create(notices, ignore_conflicts=True, batch_size=500)
    return Notification.objects.count() - before


def plan_assignment(action: Action) -> int:
    """Tell the owner they have an action; sent once the change is committed (on a worker where there is
    one). A new owner gets their own message."""
    owner = f"officer-{action.owner_id}" if action.owner_id else f"team-{action.team_id}"
    planned = _record(_notices(Kind.ASSIGNED, action, f"{action.reference}:{owner}", recipients_of(action)))
    if planned:
        from .tasks import send_notifications

        transaction.on_commit(send_notifications.delay)
    return planned


def _actions_to_chase():
    return Action.objects.open().select_related("owner", "team__lead", "committee")


def plan_reminders(today: date) -> int:
    horizon = working_days_after(today, settings.ACTION_REMINDER_WORKING_DAYS)
    due_soon = _actions_to_chase().filter(due_date__gte=today, due_date__lte=horizon)
    return _record(
        [
            notice
            for action in due_soon
            for notice in _notices(
                Kind.REMINDER, action, f"{action.reference}:due-{action.due_date}", recipients_of(action)
            )
        ]
    )


def plan_overdue(today: date) -> int:
    overdue = _actions_to_chase().filter(due_date__lt=today)
    return _record(
        [
            notice
            for action in overdue
            for notice in _notices(
                Kind.OVERDUE, action, f"{action.reference}:{week_of(today)}", recipients_of(action)
            )
        ]
    )


def digest_recipients() -> list[str]:
    users = (
        get_user_model().objects.filter(is_active=True, groups__name=DEMOCRATIC_SERVICES).exclude(email="")
    )
    return sorted({email.lower() for email in users.values_list("email", flat=True)})


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
    return _record(_notices(Kind.DIGEST, None, f"digest:{week_of(today)}", digest_recipients()))


def render(notification: Notification, today: date) -> EmailMessage:
    context = {"site_url": settings.SITE_URL, "council_name": settings.COUNCIL_NAME, "today": today}
    if notification.action_id:
        action = notification.action
        context |= {
            "action": action,
            "overdue_days": (today - action.due_date).days,
            "latest_response": action.responses.order_by("-submitted_at", "-pk").first(),
            "returned": action.responses.filter(outcome=ActionResponse.Outcome.RETURNED).last(),
        }
    else:
        context |= digest_contents(today)
    template = f"followup/email/{notification.kind}"
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject=subject, body=body, to=[notification.recipient])


def still_needed(notification: Notification) -> bool:
    """A message waiting to be sent (after a failure, say) is dropped once its action no longer needs it:
    nobody is chased about an action that was answered, completed or withdrawn meanwhile."""
    action = notification.action
    if action is None:
        return True  # the digest reports what is true when it is sent
    if notification.kind in (Kind.REMINDER, Kind.OVERDUE):
        return action.is_open
    return not action.is_closed


def send_pending(today: date | None = None) -> tuple[int, int]:
    """Send every notification not yet sent; returns (sent, failed)."""
    today = today or timezone.localdate()
    sent = failed = 0
    for pk in Notification.objects.filter(sent_at__isnull=True).values_list("pk", flat=True):
        try:
            with transaction.atomic():
                # Another worker sending the same batch skips the rows this one holds. Only the
                # notification's own row is locked: PostgreSQL locks no row of a nullable outer join.
                notification = (
                    Notification.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("action__committee", "action__owner", "action__team__lead")
                    .filter(pk=pk, sent_at__isnull=True)
                    .first()
                )
                if notification is None:
                    continue
                if not still_needed(notification):
                    notification.delete()
                    continue
                render(notification, today).send()
                notification.sent_at = timezone.now()
                notification.save(update_fields=["sent_at"])
                sent += 1
        except Exception:
            logger.exception("Could not send notification %s; it will be tried again at the next run.", pk)
            failed += 1
    return sent, failed


def chase(today: date | None = None) -> ChaseReport:
    today = today or timezone.localdate()
    report = ChaseReport()
    with transaction.atomic():
        report.planned = {
            Kind.REMINDER.label: plan_reminders(today),
            Kind.OVERDUE.label: plan_overdue(today),
            Kind.DIGEST.label: plan_digest(today),
        }
    report.sent, report.failed = send_pending(today)
    return report
