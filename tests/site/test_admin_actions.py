"""Every action the admin offers Democratic Services, on every list (the apps' own, the users' and the sign-in
lock-outs'), is run through the admin (a POST to the list with action=…) by a test that checks what it did to
the records.

The actions that move a record through its life are tested beside the rest of their admin (ACTION_TESTS says
where); deleting the selected rows, offered on every list, is tested here for each list: what goes with the
rows, and that rows of approved minutes, or rows others depend on, are kept. A new action without a test
fails test_every_admin_action_is_tested."""

import importlib
import inspect
from itertools import count

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import User
from django.test import RequestFactory
from django.urls import reverse

from feeds.models import Subscription
from followup.models import ActionResponse
from indicators import reports
from indicators import workflow as indicators_workflow
from indicators.models import IndicatorValue, ReportLine, Target
from meetings import workflow
from meetings.models import AgendaItem, Meeting, Minute, Resolution
from papers.models import AgendaPack
from participation.models import OnlinePetition, Signature
from scrutiny.models import Membership, Message, StandardItem
from tests import factories as f
from tests.factories import (
    AgendaPackFactory,
    ConfirmedSignatureFactory,
    SubmittedQuestionFactory,
    SubscriptionFactory,
)
from tests.responses import messages_of

pytestmark = pytest.mark.django_db
DELETING = "tests/site/test_admin_actions.py::test_deleting_the_selected_rows"

# Where each action is run through the admin and its effect on the records checked.
ACTION_TESTS = {
    (
        "meetings.Meeting",
        "add_standard_items",
    ): "tests/meetings/test_admin.py::test_add_standard_items_to_an_empty_agenda",
    ("meetings.Meeting", "publish_agenda"): "tests/meetings/test_admin.py::test_publish_agenda_on_time",
    ("meetings.Meeting", "mark_held"): "tests/meetings/test_admin.py::test_mark_held",
    ("meetings.Meeting", "publish_draft_minutes"): "tests/meetings/test_admin.py::test_publish_draft_minutes",
    (
        "meetings.Meeting",
        "approve_minutes",
    ): "tests/meetings/test_admin.py::test_approve_records_the_approving_meeting",
    ("meetings.Meeting", "cancel_meetings"): "tests/meetings/test_admin.py::test_cancel",
    ("meetings.Meeting", "add_actions_arising"): (
        "tests/meetings/test_cycle.py::test_the_actions_arising_is_added_from_the_list_of_meetings"
    ),
    ("meetings.Meeting", "rebuild_agenda_packs"): (
        "tests/papers/test_packs.py::test_democratic_services_rebuild_the_packs_from_the_list_of_meetings"
    ),
    ("meetings.PublicQuestion", "accept_questions"): (
        "tests/participation/test_questions.py::test_accepting_in_the_admin_reports_each_question_and_carries_on"
    ),
    ("meetings.PublicQuestion", "reject_questions"): (
        "tests/participation/test_questions.py::test_rejecting_in_the_admin_asks_for_the_reason_first"
    ),
    ("followup.Action", "accept_responses"): "tests/followup/test_admin.py::test_accepting_from_the_list",
    ("followup.Action", "return_responses"): (
        "tests/followup/test_admin.py::test_returning_from_the_list_asks_for_the_reason"
    ),
    ("followup.Action", "withdraw_actions"): "tests/followup/test_admin.py::test_withdrawing_from_the_list",
    ("participation.OnlinePetition", "publish_petitions"): (
        "tests/participation/test_petitions.py::test_publishing_in_the_admin_reports_the_closing_date_of_each"
    ),
    ("participation.OnlinePetition", "reject_petitions"): (
        "tests/participation/test_petitions.py::test_rejecting_in_the_admin_asks_for_the_reason_first"
    ),
    ("indicators.IndicatorValue", "approve_figures"): (
        "tests/indicators/test_admin.py::test_approving_figures_from_the_list"
    ),
    ("indicators.IndicatorValue", "publish_figures"): (
        "tests/indicators/test_admin.py::test_publishing_figures_from_the_list"
    ),
    ("indicators.PerformanceReport", "freeze_dashboard"): (
        "tests/indicators/test_admin.py::test_copying_the_dashboard_into_a_report"
    ),
    ("indicators.PerformanceReport", "publish_reports"): (
        "tests/indicators/test_admin.py::test_publishing_reports_from_the_list"
    ),
    (
        "auth.User",
        "send_password_links",
    ): "tests/scrutiny/test_accounts.py::test_a_link_to_set_a_new_password_is_sent",
    (
        "auth.User",
        "deactivate",
    ): "tests/scrutiny/test_accounts.py::test_deactivating_a_sign_in_ends_it_everywhere",
    ("auth.User", "remove_second_factor"): (
        "tests/scrutiny/test_second_factor.py::test_democratic_services_remove_a_lost_phones_app"
    ),
    # django-axes' list of lock-outs: deleting someone's attempts unlocks them.
    ("axes.AccessAttempt", "delete_selected"): (
        "tests/scrutiny/test_sign_in_lockout.py::test_democratic_services_unlock_someone_in_the_admin"
    ),
    ("axes.AccessAttempt", "cleanup_expired_attempts"): (
        "tests/scrutiny/test_sign_in_lockout.py::test_democratic_services_clear_the_lock_outs_that_have_ended"
    ),
}


