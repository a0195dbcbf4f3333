"""Every action on the admin's lists of meetings, follow-up, papers and participation is run through the admin
(a POST to the list with action=…, as Democratic Services) by a test that checks what it did to the records.

The actions that move a record through its life are tested beside the rest of their admin (ACTION_TESTS says
where); deleting the selected rows, offered on every list, is tested here for each list: what goes with the
rows, and that rows of approved minutes, or rows others depend on, are kept. A new action without a test
fails test_every_admin_action_is_tested."""

import importlib
import inspect

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import RequestFactory
from django.urls import reverse

from followup.models import ActionResponse
from meetings import workflow
from meetings.models import AgendaItem, Meeting, Minute, Resolution
from papers.models import AgendaPack
from participation.models import OnlinePetition, Signature
from scrutiny.models import Message
from tests import factories as f
from tests.factories_papers import AgendaPackFactory
from tests.factories_participation import ConfirmedSignatureFactory, SubmittedQuestionFactory
from tests.responses import messages_of

pytestmark = pytest.mark.django_db
APPS = ("meetings", "followup", "papers", "participation")
MODELS = ("scrutiny.Message",)  # the outbox, in the core: the chasing's and the alerts' emails
DELETING = "tests/test_admin_actions.py::test_deleting_the_selected_rows"

# Where each action is run through the admin and its effect on the records checked.
ACTION_TESTS = {
    (
        "meetings.Meeting",
        "add_standard_items",
    ): "tests/test_admin.py::test_add_standard_items_to_an_empty_agenda",
    ("meetings.Meeting", "publish_agenda"): "tests/test_admin.py::test_publish_agenda_on_time",
    ("meetings.Meeting", "mark_held"): "tests/test_admin.py::test_mark_held",
    ("meetings.Meeting", "publish_draft_minutes"): "tests/test_admin.py::test_publish_draft_minutes",
    (
        "meetings.Meeting",
        "approve_minutes",
    ): "tests/test_admin.py::test_approve_records_the_approving_meeting",
    ("meetings.Meeting", "cancel_meetings"): "tests/test_admin.py::test_cancel",
    ("meetings.Meeting", "rebuild_agenda_packs"): (
        "tests/test_papers_packs.py::test_democratic_services_rebuild_the_packs_from_the_list_of_meetings"
    ),
    ("meetings.PublicQuestion", "accept_questions"): (
        "tests/test_participation_questions.py::test_accepting_in_the_admin_reports_each_question_and_carries_on"
    ),
    ("meetings.PublicQuestion", "reject_questions"): (
        "tests/test_participation_questions.py::test_rejecting_in_the_admin_asks_for_the_reason_first"
    ),
    ("followup.Action", "accept_responses"): "tests/test_followup_admin.py::test_accepting_from_the_list",
    ("followup.Action", "return_responses"): (
        "tests/test_followup_admin.py::test_returning_from_the_list_asks_for_the_reason"
    ),
    ("followup.Action", "withdraw_actions"): "tests/test_followup_admin.py::test_withdrawing_from_the_list",
    ("participation.OnlinePetition", "publish_petitions"): (
        "tests/test_participation_petitions.py::test_publishing_in_the_admin_reports_the_closing_date_of_each"
    ),
    ("participation.OnlinePetition", "reject_petitions"): (
        "tests/test_participation_petitions.py::test_rejecting_in_the_admin_asks_for_the_reason_first"
    ),
}


def actions_offered(user) -> set[tuple[str, str]]:
    request = RequestFactory().get("/admin/")
    request.user = user
    return {
        (model._meta.label, name)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in APPS or model._meta.label in MODELS
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
    ],
    ids=["minute with an action", "resolution with a recommendation", "meeting that approved minutes"],
)
def test_a_row_others_depend_on_is_kept_saying_which(staff, label, make):
    row = make()
    response = run(staff, label, "delete_selected", [row], post="yes")
    assert response.status_code == 200
    assert "<title>Cannot delete" in response.content.decode()
    assert exists(row)
