"""Follow-up in the admin: a request for information raises its action, and a recommendation starts its
clock, in the step that records them; actions are raised, edited safely, reviewed and withdrawn; history."""

from datetime import date, timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from followup.models import Action, ActionResponse, Recommendation
from meetings.models import Resolution
from scrutiny.models import Message
from scrutiny.working_days import working_days_before
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    ResolutionFactory,
    TeamFactory,
)

pytestmark = pytest.mark.django_db
ACTIONS = reverse("admin:followup_action_changelist")


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


@pytest.fixture
def minute():
    """Minute 52 of last month's meeting, in draft; the committee meets next in two months."""
    held = MinutesPublishedMeetingFactory()
    MeetingFactory(committee=held.committee, start=timezone.now() + timedelta(days=60))
    return MinuteFactory(meeting=held, number=52, heading="Medium Term Financial Strategy.")


def ten_working_days_before_the_next_meeting(minute):
    next_meeting = minute.meeting.committee.meetings.filter(start__gt=timezone.now()).get()
    return working_days_before(next_meeting.date, 10)


def messages_of(response):
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def minute_with_resolution(minute, **resolution):
    data = {
        "meeting": minute.meeting_id,
        "agenda_item": "",
        "number": minute.number,
        "heading": minute.heading,
        "text": minute.text,
    }
    for prefix in ("discussionpoints", "votes"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    data |= {"resolutions-TOTAL_FORMS": 1, "resolutions-INITIAL_FORMS": 0, "resolutions-0-position": 1}
    data |= {f"resolutions-0-{name}": value for name, value in resolution.items()}
    return data


# --- one step from the minutes ----------------------------------------------------------------------------


def test_a_request_for_information_raises_its_action_in_the_same_step(staff, minute):
    officer = OfficerFactory()
    response = staff.post(
        reverse("admin:meetings_minute_change", args=[minute.pk]),
        minute_with_resolution(
            minute,
            letter="c",
            kind="request_for_information",
            text="That the Director be requested to provide the Committee with the tribunal figures.",
            action_owner=officer.pk,
        ),
    )
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    resolution = Resolution.objects.get(minute=minute, letter="c")
    action = Action.objects.get(resolution=resolution)
    assert action.owner == officer and action.description == resolution.text
    assert action.due_date == ten_working_days_before_the_next_meeting(minute)
    assert Message.objects.filter(action=action, kind="followup.assigned", recipient=officer.email).exists()


def test_a_recommendation_starts_its_clock_in_the_same_step(staff, minute):
    staff.post(
        reverse("admin:meetings_minute_change", args=[minute.pk]),
        minute_with_resolution(
            minute,
            letter="b",
            kind="recommendation",
            recommended_to="Cabinet",
            text="That the draft Departmental Plan be presented to the Cabinet.",
            recommendation_sent_on="2024-01-24",
        ),
    )
    recommendation = Recommendation.objects.get(resolution__minute=minute)
    assert (recommendation.body, recommendation.response_due) == ("Cabinet", date(2024, 3, 24))


@pytest.mark.parametrize(
    "follow_up, field, message",
    [
        (
            {"kind": "noted", "recommendation_sent_on": "2024-01-24"},
            "recommendation_sent_on",
            "Only a recommendation",
        ),
        ({"kind": "request_for_information", "action_due_date": "2024-02-20"}, "action_owner", "Choose who"),
    ],
)
def test_follow_up_that_makes_no_sense_is_refused_and_nothing_saved(staff, minute, follow_up, field, message):
    response = staff.post(
        reverse("admin:meetings_resolution_add"),
        {"minute": minute.pk, "position": 1, "letter": "a", "text": "That the report be noted.", **follow_up},
    )
    assert response.status_code == 200
    assert any(message in error for error in response.context["adminform"].form.errors[field])
    assert not Resolution.objects.filter(minute=minute).exists()


def test_an_officer_and_a_team_together_are_refused(staff, minute):
    response = staff.post(
        reverse("admin:meetings_resolution_add"),
        {
            "minute": minute.pk,
            "position": 1,
            "kind": "request_for_information",
            "text": "That the Director be requested to provide figures.",
            "action_owner": OfficerFactory().pk,
            "action_team": TeamFactory().pk,
        },
    )
    assert "not both" in str(response.context["adminform"].form.errors["action_team"])
    assert not Action.objects.exists()


def test_a_recommendation_is_sent_once(staff):
    recommendation = ResolutionFactory(kind="recommendation", recommended_to="Cabinet")
    Recommendation.objects.create(resolution=recommendation, body="Cabinet", sent_on=date(2024, 1, 24))
    response = staff.post(
        reverse("admin:meetings_resolution_change", args=[recommendation.pk]),
        {
            "minute": recommendation.minute_id,
            "position": 1,
            "kind": "recommendation",
            "text": recommendation.text,
            "recommended_to": "Cabinet",
            "recommendation_sent_on": "2024-02-01",
        },
    )
    assert "already been sent" in str(response.context["adminform"].form.errors)


# --- actions ----------------------------------------------------------------------------------------------


def action_data(**fields):
    return {
        "resolution": "",
        "minute": "",
        "committee": "",
        "meeting": "",
        "description": "Circulate the work programme.",
        "owner": "",
        "team": "",
        "due_date": "",
        "responses-TOTAL_FORMS": 0,
        "responses-INITIAL_FORMS": 0,
        **fields,
    }


def test_raising_an_action_takes_the_committee_from_its_resolution(staff, minute, democratic_services_user):
    resolution = ResolutionFactory(minute=minute, kind="request_for_information")
    officer = OfficerFactory()
    response = staff.post(
        reverse("admin:followup_action_add"), action_data(resolution=resolution.pk, owner=officer.pk)
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.committee, action.meeting, action.minute) == (minute.committee, minute.meeting, minute)
    assert action.due_date == ten_working_days_before_the_next_meeting(minute)
    assert action.raised_by == democratic_services_user
    assert Message.objects.filter(action=action, kind="followup.assigned").count() == 1


def test_an_action_without_a_committee_is_refused(staff):
    response = staff.post(reverse("admin:followup_action_add"), action_data(owner=OfficerFactory().pk))
    assert "Say which committee" in str(response.context["adminform"].form.errors["committee"])
    assert not Action.objects.exists()


def test_an_edit_from_a_stale_page_is_refused(staff):
    action = ActionFactory()
    seen = action.version
    ActionResponseFactory(action=action)  # an officer answers meanwhile…
    Action.objects.filter(pk=action.pk).update(version=seen + 1)  # …which moved the action on
    response = staff.post(
        reverse("admin:followup_action_change", args=[action.pk]),
        action_data(
            committee=action.committee_id,
            description="Rewritten.",
            owner=action.owner_id,
            due_date=action.due_date.isoformat(),
            seen_version=seen,
        ),
    )
    assert response.status_code == 200
    assert "Someone else changed this action" in str(response.context["adminform"].form.errors)
    assert Action.objects.get(pk=action.pk).description != "Rewritten."


def test_reassigning_tells_the_new_owner(staff):
    action = ActionFactory()
    new_owner = OfficerFactory()
    response = staff.post(
        reverse("admin:followup_action_change", args=[action.pk]),
        action_data(
            resolution=action.resolution_id,
            description=action.description,
            owner=new_owner.pk,
            due_date=action.due_date.isoformat(),
            seen_version=action.version,
        ),
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.owner == new_owner and action.version == 2
    assert Message.objects.filter(action=action, recipient=new_owner.email, kind="followup.assigned").exists()


def test_accepting_from_the_list(staff):
    action = ActionResponseFactory().action
    staff.post(ACTIONS, {"action": "accept_responses", ACTION_CHECKBOX_NAME: [action.pk], "index": 0})
    assert Action.objects.get(pk=action.pk).status == Action.Status.COMPLETED


def test_democratic_services_cannot_accept_or_return_their_own_answer_from_the_list(
    staff, democratic_services_user
):
    action = ActionResponseFactory(submitted_by=democratic_services_user).action
    refusal = (
        f"You sent the answer to action {action.reference} that is awaiting review, so someone else in "
        "Democratic Services must accept or return it."
    )
    ticked = {ACTION_CHECKBOX_NAME: [action.pk], "index": 0}
    response = staff.post(ACTIONS, ticked | {"action": "accept_responses"})
    assert messages_of(response) == [("error", refusal)]
    staff.get(ACTIONS)  # shows, and so clears, the message
    response = staff.post(ACTIONS, ticked | {"action": "return_responses", "apply": "1", "reason": "Why?"})
    assert messages_of(response) == [("error", refusal)]
    assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED
    assert ActionResponse.objects.get(action=action).reviewed_by is None


def test_accepting_an_action_with_nothing_to_review_says_why(staff):
    action = ActionFactory()
    response = staff.post(
        ACTIONS, {"action": "accept_responses", ACTION_CHECKBOX_NAME: [action.pk], "index": 0}
    )
    assert ("error", f"Action {action.reference} has no response awaiting review.") in messages_of(response)


def test_returning_from_the_list_asks_for_the_reason(staff):
    action = ActionResponseFactory().action
    ticked = {"action": "return_responses", ACTION_CHECKBOX_NAME: [action.pk], "index": 0}
    page = staff.post(ACTIONS, ticked)
    assert page.status_code == 200 and "Return the responses" in page.content.decode()
    staff.post(ACTIONS, ticked | {"apply": "1", "reason": ""})
    assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED
    staff.post(ACTIONS, ticked | {"apply": "1", "reason": "Add the 2023 figures."})
    assert ActionResponse.objects.get(action=action).return_reason == "Add the 2023 figures."
    assert Action.objects.get(pk=action.pk).status == Action.Status.IN_PROGRESS


def test_withdrawing_from_the_list(staff):
    action = ActionFactory()
    staff.post(
        ACTIONS,
        {
            "action": "withdraw_actions",
            ACTION_CHECKBOX_NAME: [action.pk],
            "index": 0,
            "apply": "1",
            "reason": "The committee agreed it is no longer needed.",
        },
    )
    action.refresh_from_db()
    assert action.status == Action.Status.WITHDRAWN
    assert action.withdrawn_reason == "The committee agreed it is no longer needed."


def test_the_overdue_filter(staff):
    late = ActionFactory(due_date=timezone.localdate() - timedelta(days=1))
    ActionFactory()
    response = staff.get(ACTIONS, {"overdue": "yes"})
    assert list(response.context["cl"].result_list) == [late]


@pytest.mark.parametrize(
    "make, view",
    [
        (lambda: ActionFactory(), "admin:followup_action_history"),
        (lambda: ResolutionFactory(), "admin:meetings_resolution_history"),
        (lambda: MinuteFactory(), "admin:meetings_minute_history"),
        (lambda: ActionResponseFactory(), "admin:followup_actionresponse_history"),
    ],
)
def test_democratic_services_read_the_history_of_every_change(staff, make, view):
    obj = make()
    response = staff.get(reverse(view, args=[obj.pk]))
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) >= 1
