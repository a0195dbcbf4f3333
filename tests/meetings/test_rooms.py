"""Rooms as records: the rooms made from the meetings' written locations, the room picked on a meeting,
meetings that clash in time and room, and the warning the meeting's admin form gives for a clash."""

import importlib
from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.db import connection
from django.db.models import ProtectedError
from django.urls import reverse

from meetings.clashes import ASSUMED_LENGTH, clashes_of
from meetings.models import Meeting, Room
from tests.factories import CommitteeFactory, DemocraticServicesUserFactory, MeetingFactory, RoomFactory
from tests.responses import admin_errors, queries_to_show

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
rooms_from_locations = importlib.import_module("meetings.migrations.0007_room").rooms_from_locations
LIST = reverse("admin:meetings_room_changelist")
# The meeting's inlines: an admin form posted with none of their rows.
INLINES = ("agenda_items", "attendances", "publicquestions", "memberquestions", "declarations", "petitions")


def at(day, hour=14, minute=0):
    return datetime(2024, 3, day, hour, minute, tzinfo=LONDON)


# --- the rooms made from the locations written before ---------------------------------------------------


def test_a_room_for_each_place_meetings_were_held_and_each_meeting_linked_to_it():
    sparkenhoe = "Sparkenhoe Committee Room, County Hall, Glenfield"
    first = MeetingFactory(location=sparkenhoe)
    second = MeetingFactory(location=f" {sparkenhoe} ")  # written with a space either side
    chamber = MeetingFactory(location="Council Chamber, County Hall")
    nowhere = MeetingFactory(location="")
    rooms_from_locations(apps, SimpleNamespace(connection=connection))
    assert sorted(Room.objects.values_list("name", flat=True)) == ["Council Chamber, County Hall", sparkenhoe]
    rooms = dict(Meeting.objects.values_list("pk", "room__name"))
    assert rooms == {
        first.pk: sparkenhoe,
        second.pk: sparkenhoe,
        chamber.pk: "Council Chamber, County Hall",
        nowhere.pk: None,
    }
    # The printed location is left as it was written.
    assert Meeting.objects.get(pk=second.pk).location == f" {sparkenhoe} "


def test_a_meeting_given_a_room_and_no_location_prints_the_rooms_name():
    room = RoomFactory(name="Guthlaxton Committee Room")
    assert MeetingFactory(room=room, location="").location == "Guthlaxton Committee Room"
    assert MeetingFactory(room=room, location="Held online").location == "Held online"


def test_a_room_meetings_were_held_in_cannot_be_deleted():
    room = RoomFactory()
    MeetingFactory(room=room)
    with pytest.raises(ProtectedError):
        room.delete()


# --- clashes --------------------------------------------------------------------------------------------


def test_clashing_with_finds_the_meetings_at_overlapping_times():
    room, other_room = RoomFactory(), RoomFactory()
    ends_at_three = MeetingFactory(start=at(5, 10), end=at(5, 15), room=room)
    no_end_at_noon = MeetingFactory(start=at(5, 12), room=other_room)  # taken to last three hours
    evening = MeetingFactory(start=at(5, 18), room=room)
    MeetingFactory(start=at(5, 14), room=room, status=Meeting.Status.CANCELLED)
    MeetingFactory(start=at(6, 14), room=room)

    def clashing(*args, **kwargs):
        return set(Meeting.objects.clashing_with(*args, **kwargs))

    assert clashing(at(5, 14), at(5, 16)) == {ends_at_three, no_end_at_noon}
    assert clashing(at(5, 14), at(5, 16), room=room) == {ends_at_three}
    # Back to back is no clash: the one ends as the other starts.
    assert clashing(at(5, 15), at(5, 17), room=room) == set()
    # No end given: three hours, from 4pm to 7pm, reaching the evening meeting.
    assert clashing(at(5, 16), None, room=room) == {evening}


def test_saving_a_meeting_that_clashes_warns_but_saves(client):
    committee = CommitteeFactory(name="Scrutiny Commission")
    room = RoomFactory(name="Sparkenhoe Committee Room")
    other = MeetingFactory(start=at(5, 14), room=room, committee=CommitteeFactory(name="Cabinet"))
    client.force_login(DemocraticServicesUserFactory())
    form = {"committee": committee.pk, "start_0": "2024-03-05", "start_1": "15:00:00", "room": room.pk}
    for inline in INLINES:
        form |= {f"{inline}-TOTAL_FORMS": 0, f"{inline}-INITIAL_FORMS": 0}
    response = client.post(reverse("admin:meetings_meeting_add"), form, follow=True)
    saved = Meeting.objects.get(committee=committee)
    assert saved.room == room and saved.location == "Sparkenhoe Committee Room"
    page = response.content.decode()
    assert "This meeting clashes with" in page
    assert f'href="{reverse("admin:meetings_meeting_change", args=[other.pk])}"' in page
    assert "the same room" in page


def test_no_warning_for_a_meeting_elsewhere_at_another_time(client):
    committee = CommitteeFactory()
    MeetingFactory(start=at(5, 14), room=RoomFactory(), committee=committee)
    meeting = MeetingFactory(start=at(5, 10), end=at(5, 12), room=RoomFactory(), committee=committee)
    assert clashes_of(meeting) == []
    meeting.end = at(5, 14, 30)
    assert [other.start for other in clashes_of(meeting)] == [at(5, 14)]


# --- the rooms' admin -----------------------------------------------------------------------------------


def test_democratic_services_keep_the_rooms(client):
    room = RoomFactory(name="Council Chamber", capacity=120, accessibility="Hearing loop")
    client.force_login(DemocraticServicesUserFactory())
    assert "Council Chamber" in client.get(reverse("admin:meetings_room_changelist")).content.decode()
    assert client.get(reverse("admin:meetings_room_change", args=[room.pk])).status_code == 200
    found = client.get(
        reverse("admin:autocomplete"),
        {"term": "chamber", "app_label": "meetings", "model_name": "meeting", "field_name": "room"},
    )
    assert [result["text"] for result in found.json()["results"]] == ["Council Chamber"]


def test_the_rooms_list_costs_the_same_however_many(client):
    client.force_login(DemocraticServicesUserFactory())

    RoomFactory()
    queries_to_show(client, LIST)  # the sign-in's permissions, read once
    with_one = queries_to_show(client, LIST)
    RoomFactory.create_batch(30)
    assert queries_to_show(client, LIST) == with_one


def test_a_meeting_ends_three_hours_later_when_no_end_is_recorded():
    meeting = MeetingFactory(start=at(5, 14))
    assert set(Meeting.objects.clashing_with(at(5, 16, 59), at(5, 18))) == {meeting}
    assert set(Meeting.objects.clashing_with(at(5, 17), at(5, 18))) == set()
    assert timedelta(hours=3) == ASSUMED_LENGTH


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sent", "said"),
    [
        ({"name": "Committee Room 1"}, "Room with this Name already exists."),
        ({"name": ""}, "This field is required."),
        ({"name": "x" * 1000}, "Ensure this value has at most 300 characters"),
        ({"name": "Room 2", "capacity": "-4"}, "Ensure this value is greater than or equal to 0."),
    ],
)
def test_a_room_the_admin_refuses_says_why_and_writes_nothing(client, sent, said):
    RoomFactory(name="Committee Room 1")
    client.force_login(DemocraticServicesUserFactory())
    response = client.post(reverse("admin:meetings_room_add"), sent)
    assert response.status_code == 200
    assert any(said in error for error in admin_errors(response)), admin_errors(response)
    assert list(Room.objects.values_list("name", flat=True)) == ["Committee Room 1"]
