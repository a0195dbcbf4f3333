"""manage.py load_demo: the demo committee from real council papers, and the demo sign-ins."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo import followup as followup_demo
from demo import indicators as indicators_demo
from demo import meetings as demo
from demo import participation as participation_demo
from meetings.models import Document
from participation import deadlines

# Where `make demo` serves the site.
DEMO_SITE = "http://127.0.0.1:8000"


class Command(BaseCommand):
    help = (
        "Load the Children and Families Overview and Scrutiny Committee from its real papers (meetings of "
        "23 January and 5 March 2024), the actions and recommendations arising, and a sign-in for each role. "
        "Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            result = demo.load()
            reviewer = next(s.user for s in result.sign_ins if s.spec["role"] == "Democratic Services")
            follow_up = followup_demo.load(result.committee, reviewer)
            officer = next(s.user for s in result.sign_ins if s.spec["username"] == "officer.lea")
            performance = indicators_demo.load(result.committee, officer)
            participation = participation_demo.load()
        committee, january, march, upcoming = result.committee, result.january, result.march, result.upcoming
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
        self.stdout.write(
            f"  Follow-up: {follow_up.actions} actions arising, {follow_up.recommendations} recommendations "
            f"({DEMO_SITE}/actions/, {DEMO_SITE}/recommendations/)"
        )
        self.stdout.write(
            f"  Performance: {performance.reports} quarterly reports, {performance.indicators} indicators, "
            f"{performance.warnings} warnings on the papers' figures ({DEMO_SITE}/performance/)"
        )
        last_day = deadlines.last_day_for_questions(upcoming.date, upcoming.rules)
        self.stdout.write(
            f"  Next meeting (made for the demo): {upcoming.date:%-d %B %Y}, taking questions online until "
            f"{last_day:%-d %B %Y} ({DEMO_SITE}{upcoming.get_absolute_url()})"
        )
        petition = participation.petition
        self.stdout.write(
            f"  A demo petition with {petition.signature_count} signatures "
            f"({DEMO_SITE}{petition.get_absolute_url()})"
        )
        created = result.created + follow_up.created + performance.created + participation.created
        already = " (the demo was already loaded)" if not created else ""
        self.stdout.write(f"  Records created by this run: {created}{already}")

        self.stdout.write(self.style.SUCCESS("Demo sign-ins (the public needs none):"))
        for sign_in in result.sign_ins:
            spec = sign_in.spec
            password = spec["password"] if sign_in.password_works else "(password changed since the demo)"
            self.stdout.write(
                f"  {spec['role']}: {sign_in.user.get_username()} / {password} ({DEMO_SITE}{spec['start']})"
            )
