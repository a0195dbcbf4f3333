"""manage.py restore ARCHIVE: a backup made by manage.py backup, into a new, empty database."""

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from backup import archive


class Command(BaseCommand):
    help = (
        "Restore a backup made by manage.py backup into a new, empty database (DATABASE_URL), and its files "
        "into the storage. Every table's rows and every file are checked against the backup's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The backup file.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to restore into.")

    def handle(self, *args, **options):
        alias = options["database"]
        manifest, files = archive.restore(options["archive"], alias=alias)
        connection = connections[alias]
        rows, tables = sum(manifest["tables"].values()), len(manifest["tables"])
        self.stdout.write(
            f"{rows:,} rows in {tables} tables restored, as they "
            f"were at {manifest['made_at']} ({manifest['method']}). Files: {files['restored']:,} restored, "
            f"{files['unchanged']:,} already there, {files['replaced']:,} replaced."
        )
        for name in manifest["missing_files"]:
            self.stderr.write(f"Missing when the backup was made, so not restored: {name}")
        if manifest["vendor"] != connection.vendor:
            # The index's weighted words (PostgreSQL's tsvector) are not carried between kinds of database.
            if alias == DEFAULT_DB_ALIAS:
                call_command("rebuild_search_index", stdout=self.stdout)
            else:
                self.stderr.write("From another kind of database: run manage.py rebuild_search_index there.")
        # What the cache holds (the dashboard's lines, say) was read from the database as it was before.
        cache.clear()
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            self.stdout.write("This release has migrations the backup had not: run manage.py migrate now.")
        self.stdout.write(self.style.SUCCESS(f"Restored {options['archive']}."))
