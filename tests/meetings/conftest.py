"""What the tests of the meeting admin share: Democratic Services signed in, and the committee of the seed."""

import pytest

from tests.factories import CommitteeFactory


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


@pytest.fixture
def committee():
    return CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfosc")
