"""The attendance register: the committee's members on the meeting's date, filled in from what is recorded and
saved at once (all or nothing), with the quorum shown; read-only once the minutes are approved."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from meetings.models import Attendance, Meeting
from scrutiny.models import Person
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CommitteeFactory,
    HeldMeetingFactory,
    MembershipFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    PersonFactory,
)
from tests.responses import text_of

pytestmark = pytest.mark.django_db
Status = Attendance.Status


def url(meeting) -> str:
    return reverse("admin:meetings_meeting_attendance", args=[meeting.pk])


def committee_of(count: int, meeting=None):
    meeting = meeting or HeldMeetingFactory(committee=CommitteeFactory())
    members = [
        MembershipFactory(
            committee=meeting.committee, person=PersonFactory(family_name=f"Member{n:02}")
        ).person
        for n in range(count)
    ]
    return meeting, members


def blank(meeting, members, others=3) -> dict:
    data = {
        "others-TOTAL_FORMS": str(others),
        "others-INITIAL_FORMS": "0",
        "others-MIN_NUM_FORMS": "0",
        "others-MAX_NUM_FORMS": "60",
    }
    for member in members:
        data[f"member-{member.pk}-status"] = ""
    return data


def other(data, index, **fields):
    for name, value in fields.items():
        data[f"others-{index}-{name}"] = str(value)


def line(data, member, **fields):
    for name, value in fields.items():
        if name == "in_chair":
            if value:
                data[f"member-{member.pk}-in_chair"] = "on"
            continue
        data[f"member-{member.pk}-{name}"] = str(value)


def recorded(meeting) -> dict:
    return {
        attendance.person.name: (
            attendance.status,
            attendance.in_chair,
            attendance.substitute_for.name if attendance.substitute_for else None,
            attendance.role,
            attendance.arrived_at_item.number if attendance.arrived_at_item else None,
            attendance.left_at_item.number if attendance.left_at_item else None,
        )
        for attendance in Attendance.objects.filter(meeting=meeting).select_related(
            "person", "substitute_for", "arrived_at_item", "left_at_item"
        )
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_grid_lists_the_members_on_the_meetings_date_filled_in_from_the_record(
    client, democratic_services_user
):
    meeting, (chairman, member) = committee_of(2)
    day = meeting.date
    MembershipFactory(
        committee=meeting.committee,
        person=PersonFactory(name="Cllr Left Before"),
        end_date=day - timedelta(days=1),
    )
    MembershipFactory(
        committee=meeting.committee,
        person=PersonFactory(name="Cllr Joined After"),
        start_date=day + timedelta(days=1),
    )
    MembershipFactory(
        committee=meeting.committee, person=PersonFactory(name="Cllr Until That Day"), end_date=day
    )
    AttendanceFactory(meeting=meeting, person=chairman, status=Status.PRESENT, in_chair=True)
    AttendanceFactory(meeting=meeting, person=member, status=Status.APOLOGIES)
    guest = AttendanceFactory(
        meeting=meeting,
        person=OfficerFactory(name="Jane Officer"),
        status=Status.IN_ATTENDANCE,
        role="Director",
    )
    client.force_login(democratic_services_user)
    response = client.get(url(meeting))
    assert response.status_code == 200
    page = text_of(response)
    assert "Cllr Until That Day" in page
    assert "Cllr Left Before" not in page and "Cllr Joined After" not in page
    html = response.content.decode()
    assert (
        f'name="member-{chairman.pk}-status" value="present" id="id_member-{chairman.pk}-status_0" checked'
        in html
    )
    assert f'name="member-{chairman.pk}-in_chair" id="id_member-{chairman.pk}-in_chair" checked' in html
    assert (
        f'name="member-{member.pk}-status" value="apologies" id="id_member-{member.pk}-status_1" checked'
        in html
    )
    assert f'<option value="{guest.person.pk}" selected>Jane Officer</option>' in html
    assert 'value="Director"' in html


def test_the_register_is_saved_at_once(client, democratic_services_user):
    meeting, (chairman, present, late, away, absent) = committee_of(5)
    items = [AgendaItemFactory(meeting=meeting, number=n) for n in (1, 2, 3)]
    substitute = PersonFactory(name="Cllr Sub")
    cabinet = PersonFactory(name="Cllr Cabinet")
    AttendanceFactory(meeting=meeting, person=absent, status=Status.PRESENT)  # corrected below
    data = blank(meeting, [chairman, present, late, away, absent])
    line(data, chairman, status="present", in_chair=True)
    line(data, present, status="present", left_at_item=items[2].pk)
    line(data, late, status="present", arrived_at_item=items[1].pk)
    line(data, away, status="apologies", substitute=substitute.pk)
    line(data, absent, status="absent")
    other(data, 0, person=cabinet.pk, role="Cabinet Lead Member for Children and Families")
    other(data, 1, name="Ms. R. Visitor", organisation="Leicestershire Police", role="Chief Inspector")
    client.force_login(democratic_services_user)
    response = client.post(url(meeting), data)
    assert response.status_code == 302, messages_of(response)
    assert recorded(meeting) == {
        chairman.name: ("present", True, None, "", None, None),
        present.name: ("present", False, None, "", None, 3),
        late.name: ("present", False, None, "", 2, None),
        away.name: ("apologies", False, None, "", None, None),
        absent.name: ("absent", False, None, "", None, None),
        "Cllr Sub": ("present", False, away.name, "", None, None),
        "Cllr Cabinet": (
            "in_attendance",
            False,
            None,
            "Cabinet Lead Member for Children and Families",
            None,
            None,
        ),
        "Ms. R. Visitor": ("in_attendance", False, None, "Chief Inspector", None, None),
    }
    visitor = Person.objects.get(name="Ms. R. Visitor")
    assert (visitor.family_name, visitor.organisation, visitor.kind) == (
        "Visitor",
        "Leicestershire Police",
        "guest",
    )
    assert messages_of(response) == [f"The attendance at {meeting} is saved."]


def test_the_chair_moves_from_one_member_to_another_and_a_line_is_removed(client, democratic_services_user):
    """Swapping the Chair meets the database's rule of one Chair only if saved in the right order."""
    meeting, (first, second) = committee_of(2)
    AttendanceFactory(meeting=meeting, person=first, status=Status.PRESENT, in_chair=True)
    AttendanceFactory(meeting=meeting, person=second, status=Status.PRESENT)
    guest = AttendanceFactory(
        meeting=meeting, person=OfficerFactory(name="Gone Officer"), status="in_attendance"
    )
    data = blank(meeting, [first, second])
    data["others-INITIAL_FORMS"] = "1"
    line(data, first, status="present")
    line(data, second, status="present", in_chair=True)
    other(data, 0, person=guest.person.pk, remove="on")
    client.force_login(democratic_services_user)
    assert client.post(url(meeting), data).status_code == 302
    assert recorded(meeting) == {
        first.name: ("present", False, None, "", None, None),
        second.name: ("present", True, None, "", None, None),
    }