def actions_offered(user) -> set[tuple[str, str]]:
    request = RequestFactory().get("/admin/")
    request.user = user
    return {
        (model._meta.label, name)
        for model, model_admin in admin.site._registry.items()
        for name in model_admin.get_actions(request)
    }


def test_every_admin_action_is_tested(democratic_services_user):
    offered = actions_offered(democratic_services_user)
    deleting = {(label, "delete_selected") for label in DELETE}
    assert offered == set(ACTION_TESTS) | deleting
    for (_, name), where in ACTION_TESTS.items():
        path, function = where.split("::")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert f'"{name}"' in inspect.getsource(getattr(module, function)), where


def run(client, label, name, rows, **data):
    model = apps.get_model(label)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return client.post(url, {"action": name, ACTION_CHECKBOX_NAME: [row.pk for row in rows], **data})


# --- deleting the selected rows --------------------------------------------------------------------------


def exists(row) -> bool:
    return type(row).objects.filter(pk=row.pk).exists()


def an_answered_action():
    response = f.ActionResponseFactory()
    f.MessageFactory(about=response.action)
    return response.action


def a_minute_with_its_parts():
    minute = f.MinuteFactory()
    f.DiscussionPointFactory(minute=minute)
    f.ResolutionFactory(minute=minute)
    return minute


def a_meeting_with_its_agenda():
    meeting = f.AgendaItemFactory(meeting=f.MeetingFactory()).meeting
    AgendaPackFactory(meeting=meeting)
    return meeting


def an_item_with_its_minute():
    item = f.DocumentFactory(agenda_item__meeting=f.MinutesPublishedMeetingFactory()).agenda_item
    f.MinuteFactory(meeting=item.meeting, agenda_item=item)
    return item


def a_petition_with_its_signatures():
    return ConfirmedSignatureFactory().petition


def a_committee_with_its_members():
    membership = f.MembershipFactory()
    SubscriptionFactory(committee=membership.committee)
    committee = membership.committee
    committee.member = membership.person
    return committee


def a_team_with_its_members():
    team = f.TeamFactory(members=[f.OfficerFactory()])
    team.kept = [team.lead, *team.members.all()]
    return team


def an_indicator_with_its_target_and_draft_figure():
    indicator = f.TargetFactory().indicator
    f.IndicatorValueFactory(indicator=indicator, status="draft")
    return indicator


YEARS = count(2030)


def a_period():
    year = next(YEARS)  # periods are made once for each span: each row its own
    return f.PeriodFactory(label=f"{year}/{(year + 1) % 100:02d}")


def a_draft_report_with_its_lines():
    committee = f.CommitteeFactory()
    indicator = f.IndicatorFactory(committees=[committee])
    f.IndicatorValueFactory(indicator=indicator)
    indicators_workflow.refresh_dashboard(indicator)
    report = f.PerformanceReportFactory(committee=committee)
    reports.freeze(report)  # the live dashboard of the report's committee
    assert report.lines.exists()
    return report


def an_access_log(model):
    seen = {"user_agent": "Firefox", "ip_address": "192.0.2.10", "username": "ds", "path_info": "/sign-in/"}
    return lambda: model.objects.create(**seen)


def nothing_else(row) -> bool:
    return True  # nothing hangs from the row


def a_signature():
    signature = ConfirmedSignatureFactory()
    ConfirmedSignatureFactory(petition=signature.petition)
    signature.petition.signature_count = 2
    signature.petition.save(update_fields=["signature_count"])
    return signature


