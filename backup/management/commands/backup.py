"""manage.py backup [ARCHIVE]: the whole database and every uploaded file, in one archive."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS
from django.utils import timezone

from backup import archive, database


class Command(BaseCommand):
    help = "Back up the whole database and every uploaded file into one archive (README: Backup and restore)."

    def add_arguments(self, parser):
        parser.add_argument(
            "archive", nargs="?", help="The file to write (default: scrutiny-backup-<date>-<time>.tar here)."
        )
        parser.add_argument(
            "--method",
            choices=database.METHODS,
            help="pg_dump (the default on PostgreSQL) or django (the default on SQLite; also the way to move "
            "to another kind of database).",
        )
        parser.add_argument(
            "--no-media",
            action="store_true",
            help="Leave the files out (an S3 bucket keeps its own versions).",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to back up.")

    def handle(self, *args, **options):
        path = options["archive"] or f"scrutiny-backup-{timezone.localtime():%Y-%m-%d-%H%M%S}.tar"
        manifest = archive.write(
            path, alias=options["database"], method=options["method"], media=not options["no_media"]
        )
        rows, tables = sum(manifest["tables"].values()), len(manifest["tables"])
        megabytes = sum(file["size"] for file in manifest["files"].values()) / 1e6
        self.stdout.write(
            f"{rows:,} rows in {tables} tables ({manifest['method']}), "
            f"{len(manifest['files']):,} files ({megabytes:,.1f} MB)."
        )
        for name in manifest["missing_files"]:
            self.stderr.write(f"Not in the storage, so not in the backup: {name}")
        self.stdout.write(self.style.SUCCESS(f"Backed up to {path}."))
