import os

import pytest

# Playwright's sync API runs an event loop; without this Django refuses database work in the browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.core.cache import cache  # noqa: E402

from tests.factories import DemocraticServicesUserFactory  # noqa: E402


@pytest.fixture(autouse=True)
def an_empty_cache():
    """The rate limits of the public forms and the open data API count in the cache, and the dashboard's
    lines and the API's counts are kept there: it outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def democratic_services_user(db):
    return DemocraticServicesUserFactory(username="democratic.services")