@pytest.mark.parametrize(
    ("members", "present", "expected"),
    [
        (12, 7, "Quorate: 7 present of 12 members; quorum 3"),
        (12, 2, "Warning: Not quorate: 2 present of 12 members; quorum 3."),
    ],
)
def test_the_quorum_is_shown(client, democratic_services_user, settings, members, present, expected):
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 0.25, 3
    meeting, people = committee_of(members)
    for person in people[:present]:
        AttendanceFactory(meeting=meeting, person=person, status=Status.PRESENT)
    AttendanceFactory(meeting=meeting, person=people[-1], status=Status.APOLOGIES)
    AttendanceFactory(meeting=meeting, person=OfficerFactory(), status=Status.IN_ATTENDANCE)  # not counted
    client.force_login(democratic_services_user)
    assert expected in text_of(client.get(url(meeting)))


def test_a_substitute_counts_towards_the_quorum(client, democratic_services_user, settings):
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 0.25, 3
    meeting, people = committee_of(4)
    for person in people[:2]:
        AttendanceFactory(meeting=meeting, person=person, status=Status.PRESENT)
    AttendanceFactory(meeting=meeting, person=people[2], status=Status.APOLOGIES)
    AttendanceFactory(
        meeting=meeting, person=PersonFactory(), status=Status.PRESENT, substitute_for=people[2]
    )
    client.force_login(democratic_services_user)
    assert "Quorate: 3 present of 4 members; quorum 3" in text_of(client.get(url(meeting)))


