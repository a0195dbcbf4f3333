"""Trigram indexes for the trackers' "words in …" filters, on PostgreSQL only.

Django writes `icontains` as UPPER(column) LIKE UPPER('%words%'): no ordinary index helps, and PostgreSQL,
guessing that only a row or two match, joins in the wrong order (every row scanned, then its committee
checked). A GIN index of pg_trgm on UPPER(column) finds the rows and lets the planner count them. Other
databases do nothing here."""

from django.db import migrations


def trigram_index(table: str, column: str) -> migrations.RunPython:
    name = f"{table}_{column}_trigram"

    def create(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (UPPER({column}) gin_trgm_ops)"
            )

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop)
