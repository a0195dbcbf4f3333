"""manage.py chase_actions: reminders, overdue chasing and the weekly digest. Safe to run from cron as often
as wanted: no message is ever sent twice."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from followup import chasing


class Command(BaseCommand):
    help = (
        "Email action owners a reminder before the due date and a weekly chase once overdue, send Democratic "
        "Services a weekly digest, and send any assignment emails still waiting. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Chase as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, today=None, **options):
        try:
            day = date.fromisoformat(today) if today else None
        except ValueError as error:
            raise CommandError(f"--today must be a date such as 2024-03-05, not {today!r}.") from error
        report = chasing.chase(day)
        for kind, count in report.planned.items():
            self.stdout.write(f"{kind}: {count} new")
        self.stdout.write(f"Emails sent: {report.sent}")
        if report.failed:
            raise CommandError(f"{report.failed} email(s) could not be sent; they will be retried next run.")
