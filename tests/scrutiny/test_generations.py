"""What the cache keeps until the data changes (scrutiny.generations): kept, renewed by a committed change,
never kept from a change its transaction has not committed."""

import pytest
from django.db import transaction

from scrutiny.generations import Generation

pytestmark = pytest.mark.django_db


@pytest.fixture
def generation():
    return Generation("test-generation", seconds=60)


def counting_builds(builds: list):
    def build():
        builds.append(len(builds) + 1)
        return builds[-1]

    return build


def test_a_value_is_built_once_until_a_change_is_committed(generation, django_capture_on_commit_callbacks):
    builds = []
    assert generation.get_or_build("key", counting_builds(builds)) == 1
    assert generation.get_or_build("key", counting_builds(builds)) == 1
    assert generation.get_or_build("another key", counting_builds(builds)) == 2
    with django_capture_on_commit_callbacks(execute=True):
        generation.forget()
    assert generation.get_or_build("key", counting_builds(builds)) == 3


def test_the_transaction_making_a_change_reads_uncached_and_keeps_nothing(generation):
    builds = []
    generation.get_or_build("key", counting_builds(builds))
    generation.forget()
    assert generation.get_or_build("key", counting_builds(builds)) == 2
    assert generation.get_or_build("key", counting_builds(builds)) == 3


def test_one_renewal_a_transaction_however_many_records_change(
    generation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        for _ in range(100):
            generation.forget()
    assert len(callbacks) == 1


def test_a_change_rolled_back_with_its_savepoint_is_forgotten(generation):
    with transaction.atomic():
        generation.forget()
        assert generation.changed_in_this_transaction()
        transaction.set_rollback(True)
    assert not generation.changed_in_this_transaction()


def test_a_change_made_before_a_savepoint_rolled_back_is_still_to_come(generation):
    generation.forget()
    with transaction.atomic():
        transaction.on_commit(lambda: None)
        transaction.set_rollback(True)
    assert generation.changed_in_this_transaction()
