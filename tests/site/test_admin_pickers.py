"""The admin's pickers of agenda items, minutes and resolutions name the meeting and committee of each."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    DocumentFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    ResolutionFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    return MinutesPublishedMeetingFactory(
        committee__name="Scrutiny Commission", start=timezone.make_aware(datetime(2024, 1, 23, 10))
    )


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def _offered(staff, app_label, model_name, field_name) -> list[str]:
    query = {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": ""}
    response = staff.get(reverse("admin:autocomplete"), query)
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


def test_the_agenda_item_picker_names_the_meeting(staff, meeting):
    AgendaItemFactory(meeting=meeting, number=1, title="Apologies for absence")
    assert _offered(staff, "meetings", "document", "agenda_item") == [
        "Scrutiny Commission, 23 January 2024: 1. Apologies for absence"
    ]


def test_the_minute_picker_names_the_meeting(staff, meeting):
    MinuteFactory(meeting=meeting, number=52, heading="Apologies for absence.")
    assert _offered(staff, "meetings", "vote", "minute") == [
        "Scrutiny Commission, 23 January 2024: 52. Apologies for absence."
    ]


def test_the_resolution_picker_names_the_meeting_and_minute(staff, meeting):
    minute = MinuteFactory(meeting=meeting, number=52)
    ResolutionFactory(minute=minute, letter="b", text="That the report be noted.")
    assert _offered(staff, "followup", "action", "resolution") == [
        "Scrutiny Commission, 23 January 2024: minute 52(b), That the report be noted."
    ]


def test_a_chosen_row_is_named_with_its_meeting_on_the_form(staff, meeting):
    item = AgendaItemFactory(meeting=meeting, number=3, title="Budget monitoring")
    minute = MinuteFactory(meeting=meeting, number=52, heading="Budget monitoring.")
    document = DocumentFactory(agenda_item=item)
    vote = VoteFactory(minute=minute)
    action = ActionFactory(
        resolution__minute=minute, resolution__letter="a", resolution__text="That it be noted."
    )

    page = staff.get(reverse("admin:meetings_document_change", args=[document.pk])).content.decode()
    assert (
        f'<option value="{item.pk}" selected>Scrutiny Commission, 23 January 2024: 3. Budget monitoring'
        in page
    )
    page = staff.get(reverse("admin:meetings_vote_change", args=[vote.pk])).content.decode()
    assert f'<option value="{minute.pk}" selected>Scrutiny Commission, 23 January 2024: 52. Budget' in page
    page = staff.get(reverse("admin:followup_action_change", args=[action.pk])).content.decode()
    assert "Scrutiny Commission, 23 January 2024: minute 52(a), That it be noted.</option>" in page
