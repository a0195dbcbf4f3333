"""manage.py parse_papers FILE [--json]: what the importer understands of a council's published papers (an
agenda, minutes or an agenda pack, as PDF, Word or text), and what it does not, with the lines of each. It
writes nothing; names are matched to the people already recorded."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.outline import outline
from archive.parsing import KnownPerson, parse
from archive.reading import UnreadableFile, max_bytes, read
from scrutiny.models import Person


class Command(BaseCommand):
    help = (
        "Show what the importer understands of an agenda, minutes or agenda pack (PDF, Word .docx or text): "
        "each record with the lines it came from and anything uncertain, then what it did not understand. "
        "Writes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The paper to read.")
        parser.add_argument("--json", action="store_true", dest="as_json", help="Everything parsed, as JSON.")
        parser.add_argument(
            "--no-people", action="store_true", help="Do not match names to the people already recorded."
        )

    def handle(self, *args, file, as_json=False, no_people=False, **options):
        path = Path(file)
        try:
            if path.stat().st_size > max_bytes():
                raise UnreadableFile(f"{path.name} is larger than the largest paper the importer reads.")
            source = read(path.name, path.read_bytes())
        except OSError as error:
            raise CommandError(f"{file} cannot be read: {error.strerror or error}.") from error
        except UnreadableFile as error:
            raise CommandError(str(error)) from error
        known = (
            []
            if no_people
            else [KnownPerson(name, title) for name, title in Person.objects.values_list("name", "job_title")]
        )
        papers = parse(source, known)
        if as_json:
            self.stdout.write(_json(papers.as_dict()))
        else:
            self.stdout.write(outline(papers), ending="")
            if not known:
                why = "--no-people" if no_people else "no people are recorded"
                self.stdout.write(f"\nNames were not matched to people ({why}).")
        if papers.problem:
            raise CommandError(papers.problem)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=lambda v: v.isoformat())
