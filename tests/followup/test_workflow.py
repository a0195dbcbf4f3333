"""The life of an action and of a recommendation: raised, answered, reviewed, withdrawn; due dates and the
executive's response clock; what is overdue; what the next meeting reports; and every change kept."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from followup import workflow
from followup.clocks import default_due_date, executive_response_due
from followup.models import Action, ActionResponse, Recommendation
from tests.factories import (
    ActionFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DiscussionPointFactory,
    ExemptAgendaItemFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OverdueActionFactory,
    RecommendationFactory,
    ResolutionFactory,
    TeamFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Action.Status


def at(year, month, day, hour=14):
    return datetime(year, month, day, hour, tzinfo=LONDON)


@pytest.fixture
def committee():
    return CommitteeFactory()


@pytest.fixture
def january(committee):
    return MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))


@pytest.fixture
def march(committee, january):
    return MeetingFactory(committee=committee, start=at(2024, 3, 5))


@pytest.fixture
def request_for_information(january):
    minute = MinuteFactory(meeting=january, number=52)
    return ResolutionFactory(
        minute=minute,
        kind="request_for_information",
        text="That the Director be requested to provide the Committee with figures on tribunals.",
    )


@pytest.fixture
def reviewer():
    return DemocraticServicesUserFactory()


def stored(action):
    return Action.objects.get(pk=action.pk)


# --- raising an action ------------------------------------------------------------------------------------


def test_an_action_from_a_resolution_takes_its_minute_meeting_and_committee(request_for_information, march):
    officer = OfficerFactory()
    action = workflow.raise_action(
        description=request_for_information.text, owner=officer, resolution=request_for_information
    )
    assert action.minute == request_for_information.minute
    assert action.meeting == request_for_information.minute.meeting
    assert action.committee == request_for_information.minute.committee
    assert action.status == Status.OPEN
    assert action.source == "Minute 52"


def test_an_action_from_discussion_points_to_its_minute(january, march):
    point = DiscussionPointFactory(minute=MinuteFactory(meeting=january, number=46))
    action = workflow.raise_action(
        description="Provide the breakdown of tribunal outcomes.", owner=OfficerFactory(), minute=point.minute
    )
    assert (action.minute, action.meeting, action.committee) == (point.minute, january, january.committee)


def test_democratic_services_raise_an_action_for_a_committee_directly(committee):
    action = workflow.raise_action(
        description="Circulate the work programme.", owner=OfficerFactory(), committee=committee
    )
    assert action.committee == committee and action.meeting is None
    assert action.source == "Raised by Democratic Services"


def test_an_action_needs_a_committee(db):
    with pytest.raises(ValidationError) as error:
        workflow.raise_action(description="Nothing to hang it on.", owner=OfficerFactory())
    assert "which committee" in str(error.value)
    assert not Action.objects.exists()


def test_an_action_needs_exactly_one_owner(committee):
    with pytest.raises(ValidationError, match="either an officer or a team"):
        workflow.raise_action(
            description="Both.", owner=OfficerFactory(), team=TeamFactory(), committee=committee
        )
    with pytest.raises(ValidationError, match="either an officer or a team"):
        workflow.raise_action(description="Neither.", committee=committee)
    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.create(committee=committee, description="Neither.", due_date=date(2024, 2, 1))
    assert not Action.objects.exists()


def test_an_action_of_an_exempt_item_is_exempt(january):
    item = ExemptAgendaItemFactory(meeting=january)
    minute = MinuteFactory(meeting=january, agenda_item=item)
    action = workflow.raise_action(description="Report the bids.", owner=OfficerFactory(), minute=minute)
    assert minute.exempt and action.exempt


# --- due dates --------------------------------------------------------------------------------------------


def test_due_ten_working_days_before_the_next_meeting(request_for_information, march):
    # 5 March 2024 is a Tuesday: ten working days before it is Tuesday 20 February.
    action = workflow.raise_action(
        description="Figures.",
        owner=OfficerFactory(),
        resolution=request_for_information,
        when=at(2024, 1, 24),
    )
    assert action.due_date == date(2024, 2, 20)


def test_the_working_days_before_the_meeting_are_a_setting(settings, committee, march):
    settings.ACTION_DUE_WORKING_DAYS_BEFORE_MEETING = 5
    assert default_due_date(committee.pk, date(2024, 1, 24)) == date(2024, 2, 27)


def test_without_a_next_meeting_due_in_twenty_working_days(committee):
    # From Wednesday 20 March 2024: Good Friday (29 March) and Easter Monday (1 April) are not working days.
    assert default_due_date(committee.pk, date(2024, 3, 20)) == date(2024, 4, 19)


def test_a_cancelled_next_meeting_does_not_set_the_due_date(committee):
    MeetingFactory(committee=committee, start=at(2024, 3, 5), status="cancelled")
    assert default_due_date(committee.pk, date(2024, 1, 24)) == date(2024, 2, 21)


def test_a_next_meeting_too_close_for_ten_working_days_falls_back(committee, march):
    assert default_due_date(committee.pk, date(2024, 2, 28)) == date(2024, 3, 27)


def test_a_given_due_date_is_kept(request_for_information):
    action = workflow.raise_action(
        description="Figures.",
        owner=OfficerFactory(),
        resolution=request_for_information,
        due_date=date(2024, 6, 1),
    )
    assert action.due_date == date(2024, 6, 1)


# --- responses and review ---------------------------------------------------------------------------------


def test_an_answer_waits_for_review(reviewer):
    action = ActionFactory()
    response = workflow.submit_response(action, text="The figures are attached.", responded_by=action.owner)
    assert stored(action).status == Status.RESPONSE_SUBMITTED
    assert response.outcome == ActionResponse.Outcome.AWAITING_REVIEW


def test_a_progress_update_moves_an_open_action_in_progress_and_needs_no_review():
    action = ActionFactory()
    response = workflow.submit_response(
        action,
        text="Figures requested from the tribunal service.",
        kind="progress",
        responded_by=action.owner,
    )
    assert stored(action).status == Status.IN_PROGRESS
    assert response.outcome == ActionResponse.Outcome.NOT_FOR_REVIEW


def test_a_progress_update_after_an_answer_keeps_it_awaiting_review():
    action = ActionFactory()
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    workflow.submit_response(action, text="One more detail.", kind="progress", responded_by=action.owner)
    assert stored(action).status == Status.RESPONSE_SUBMITTED


def test_attachments_are_kept_with_the_response(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    action = ActionFactory()
    response = workflow.submit_response(
        action,
        text="See the table.",
        responded_by=action.owner,
        files=[SimpleUploadedFile("tribunals.pdf", b"%PDF-1.4 tribunal figures")],
    )
    attachment = response.attachments.get()
    assert attachment.filename == "tribunals.pdf"
    with attachment.file.open("rb") as file:
        assert file.read() == b"%PDF-1.4 tribunal figures"


def test_accepting_completes_the_action(reviewer):
    action = ActionFactory()
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    workflow.accept_response(action, user=reviewer)
    action = stored(action)
    assert action.status == Status.COMPLETED and action.closed_at is not None
    response = action.responses.get()
    assert (response.outcome, response.reviewed_by) == (ActionResponse.Outcome.ACCEPTED, reviewer)


def test_returning_needs_a_reason_and_goes_back_to_the_officer(reviewer):
    action = ActionFactory()
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    with pytest.raises(ValidationError, match="Enter why"):
        workflow.return_response(action, user=reviewer, reason="  ")
    assert stored(action).status == Status.RESPONSE_SUBMITTED
    workflow.return_response(action, user=reviewer, reason="The figures for 2023 are missing.")
    assert stored(action).status == Status.IN_PROGRESS
    response = action.responses.get()
    assert response.outcome == ActionResponse.Outcome.RETURNED
    assert response.return_reason == "The figures for 2023 are missing."


def test_no_one_accepts_or_returns_an_answer_they_sent(reviewer):
    """Democratic Services may log an answer for the officer; another of them reviews it."""
    action = ActionFactory()
    workflow.submit_response(
        action, text="The figures, as the officer gave them.", responded_by=None, submitted_by=reviewer
    )
    refusal = (
        f"You sent the answer to action {action.reference} that is awaiting review, so someone else in "
        "Democratic Services must accept or return it."
    )
    with pytest.raises(ValidationError) as refused:
        workflow.accept_response(action, user=reviewer)
    assert refused.value.messages == [refusal]
    with pytest.raises(ValidationError) as refused:
        workflow.return_response(action, user=reviewer, reason="Not enough.")
    assert refused.value.messages == [refusal]
    assert stored(action).status == Status.RESPONSE_SUBMITTED
    assert ActionResponse.objects.get(action=action).outcome == ActionResponse.Outcome.AWAITING_REVIEW

    colleague = DemocraticServicesUserFactory()
    workflow.accept_response(action, user=colleague)
    assert stored(action).status == Status.COMPLETED
    assert ActionResponse.objects.get(action=action).reviewed_by == colleague


def test_nor_an_answer_they_are_named_as_giving():
    """An officer who also reviews (given the permission) cannot accept their own answer, however it came."""
    officer = OfficerFactory()
    user = DemocraticServicesUserFactory()
    officer.user = user
    officer.save(update_fields=["user"])
    action = ActionFactory(owner=officer)
    workflow.submit_response(action, text="Done.", responded_by=officer)  # sent by no user: imported
    with pytest.raises(ValidationError):
        workflow.accept_response(action, user=user)
    assert stored(action).status == Status.RESPONSE_SUBMITTED


def test_there_is_nothing_to_review_without_an_answer(reviewer):
    action = ActionFactory()
    workflow.submit_response(action, text="Progress.", kind="progress", responded_by=action.owner)
    with pytest.raises(ValidationError, match="no response awaiting review"):
        workflow.accept_response(action, user=reviewer)
    assert stored(action).status == Status.IN_PROGRESS


@pytest.mark.parametrize("closing", ["accept", "withdraw"])
def test_a_closed_action_takes_no_more_responses(closing, reviewer):
    action = ActionFactory()
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    if closing == "accept":
        workflow.accept_response(action, user=reviewer)
    else:
        workflow.withdraw(action, reason="The committee no longer needs it.")
    with pytest.raises(ValidationError, match="takes no more responses"):
        workflow.submit_response(action, text="Late answer.", responded_by=action.owner)
    assert action.responses.count() == 1


def test_withdrawing_needs_a_reason_and_happens_once():
    action = ActionFactory()
    with pytest.raises(ValidationError, match="Enter why"):
        workflow.withdraw(action, reason="")
    workflow.withdraw(action, reason="Superseded by the work programme item.")
    assert stored(action).withdrawn_reason == "Superseded by the work programme item."
    with pytest.raises(ValidationError, match="already withdrawn"):
        workflow.withdraw(action, reason="Again.")


# --- two people at once -----------------------------------------------------------------------------------


def test_two_officers_answering_at_the_same_moment_both_count(reviewer):
    """Both loaded the action while it was open; both answers are kept and reviewed together."""
    lead, colleague = OfficerFactory(), OfficerFactory()
    action = ActionFactory(owner=None, team=TeamFactory(lead=lead, members=[colleague]))
    seen_by_lead, seen_by_colleague = stored(action), stored(action)
    workflow.submit_response(seen_by_lead, text="Answer from the lead.", responded_by=lead)
    workflow.submit_response(seen_by_colleague, text="Answer from the colleague.", responded_by=colleague)

    assert list(action.responses.values_list("text", flat=True)) == [
        "Answer from the lead.",
        "Answer from the colleague.",
    ]
    assert stored(action).status == Status.RESPONSE_SUBMITTED
    workflow.accept_response(seen_by_lead, user=reviewer)  # a stale copy: the stored state is what counts
    assert set(action.responses.values_list("outcome", flat=True)) == {ActionResponse.Outcome.ACCEPTED}
    assert stored(action).status == Status.COMPLETED


def test_a_stale_copy_cannot_answer_a_closed_action(reviewer):
    action = ActionFactory()
    stale = stored(action)
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    workflow.accept_response(action, user=reviewer)
    with pytest.raises(ValidationError, match="completed"):
        workflow.submit_response(stale, text="Another.", responded_by=action.owner)


def test_every_status_change_bumps_the_version(reviewer):
    action = ActionFactory()
    first = stored(action).version
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    workflow.return_response(action, user=reviewer, reason="Not enough.")
    assert stored(action).version == first + 2


# --- audit ------------------------------------------------------------------------------------------------


def test_every_change_to_an_action_and_its_responses_is_kept(reviewer):
    action = workflow.raise_action(
        description="Figures.", owner=OfficerFactory(), committee=CommitteeFactory()
    )
    workflow.submit_response(action, text="Answer.", responded_by=action.owner)
    workflow.return_response(action, user=reviewer, reason="Not enough.")
    statuses = list(stored(action).history.order_by("history_date").values_list("status", flat=True))
    assert statuses == [Status.OPEN, Status.RESPONSE_SUBMITTED, Status.IN_PROGRESS]
    outcomes = list(action.responses.get().history.order_by("history_date").values_list("outcome", flat=True))
    assert outcomes == [ActionResponse.Outcome.AWAITING_REVIEW, ActionResponse.Outcome.RETURNED]
    assert action.responses.get().history.latest().history_user is None  # no request: no user to record


def test_the_history_records_when_it_happened():
    action = workflow.raise_action(
        description="Figures.", owner=OfficerFactory(), committee=CommitteeFactory(), when=at(2024, 1, 24, 10)
    )
    assert action.history.get().history_date == at(2024, 1, 24, 10)
    assert action.created_at == at(2024, 1, 24, 10)


def test_minutes_and_resolutions_keep_their_history():
    resolution = ResolutionFactory(text="That the report be noted.")
    resolution.text = "That the report and the information now provided be noted."
    resolution.save()
    assert list(resolution.history.order_by("history_date").values_list("text", flat=True)) == [
        "That the report be noted.",
        "That the report and the information now provided be noted.",
    ]
    minute = resolution.minute
    minute.heading = "Medium Term Financial Strategy 2024/25 - 2027/28."
    minute.save()
    assert minute.history.count() == 2


# --- overdue, derived never stored ------------------------------------------------------------------------


def test_overdue_is_worked_out_from_the_due_date():
    today = timezone.localdate()
    late, on_time = OverdueActionFactory(), ActionFactory()
    answered_late = OverdueActionFactory(status=Status.RESPONSE_SUBMITTED)
    done_late = OverdueActionFactory(status=Status.COMPLETED)
    assert list(Action.objects.overdue()) == [late]
    flags = dict(Action.objects.with_is_overdue().values_list("pk", "is_overdue"))
    assert flags == {late.pk: True, on_time.pk: False, answered_late.pk: False, done_late.pk: False}
    assert late.is_overdue_today and not on_time.is_overdue_today
    assert list(Action.objects.overdue(on=today - timedelta(days=30))) == []


def test_the_next_meeting_reports_open_actions_and_those_closed_since_the_last(committee, reviewer):
    november = MinutesPublishedMeetingFactory(committee=committee, start=at(2023, 11, 7))
    january = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    march = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    from_november_still_open = ActionFactory(resolution__minute__meeting=november)
    from_november_closed_before_january = ActionFactory(resolution__minute__meeting=november)
    from_january_closed_since = ActionFactory(resolution__minute__meeting=january)
    from_march_itself = ActionFactory(resolution__minute__meeting=march)
    other_committee = ActionFactory()

    for action, when in [
        (from_november_closed_before_january, at(2024, 1, 10)),
        (from_january_closed_since, at(2024, 2, 10)),
    ]:
        workflow.submit_response(action, text="Answer.", responded_by=action.owner, when=when)
        workflow.accept_response(action, user=reviewer, when=when)

    arising = set(Action.objects.arising_for(march))
    assert arising == {from_november_still_open, from_january_closed_since}
    assert from_march_itself not in arising and other_committee not in arising


# --- recommendations to the executive ----------------------------------------------------------------------


def test_the_executive_responds_within_two_months():
    assert executive_response_due(date(2024, 1, 24)) == date(2024, 3, 24)
    assert executive_response_due(date(2023, 12, 31)) == date(2024, 2, 29)  # no 31 February


def test_the_response_period_is_a_setting(settings):
    settings.EXECUTIVE_RESPONSE_MONTHS = 3
    assert RecommendationFactory(sent_on=date(2024, 1, 24)).response_due == date(2024, 4, 24)


def test_sending_a_recommendation_starts_its_clock():
    resolution = ResolutionFactory(kind="recommendation", recommended_to="Cabinet")
    recommendation = workflow.send_recommendation(resolution, sent_on=date(2024, 1, 24))
    assert (recommendation.body, recommendation.response_due) == ("Cabinet", date(2024, 3, 24))


def test_only_a_recommendation_is_owed_a_response():
    with pytest.raises(ValidationError, match="not a recommendation"):
        workflow.send_recommendation(ResolutionFactory(kind="noted"), sent_on=date(2024, 1, 24))
    assert not Recommendation.objects.exists()


def test_a_recommendation_is_overdue_until_its_response_arrives():
    today = timezone.localdate()
    late = RecommendationFactory(sent_on=today - timedelta(days=90))
    waiting = RecommendationFactory(sent_on=today - timedelta(days=10))
    answered = RecommendationFactory(
        sent_on=today - timedelta(days=90),
        response_received_on=today - timedelta(days=5),
        outcome="partly_accepted",
        response_text="The Cabinet agreed the first two recommendations.",
    )
    assert list(Recommendation.objects.overdue()) == [late]
    assert late.is_overdue_today and not waiting.is_overdue_today and not answered.is_overdue_today


def test_a_response_needs_its_date_and_its_outcome():
    recommendation = RecommendationFactory()
    recommendation.response_received_on = date(2024, 3, 1)
    with pytest.raises(ValidationError, match="both the date"):
        recommendation.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        recommendation.save()