# Each list: a row to delete, and what else deleting it does.
DELETE = {
    "followup.Action": (
        an_answered_action,
        lambda action: (
            not ActionResponse.objects.filter(action=action).exists()
            and not Message.objects.filter(action=action).exists()
        ),
    ),
    "followup.ActionResponse": (f.ActionResponseFactory, lambda response: exists(response.action)),
    "scrutiny.Message": (f.MessageFactory, lambda message: exists(message.about)),
    "followup.Recommendation": (f.RecommendationFactory, lambda rec: exists(rec.resolution)),
    "meetings.AgendaItem": (
        an_item_with_its_minute,
        lambda item: (
            not item.documents.exists() and Minute.objects.get(meeting=item.meeting).agenda_item is None
        ),
    ),
    "meetings.Attendance": (f.AttendanceFactory, lambda row: exists(row.person)),
    "meetings.Declaration": (f.DeclarationFactory, lambda row: exists(row.person)),
    "meetings.DiscussionPoint": (f.DiscussionPointFactory, lambda point: exists(point.minute)),
    "meetings.Document": (f.DocumentFactory, lambda document: exists(document.agenda_item)),
    "meetings.Meeting": (
        a_meeting_with_its_agenda,
        lambda meeting: (
            not AgendaItem.objects.filter(meeting=meeting).exists()
            and not AgendaPack.objects.filter(meeting=meeting).exists()
        ),
    ),
    "meetings.MemberQuestion": (f.MemberQuestionFactory, lambda question: exists(question.meeting)),
    "meetings.Minute": (
        a_minute_with_its_parts,
        lambda minute: not Resolution.objects.filter(minute=minute).exists() and exists(minute.meeting),
    ),
    "meetings.Petition": (f.PetitionFactory, lambda petition: exists(petition.meeting)),
    "meetings.PublicQuestion": (SubmittedQuestionFactory, lambda question: exists(question.meeting)),
    "meetings.Resolution": (f.ResolutionFactory, lambda resolution: exists(resolution.minute)),
    "meetings.Vote": (f.VoteFactory, lambda vote: exists(vote.minute)),
    "papers.AgendaPack": (AgendaPackFactory, lambda pack: exists(pack.meeting)),
    "scrutiny.Committee": (
        a_committee_with_its_members,
        lambda committee: (
            not Membership.objects.filter(committee_id=committee.pk).exists()
            and not Subscription.objects.filter(committee_id=committee.pk).exists()
            and exists(committee.member)
        ),
    ),
    "scrutiny.Person": (
        lambda: f.OfficerUserFactory().person,
        lambda person: User.objects.filter(pk=person.user_id, is_active=True).exists(),  # the sign-in stays
    ),
    "scrutiny.Membership": (f.MembershipFactory, lambda row: exists(row.person) and exists(row.committee)),
    "scrutiny.Team": (a_team_with_its_members, lambda team: all(exists(person) for person in team.kept)),
    "scrutiny.ClosureDay": (f.ClosureDayFactory, nothing_else),
    # A type no committee has: its standard items go with it.
    "scrutiny.CommitteeType": (
        lambda: f.StandardItemFactory().committee_type,
        lambda committee_type: not StandardItem.objects.filter(committee_type_id=committee_type.pk).exists(),
    ),
    "meetings.Room": (f.RoomFactory, nothing_else),
    "indicators.Outcome": (f.OutcomeFactory, nothing_else),
    "indicators.Theme": (f.ThemeFactory, nothing_else),
    "indicators.Period": (a_period, nothing_else),
    "indicators.Indicator": (
        an_indicator_with_its_target_and_draft_figure,
        lambda indicator: (
            not Target.objects.filter(indicator_id=indicator.pk).exists()
            and not IndicatorValue.objects.filter(indicator_id=indicator.pk).exists()
            and exists(indicator.owner)
        ),
    ),
    "indicators.IndicatorValue": (
        lambda: f.IndicatorValueFactory(status="draft"),
        lambda figure: exists(figure.indicator) and exists(figure.period),
    ),
    "indicators.PerformanceReport": (
        a_draft_report_with_its_lines,
        lambda report: (
            not ReportLine.objects.filter(report_id=report.pk).exists() and exists(report.committee)
        ),
    ),
    "feeds.Subscription": (SubscriptionFactory, lambda subscription: exists(subscription.committee)),
    "axes.AccessFailureLog": (an_access_log(AccessFailureLog), nothing_else),
    "axes.AccessLog": (an_access_log(AccessLog), nothing_else),
    "participation.OnlinePetition": (
        a_petition_with_its_signatures,
        lambda petition: not Signature.objects.filter(petition=petition).exists(),
    ),
    "participation.Signature": (
        a_signature,
        lambda signature: OnlinePetition.objects.get(pk=signature.petition_id).signature_count == 1,
    ),
}


