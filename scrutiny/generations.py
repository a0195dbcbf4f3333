"""What is kept in the cache until the records it was read from change: a generation of it is every value
kept under one version, and any committed change to those records starts a new one.

A change renews the version once its transaction commits; until then the transaction making it reads
uncached (its own change, which a rollback would undo, is kept for no one). Values are kept under the version
read before they were built: what a request built from the data before a change is under a version no request
asks for once the change is committed, so nobody is shown anything older than the data they could read."""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction


class Renewal:
    """What a change leaves to be done when its transaction commits (at once, outside a transaction)."""

    def __init__(self, generation: "Generation"):
        self.generation = generation
        self.done = False

    def __call__(self):
        self.done = True
        self.generation.renew()


class Generation:
    every: list["Generation"] = []  # each one made, for forget_everything()

    def __init__(self, name: str, seconds: int):
        Generation.every.append(self)
        self.name = name
        self.seconds = seconds  # how long a value is kept, changes or not
        self.version_key = f"{name}:version"
        self.marker = f"renewal_of_{name}"  # on the database connection: this transaction's renewal

    def version(self) -> int:
        return cache.get_or_set(self.version_key, time.time_ns, timeout=None)

    def renew(self) -> None:
        cache.set(self.version_key, time.time_ns(), timeout=None)

    def forget(self, **signal_arguments) -> None:
        """Everything kept is old once this transaction commits (a receiver for the save signals): one
        renewal for each transaction, however many records it changes."""
        if not self.changed_in_this_transaction():
            connection = transaction.get_connection()
            renewal = Renewal(self)
            transaction.on_commit(renewal)
            setattr(connection, self.marker, (connection.run_on_commit, renewal))

    def changed_in_this_transaction(self) -> bool:
        # The renewal waits in Django's list of the transaction's on_commit callbacks, which is replaced when
        # the transaction commits or rolls back; tests that run the callbacks themselves leave it in place,
        # hence `done`.
        connection = transaction.get_connection()
        waiting, renewal = getattr(connection, self.marker, None) or (None, None)
        if renewal is None or renewal.done:
            return False
        if waiting is connection.run_on_commit:
            return True
        # A savepoint rolled back (which replaces the list too): the renewal is still to come if the change
        # was made before the savepoint.
        still_to_come = any(callback is renewal for _, callback, _ in connection.run_on_commit)
        setattr(connection, self.marker, (connection.run_on_commit, renewal) if still_to_come else None)
        return still_to_come

    def get_or_build(self, key: str, build):
        """The value kept for `key`, else `build()`, kept for the next request."""
        if self.changed_in_this_transaction():
            return build()
        # Hashed: what a visitor typed, of any length or characters, is no key for every cache backend.
        kept_as = f"{self.name}:{self.version()}:{hashlib.sha256(key.encode()).hexdigest()}"
        found = cache.get(kept_as)
        if found is None:
            found = build()
            cache.set(kept_as, found, self.seconds)
        return found


def forget_everything() -> None:
    """For a change written in bulk, which sends no save signal: everything kept is old once it commits."""
    for generation in Generation.every:
        generation.forget()
