"""The live dashboard's lines, kept in the cache between requests: building them for every active indicator
(the table shows a page of them, the quartile summary and the filters read them all) is most of what the
dashboard costs, and they change only when figures, targets or indicators do.

Every such change gives the cache a new version once it is committed; until then the transaction making it
reads its lines uncached (its own change, which a rollback would undo, is kept for no one). Lines are kept
under the version read before they were built: lines a request built from the data before a change are
under a version no request asks for once the change is committed, so no page shows lines older than the
data it could read."""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "performance-dashboard:version"
LINES_SECONDS = 60 * 60
# What a request may ask the dashboard that changes its lines (its page, sorting and download do not).
PAGE_ONLY = {"page", "per_page", "sort", "_export"}


def version() -> int:
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def key_for(query) -> str:
    filters = sorted((name, value) for name, value in query.lists() if name not in PAGE_ONLY)
    # Hashed: what a visitor typed, of any length or characters, is no key for every cache backend.
    digest = hashlib.sha256(repr(filters).encode()).hexdigest()
    return f"performance-dashboard:lines:{version()}:{digest}"


def lines(query, build) -> list:
    """The lines for the dashboard's filters in `query` (a QueryDict): cached, else `build()`."""
    if changed_in_this_transaction():
        return build()
    key = key_for(query)
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, LINES_SECONDS)
    return found


def new_version() -> None:
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


class NewVersionOnCommit:
    """What a change leaves to be done when its transaction commits (at once, outside a transaction)."""

    def __init__(self):
        self.done = False

    def __call__(self):
        self.done = True
        new_version()


def changed_in_this_transaction() -> bool:
    # Django's list of the transaction's on_commit callbacks: emptied when it commits or rolls back, and
    # left in place by tests that run the callbacks themselves (hence `done`).
    pending = transaction.get_connection().run_on_commit
    return any(isinstance(callback, NewVersionOnCommit) and not callback.done for _, callback, _ in pending)


def forget(**kwargs) -> None:
    transaction.on_commit(NewVersionOnCommit())


def connect() -> None:
    """Every change to what a line shows makes the cached lines old (called when the app is ready)."""
    from . import signals
    from .models import Indicator, IndicatorValue, Outcome, Target, Theme

    for model in (Indicator, IndicatorValue, Target, Outcome, Theme):
        post_save.connect(forget, sender=model, dispatch_uid=f"dashboard_cache.saved.{model.__name__}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"dashboard_cache.deleted.{model.__name__}")
    m2m_changed.connect(
        forget, sender=Indicator.committees.through, dispatch_uid="dashboard_cache.committees"
    )
    signals.indicators_changed_in_bulk.connect(forget, dispatch_uid="dashboard_cache.bulk")
