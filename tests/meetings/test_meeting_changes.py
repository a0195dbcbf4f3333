"""The admin's pages that change the schedule: "Cancel, postpone or move" on a meeting's workspace, and "Call
an extraordinary meeting" beside the list; each confirms what it will do and who will be told before doing
it. Then the public page and the calendar show the change."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings import workflow
from meetings.models import Meeting
from scrutiny.models import Message
from tests.factories import (
    CommitteeFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MembershipFactory,
    PersonFactory,
    PublishedAgendaMeetingFactory,
    RoomFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
PLAN = reverse("admin:meetings_meeting_plan")
EXTRAORDINARY = reverse("admin:meetings_meeting_extraordinary")


def change_page(meeting) -> str:
    return reverse("admin:meetings_meeting_change", args=[meeting.pk]).removesuffix("change/") + "reschedule/"


def soon(days=30, hour=14) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


@pytest.fixture
def committee():
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    chair = PersonFactory(
        name="Mrs. D. Taylor CC", family_name="Taylor", email="deborah.taylor@example.gov.uk"
    )
    MembershipFactory(committee=committee, person=chair, role="chairman")
    SubscriptionFactory(committee=committee, email="resident@example.org")
    SubscriptionFactory(committee=committee, email="another@example.org")
    return committee


@pytest.fixture
def meeting(committee):
    return PublishedAgendaMeetingFactory(committee=committee, start=soon(), room=RoomFactory(name="Room A"))


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def test_the_page_is_linked_from_the_meeting_and_asks_what_to_do(staff, meeting):
    page = staff.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content.decode()
    assert f'href="{change_page(meeting)}">Cancel, postpone or move</a>' in page
    response = staff.get(change_page(meeting))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Move it: a new date, time or room" in page and "Cancel it" in page
    assert 'name="confirm"' not in page


def test_moving_asks_for_confirmation_saying_who_will_be_told_then_moves(
    staff, meeting, mailoutbox, django_capture_on_commit_callbacks
):
    new_room = RoomFactory(name="Council Chamber")
    clash = MeetingFactory(committee=CommitteeFactory(name="Cabinet"), start=soon(37, 10), room=new_room)
    new_day = timezone.localdate() + timedelta(days=37)
    fields = {
        "what": "move",
        "day": f"{new_day:%d/%m/%Y}",
        "time": "10:00",
        "room": new_room.pk,
        "reason": "Elections.",
    }
    response = staff.post(change_page(meeting), fields | {"preview": "1"})
    page = response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).start == soon()  # nothing changed yet
    moved_to = f"{new_day:%A} {new_day:%-d %B %Y} at 10:00 in Council Chamber"
    assert f"This will move the meeting of {meeting} to {moved_to}." in page
    assert "The committee&#x27;s members (Mrs. D. Taylor CC)" in page
    assert "2 subscribers to the committee&#x27;s email alerts" in page
    assert f"{clash}</a> at 10:00, in the same room" in page
    assert 'value="Yes, move it and send the notice"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(change_page(meeting), fields | {"confirm": "1"}, follow=True)
    meeting.refresh_from_db()
    assert (meeting.start, meeting.room, meeting.moved_from, meeting.change_reason) == (
        soon(37, 10),
        new_room,
        soon(),
        "Elections.",
    )
    assert "is moved to" in response.content.decode()
    # The meeting's own page shows the change, read-only.
    page = staff.get(reverse("admin:meetings_meeting_change", args=[meeting.pk])).content.decode()
    assert 'Changed only by "Cancel, postpone or move"' in page
    assert '<div class="readonly">Elections.</div>' in page
    assert {email.to[0] for email in mailoutbox} == {
        "deborah.taylor@example.gov.uk",
        "resident@example.org",
        "another@example.org",
    }


def test_cancelling_with_its_reason(staff, meeting, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(change_page(meeting), {"what": "cancel", "reason": "No business.", "confirm": "1"})
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED and meeting.change_reason == "No business."
    assert all("Reason: No business." in email.body for email in mailoutbox) and len(mailoutbox) == 3


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"what": "cancel", "reason": ""}, "Give the reason: the notice and the meeting&#x27;s page say it."),
        ({"what": "move", "reason": "x"}, "Give the new date, time or room to move the meeting to."),
        ({"what": "move", "reason": "x", "day": "the 31st of Smarch"}, "is not a date"),
        ({"what": "move", "reason": "x", "day": "12 June 2030", "time": "26:00"}, "Enter a valid time."),
        (
            {"what": "postpone", "reason": "x", "day": "1 January 2001"},
            "A meeting is postponed to a later date",
        ),
        (
            {"what": "move", "reason": "x" * 2001, "time": "10:00"},
            "Ensure this value has at most 2000 characters",
        ),
    ],
)
def test_bad_input_gets_its_message_and_changes_nothing(staff, meeting, fields, message, mailoutbox):
    response = staff.post(change_page(meeting), fields | {"confirm": "1"})
    assert response.status_code == 200 and message in response.content.decode()
    stored = Meeting.objects.get(pk=meeting.pk)
    assert (stored.start, stored.status, stored.change_reason) == (meeting.start, meeting.status, "")
    assert not Message.objects.exists() and mailoutbox == []


def test_a_held_meeting_cannot_be_changed_here(staff, committee):
    held = HeldMeetingFactory(committee=committee)
    response = staff.post(change_page(held), {"what": "cancel", "reason": "x", "confirm": "1"})
    assert "This meeting is held: it can no longer be changed." in response.content.decode()
    assert Meeting.objects.get(pk=held.pk).status == Meeting.Status.HELD


def test_an_extraordinary_meeting_is_called_after_confirming(
    staff, committee, mailoutbox, django_capture_on_commit_callbacks
):
    page = staff.get(reverse("admin:meetings_meeting_changelist")).content.decode()
    assert f'href="{EXTRAORDINARY}">Call an extraordinary meeting</a>' in page and f'href="{PLAN}">' in page
    day = timezone.localdate() + timedelta(days=20)
    fields = {
        "committee": committee.pk,
        "day": f"{day:%-d %B %Y}",
        "time": "10:00",
        "purpose": "To consider the call-in of the Cabinet's decision on the Children's Centre.",
    }
    page = staff.post(EXTRAORDINARY, fields | {"preview": "1"}).content.decode()
    assert not Meeting.objects.exists()
    assert f"This will call an extraordinary meeting of {committee}, {day:%-d %B %Y}, {day:%A}" in page
    assert "its agenda must be published by" in page
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(EXTRAORDINARY, fields | {"confirm": "1"})
    meeting = Meeting.objects.get()
    assert meeting.is_extraordinary and meeting.start == soon(20, 10)
    assert meeting.purpose == fields["purpose"]
    assert len(mailoutbox) == 3 and all(
        email.subject.startswith("Extraordinary meeting:") for email in mailoutbox
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"time": ""}, "Give the time the meeting starts, for example 14:00."),
        ({"day": "yesterday"}, "&quot;yesterday&quot; is not a date"),
        ({"day": "1 January 2001"}, "A meeting is called for a date still to come."),
        ({"purpose": " "}, "Say what the extraordinary meeting is called for."),
    ],
)
def test_calling_an_extraordinary_meeting_refuses_bad_input(staff, committee, fields, message):
    good = {"committee": committee.pk, "day": "1 June 2099", "time": "10:00", "purpose": "A call-in."}
    response = staff.post(EXTRAORDINARY, good | fields | {"confirm": "1"})
    assert response.status_code == 200 and message in response.content.decode()
    assert not Meeting.objects.exists()


def test_the_committees_page_leads_to_planning_its_year(staff, committee):
    page = staff.get(reverse("admin:scrutiny_committee_change", args=[committee.pk])).content.decode()
    assert f'href="{PLAN}?committee={committee.pk}">Plan a year\'s meetings</a>' in page
    assert f'href="{EXTRAORDINARY}?committee={committee.pk}">Call an extraordinary meeting</a>' in page


# --- the public pages -----------------------------------------------------------------------------------


def test_the_public_page_and_calendar_show_a_meeting_moved(client, meeting):
    workflow.move(meeting, reason="The chamber is needed for the count.", start=soon(31, 10))
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert f"This meeting was moved from {soon():%A} {soon():%-d %B %Y}, 14:00." in page
    assert "Reason: The chamber is needed for the count." in page
    calendar = client.get(reverse("calendar-committee", args=[meeting.committee.slug])).content.decode()
    unfolded = calendar.replace("\r\n ", "")
    assert f"Moved from {soon():%A} {soon():%-d %B %Y}\\, 14:00." in unfolded
    assert "STATUS:CONFIRMED" in unfolded


def test_the_public_page_and_calendar_show_a_meeting_postponed_and_one_extraordinary(
    client, committee, meeting
):
    workflow.postpone(meeting, reason="The report is not ready.")
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "This meeting has been postponed: its new date is not fixed yet." in page
    extraordinary = workflow.call_extraordinary(committee=committee, start=soon(40), purpose="A call-in.")
    page = client.get(extraordinary.get_absolute_url()).content.decode()
    assert f"Extraordinary meeting, {soon(40):%A} {soon(40):%-d %B %Y}" in page
    assert "A call-in." in page
    calendar = (
        client.get(reverse("calendar-committee", args=[committee.slug])).content.decode().replace("\r\n ", "")
    )
    assert f"SUMMARY:Postponed: {committee.name}" in calendar and "STATUS:TENTATIVE" in calendar
    assert f"SUMMARY:Extraordinary meeting: {committee.name}" in calendar


# --- query budgets --------------------------------------------------------------------------------------


def _add_members_subscribers_and_clashes(committee, start, count):
    for n in range(count):
        MembershipFactory(committee=committee, person=PersonFactory(email=f"member{n}@example.gov.uk"))
        SubscriptionFactory(committee=committee)
        MeetingFactory(start=start, room=RoomFactory())


def test_the_change_pages_confirmation_takes_the_same_queries_however_many_told_and_clashing(
    staff, committee, meeting, django_assert_num_queries
):
    fields = {"what": "move", "time": "10:00", "reason": "Elections.", "preview": "1"}
    staff.post(change_page(meeting), fields)  # the session's first read
    with django_assert_num_queries(CHANGE_QUERIES):
        response = staff.post(change_page(meeting), fields)
    assert len(response.context["clashes"]) == 0
    _add_members_subscribers_and_clashes(committee, meeting.start.replace(hour=10), 6)
    with django_assert_num_queries(CHANGE_QUERIES):
        response = staff.post(change_page(meeting), fields)
    assert len(response.context["clashes"]) == 6 and len(response.context["told"]) == 2
    assert "8 subscribers" in response.context["told"][1]


def test_the_extraordinary_pages_confirmation_takes_the_same_queries_however_many_told_and_clashing(
    staff, committee, django_assert_num_queries
):
    fields = {
        "committee": committee.pk,
        "day": "1 June 2099",
        "time": "10:00",
        "purpose": "A call-in.",
        "preview": "1",
    }
    staff.post(EXTRAORDINARY, fields)
    with django_assert_num_queries(EXTRAORDINARY_QUERIES):
        response = staff.post(EXTRAORDINARY, fields)
    assert response.context["clashes"] == []
    _add_members_subscribers_and_clashes(committee, datetime(2099, 6, 1, 10, tzinfo=LONDON), 6)
    with django_assert_num_queries(EXTRAORDINARY_QUERIES):
        response = staff.post(EXTRAORDINARY, fields)
    assert len(response.context["clashes"]) == 6


# The session, the user and their permissions (3), the request's savepoint and its release, the meeting (with
# its committee and room), the members told, the subscribers counted, the meetings at that time (with their
# committees and rooms), and the rooms offered.
CHANGE_QUERIES = 11
# As above, with the committee chosen instead of the meeting, and the committees offered too.
EXTRAORDINARY_QUERIES = 12
