"""The cycle on a meeting's page: its stages and where the meeting stands, what stands in the way of the next
step, and the step itself, confirmed on a page of the meeting's workspace that says what it will do (the
summons to the members, the alerts to subscribers, the packs) and refuses while a blocker stands."""

import html
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from meetings import cycle
from meetings.admin import workspace
from meetings.models import AgendaItem, Meeting
from scrutiny.models import Message
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    DocumentFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MembershipFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PersonFactory,
    PublishedAgendaMeetingFactory,
    StaffUserFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db
Status = Meeting.Status


def change_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def step_url(meeting):
    return reverse("admin:meetings_meeting_next-step", args=[meeting.pk])


def messages_of(response):
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def text_of(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def ready_agenda(committee, items=2):
    """A meeting still to come whose agenda is ready: procedural items and reports with their papers."""
    meeting = MeetingFactory(committee=committee)
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the previous meeting.", kind="procedural")
    for number in range(2, items + 2):
        DocumentFactory(agenda_item=AgendaItemFactory(meeting=meeting, number=number))
    return meeting


def states(meeting):
    return [(stage.name, stage.state) for stage in cycle.stages(meeting)]


# --- the stages -----------------------------------------------------------------------------------------


def test_a_scheduled_meeting_stands_before_its_reports(committee):
    meeting = MeetingFactory(committee=committee)
    assert states(meeting)[:3] == [
        ("Reports due", "current"),
        ("Agenda published", "to come"),
        ("Meeting held", "to come"),
    ]
    agenda = cycle.stages(meeting)[1]
    assert agenda.when == f"deadline {meeting.publication_deadline:%-d %B %Y}"


def test_a_published_agenda_is_done_with_its_date(committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    stages = cycle.stages(meeting)
    assert [(s.name, s.state) for s in stages[:3]] == [
        ("Reports due", "done"),
        ("Agenda published", "done"),
        ("Meeting held", "current"),
    ]
    assert stages[1].when == f"published {timezone.localdate(meeting.agenda_published_at):%-d %B %Y}"


def test_a_held_meeting_waits_for_its_attendance_then_its_minutes(committee):
    meeting = HeldMeetingFactory(committee=committee)
    assert states(meeting)[2:5] == [
        ("Meeting held", "done"),
        ("Attendance recorded", "current"),
        ("Draft minutes written", "to come"),
    ]
    AttendanceFactory(meeting=meeting)
    assert states(meeting)[3:5] == [("Attendance recorded", "done"), ("Draft minutes written", "current")]


def test_minutes_written_without_attendance_show_it_not_recorded(committee):
    meeting = HeldMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    assert states(meeting)[3:6] == [
        ("Attendance recorded", "not recorded"),
        ("Draft minutes written", "done"),
        ("Minutes published", "current"),
    ]


def test_draft_minutes_wait_for_the_next_meeting_which_is_named(committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    AttendanceFactory(meeting=meeting)
    following = MeetingFactory(committee=committee)
    stages = cycle.stages(meeting)
    assert [(s.name, s.state) for s in stages[5:]] == [
        ("Minutes published", "done"),
        ("Minutes approved", "current"),
    ]
    assert stages[6].when == f"at the next meeting, {following.date:%-d %B %Y}"


def test_approved_minutes_complete_the_cycle(committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    AttendanceFactory(meeting=meeting)
    approving = HeldMeetingFactory(committee=committee, start=meeting.start + timedelta(days=14))
    meeting.status, meeting.minutes_approved_at = Status.MINUTES_APPROVED, approving
    meeting.save()
    assert {state for _, state in states(meeting)} == {"done"}
    assert cycle.stages(meeting)[6].when == f"at the meeting of {approving.date:%-d %B %Y}"
    assert cycle.next_step(meeting) is None


def test_a_cancelled_meeting_has_no_current_stage_and_no_next_step(committee):
    meeting = MeetingFactory(committee=committee, status=Status.CANCELLED)
    assert "current" not in {state for _, state in states(meeting)}
    assert cycle.next_step(meeting) is None


@pytest.mark.parametrize(
    "status, step",
    [
        (Status.SCHEDULED, "Publish the agenda"),
        (Status.AGENDA_PUBLISHED, "Mark the meeting as held"),
        (Status.HELD, "Publish the draft minutes"),
        (Status.MINUTES_DRAFT, "Approve the minutes"),
    ],
)
def test_the_change_page_shows_the_stages_and_the_next_step(staff, committee, status, step):
    meeting = HeldMeetingFactory(committee=committee, status=status)
    response = staff.get(change_url(meeting))
    assert response.status_code == 200
    text = text_of(response)
    assert "The meeting's cycle" in text
    for stage in cycle.stages(meeting):
        assert f"{stage.name} {stage.state.capitalize()}" in text
    assert 'aria-current="step"' in response.content.decode()
    assert f"Next step: {step.lower()}" in text
    assert f'href="{step_url(meeting)}"' in response.content.decode()


# --- the blockers ---------------------------------------------------------------------------------------


def test_a_report_with_no_paper_and_an_exempt_paper_on_a_public_item_are_warnings(committee):
    meeting = ready_agenda(committee)
    bare = AgendaItemFactory(meeting=meeting, number=9, title="Budget monitoring")
    mixed = AgendaItemFactory(meeting=meeting, number=10, title="Children's homes")
    ExemptDocumentFactory(agenda_item=mixed, exempt_paragraph=3)
    AgendaItemFactory(meeting=meeting, number=11, title="Date of next meeting.", kind="procedural")
    found = workspace.blockers(meeting)
    assert [(b.step, b.text, b.url, b.warning) for b in found] == [
        (
            Status.AGENDA_PUBLISHED,
            "Item 9, Budget monitoring, has no paper.",
            reverse("admin:meetings_agendaitem_change", args=[bare.pk]),
            True,
        ),
        (
            Status.AGENDA_PUBLISHED,
            "Item 10, Children's homes, has an exempt paper (paragraph 3) but the item is not exempt, so the "
            "agenda gives no paragraph for it.",
            reverse("admin:meetings_agendaitem_change", args=[mixed.pk]),
            True,
        ),
    ]


def test_an_empty_agenda_blocks_publication(committee):
    meeting = MeetingFactory(committee=committee)
    [blocker] = workspace.blockers(meeting)
    assert (blocker.text, blocker.warning) == ("The agenda has no items yet.", False)


def test_held_meeting_blockers_link_to_where_they_are_fixed(committee):
    meeting = HeldMeetingFactory(committee=committee)
    found = {b.text: b for b in workspace.blockers(meeting)}
    assert set(found) == {"No minutes are written yet.", "No attendance is recorded."}
    assert not found["No minutes are written yet."].warning
    assert (
        found["No minutes are written yet."].url
        == reverse("admin:meetings_minute_add") + f"?meeting={meeting.pk}"
    )
    assert found["No attendance is recorded."].warning


def test_draft_minutes_with_no_later_meeting_cannot_be_approved(committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    [blocker] = workspace.blockers(meeting)
    assert blocker.step == Status.MINUTES_APPROVED
    assert blocker.text == f"No later meeting of {committee} is scheduled to approve the minutes at."


def test_the_change_page_lists_the_blockers_with_their_links(staff, committee):
    meeting = ready_agenda(committee)
    bare = AgendaItemFactory(meeting=meeting, number=9, title="Budget monitoring")
    response = staff.get(change_url(meeting))
    page = response.content.decode()
    assert "Check:" in text_of(response)
    link = reverse("admin:meetings_agendaitem_change", args=[bare.pk])
    assert f'<a href="{link}">Item 9, Budget monitoring, has no paper.</a>' in page


# --- the step -------------------------------------------------------------------------------------------


@pytest.fixture
def members(committee):
    people = [
        PersonFactory(name="Mrs. H. J. Fryer CC", family_name="Fryer", email="helen.fryer@example.gov.uk"),
        PersonFactory(name="Mr. T. Gillard CC", family_name="Gillard", email="tom.gillard@example.gov.uk"),
        PersonFactory(name="Mr. P. Bedford CC", family_name="Bedford", email=""),
    ]
    for person in people:
        MembershipFactory(committee=committee, person=person)
    MembershipFactory(  # a former member is not summoned
        committee=committee,
        person=PersonFactory(email="former@example.gov.uk"),
        end_date=timezone.localdate() - timedelta(days=400),
    )
    return people


@pytest.fixture
def subscribers(committee):
    return [
        SubscriptionFactory(committee=committee, email="resident@example.org"),
        SubscriptionFactory(committee=committee, email="reporter@example.org"),
        SubscriptionFactory(committee=committee, email="minutes.only@example.org", agendas=False),
    ]


def test_the_confirmation_says_what_publishing_will_do(staff, committee, members, subscribers):
    meeting = ready_agenda(committee, items=2)
    response = staff.get(step_url(meeting))
    assert response.status_code == 200
    text = text_of(response)
    assert "Publish the agenda (3 items) on the meeting's public page." in text
    assert "Send the summons, with the agenda, to 2 members of the committee by email." in text
    assert (
        "1 member has no email address, so no summons by email: Mr. P. Bedford CC. Send theirs by post."
        in text
    )
    assert (
        'Email the alert "Agenda published" to the 2 subscribers of the committee who asked for it.' in text
    )
    assert "Build the agenda packs, public and full" in text
    assert 'value="Confirm: publish the agenda"' in response.content.decode()


def test_publishing_summons_every_member_and_alerts_the_subscribers(
    staff, committee, members, subscribers, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = ready_agenda(committee, items=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
    assert response.status_code == 302 and response.url == change_url(meeting)
    assert Meeting.objects.get(pk=meeting.pk).status == Status.AGENDA_PUBLISHED
    summonses = [email for email in mailoutbox if email.subject.startswith("Summons")]
    assert sorted(to for email in summonses for to in email.to) == [
        "helen.fryer@example.gov.uk",
        "tom.gillard@example.gov.uk",
    ]
    meeting_url = f"{settings.SITE_URL}{meeting.get_absolute_url()}"
    for email in summonses:
        assert email.subject == f"Summons: {committee.name}, {meeting.start:%A %-d %B %Y}"
        assert "You are summoned to attend the meeting of the Children and Families" in email.body
        assert f"{meeting_url}#agenda" in email.body
        assert "1. Minutes of the previous meeting." in email.body
    alerts = [email for email in mailoutbox if email.subject.startswith("Agenda published")]
    assert sorted(to for email in alerts for to in email.to) == [
        "reporter@example.org",
        "resident@example.org",
    ]
    assert Message.objects.filter(kind="meetings.summons", sent_at__isnull=False).count() == 2
    said = messages_of(response)
    assert ("success", "The agenda is published.") in said
    assert ("success", "The summons is on its way to 2 members.") in said
    assert ("success", "Send the summons by post to Mr. P. Bedford CC.") in said
    assert ("success", "The alert is on its way to 2 subscribers.") in said


def test_publishing_twice_summons_nobody_twice(
    staff, committee, members, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = ready_agenda(committee)
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
        second = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
    assert Meeting.objects.get(pk=meeting.pk).status == Status.AGENDA_PUBLISHED  # not marked held
    assert len([e for e in mailoutbox if e.subject.startswith("Summons")]) == 2
    assert messages_of(second)[-1][0] == "error"
    assert "already been taken" in messages_of(second)[-1][1]


def test_a_blocker_refuses_the_step(staff, committee, mailoutbox):
    meeting = MeetingFactory(committee=committee)
    response = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
    assert response.status_code == 200
    assert Meeting.objects.get(pk=meeting.pk).status == Status.SCHEDULED
    assert ("error", "The step was not taken: fix what stands in its way first.") in messages_of(response)
    assert "The agenda has no items yet." in text_of(response)
    assert "Confirm: publish the agenda" not in response.content.decode()  # no button while it stands
    assert mailoutbox == []


def test_a_warning_must_be_confirmed(staff, committee, members, django_capture_on_commit_callbacks):
    meeting = ready_agenda(committee)
    AgendaItemFactory(meeting=meeting, number=9, title="Budget monitoring")
    refused = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
    assert refused.status_code == 200
    assert "Confirm the warnings to take the step, or fix them first." in text_of(refused)
    assert Meeting.objects.get(pk=meeting.pk).status == Status.SCHEDULED
    with django_capture_on_commit_callbacks(execute=True):
        taken = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED, "confirmed": "on"})
    assert taken.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).status == Status.AGENDA_PUBLISHED


def test_marking_held_and_publishing_the_draft_minutes(
    staff, committee, subscribers, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = PublishedAgendaMeetingFactory(committee=committee, start=timezone.now() - timedelta(hours=3))
    assert "Mark the meeting as held: its attendance and minutes can then be recorded." in text_of(
        staff.get(step_url(meeting))
    )
    response = staff.post(step_url(meeting), {"to": Status.HELD})
    assert ("success", "The meeting is marked as held.") in messages_of(response)
    MinuteFactory(meeting=meeting)
    AttendanceFactory(meeting=meeting)
    page = text_of(staff.get(step_url(meeting)))
    assert "Publish the draft minutes (1 minute) on the meeting's public page" in page
    assert 'Email the alert "Draft minutes published" to the 3 subscribers' in page
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(step_url(meeting), {"to": Status.MINUTES_DRAFT})
    assert Meeting.objects.get(pk=meeting.pk).status == Status.MINUTES_DRAFT
    assert sorted(e.to[0] for e in mailoutbox) == sorted(s.email for s in subscribers)


def test_a_meeting_not_started_cannot_be_marked_held(staff, committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    response = staff.post(step_url(meeting), {"to": Status.HELD})
    assert Meeting.objects.get(pk=meeting.pk).status == Status.AGENDA_PUBLISHED
    assert "The meeting has not started yet" in text_of(response)


def test_approving_at_the_chosen_meeting(staff, committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    next_one = HeldMeetingFactory(committee=committee, start=meeting.start + timedelta(days=14))
    later = MeetingFactory(committee=committee)
    page = staff.get(step_url(meeting))
    assert f'<option value="{next_one.pk}" selected>' in page.content.decode()
    response = staff.post(step_url(meeting), {"to": Status.MINUTES_APPROVED, "approved_at": later.pk})
    stored = Meeting.objects.get(pk=meeting.pk)
    assert (stored.status, stored.minutes_approved_at) == (Status.MINUTES_APPROVED, later)
    assert (
        "success",
        f"They are recorded as approved at the meeting of {later.date:%-d %B %Y}.",
    ) in messages_of(response)


def test_take_next_step_refuses_a_step_already_taken(committee):
    meeting = ready_agenda(committee)
    cycle.take_next_step(meeting, to=Status.AGENDA_PUBLISHED)
    with pytest.raises(ValidationError, match="already been taken"):
        cycle.take_next_step(meeting, to=Status.AGENDA_PUBLISHED)
    assert Meeting.objects.get(pk=meeting.pk).status == Status.AGENDA_PUBLISHED


# --- the workspace itself -------------------------------------------------------------------------------


def test_a_workspace_page_of_a_missing_meeting_is_not_found(staff):
    assert staff.get(reverse("admin:meetings_meeting_next-step", args=[987654])).status_code == 404
    assert staff.get("/admin/meetings/meeting/not-a-number/next-step/").status_code == 404


def test_a_workspace_page_is_refused_to_staff_outside_democratic_services(client, committee):
    meeting = ready_agenda(committee)
    client.force_login(StaffUserFactory())
    assert client.get(step_url(meeting)).status_code == 403
    assert client.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED}).status_code == 403
    assert Meeting.objects.get(pk=meeting.pk).status == Status.SCHEDULED


def test_the_change_page_links_every_workspace_page(staff, committee):
    meeting = ready_agenda(committee)
    page = staff.get(change_url(meeting)).content.decode()
    for registered in workspace.meeting_pages():
        assert f'<li><a href="{registered.url(meeting)}">{registered.title}</a></li>' in page


def test_a_workspace_page_links_the_meeting_and_marks_itself_current(staff, committee):
    meeting = ready_agenda(committee)
    page = staff.get(step_url(meeting)).content.decode()
    assert f'<a href="{change_url(meeting)}">The meeting</a>' in page
    assert f'<a href="{step_url(meeting)}" aria-current="page">Next step</a>' in page


# --- query budgets --------------------------------------------------------------------------------------


def meeting_of(committee, items):
    meeting = ready_agenda(committee, items=items)
    AgendaItemFactory(meeting=meeting, number=items + 5, title="Budget monitoring")  # a warning
    for _ in range(items):
        MembershipFactory(committee=committee)
        SubscriptionFactory(committee=committee)
    return meeting


# The same for 5 and 25 items, members and subscribers: the cycle adds a query for each registered check of
# blockers (meetings' agenda: the items with their papers; the reports requested); the confirmation those, and
# one each for the items counted, the members and the subscribers. Each page is loaded once first, so that
# the content types the admin caches for the process are counted in neither.
CHANGE_PAGE_QUERIES = 21
STEP_PAGE_QUERIES = 12


@pytest.mark.parametrize("items", [5, 25])
def test_the_change_page_queries_do_not_grow_with_the_agenda(
    staff, committee, items, django_assert_num_queries
):
    meeting = meeting_of(committee, items)
    staff.get(change_url(meeting))
    with django_assert_num_queries(CHANGE_PAGE_QUERIES):
        assert staff.get(change_url(meeting)).status_code == 200


@pytest.mark.parametrize("items", [5, 25])
def test_the_confirmation_page_queries_do_not_grow(staff, committee, items, django_assert_num_queries):
    meeting = meeting_of(committee, items)
    staff.get(step_url(meeting))
    with django_assert_num_queries(STEP_PAGE_QUERIES):
        assert staff.get(step_url(meeting)).status_code == 200


def test_the_actions_arising_is_added_from_the_list_of_meetings(staff, committee):
    meeting = ready_agenda(committee)
    response = staff.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "add_actions_arising", "_selected_action": [meeting.pk], "index": 0},
    )
    assert messages_of(response) == [
        (
            "success",
            f"Added item 2, Actions arising from previous meetings. to the agenda of {meeting}: its report "
            "is generated into the agenda pack.",
        )
    ]
    assert meeting.agenda_items.get(number=2).kind == AgendaItem.Kind.ACTIONS_ARISING


def test_a_meeting_with_no_step_left_says_so_and_takes_none(staff, committee):
    meeting = MeetingFactory(committee=committee, status=Status.CANCELLED)
    page = staff.get(step_url(meeting))
    assert page.status_code == 200
    assert f"{meeting} has no step left to take: it is cancelled." in text_of(page)
    response = staff.post(step_url(meeting), {"to": Status.AGENDA_PUBLISHED})
    assert response.status_code == 200
    assert ("error", f"That step has already been taken: {meeting} is cancelled.") in messages_of(response)
    assert Meeting.objects.get(pk=meeting.pk).status == Status.CANCELLED