@pytest.fixture
def staff(client, democratic_services_user, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(democratic_services_user)
    return client


@pytest.mark.parametrize("label", DELETE)
def test_deleting_the_selected_rows(staff, label):
    make, and_then = DELETE[label]
    row, kept = make(), make()
    asked = run(staff, label, "delete_selected", [row])
    assert asked.status_code == 200  # are you sure?
    assert exists(row)
    done = run(staff, label, "delete_selected", [row], post="yes")
    assert done.status_code == 302
    assert [level for level, _ in messages_of(done)] == ["success"]
    assert not exists(row)
    assert and_then(row)
    assert exists(kept)


def approved(meeting: Meeting) -> Meeting:
    if not meeting.minutes.exists():
        f.MinuteFactory(meeting=meeting)
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.MINUTES_DRAFT)
    meeting.refresh_from_db()
    return workflow.approve_minutes(meeting, approved_at=f.MeetingFactory(committee=meeting.committee))


def signed(row):
    """`row`, once the minutes it belongs to are approved."""
    meeting = row if isinstance(row, Meeting) else getattr(row, "meeting", None) or row.minute.meeting
    approved(meeting)
    return row


# The lists of the signed record: a row under approved minutes is not deleted, nor any row selected with it.
SIGNED = {
    "meetings.Meeting": lambda: signed(f.MinutesPublishedMeetingFactory()),
    "meetings.AgendaItem": lambda: signed(f.AgendaItemFactory(meeting=f.MinutesPublishedMeetingFactory())),
    "meetings.Attendance": lambda: signed(f.AttendanceFactory()),
    "meetings.Declaration": lambda: signed(f.DeclarationFactory()),
    "meetings.PublicQuestion": lambda: signed(f.PublicQuestionFactory()),
    "meetings.MemberQuestion": lambda: signed(f.MemberQuestionFactory()),
    "meetings.Petition": lambda: signed(f.PetitionFactory()),
    "meetings.Minute": lambda: signed(f.MinuteFactory()),
    "meetings.DiscussionPoint": lambda: signed(f.DiscussionPointFactory()),
    "meetings.Resolution": lambda: signed(f.ResolutionFactory()),
    "meetings.Vote": lambda: signed(f.VoteFactory()),
}


@pytest.mark.parametrize("label", SIGNED)
def test_rows_of_approved_minutes_are_not_deleted_nor_those_selected_with_them(staff, label):
    signed, open_row = SIGNED[label](), DELETE[label][0]()
    response = run(staff, label, "delete_selected", [signed, open_row], post="yes")
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text == (
        "Nothing was deleted: 1 selected row belongs to minutes that are approved and are the signed record. "
        "Untick it and try again."
    )
    assert exists(signed) and exists(open_row)


@pytest.mark.parametrize(
    "label, make",
    [
        ("meetings.Minute", lambda: f.ActionFactory().minute),  # an action arose from it
        ("meetings.Resolution", lambda: f.RecommendationFactory().resolution),  # it went to the Cabinet
        ("meetings.Meeting", lambda: approved(f.MinutesPublishedMeetingFactory()).minutes_approved_at),
        ("scrutiny.Committee", lambda: f.MeetingFactory().committee),
        ("scrutiny.Person", lambda: f.MembershipFactory().person),
        ("scrutiny.Person", lambda: f.TeamFactory().lead),
        ("indicators.Outcome", lambda: f.IndicatorFactory().outcome),
        ("indicators.Theme", lambda: f.IndicatorFactory().theme),
        ("indicators.Period", lambda: f.IndicatorValueFactory(status="draft").period),
        ("indicators.Indicator", lambda: f.IndicatorValueFactory(status="published").indicator),
    ],
    ids=[
        "minute with an action",
        "resolution with a recommendation",
        "meeting that approved minutes",
        "committee with a meeting",
        "person on a committee",
        "person who leads a team",
        "outcome of an indicator",
        "theme of an indicator",
        "period of a figure",
        "indicator with a published figure",
    ],
)
def test_a_row_others_depend_on_is_kept_saying_which(staff, label, make):
    row = make()
    response = run(staff, label, "delete_selected", [row], post="yes")
    assert response.status_code == 200
    assert "<title>Cannot delete" in response.content.decode()
    assert exists(row)