def _bad(meeting, members, case):
    first, second, third = members
    data = blank(meeting, members)
    line(data, first, status="present", in_chair=True)
    line(data, second, status="present")
    line(data, third, status="apologies")
    if case == "two chairs":
        line(data, second, in_chair=True)
        return data, f"Only one person can be in the Chair: {first} and {second} are both ticked."
    if case == "substitute for a member present":
        line(data, second, substitute=PersonFactory().pk)
        return data, f"{second} is present, so nobody can substitute for them."
    if case == "a person twice":
        other(data, 0, person=second.pk, role="Cabinet member")
        return data, f"{second} is entered twice: each person has one line of the register."
    if case == "a member as a substitute":
        line(data, third, substitute=second.pk)
        return data, f"{second} is entered twice: each person has one line of the register."
    if case == "an item of another meeting":
        line(data, second, arrived_at_item=AgendaItemFactory().pk)
        return data, "Select a valid choice."
    if case == "a chair not present":
        line(data, third, in_chair=True)
        line(data, first, in_chair=False)
        data.pop(f"member-{first.pk}-in_chair")
        return data, f"{third} is in the Chair, so must be present."
    if case == "leaving before arriving":
        items = [AgendaItemFactory(meeting=meeting, number=n) for n in (1, 2)]
        line(data, second, arrived_at_item=items[1].pk, left_at_item=items[0].pk)
        return data, f"{second} cannot leave (item 1) before arriving (item 2)."
    if case == "a substitute for a member not marked":
        data[f"member-{third.pk}-status"] = ""
        line(data, third, substitute=PersonFactory().pk)
        return data, f"Mark {third} as giving apologies or absent, to name a substitute."
    if case == "a person and a new name":
        other(data, 0, person=PersonFactory().pk, name="Somebody New")
        return data, "Choose a person or name a new one, not both."
    if case == "an overlong role":
        other(data, 0, name="Somebody New", role="x" * 301)
        return data, "Ensure this value has at most 300 characters"
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case",
    [
        "two chairs",
        "substitute for a member present",
        "a person twice",
        "a member as a substitute",
        "an item of another meeting",
        "a chair not present",
        "leaving before arriving",
        "a substitute for a member not marked",
        "a person and a new name",
        "an overlong role",
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_saved(client, democratic_services_user, case):
    meeting, members = committee_of(3)
    AttendanceFactory(meeting=meeting, person=members[2], status=Status.PRESENT, role="kept")
    before = recorded(meeting)
    data, message = _bad(meeting, members, case)
    people = Person.objects.count()
    data["others-3-name"] = "A New Person Who Must Not Be Saved"
    data["others-TOTAL_FORMS"] = "4"
    client.force_login(democratic_services_user)
    response = client.post(url(meeting), data)
    assert response.status_code == 200
    assert message in text_of(response) or message in messages_of(response)
    assert recorded(meeting) == before
    assert Person.objects.count() == people  # the new person named is not saved either
    assert 'value="A New Person Who Must Not Be Saved"' in response.content.decode()  # nothing typed is lost


def test_approved_minutes_make_the_register_read_only(client, democratic_services_user):
    meeting, members = committee_of(2, MinutesPublishedMeetingFactory())
    AttendanceFactory(meeting=meeting, person=members[0], status=Status.PRESENT)
    later = HeldMeetingFactory(committee=meeting.committee, start=meeting.start + timedelta(days=14))
    Meeting.objects.filter(pk=meeting.pk).update(
        status=Meeting.Status.MINUTES_APPROVED, minutes_approved_at=later
    )
    before = recorded(meeting)
    client.force_login(democratic_services_user)
    page = client.get(url(meeting))
    assert "were approved at the meeting of" in text_of(page)
    assert "Save the attendance" not in text_of(page)
    assert (
        f'name="member-{members[0].pk}-status" value="present" disabled '
        f'id="id_member-{members[0].pk}-status_0" checked' in page.content.decode()
    )
    data = blank(meeting, members)
    line(data, members[0], status="absent")
    response = client.post(url(meeting), data)
    assert response.status_code == 302
    assert recorded(meeting) == before
    assert "were approved" in messages_of(response)[0]


@pytest.mark.parametrize("members", [8, 24])
def test_the_register_reads_the_same_queries_however_big_the_committee(
    client, democratic_services_user, django_assert_num_queries, members
):
    meeting, people = committee_of(members)
    items = [AgendaItemFactory(meeting=meeting, number=n) for n in range(1, 6)]
    for index, person in enumerate(people):
        AttendanceFactory(
            meeting=meeting,
            person=person,
            status=Status.PRESENT if index % 3 else Status.APOLOGIES,
            arrived_at_item=items[index % 5] if index % 3 else None,
        )
        if not index % 3:
            AttendanceFactory(
                meeting=meeting, person=PersonFactory(), status=Status.PRESENT, substitute_for=person
            )
    for _ in range(members // 4):
        AttendanceFactory(
            meeting=meeting, person=OfficerFactory(), status=Status.IN_ATTENDANCE, role="Officer"
        )
    client.force_login(democratic_services_user)
    client.get(url(meeting))  # the session and the permissions, read once
    with django_assert_num_queries(10):
        response = client.get(url(meeting))
    assert response.status_code == 200
    assert text_of(response).count("Arrived late at item") == 1


def test_other_users_do_not_reach_the_register(client):
    from tests.factories import MemberUserFactory

    meeting, _ = committee_of(1)
    client.force_login(MemberUserFactory())
    response = client.get(url(meeting))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_member_recorded_in_a_way_the_grid_does_not_offer_is_kept(client, democratic_services_user):
    meeting, (member, other) = committee_of(2)
    AttendanceFactory(meeting=meeting, person=member, status=Status.IN_ATTENDANCE, role="Cabinet Lead Member")
    data = blank(meeting, [member, other])
    line(data, other, status="present")
    client.force_login(democratic_services_user)
    assert client.post(url(meeting), data).status_code == 302
    assert recorded(meeting) == {
        member.name: ("in_attendance", False, None, "Cabinet Lead Member", None, None),
        other.name: ("present", False, None, "", None, None),
    }
