"""Holding back the receivers that keep derived records in step with the records they are made from.

The search index and the agenda packs (with the text read from each paper) follow every save. A block of work
that does not need them may hold them: a bulk load that rebuilds them once at the end, or the test suite's
factories, whose worlds most tests never search or print. A hold lasts for the block, in this thread only (a
context variable), so requests served meanwhile by other threads keep everything in step."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

SEARCH_INDEX = "search index"
AGENDA_PACKS = "agenda packs"
PAPERS_TEXT = "the text read from the papers"  # for the index, and the packs' page counts

_held: ContextVar[frozenset[str]] = ContextVar("held", default=frozenset())


@contextmanager
def holding(*kinds: str) -> Iterator[None]:
    token = _held.set(_held.get() | frozenset(kinds))
    try:
        yield
    finally:
        _held.reset(token)


def is_held(kind: str) -> bool:
    return kind in _held.get()
