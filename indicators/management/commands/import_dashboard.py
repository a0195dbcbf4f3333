"""manage.py import_dashboard FILE [--report LABEL] [--committee SLUG]: a performance dashboard in the papers'
columns, from CSV or Excel. All or nothing; safe to run again."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from indicators.importing import ImportRejected, import_file
from scrutiny.models import Committee


class Command(BaseCommand):
    help = (
        "Import a performance dashboard (CSV or .xlsx, in the columns of the committee papers' dashboard): "
        "indicators, periods, targets and figures, kept as a published performance report. A bad row rejects "
        "the whole file, with every problem listed by row number. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--report", help="The report's label, e.g. \"Q3 2023/24\" (default: the file's quarter)."
        )
        parser.add_argument("--committee", help="The slug of the committee the report went to.")

    def handle(self, *args, file, report=None, committee=None, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file} is not a file.")
        to = None
        if committee:
            to = Committee.objects.filter(slug=committee).first()
            if to is None:
                raise CommandError(f'There is no committee with the slug "{committee}".')
        try:
            result = import_file(path.name, path.read_bytes(), report_label=report, committee=to)
        except ImportRejected as rejected:
            raise CommandError(
                f"{path.name} was not imported: nothing has been changed.\n" + "\n".join(rejected.problems)
            ) from rejected
        self.stdout.write(
            f"{result.report}: {'created' if result.report_created else 'already imported, left as it was'}; "
            f"{result.indicators_created} new indicators, {result.figures_created} new figures."
        )
        for note in result.skipped:
            self.stdout.write(note)
        if result.warnings:
            self.stdout.write(self.style.WARNING(f"{len(result.warnings)} warnings:"))
            for warning in result.warnings:
                self.stdout.write(f"  {warning}")
