"""What is kept in the cache until the records it was read from change: a generation of it is every value
kept under one version, and any committed change to those records starts a new one.

A change renews the version once its transaction commits; until then the transaction making it reads
uncached (its own change, which a rollback would undo, is kept for no one). Values are kept under the version
read before they were built: what a request built from the data before a change is under a version no request
asks for once the change is committed, so nobody is shown anything older than the data they could read."""

import hashlib
import time

from django.core.cache import cache

from .after_commit import Gathering


class Generation:
    every: list["Generation"] = []  # each one made, for forget_everything()

    def __init__(self, name: str, seconds: int):
        Generation.every.append(self)
        self.name = name
        self.seconds = seconds  # how long a value is kept, changes or not
        self.version_key = f"{name}:version"
        self.renewal = Gathering(f"renewal_of_{name}", lambda changes: self.renew())

    def version(self) -> int:
        return cache.get_or_set(self.version_key, time.time_ns, timeout=None)

    def renew(self) -> None:
        cache.set(self.version_key, time.time_ns(), timeout=None)

    def forget(self, **signal_arguments) -> None:
        """Everything kept is old once this transaction commits (a receiver for the save signals): one
        renewal for each transaction, however many records it changes."""
        self.renewal.add()

    def changed_in_this_transaction(self) -> bool:
        return self.renewal.is_waiting()

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
