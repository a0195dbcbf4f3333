from django.core.management.base import BaseCommand

from scrutiny.notifications import outbox


class Command(BaseCommand):
    help = (
        "Send the emails still waiting in the outbox (alerts, and the chasing's, that failed before). "
        "Safe to run as often as wanted: no email is ever sent twice."
    )

    def handle(self, *args, **options):
        sent, failed = outbox.send_pending()
        self.stdout.write(f"Alerts sent: {sent}; failed, to be tried again: {failed}.")
        if failed:
            self.stderr.write("Some alerts could not be sent: see the log.")
