"""manage.py performance_summary --report LABEL [--committee SLUG] --format json|text: a performance report
summed up: its quartile summary, each indicator's figures, trend, direction, RAG, quartile and warnings."""

import json

from django.core.management.base import BaseCommand, CommandError

from indicators.models import PerformanceReport
from indicators.reports import summary


class Command(BaseCommand):
    help = "Print a performance report's summary: the quartile sentence and every indicator's figures."

    def add_arguments(self, parser):
        parser.add_argument("--report", required=True, help='The report\'s label, e.g. "Q3 2023/24".')
        parser.add_argument("--committee", help="The committee's slug, when several reports share the label.")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, report, committee=None, format="text", **options):
        reports = PerformanceReport.objects.filter(label=report)
        if committee:
            reports = reports.filter(committee__slug=committee)
        found = list(reports.select_related("committee")[:2])
        if not found:
            raise CommandError(f'There is no performance report "{report}".')
        if len(found) > 1:
            raise CommandError(f'Several committees have a report "{report}": say which with --committee.')
        data = summary(found[0])
        if format == "json":
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
            return
        self.stdout.write(data["summary"])
        for line in data["indicators"]:
            previous = f"{line['previous_value'] or '-'} ({line['previous_period'] or '-'})"
            latest = f"{line['latest_value']} ({line['latest_period']})"
            judged = f"{line['trend'] or '-'}, {line['direction']}"
            self.stdout.write(
                f"- {line['indicator']}: {previous} -> {latest}, {judged}, "
                f"RAG {line['rag'] or '-'}, quartile {line['quartile'] or '-'}"
            )
            for warning in line["warnings"]:
                self.stdout.write(f"    warning: {warning}")
