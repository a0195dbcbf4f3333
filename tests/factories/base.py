"""The factories' base: what every factory holds back while it builds, unless a test asks for it."""

from collections.abc import Callable
from contextlib import contextmanager

import factory
from django.db import transaction

from scrutiny import keeping

# What the factories hold back while they build: most tests never search or print the worlds they make, and a
# world of papers would otherwise index its words and build its agenda packs at every save. A test marked
# `search_index` or `agenda_packs` (tests/conftest.py), or a world built inside `keeping_in_step()`, has them.
HELD_IN_FACTORIES = {keeping.SEARCH_INDEX, keeping.AGENDA_PACKS, keeping.PAPERS_TEXT}
_lifted: set[str] = set()


@contextmanager
def keeping_in_step(*kinds: str):
    """Factories inside this block keep these derived records in step (all of them if none is named)."""
    lifted = set(kinds or HELD_IN_FACTORIES) - _lifted
    _lifted.update(lifted)
    try:
        yield
    finally:
        _lifted.difference_update(lifted)


class Factory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _generate(cls, strategy, params):
        with keeping.holding(*(HELD_IN_FACTORIES - _lifted)):
            return super()._generate(strategy, params)


@contextmanager
def world_for_the_module(django_db_blocker, build: Callable, *, kept_in_step: bool = False):
    """What `build()` makes, built once for a module's tests (in a fixture of scope "module") in a transaction
    rolled back when they are done. Each test (marked django_db) runs in a savepoint inside it, so what a test
    writes is gone for the next; a test that needs the database empty belongs in another module. With
    `kept_in_step`, the factories keep every derived record in step while it builds (the marks of
    tests/conftest.py reach single tests only)."""
    with django_db_blocker.unblock(), transaction.atomic():
        if kept_in_step:
            with keeping_in_step():
                world = build()
        else:
            world = build()
        yield world
        transaction.set_rollback(True)
