"""manage.py load_demo: the demo committee from real council papers, and the demo sign-ins."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from meetings import demo
from meetings.demo_data import DEMOCRATIC_SERVICES_SIGN_IN
from meetings.models import Document

# Where `make demo` serves the site.
DEMO_SITE = "http://127.0.0.1:8000"


class Command(BaseCommand):
    help = (
        "Load the Children and Families Overview and Scrutiny Committee from its real papers (meetings of "
        "23 January and 5 March 2024) and a Democratic Services sign-in. Safe to run again."
    )

    def handle(self, *args, **options):
        result = demo.load()
        committee, january, march = result.committee, result.january, result.march
        minute_numbers = list(january.minutes.order_by("number").values_list("number", flat=True))
        documents = Document.objects.filter(agenda_item__meeting=march)
        approved = (
            f" at the meeting of {january.minutes_approved_at.date:%-d %B %Y}"
            if january.minutes_approved_at
            else ""
        )

        self.stdout.write(f"Demo committee: {committee} ({DEMO_SITE}{committee.get_absolute_url()})")
        self.stdout.write(
            f"  {january.date:%-d %B %Y}: {january.agenda_items.count()} agenda items, "
            f"{january.attendances.filter(status='present').count()} present, "
            f"minutes {minute_numbers[0]}-{minute_numbers[-1]}, "
            f"{january.get_status_display().lower()}{approved}"
        )
        self.stdout.write(
            f"  {march.date:%-d %B %Y}: {march.agenda_items.count()} agenda items, "
            f"{documents.count()} documents ({documents.filter(exempt=True).count()} exempt, for the demo), "
            f"agenda published {timezone.localtime(march.agenda_published_at):%-d %B %Y}"
        )
        already = " (the demo was already loaded)" if not result.created else ""
        self.stdout.write(f"  Records created by this run: {result.created}{already}")

        sign_in = DEMOCRATIC_SERVICES_SIGN_IN
        password = sign_in["password"] if result.password_works else "(password changed since the demo)"
        self.stdout.write(self.style.SUCCESS("Demo sign-ins:"))
        self.stdout.write(
            f"  {sign_in['group']}: {result.user.get_username()} / {password} ({DEMO_SITE}/admin/)"
        )
