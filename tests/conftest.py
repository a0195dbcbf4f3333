import os

import pytest

# Playwright's sync API runs an event loop; without this Django refuses database work in the browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.factories import DemocraticServicesUserFactory  # noqa: E402


@pytest.fixture
def democratic_services_user(db):
    return DemocraticServicesUserFactory(username="democratic.services")
