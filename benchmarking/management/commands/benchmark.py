"""manage.py benchmark --label NAME [--json FILE] [--markdown FILE …]: measure the key pages on the data set
in the database (settings: scrutiny.settings.benchmark)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from benchmarking import harness


class Command(BaseCommand):
    help = (
        "Measure each key page (median and 95th percentile of the server time, queries) against a bare "
        "Django view, and time a 10,000-row dashboard import and a 300-page agenda pack. With --markdown, "
        "write the tables of the JSON files given instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--label", default="benchmark")
        parser.add_argument("--requests", type=int, default=60, help="Requests a page (at least 50).")
        parser.add_argument("--json", help="Write the results here.")
        parser.add_argument("--no-jobs", action="store_true", help="Pages only: no import, no pack.")
        parser.add_argument("--markdown", nargs="+", metavar="JSON", help="Tables of these results.")
        parser.add_argument("--urls", nargs="+", metavar="PAGE", help="Print the address of these pages.")
        parser.add_argument("--wrk", nargs="+", metavar="OUTPUT", help="Tables of wrk's outputs.")
        parser.add_argument("--workers", type=int, default=0)
        parser.add_argument("--connections", type=int, default=0)

    def handle(self, *args, label, requests, json=None, no_jobs=False, markdown=None, **options):
        if markdown:
            runs = [self._read(path) for path in markdown]
            self.stdout.write(harness.markdown(runs))
            return
        if options["urls"]:
            pages = {page.name: page.url for page in harness.key_pages()}
            for name in options["urls"]:
                self.stdout.write(f"{name} {pages[name]}")
            return
        if options["wrk"]:
            summaries = {
                Path(path).stem.removeprefix("wrk-"): harness.wrk_summary(Path(path).read_text())
                for path in options["wrk"]
            }
            self.stdout.write(
                harness.loadtest_markdown(
                    summaries, workers=options["workers"], connections=options["connections"]
                )
            )
            return
        if settings.ROOT_URLCONF != "benchmarking.urls":
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=scrutiny.settings.benchmark.")
        results = harness.run(label, requests=requests, jobs=not no_jobs).as_json()
        if json:
            Path(json).parent.mkdir(parents=True, exist_ok=True)
            Path(json).write_text(_dump(results))
        self.stdout.write(harness.markdown([results]))

    def _read(self, path):
        try:
            return json.loads(Path(path).read_text())
        except (OSError, ValueError) as error:
            raise CommandError(f"{path}: {error}") from error


def _dump(results) -> str:
    return json.dumps(results, indent=2) + "\n"
