"""What the tests of the meeting's Papers page share: Democratic Services signed in, and posting there."""

import pytest
from django.urls import reverse


@pytest.fixture
def clerk(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def papers_url(meeting) -> str:
    return reverse("admin:meetings_meeting_papers", args=[meeting.pk])


def upload(client, item, files, **fields):
    """Post `files` to the item's upload form, with its `fields` (title_0, kind_0 …, late_reason)."""
    data = {"action": "upload", "item": item.pk, f"item-{item.pk}-files": files}
    data |= {f"item-{item.pk}-{name}": value for name, value in fields.items()}
    return client.post(papers_url(item.meeting), data)
