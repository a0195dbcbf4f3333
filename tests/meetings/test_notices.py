"""Cancel, postpone, move a meeting and call an extraordinary one: each workflow locks the meeting, refuses
what makes no sense, and tells the committee's members and subscribers through the outbox."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage

from meetings import notices, workflow
from meetings.models import Meeting
from scrutiny.models import Message
from tests.factories import (
    CommitteeFactory,
    HeldMeetingFactory,
    MembershipFactory,
    PersonFactory,
    PublishedAgendaMeetingFactory,
    RoomFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Meeting.Status


def at(month, day, hour=14, minute=0, year=2024):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


@pytest.fixture
def committee():
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
    chair = PersonFactory(
        name="Mrs. D. Taylor CC", family_name="Taylor", email="deborah.taylor@example.gov.uk"
    )
    member = PersonFactory(name="Mr. T. Eynon CC", family_name="Eynon", email="tom.eynon@example.gov.uk")
    MembershipFactory(committee=committee, person=chair, role="chairman")
    MembershipFactory(committee=committee, person=member)
    # No address to write to; and one whose membership ended before the meeting: neither is told.
    MembershipFactory(committee=committee, person=PersonFactory(name="Mr. J. Nobody CC", email=""))
    gone = PersonFactory(name="Mr. P. Gone CC", email="gone@example.gov.uk")
    MembershipFactory(committee=committee, person=gone, end_date=date(2024, 1, 1))
    SubscriptionFactory(committee=committee, email="resident@example.org")
    SubscriptionFactory(committee=CommitteeFactory(), email="elsewhere@example.org")  # another committee's
    return committee


@pytest.fixture
def march(committee):
    return PublishedAgendaMeetingFactory(
        committee=committee, start=at(3, 5), room=RoomFactory(name="Sparkenhoe Committee Room"), location=""
    )


def sent(mailoutbox) -> dict[str, EmailMessage]:
    return {email.to[0]: email for email in mailoutbox}


MEMBERS = {"deborah.taylor@example.gov.uk", "tom.eynon@example.gov.uk"}
EVERYONE = MEMBERS | {"resident@example.org"}


def test_a_cancelled_meeting_is_told_to_its_members_and_subscribers(
    march, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel(march, reason="There is no business to transact.")
    march.refresh_from_db()
    assert march.status == Status.CANCELLED and march.change_reason == "There is no business to transact."
    emails = sent(mailoutbox)
    assert set(emails) == EVERYONE
    member, resident = emails["tom.eynon@example.gov.uk"], emails["resident@example.org"]
    assert member.subject == (
        "Meeting cancelled: Children and Families Overview and Scrutiny Committee, 5 March 2024"
    )
    assert "on Tuesday 5 March 2024, 2.00 p.m. has been cancelled." in member.body
    assert "Reason: There is no business to transact." in member.body
    assert f"{march.get_absolute_url()}\n" in member.body
    # The subscriber can stop the alerts; a member is not on a list.
    assert "To stop them, open this link" in resident.body and "List-Unsubscribe" in resident.extra_headers
    assert "To stop them" not in member.body
    # The outbox keeps what was sent, about the meeting.
    assert set(Message.objects.filter(meeting=march).values_list("recipient", flat=True)) == EVERYONE


def test_moving_a_meeting_keeps_its_published_agenda_and_recomputes_its_deadline(
    march, mailoutbox, django_capture_on_commit_callbacks
):
    published = march.agenda_published_at
    chamber = RoomFactory(name="Council Chamber")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.move(
            march, reason="The room is needed for an election count.", start=at(3, 12, 10), room=chamber
        )
    march.refresh_from_db()
    assert (march.start, march.moved_from, march.room, march.location) == (
        at(3, 12, 10),
        at(3, 5),
        chamber,
        "Council Chamber",
    )
    assert march.agenda_published_at == published and march.status == Status.AGENDA_PUBLISHED
    assert march.publication_deadline == date(2024, 3, 4)  # five clear working days before the 12th
    email = sent(mailoutbox)["deborah.taylor@example.gov.uk"]
    assert (
        email.subject.startswith("Meeting moved: Children and Families")
        and "now 12 March 2024" in email.subject
    )
    assert "on Tuesday 5 March 2024, 2.00 p.m. has been moved." in email.body
    assert "When: Tuesday 12 March 2024, 10.00 a.m." in email.body and "Where: Council Chamber" in email.body
    assert set(sent(mailoutbox)) == EVERYONE


def test_postponed_until_a_date_is_fixed_and_then_moved_to_it(
    march, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.postpone(march, reason="The report is not ready.")
    march.refresh_from_db()
    assert march.is_postponed and march.status == Status.AGENDA_PUBLISHED and march.start == at(3, 5)
    body = sent(mailoutbox)["tom.eynon@example.gov.uk"].body
    assert "has been postponed. Its new date is not fixed yet" in body
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.move(march, reason="The report is ready.", start=at(4, 9))
    march.refresh_from_db()
    assert not march.is_postponed and march.start == at(4, 9)
    # A second change is told again, under its own key.
    assert set(sent(mailoutbox)) == EVERYONE
    assert Message.objects.filter(meeting=march, recipient="resident@example.org").count() == 2


def test_postponed_to_a_new_date(march, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.postpone(march, reason="Purdah.", start=at(5, 14, 10))
    march.refresh_from_db()
    assert (march.start, march.moved_from, march.is_postponed) == (at(5, 14, 10), at(3, 5), False)
    body = sent(mailoutbox)["resident@example.org"].body
    assert "on Tuesday 5 March 2024, 2.00 p.m. has been postponed to Tuesday 14 May 2024, 10.00 a.m." in body
    with pytest.raises(ValidationError, match="only be postponed to a later date"):
        workflow.postpone(march, reason="", start=at(5, 1))


def test_a_held_meeting_cannot_be_moved_postponed_or_cancelled(committee, mailoutbox):
    held = HeldMeetingFactory(committee=committee)
    for change in (
        lambda: workflow.move(held, reason="", start=at(6, 1)),
        lambda: workflow.postpone(held, reason=""),
        lambda: workflow.cancel(held, reason=""),
    ):
        with pytest.raises(ValidationError, match="it is held"):
            change()
    assert Meeting.objects.get(pk=held.pk).status == Status.HELD
    assert not Message.objects.exists() and mailoutbox == []


def test_moving_a_meeting_nowhere_is_refused(march):
    with pytest.raises(ValidationError, match="give a new date, time or room"):
        workflow.move(march, reason="", start=at(3, 5), room=march.room)
    assert not Message.objects.exists()


def test_an_extraordinary_meeting_is_called_and_told(
    committee, mailoutbox, django_capture_on_commit_callbacks
):
    room = RoomFactory(name="Guthlaxton Committee Room")
    with django_capture_on_commit_callbacks(execute=True):
        meeting = workflow.call_extraordinary(
            committee=committee,
            start=at(7, 2, 10),
            room=room,
            purpose="To consider the call-in of a decision.",
        )
    assert meeting.is_extraordinary and meeting.location == "Guthlaxton Committee Room"
    email = sent(mailoutbox)["deborah.taylor@example.gov.uk"]
    assert email.subject == (
        "Extraordinary meeting: Children and Families Overview and Scrutiny Committee, 2 July 2024"
    )
    assert "Purpose: To consider the call-in of a decision." in email.body
    assert set(sent(mailoutbox)) == EVERYONE
    with pytest.raises(ValidationError, match="Say what the extraordinary meeting is called for"):
        workflow.call_extraordinary(committee=committee, start=at(7, 3), purpose="  ")


def test_the_audience_says_who_will_be_told(march):
    assert notices.audience(march) == [
        "The committee's members (Mrs. D. Taylor CC, Mr. T. Eynon CC)",
        "1 subscriber to the committee's email alerts",
    ]


def test_a_notice_waiting_when_the_meeting_is_then_cancelled_is_not_sent_as_a_move(
    march, mailoutbox, django_capture_on_commit_callbacks
):
    workflow.move(march, reason="", start=at(3, 6))  # its callbacks never run: the notices wait
    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel(march, reason="No business.")
    subjects = {email.subject.split(":")[0] for email in mailoutbox}
    assert subjects == {"Meeting cancelled"}
    assert not Message.objects.filter(key__startswith="moved:").exists()
