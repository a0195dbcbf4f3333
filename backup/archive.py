"""A backup: one tar file holding the database, the uploaded files, and a manifest saying what they are.

    database.pgdump or database.jsonl.gz   the database (backup/database.py says how each is made)
    media/<name>                           every file in the storage uploads go to (MEDIA_ROOT or S3)
    manifest.json                          how and when it was made, the migrations applied, the rows of
                                           every table, and each file's size and SHA-256

A restore checks each file against the manifest before using it, goes only into a database without tables
(so it never overwrites one), and counts the rows of every table against the manifest once loaded."""

import hashlib
import io
import json
import os
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

import django
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from . import database

FORMAT = 1  # of the archive, in case it ever changes
MANIFEST = "manifest.json"
MEDIA = "media/"
IN_MEMORY = 16 * 1024 * 1024  # a restored file larger than this is staged on disk while it is checked


def write(path, *, alias: str = DEFAULT_DB_ALIAS, method: str | None = None, media: bool = True) -> dict:
    """Back up the database of `alias` (and, unless `media` is false, the uploaded files) to `path`."""
    connection = connections[alias]
    method = method or database.default_method(connection)
    database.check_method(connection, method)
    if not connection.introspection.table_names():
        raise CommandError(
            f"The database {connection.settings_dict['NAME']} has no tables: nothing to back up."
        )
    path = Path(path)
    partial = path.with_name(path.name + ".partial")  # until it is complete, it does not look like a backup
    manifest = {
        "format": FORMAT,
        "made_at": timezone.now().isoformat(),
        "method": method,
        "vendor": connection.vendor,
        "django": django.get_version(),
    }
    with tempfile.TemporaryDirectory() as work:
        dumped = Path(work) / database.DUMP_FILE[method]
        with database.snapshot(connection):
            database.dump(connection, method, dumped)
            manifest["migrations"] = database.applied_migrations(connection)
            manifest["tables"] = database.row_counts(connection)
            manifest["sequences"] = database.highest_ids(connection)
            referenced = database.referenced_files(alias)
        try:
            with (
                _private(partial) as out,
                tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar,
            ):
                manifest["database"] = _add(tar, dumped.name, dumped.open("rb"), dumped.stat().st_size)
                manifest["files"] = {}
                if media:
                    for name in stored_files():
                        file = default_storage.open(name, "rb")
                        manifest["files"][name] = _add(tar, MEDIA + name, file, default_storage.size(name))
                # Deleted (or never stored) after their row was written: no restore can bring these back.
                manifest["missing_files"] = sorted(referenced - manifest["files"].keys()) if media else []
                content = json.dumps(manifest, indent=1).encode()
                _add(tar, MANIFEST, io.BytesIO(content), len(content))
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    os.replace(partial, path)
    return manifest


def restore(path, *, alias: str = DEFAULT_DB_ALIAS) -> tuple[dict, Counter]:
    """Restore the backup at `path` into the database of `alias`, which must have no tables yet, and its
    files into the storage. Returns the manifest and what happened to the files."""
    connection = connections[alias]
    with tarfile.open(path, mode="r:") as tar:
        manifest = json.load(tar.extractfile(MANIFEST))
        if manifest.get("format") != FORMAT:
            raise CommandError(
                f"{path} is not a backup this release can read (format {manifest.get('format')})."
            )
        if tables := connection.introspection.table_names():
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} already has {len(tables)} tables: restore "
                "into a new, empty database (README: Backup and restore), so that nothing is overwritten."
            )
        database.check_method(connection, manifest["method"])
        with tempfile.TemporaryDirectory() as work:
            dumped = Path(work) / database.DUMP_FILE[manifest["method"]]
            with dumped.open("wb") as out:
                _copy_checked(tar, tar.getmember(dumped.name), manifest["database"], out)
            database.load(connection, manifest["method"], dumped, manifest)
        if (counts := database.row_counts(connection)) != manifest["tables"]:
            differences = [
                f"{table}: {manifest['tables'].get(table)} in the backup, {counts.get(table)} restored"
                for table in sorted(counts.keys() | manifest["tables"].keys())
                if counts.get(table) != manifest["tables"].get(table)
            ]
            raise CommandError("The restored database is not the backup's:\n  " + "\n  ".join(differences))
        files = _restore_files(tar, manifest["files"])
    return manifest, files


def stored_files(folder: str = ""):
    """The name of every file in the default storage (MEDIA_ROOT, or the S3 bucket)."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # MEDIA_ROOT not made yet: nothing was ever uploaded
        return
    for name in sorted(files):
        yield f"{folder}{name}"
    for name in sorted(folders):
        yield from stored_files(f"{folder}{name}/")


def _restore_files(tar, files: dict) -> Counter:
    outcome = Counter()
    for member in tar.getmembers():
        name = member.name.removeprefix(MEDIA)
        if not member.name.startswith(MEDIA) or name not in files:
            continue
        with tempfile.SpooledTemporaryFile(max_size=IN_MEMORY) as copy:
            _copy_checked(tar, member, files[name], copy)
            if default_storage.exists(name):
                with default_storage.open(name, "rb") as existing:
                    if _sha256(existing) == files[name]["sha256"]:
                        outcome["unchanged"] += 1
                        continue
                default_storage.delete(name)  # else save() would keep it and store ours under another name
                outcome["replaced"] += 1
            else:
                outcome["restored"] += 1
            copy.seek(0)
            if (saved := default_storage.save(name, File(copy))) != name:
                raise CommandError(f"{name} was stored as {saved}.")
    if missing := len(files) - sum(outcome.values()):
        raise CommandError(f"{missing} files of the manifest are not in the backup.")
    return outcome


def _add(tar, name: str, file, size: int) -> dict:
    """Add the open `file` to the archive as `name`, and close it; its size and SHA-256."""
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, time.time(), 0o600
    digest = hashlib.sha256()
    with file:
        tar.addfile(info, _Hashing(file, digest))
    return {"size": size, "sha256": digest.hexdigest()}


def _copy_checked(tar, member, expected: dict, out) -> None:
    """Copy a member of the archive to `out`, refusing it unless it is what the manifest says."""
    digest = hashlib.sha256()
    with tar.extractfile(member) as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
            out.write(chunk)
    if member.size != expected["size"] or digest.hexdigest() != expected["sha256"]:
        raise CommandError(f"{member.name} in the backup is damaged: it is not what the manifest says.")


def _sha256(file) -> str:
    digest = hashlib.sha256()
    while chunk := file.read(1024 * 1024):
        digest.update(chunk)
    return digest.hexdigest()


class _Hashing:
    """A file that adds what is read from it to a digest."""

    def __init__(self, file, digest):
        self.file, self.digest = file, digest

    def read(self, size=-1):
        data = self.file.read(size)
        self.digest.update(data)
        return data


def _private(path: Path):
    """Open `path` for writing, readable by its owner only: a backup holds exempt papers and personal data."""
    path.unlink(missing_ok=True)
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
