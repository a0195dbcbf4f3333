"""The database half of a backup, made one of two ways.

- "pg_dump" (PostgreSQL only): pg_dump's custom format, restored by pg_restore. It holds everything the
  database does, exactly: tables, rows, sequences, indexes, constraints and the migrations applied, so it
  can also be restored under a newer release of the code (then `manage.py migrate`).
- "django" (any database): every model's rows as JSON Lines (Django's serializers), loaded back with
  loaddata into a database migrated to exactly the same migrations. It moves between SQLite and
  PostgreSQL, but only within one release of the code.

Either way the dump reads one snapshot of the database, so a backup taken while the site is in use holds
every row as of one moment, and the row counts recorded with it are those of the same moment."""

import os
import subprocess
from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import models, transaction
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete, pre_save

from . import exact_jsonl

PG_DUMP, DJANGO = "pg_dump", "django"
METHODS = [PG_DUMP, DJANGO]
DUMP_FILE = {PG_DUMP: "database.pgdump", DJANGO: "database.jsonl.gz"}


def default_method(connection) -> str:
    return PG_DUMP if connection.vendor == "postgresql" else DJANGO


def check_method(connection, method: str) -> None:
    if method == PG_DUMP and connection.vendor != "postgresql":
        raise CommandError(
            f"pg_dump backups are made from and restored into PostgreSQL, not {connection.vendor}."
        )
    if connection.vendor not in ("postgresql", "sqlite"):
        raise CommandError(f"Backups know PostgreSQL and SQLite, not {connection.vendor}.")


@contextmanager
def snapshot(connection):
    """One read-only transaction that sees the database as it was when it began. (SQLite's transactions
    take the write lock here, so the site's writes wait until the dump is done.)"""
    with transaction.atomic(using=connection.alias):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def dump(connection, method: str, path) -> None:
    """Write the database to `path`, as of the snapshot the caller holds open."""
    if method == PG_DUMP:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            (snapshot_id,) = cursor.fetchone()
        # pg_dump reads the caller's snapshot, so its rows are those counted in the same transaction.
        _run(
            ["pg_dump", "--format=custom", "--no-password", f"--snapshot={snapshot_id}", f"--file={path}"],
            connection,
        )
    else:
        serializers.register_serializer(exact_jsonl.NAME, "backup.exact_jsonl")
        call_command(
            "dumpdata",
            all=True,  # every row: the base manager, whatever a model's default manager filters out
            format=exact_jsonl.NAME,
            output=str(path),
            database=connection.alias,
            verbosity=0,
        )


def load(connection, method: str, path, manifest: dict) -> None:
    """Load a dump into the database of `connection`, which has no tables yet."""
    if method == PG_DUMP:
        # Owned by whoever restores: the roles of the server it came from may not exist here.
        _run(
            [
                "pg_restore",
                "--exit-on-error",
                "--single-transaction",
                "--no-owner",
                "--no-privileges",
                "--no-password",
                f"--dbname={connection.settings_dict['NAME']}",
                str(path),
            ],
            connection,
        )
        return
    # What post_migrate adds (content types, permissions, the role groups) comes from the backup instead,
    # with the ids the rows that point at it expect.
    with receivers_muted(post_migrate):
        call_command("migrate", database=connection.alias, interactive=False, verbosity=0)
    if (applied := applied_migrations(connection)) != manifest["migrations"]:
        raise CommandError(
            "The backup was made by another release of the code: its migrations differ from these "
            f"(only in the backup: {_listed(manifest['migrations'], applied)}; only here: "
            f"{_listed(applied, manifest['migrations'])}). Restore it with the release it was made by, then "
            "upgrade; drop and create the database again first, as it now has tables."
        )
    # Data migrations may have added rows: the backup has all of them.
    call_command(
        "flush", database=connection.alias, interactive=False, inhibit_post_migrate=True, verbosity=0
    )
    # Rows come back as they were: no receiver may index them, rebuild packs or queue alerts.
    with (
        receivers_muted(pre_save, post_save, pre_delete, post_delete, m2m_changed),
        transaction.atomic(using=connection.alias),
    ):
        call_command("loaddata", str(path), database=connection.alias, verbosity=0)
        raise_sequences(connection, manifest["sequences"])
    ContentType.objects.clear_cache()


@contextmanager
def receivers_muted(*signals):
    """Send these signals to nobody for a while. Django has no public switch for this."""
    saved = [(signal, signal.receivers) for signal in signals]
    try:
        for signal in signals:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def applied_migrations(connection) -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def row_counts(connection) -> dict[str, int]:
    """Rows of every table of the models, many-to-many tables and history included."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.django_table_names(only_existing=True)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def highest_ids(connection) -> dict[str, int]:
    """The highest id each table has handed out, deleted rows' included. A restore must not hand those out
    again: history rows keep the ids of records since deleted."""
    tables = set(connection.introspection.django_table_names(only_existing=True))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name, seq FROM sqlite_sequence")
            return {table: seq for table, seq in cursor.fetchall() if table in tables}
        return {
            table: _sequence_position(connection, cursor, sequence)
            for table, sequence in _sequences(connection, cursor, tables)
        }


def raise_sequences(connection, highest: dict[str, int]) -> None:
    """Make each table's next id follow `highest` (never lowering one)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for table, value in highest.items():
                cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
                if (row := cursor.fetchone()) is None:
                    cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, value])
                elif row[0] < value:
                    cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [value, table])
            return
        for table, sequence in _sequences(connection, cursor, highest):
            if _sequence_position(connection, cursor, sequence) < highest[table]:
                cursor.execute("SELECT setval(%s, %s)", [connection.ops.quote_name(sequence), highest[table]])


def referenced_files(alias: str) -> set[str]:
    """The names of the files the rows point at, in any file field."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                named = model._base_manager.using(alias).filter(**{f"{field.attname}__gt": ""})  # not blank
                names.update(named.values_list(field.attname, flat=True).iterator())
    return names


def _sequences(connection, cursor, tables):
    for table in sorted(tables):
        for sequence in connection.introspection.get_sequences(cursor, table):
            yield table, sequence["name"]


def _sequence_position(connection, cursor, sequence: str) -> int:
    cursor.execute(f"SELECT last_value, is_called FROM {connection.ops.quote_name(sequence)}")
    last_value, is_called = cursor.fetchone()
    return last_value if is_called else last_value - 1


def _listed(these, but_not_those) -> str:
    return ", ".join(".".join(migration) for migration in these if migration not in but_not_those) or "none"


def _run(command: list[str], connection) -> None:
    """Run a PostgreSQL client program against the database of `connection`, with its credentials."""
    settings_dict = connection.settings_dict
    _, secrets = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    environment = {**os.environ, **(secrets or {})}
    for key, variable in [("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("NAME", "PGDATABASE")]:
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    try:
        finished = subprocess.run(command, env=environment, capture_output=True, text=True)
    except FileNotFoundError:
        raise CommandError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)."
        ) from None
    if finished.returncode != 0:
        raise CommandError(f"{command[0]} failed: {finished.stderr.strip()}")
