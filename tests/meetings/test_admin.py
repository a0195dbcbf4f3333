"""The admin, Democratic Services' main tool: every page loads, the actions move meetings through their life
(and refuse, saying why, when a step makes no sense), and approved minutes cannot be changed."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from meetings import workflow
from meetings.models import AgendaItem, Attendance, DiscussionPoint, Meeting, Minute, Resolution
from meetings.standard_items import CLOSING_ITEMS, OPENING_ITEMS
from scrutiny.models import Person
from tests.factories import (
    ActionResponseFactory,
    AgendaItemFactory,
    AttendanceFactory,
    ClosureDayFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MembershipFactory,
    MessageFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    PersonFactory,
    PetitionFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    RecommendationFactory,
    ReportRequestFactory,
    ResolutionFactory,
    RoomFactory,
    StandardItemFactory,
    TeamFactory,
    VoteFactory,
)
from tests.responses import unchanged_submission

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Meeting.Status
MEETINGS = reverse("admin:meetings_meeting_changelist")
REGISTERED = sorted(
    (
        model
        for model in admin.site._registry
        if model._meta.app_label in ("scrutiny", "meetings", "followup")
    ),
    key=lambda model: model._meta.label,
)


# The models whose rows are a part of the signed record once a meeting's minutes are approved.
SIGNED_RECORD = {
    "Attendance",
    "Declaration",
    "PublicQuestion",
    "MemberQuestion",
    "Petition",
    "Minute",
    "DiscussionPoint",
    "Resolution",
    "Vote",
}
# Admin pages that only show what happened: nothing to add or change there.
RECORDS_ONLY = {"Message", "ReportRequest"}
# Written elsewhere (an action's page), so not added in the admin.
NOT_ADDED_HERE = {"Message", "ActionResponse", "ReportRequest"}


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def long_date(day):
    return f"{day:%-d %B %Y}"


def messages_of(response):
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


def admin_url(obj, view="change"):
    opts = obj._meta
    args = [obj.pk] if view in ("change", "delete") else []
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def run_action(client, action, *meetings, **data):
    """Choose `action` on the meeting list with `meetings` ticked, as the Go button does."""
    return client.post(
        MEETINGS, {"action": action, ACTION_CHECKBOX_NAME: [m.pk for m in meetings], "index": 0, **data}
    )


def stored(meeting):
    return Meeting.objects.get(pk=meeting.pk)


# --- every page loads ----------------------------------------------------------------------------------


@pytest.fixture
def one_of_everything(committee):
    """One saved object of every model the admin shows, in a meeting whose minutes are still a draft."""
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    item = AgendaItemFactory(meeting=meeting, number=1)
    minute = MinuteFactory(meeting=meeting, agenda_item=item)
    objects = [
        committee,
        meeting,
        item,
        minute,
        MembershipFactory(committee=committee).person,
        MembershipFactory(committee=committee),
        DocumentFactory(agenda_item=item),
        AttendanceFactory(meeting=meeting, for_item=item),
        DeclarationFactory(meeting=meeting, agenda_item=item),
        PublicQuestionFactory(meeting=meeting, answered_by=OfficerFactory()),
        MemberQuestionFactory(meeting=meeting),
        PetitionFactory(meeting=meeting),
        DiscussionPointFactory(minute=minute),
        ResolutionFactory(minute=minute),
        VoteFactory(minute=minute, mover=PersonFactory()),
        TeamFactory(members=[OfficerFactory()]),
        ClosureDayFactory(),
        RoomFactory(),
        StandardItemFactory().committee_type,
        ActionResponseFactory(action__resolution__minute=minute),
        ActionResponseFactory(action__resolution__minute=minute).action,
        RecommendationFactory(resolution__minute=minute),
        MessageFactory(about__resolution__minute=minute),
        ReportRequestFactory(agenda_item=AgendaItemFactory(meeting=meeting, number=2)),
    ]
    return {type(obj): obj for obj in objects}


def test_every_registered_model_has_an_object_to_show(one_of_everything):
    assert set(REGISTERED) == set(one_of_everything)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_changelist_search_add_and_change_pages_load(staff, one_of_everything, model):
    obj = one_of_everything[model]
    assert staff.get(admin_url(obj, "changelist")).status_code == 200
    assert staff.get(admin_url(obj, "changelist"), {"q": "report 5 March 2024"}).status_code == 200
    assert staff.get(admin_url(obj, "add")).status_code == (403 if model.__name__ in NOT_ADDED_HERE else 200)
    response = staff.get(admin_url(obj))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is (model.__name__ not in RECORDS_ONLY)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_change_pages_of_approved_minutes_load_read_only(staff, one_of_everything, model):
    meeting = one_of_everything[Meeting]
    workflow.approve_minutes(meeting, approved_at=MeetingFactory(committee=meeting.committee))
    response = staff.get(admin_url(one_of_everything[model]))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is (model.__name__ not in SIGNED_RECORD | RECORDS_ONLY)


def test_site_header_names_the_council(staff, settings):
    response = staff.get(reverse("admin:index"))
    assert f"{settings.COUNCIL_NAME} committees" in response.content.decode()


def test_changelist_filters_work(staff, one_of_everything, committee):
    meeting = one_of_everything[Meeting]
    queries = {
        "meetings_meeting": {"committee__id__exact": committee.pk, "status__exact": Status.MINUTES_DRAFT},
        "meetings_minute": {
            "committee__id__exact": committee.pk,
            "municipal_year": meeting.municipal_year.start_year,
            "exempt__exact": 0,
        },
        "meetings_vote": {"minute__committee__id__exact": committee.pk, "secret_ballot__exact": 0},
        "meetings_resolution": {"kind__exact": "noted", "minute__committee__id__exact": committee.pk},
        "meetings_attendance": {"meeting__committee__id__exact": committee.pk},
        "scrutiny_person": {"kind__exact": "officer", "q": "director"},
        "scrutiny_membership": {
            "when": "current",
            "committee__id__exact": committee.pk,
            "role__exact": "member",
        },
        "scrutiny_committee": {"is_active__exact": 1},
    }
    # Every officer of the fixture is a Director, and no one else is an officer.
    officers = Person.objects.filter(kind="officer").count()
    assert officers > 1
    for name, query in queries.items():
        response = staff.get(reverse(f"admin:{name}_changelist"), query)
        assert response.status_code == 200, name
        expected = {"scrutiny_membership": 2, "scrutiny_person": officers}.get(name, 1)
        assert response.context["cl"].result_count == expected, name


def test_meeting_search_finds_a_date(staff, committee):
    march = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    MeetingFactory(committee=committee, start=at(2024, 1, 23))
    response = staff.get(MEETINGS, {"q": "5 March 2024"})
    assert list(response.context["cl"].result_list) == [march]


def test_minute_search_finds_a_number(staff, committee):
    minute = MinuteFactory(meeting__committee=committee, number=52, heading="Performance Report")
    MinuteFactory(meeting=minute.meeting, number=53)
    response = staff.get(reverse("admin:meetings_minute_changelist"), {"q": "52"})
    assert list(response.context["cl"].result_list) == [minute]


def test_autocomplete_for_person_and_meeting_fields(staff, committee):
    PersonFactory(name="Mrs. H. J. Fryer CC", family_name="Fryer")
    OfficerFactory(name="Jane Moore", family_name="Moore")
    response = staff.get(
        reverse("admin:autocomplete"),
        {"app_label": "meetings", "model_name": "attendance", "field_name": "person", "term": "fryer"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Mrs. H. J. Fryer CC"]

    open_meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    signed = MinutesPublishedMeetingFactory(committee=committee, start=at(2023, 11, 8))
    MinuteFactory(meeting=signed)
    workflow.approve_minutes(signed, approved_at=open_meeting)
    response = staff.get(
        reverse("admin:autocomplete"),
        {"app_label": "meetings", "model_name": "attendance", "field_name": "meeting", "term": "children"},
    )
    # A record cannot be filed under approved minutes, so they are not offered.
    assert [r["id"] for r in response.json()["results"]] == [str(open_meeting.pk)]


def test_meeting_page_links_to_its_minutes(staff, committee):
    meeting = HeldMeetingFactory(committee=committee)
    minute = MinuteFactory(meeting=meeting, heading="Performance Report")
    MinuteFactory(heading="Another committee's minute")
    page = staff.get(admin_url(meeting)).content.decode()
    assert "1 minute<" in page
    response = staff.get(reverse("admin:meetings_minute_changelist"), {"meeting__id__exact": meeting.pk})
    assert list(response.context["cl"].result_list) == [minute]


def test_new_minute_for_a_meeting_offers_only_its_agenda_items(staff, committee):
    meeting = HeldMeetingFactory(committee=committee)
    item = AgendaItemFactory(meeting=meeting, number=8, title="Performance Report")
    AgendaItemFactory(meeting=HeldMeetingFactory(committee=committee), number=8)
    response = staff.get(admin_url(Minute(), "add"), {"meeting": meeting.pk})
    field = response.context["adminform"].form.fields["agenda_item"]
    assert list(field.queryset) == [item]
    assert response.context["adminform"].form.initial["meeting"] == str(meeting.pk)


# --- the meeting list stays fast -----------------------------------------------------------------------


MEETING_LIST_QUERIES = 12


def test_meeting_changelist_runs_a_bounded_number_of_queries(staff, django_assert_max_num_queries):
    MeetingFactory()
    with django_assert_max_num_queries(MEETING_LIST_QUERIES):
        response = staff.get(MEETINGS)
    assert response.context["cl"].result_count == 1

    for n in range(20):
        factory = [MeetingFactory, PublishedAgendaMeetingFactory, HeldMeetingFactory][n % 3]
        factory(start=timezone.now().replace(microsecond=0) + timedelta(days=n * 7 - 60))
    with django_assert_max_num_queries(MEETING_LIST_QUERIES):
        response = staff.get(MEETINGS)
    assert response.context["cl"].result_count == 21


def test_meeting_list_shows_the_deadline_and_flags_a_late_agenda(staff, committee):
    late = PublishedAgendaMeetingFactory(committee=committee, start=at(2024, 3, 5))
    Meeting.objects.filter(pk=late.pk).update(agenda_published_at=at(2024, 3, 1))
    on_time = PublishedAgendaMeetingFactory(committee=committee, start=at(2024, 4, 16))
    page = staff.get(MEETINGS).content.decode()
    assert ">Late<" in page
    assert "On time" in page
    assert date_format(late.publication_deadline) in page
    assert on_time.agenda_is_late is False


# --- actions -------------------------------------------------------------------------------------------


def test_add_standard_items_to_an_empty_agenda(staff, committee):
    HeldMeetingFactory(committee=committee, start=at(2024, 1, 23))
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    response = run_action(staff, "add_standard_items", meeting)
    assert response.status_code == 302
    assert messages_of(response) == [("success", f"Added 9 standard items to the agenda of {meeting}.")]
    items = list(meeting.agenda_items.order_by("number"))
    assert [item.number for item in items] == list(range(1, 10))
    assert [item.title for item in items] == [
        "Minutes of the meeting held on 23 January 2024.",
        *OPENING_ITEMS[1:],
        *CLOSING_ITEMS,
    ]
    assert {item.kind for item in items} == {AgendaItem.Kind.PROCEDURAL}


def test_add_standard_items_to_a_first_meeting_around_its_reports(staff, committee):
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="Performance Report")
    run_action(staff, "add_standard_items", meeting)
    titles = list(meeting.agenda_items.order_by("number").values_list("title", flat=True))
    assert titles == [
        "Minutes of the previous meeting.",
        *OPENING_ITEMS[1:],
        "Performance Report",
        *CLOSING_ITEMS,
    ]


def test_add_standard_items_twice_adds_nothing_more(staff, committee):
    meeting = MeetingFactory(committee=committee)
    run_action(staff, "add_standard_items", meeting)
    staff.get(MEETINGS)  # shows, and so clears, the first run's messages
    response = run_action(staff, "add_standard_items", meeting)
    assert messages_of(response) == [("info", f"The agenda of {meeting} already has every standard item.")]
    assert meeting.agenda_items.count() == 9


def test_add_standard_items_refuses_a_published_agenda(staff, committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    AgendaItemFactory(meeting=meeting, number=1)
    response = run_action(staff, "add_standard_items", meeting)
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text.startswith(f"The standard items cannot be added to the agenda of {meeting}")
    assert "renumbers" in text
    assert meeting.agenda_items.count() == 1


def test_publish_agenda_on_time(staff, committee):
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=30))
    AgendaItemFactory(meeting=meeting)
    response = run_action(staff, "publish_agenda", meeting)
    assert messages_of(response) == [("success", f"The agenda of {meeting} is published.")]
    assert stored(meeting).status == Status.AGENDA_PUBLISHED
    assert stored(meeting).agenda_published_at is not None


@pytest.fixture
def tomorrow(committee):
    meeting = MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=1))
    AgendaItemFactory(meeting=meeting)
    return meeting


def test_publish_agenda_late_warns(staff, tomorrow):
    response = run_action(staff, "publish_agenda", tomorrow)
    deadline = long_date(tomorrow.publication_deadline)
    assert messages_of(response) == [
        ("success", f"The agenda of {tomorrow} is published."),
        (
            "warning",
            f"The agenda of {tomorrow} was published with 0 clear working days' notice; the law asks for 5 "
            f"(deadline was {deadline}). Record the Chairman's reason for urgency on the meeting.",
        ),
    ]
    assert stored(tomorrow).status == Status.AGENDA_PUBLISHED


def test_publish_agenda_late_warning_follows_the_settings(staff, tomorrow, settings):
    settings.PUBLICATION_CLEAR_DAYS = 3
    settings.PUBLICATION_COUNTS_WORKING_DAYS = False
    Meeting.objects.filter(pk=tomorrow.pk).update(late_publication_reason="Figures only just available.")
    response = run_action(staff, "publish_agenda", tomorrow)
    deadline = long_date(tomorrow.date - timedelta(days=4))
    assert messages_of(response)[1] == (
        "warning",
        f"The agenda of {tomorrow} was published with 0 clear days' notice; the law asks for 3 "
        f"(deadline was {deadline}).",
    )


def test_publish_agenda_refuses_wrong_states_and_carries_on_with_the_rest(staff, committee, tomorrow):
    empty = MeetingFactory(committee=committee, start=at(2030, 3, 5))
    held = HeldMeetingFactory(committee=committee)
    response = run_action(staff, "publish_agenda", empty, held, tomorrow)
    assert response.status_code == 302
    assert ("error", f"The agenda of {empty} has no items yet.") in messages_of(response)
    assert ("error", f"The agenda of {held} cannot be published: the meeting is held.") in messages_of(
        response
    )
    assert ("success", f"The agenda of {tomorrow} is published.") in messages_of(response)
    assert stored(empty).status == Status.SCHEDULED
    assert stored(held).status == Status.HELD
    assert stored(tomorrow).status == Status.AGENDA_PUBLISHED


def test_mark_held(staff, committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee, start=timezone.now() - timedelta(hours=3))
    response = run_action(staff, "mark_held", meeting)
    assert messages_of(response) == [("success", f"{meeting} is marked as held.")]
    assert stored(meeting).status == Status.HELD


def test_mark_held_refuses_a_meeting_that_has_not_started(staff, committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    response = run_action(staff, "mark_held", meeting)
    assert messages_of(response) == [
        ("error", f"{meeting} has not started yet, so it cannot be marked as held.")
    ]
    assert stored(meeting).status == Status.AGENDA_PUBLISHED


def test_publish_draft_minutes(staff, committee):
    meeting = HeldMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    response = run_action(staff, "publish_draft_minutes", meeting)
    assert messages_of(response) == [("success", f"The draft minutes of {meeting} are published.")]
    assert stored(meeting).status == Status.MINUTES_DRAFT
    assert stored(meeting).minutes_published_at is not None


def test_publish_draft_minutes_refuses_without_minutes_or_before_the_meeting(staff, committee):
    held = HeldMeetingFactory(committee=committee)
    scheduled = MeetingFactory(committee=committee)
    response = run_action(staff, "publish_draft_minutes", held, scheduled)
    assert messages_of(response) == [
        ("error", f"{held} has no minutes written yet."),
        ("error", f"Draft minutes of {scheduled} cannot be published: the meeting is scheduled."),
    ]
    assert stored(held).status == Status.HELD


def test_cancel(staff, committee):
    meeting = PublishedAgendaMeetingFactory(committee=committee)
    response = run_action(staff, "cancel_meetings", meeting)
    assert messages_of(response) == [("success", f"{meeting} is cancelled.")]
    assert stored(meeting).status == Status.CANCELLED


def test_cancel_refuses_a_held_meeting(staff, committee):
    meeting = HeldMeetingFactory(committee=committee)
    response = run_action(staff, "cancel_meetings", meeting)
    assert messages_of(response) == [("error", f"{meeting} cannot be cancelled: it is held.")]
    assert stored(meeting).status == Status.HELD


# --- approving the minutes -----------------------------------------------------------------------------


@pytest.fixture
def draft(committee):
    """A meeting with draft minutes, followed by a cancelled meeting and then two more."""
    meeting = MinutesPublishedMeetingFactory(committee=committee)
    MinuteFactory(meeting=meeting)
    return meeting


@pytest.fixture
def cancelled(committee):
    return MeetingFactory(
        committee=committee, start=timezone.now() + timedelta(days=2), status=Status.CANCELLED
    )


@pytest.fixture
def next_meeting(committee, cancelled):
    return MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=10))


@pytest.fixture
def one_after(committee, next_meeting):
    return MeetingFactory(committee=committee, start=timezone.now() + timedelta(days=40))


def test_approve_asks_which_later_meeting_approved_them(staff, draft, cancelled, next_meeting, one_after):
    MeetingFactory(start=timezone.now() + timedelta(days=20))  # another committee's
    response = run_action(staff, "approve_minutes", draft)
    assert response.status_code == 200
    assert response.templates[0].name == "admin/meetings/meeting/approve_minutes.html"
    field = response.context["form"].fields[f"approved_at_{draft.pk}"]
    assert list(field.queryset) == [next_meeting, one_after]
    assert field.initial == next_meeting.pk
    page = response.content.decode()
    assert f'name="{ACTION_CHECKBOX_NAME}" value="{draft.pk}"' in page
    assert 'name="action" value="approve_minutes"' in page
    assert 'name="apply"' in page
    assert stored(draft).status == Status.MINUTES_DRAFT


def test_approve_records_the_approving_meeting(staff, draft, next_meeting, one_after):
    response = run_action(
        staff, "approve_minutes", draft, apply="yes", **{f"approved_at_{draft.pk}": one_after.pk}
    )
    assert response.status_code == 302
    assert messages_of(response) == [
        ("success", f"The minutes of {draft} are approved, at the meeting of {long_date(one_after.date)}.")
    ]
    draft = stored(draft)
    assert draft.status == Status.MINUTES_APPROVED
    assert draft.minutes_approved_at == one_after


def test_approve_refuses_a_meeting_of_another_committee(staff, draft, next_meeting):
    other = MeetingFactory(start=timezone.now() + timedelta(days=20))
    response = run_action(
        staff, "approve_minutes", draft, apply="yes", **{f"approved_at_{draft.pk}": other.pk}
    )
    assert response.status_code == 200
    assert response.context["form"].errors[f"approved_at_{draft.pk}"]
    assert stored(draft).status == Status.MINUTES_DRAFT


def test_approve_refuses_minutes_not_yet_written(staff, committee, next_meeting):
    scheduled = MeetingFactory(committee=committee, start=timezone.now() - timedelta(days=1))
    held = HeldMeetingFactory(committee=committee)
    response = run_action(
        staff,
        "approve_minutes",
        scheduled,
        held,
        apply="yes",
        **{f"approved_at_{scheduled.pk}": next_meeting.pk, f"approved_at_{held.pk}": next_meeting.pk},
    )
    assert response.status_code == 302
    assert messages_of(response) == [
        ("error", f"{held} has no minutes to approve."),
        ("error", f"The minutes of {scheduled} cannot be approved: the meeting is scheduled."),
    ]
    assert stored(scheduled).minutes_approved_at is None
    assert stored(held).minutes_approved_at is None


def test_approve_without_a_later_meeting_says_so(staff, draft):
    response = run_action(staff, "approve_minutes", draft)
    assert response.status_code == 302
    assert messages_of(response) == [
        (
            "error",
            f"The minutes of {draft} cannot be approved yet: no later meeting of {draft.committee} "
            "is scheduled to approve them at.",
        )
    ]


# --- approved minutes are the signed record ------------------------------------------------------------


@pytest.fixture
def signed(committee):
    """Minutes of 23 January 2024, approved at the meeting of 5 March 2024."""
    january = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    minute = MinuteFactory(meeting=january, number=45, heading="Performance Report")
    ResolutionFactory(minute=minute)
    AttendanceFactory(meeting=january)
    march = HeldMeetingFactory(committee=committee, start=at(2024, 3, 5))
    workflow.approve_minutes(january, approved_at=march)
    return minute


def signed_message(meeting):
    return (
        f"The minutes of {meeting} were approved at the meeting of 5 March 2024 and are the signed record; "
        "they cannot be changed."
    )


def minute_form_data(minute, **changes):
    data = {
        "meeting": minute.meeting_id,
        "agenda_item": minute.agenda_item_id or "",
        "number": "" if minute.number is None else minute.number,
        "heading": minute.heading,
        "text": minute.text,
    }
    for prefix in ("discussionpoints", "resolutions", "votes"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    return data | changes


def test_approved_minute_page_is_read_only_and_says_why(staff, signed):
    response = staff.get(admin_url(signed))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert response.context["has_delete_permission"] is False
    assert 'name="heading"' not in response.content.decode()
    for inline in response.context["inline_admin_formsets"]:
        assert not (inline.has_add_permission or inline.has_change_permission or inline.has_delete_permission)
    assert ("warning", signed_message(signed.meeting)) in messages_of(response)


def test_approved_minute_cannot_be_changed_by_a_post(staff, signed):
    response = staff.post(admin_url(signed), minute_form_data(signed, heading="Rewritten history"))
    assert response.status_code == 403
    signed.refresh_from_db()
    assert signed.heading == "Performance Report"


def test_approved_minute_and_its_resolutions_cannot_be_deleted(staff, signed):
    assert staff.post(admin_url(signed, "delete"), {"post": "yes"}).status_code == 403
    resolution = signed.resolutions.get()
    response = staff.post(
        reverse("admin:meetings_resolution_changelist"),
        {"action": "delete_selected", ACTION_CHECKBOX_NAME: [resolution.pk], "post": "yes"},
    )
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text.startswith("Nothing was deleted")
    assert signed.resolutions.exists()


def test_approved_resolution_page_is_read_only(staff, signed):
    response = staff.get(admin_url(signed.resolutions.get()))
    assert response.context["has_change_permission"] is False
    assert ("warning", signed_message(signed.meeting)) in messages_of(response)


def test_meeting_page_record_is_read_only_once_the_minutes_are_approved(staff, signed):
    meeting = signed.meeting
    response = staff.get(admin_url(meeting))
    assert response.status_code == 200
    inlines = {inline.opts.model.__name__: inline for inline in response.context["inline_admin_formsets"]}
    for name in ("Attendance", "PublicQuestion", "MemberQuestion", "Declaration", "Petition"):
        inline = inlines[name]
        assert not (inline.has_add_permission or inline.has_change_permission or inline.has_delete_permission)
    assert inlines["AgendaItem"].has_delete_permission is False
    assert response.context["has_delete_permission"] is False
    [(level, text)] = messages_of(response)
    assert (level, text.split(" Its attendance")[0]) == ("warning", signed_message(meeting))


def test_meeting_with_approved_minutes_cannot_be_deleted(staff, signed):
    meeting = signed.meeting
    assert staff.post(admin_url(meeting, "delete"), {"post": "yes"}).status_code == 403
    response = staff.post(
        MEETINGS, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [meeting.pk], "post": "yes"}
    )
    assert messages_of(response)[0][0] == "error"
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    assert Attendance.objects.filter(meeting=meeting).exists()


def test_open_meeting_can_still_be_bulk_deleted(staff, committee):
    meeting = MeetingFactory(committee=committee)
    response = staff.post(
        MEETINGS, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [meeting.pk], "post": "yes"}
    )
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()


def test_no_new_record_can_be_filed_under_approved_minutes(staff, signed):
    person = PersonFactory()
    response = staff.post(
        admin_url(Attendance(), "add"),
        {"meeting": signed.meeting_id, "person": person.pk, "status": "present"},
    )
    assert response.status_code == 200
    assert signed_message(signed.meeting) in response.context["adminform"].form.errors["meeting"]
    assert not Attendance.objects.filter(person=person).exists()


def test_no_new_minute_can_be_added_to_approved_minutes(staff, signed):
    response = staff.post(
        admin_url(Minute(), "add"), minute_form_data(Minute(meeting=signed.meeting, heading="Late addition"))
    )
    assert response.status_code == 200
    assert signed_message(signed.meeting) in response.context["adminform"].form.errors["meeting"]
    assert signed.meeting.minutes.count() == 1


# --- minute numbers ------------------------------------------------------------------------------------


@pytest.fixture
def january(committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    MinuteFactory(meeting=meeting, number=45)
    MinuteFactory(meeting=meeting, number=46)
    return meeting


@pytest.fixture
def march_minute(committee, january):
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 3, 5))
    return MinuteFactory(meeting=meeting, number=47, heading="Performance Report")


def test_editing_a_minute_to_break_run_on_numbering_shows_why(staff, march_minute):
    response = staff.post(admin_url(march_minute), minute_form_data(march_minute, number=46))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["number"]
    assert (
        "Minute numbers run on through the municipal year: an earlier meeting already reached minute 46."
        in errors
    )
    assert "Minute numbers run on through the municipal year" in response.content.decode()
    march_minute.refresh_from_db()
    assert march_minute.number == 47


def test_a_number_used_in_the_same_meeting_is_refused(staff, march_minute):
    other = MinuteFactory(meeting=march_minute.meeting, number=48)
    response = staff.post(admin_url(other), minute_form_data(other, number=47))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["number"] == [
        'These minutes already have a minute 47: "Performance Report".'
    ]
    other.refresh_from_db()
    assert other.number == 48


def test_a_valid_change_is_saved(staff, march_minute):
    response = staff.post(admin_url(march_minute), minute_form_data(march_minute, heading="Revised"))
    assert response.status_code == 302
    march_minute.refresh_from_db()
    assert (march_minute.number, march_minute.heading) == (47, "Revised")


@pytest.fixture
def first_minute(committee):
    """Minute 1 of 2023/24, at the meeting of 6 June 2023."""
    return MinuteFactory(meeting__committee=committee, meeting__start=at(2023, 6, 6), number=1)


def a_new_minute(meeting, **changes):
    return minute_form_data(Minute(meeting=meeting, heading="Performance Report"), **changes)


def test_a_number_that_leaves_a_gap_is_refused_saying_which_minutes_are_missing(staff, first_minute):
    july = MinutesPublishedMeetingFactory(committee=first_minute.meeting.committee, start=at(2023, 7, 4))
    response = staff.post(admin_url(Minute(), "add"), a_new_minute(july, number=90))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["number"] == [
        "Minute numbers run on through the municipal year: minute 90 leaves a gap, as minutes 2 to 89 are "
        "not recorded in 2023/24. Number it 2, or, if the gap is right, give the reason for it."
    ]
    assert 'name="number_gap_reason"' in response.content.decode()  # where to give it
    assert not july.minutes.exists()


def test_a_gap_confirmed_with_its_reason_is_kept_with_the_minute(staff, first_minute):
    july = MinutesPublishedMeetingFactory(committee=first_minute.meeting.committee, start=at(2023, 7, 4))
    reason = "Minutes 2 to 89 were taken by the sub-committee and are kept in its own record."
    response = staff.post(
        admin_url(Minute(), "add"), a_new_minute(july, number=90, number_gap_reason=f"  {reason} ")
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    minute = july.minutes.get()
    assert (minute.number, minute.number_gap_reason) == (90, reason)
    assert minute.history.get().number_gap_reason == reason  # and in its history
    assert reason in staff.get(admin_url(minute)).content.decode()


def test_the_first_minute_of_a_year_is_1_unless_the_gap_is_explained(staff, committee):
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 1, 23))
    response = staff.post(admin_url(Minute(), "add"), a_new_minute(meeting, number=45))
    assert response.context["adminform"].form.errors["number"] == [
        "Minute numbers run on through the municipal year: minute 45 leaves a gap, as minutes 1 to 44 are "
        "not recorded in 2023/24. Number it 1, or, if the gap is right, give the reason for it."
    ]
    response = staff.post(admin_url(Minute(), "add"), a_new_minute(meeting, number=2))
    assert response.context["adminform"].form.errors["number"] == [
        "Minute numbers run on through the municipal year: minute 2 leaves a gap, as minute 1 is "
        "not recorded in 2023/24. Number it 1, or, if the gap is right, give the reason for it."
    ]
    assert not meeting.minutes.exists()


def test_a_reason_where_no_minute_is_missing_is_refused(staff, first_minute):
    meeting = first_minute.meeting
    response = staff.post(
        admin_url(Minute(), "add"), a_new_minute(meeting, number=2, number_gap_reason="Not imported.")
    )
    assert response.context["adminform"].form.errors["number_gap_reason"] == [
        "Minute 2 leaves no gap in the minutes of 2023/24: leave the reason blank."
    ]
    assert meeting.minutes.count() == 1


def test_a_minute_numbered_with_a_gap_before_the_rule_can_still_be_corrected(staff, committee):
    minute = MinuteFactory(meeting__committee=committee, number=52)  # written straight to the database
    response = staff.post(admin_url(minute), minute_form_data(minute, heading="Revised heading"))
    assert response.status_code == 302
    minute.refresh_from_db()
    assert (minute.number, minute.heading) == (52, "Revised heading")
    response = staff.post(admin_url(minute), minute_form_data(minute, number=53))  # but not renumbered
    assert "minute 53 leaves a gap" in response.context["adminform"].form.errors["number"][0]


def test_an_importer_of_old_papers_gives_its_reason_through_the_same_field(first_minute):
    """As the demo loader does for the minutes it starts at (demo/meetings.py)."""
    assert not Minute(meeting=first_minute.meeting, heading="Left blank: the next number").number_gap()
    minute = Minute(meeting=first_minute.meeting, number=45, heading="Performance Report")
    assert minute.number_gap() == range(2, 45)
    with pytest.raises(ValidationError) as refused:
        minute.full_clean()
    assert "minute 45 leaves a gap, as minutes 2 to 44 are not recorded in 2023/24" in str(refused.value)
    minute.number_gap_reason = "The earlier minutes were not imported."
    minute.full_clean()
    minute.save()
    assert Minute.objects.get(number=45).number_gap_reason == "The earlier minutes were not imported."


def test_a_new_minute_left_unnumbered_takes_the_next_number(staff, march_minute):
    data = minute_form_data(Minute(meeting=march_minute.meeting, heading="Date of next meeting"), number="")
    response = staff.post(admin_url(Minute(), "add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Minute.objects.get(heading="Date of next meeting").number == 48


def test_a_minute_cannot_be_filed_against_another_meetings_item(staff, march_minute, january):
    item = AgendaItemFactory(meeting=january, number=3)
    response = staff.post(admin_url(march_minute), minute_form_data(march_minute, agenda_item=item.pk))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["agenda_item"]
    march_minute.refresh_from_db()
    assert march_minute.agenda_item is None


# --- renumbering an inline's rows in one save ----------------------------------------------------------


def renumbered(data, prefix, field, changes):
    """The page's submission with the rows' `field` changed, each row found by its value: {old: new}."""
    rows = int(data[f"{prefix}-TOTAL_FORMS"])
    by_value = {data[f"{prefix}-{row}-{field}"]: row for row in range(rows)}
    return data | {f"{prefix}-{by_value[str(old)]}-{field}": str(new) for old, new in changes.items()}


def with_new_row(data, prefix, **fields):
    row = int(data[f"{prefix}-TOTAL_FORMS"])
    return (
        data | {f"{prefix}-TOTAL_FORMS": str(row + 1)} | {f"{prefix}-{row}-{k}": v for k, v in fields.items()}
    )


@pytest.fixture
def ten_items(committee):
    meeting = MeetingFactory(committee=committee)
    for number in range(1, 11):
        AgendaItemFactory(meeting=meeting, number=number, title=f"Item {number}")
    return meeting


def agenda_of(meeting):
    return list(meeting.agenda_items.order_by("number").values_list("number", "title"))


def test_a_report_is_inserted_at_8_by_renumbering_the_items_after_it_in_one_save(staff, ten_items):
    url = admin_url(ten_items)
    data = renumbered(
        unchanged_submission(staff, url, "meeting"), "agenda_items", "number", {8: 9, 9: 10, 10: 11}
    )
    data = with_new_row(data, "agenda_items", number="8", title="Performance Report", kind="report")
    response = staff.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert agenda_of(ten_items) == [
        *[(number, f"Item {number}") for number in range(1, 8)],
        (8, "Performance Report"),
        (9, "Item 8"),
        (10, "Item 9"),
        (11, "Item 10"),
    ]


def test_items_can_be_reversed_and_one_deleted_into_its_number_in_one_save(staff, ten_items):
    url = admin_url(ten_items)
    data = renumbered(
        unchanged_submission(staff, url, "meeting"), "agenda_items", "number", {1: 2, 2: 1, 3: 10}
    )
    data["agenda_items-9-DELETE"] = "on"  # item 10, whose number item 3 takes
    response = staff.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert agenda_of(ten_items)[:2] == [(1, "Item 2"), (2, "Item 1")]
    assert agenda_of(ten_items)[-1] == (10, "Item 3")
    assert ten_items.agenda_items.count() == 9


def test_numbering_only_the_new_item_is_refused_saying_why(staff, ten_items):
    url = admin_url(ten_items)
    data = with_new_row(
        unchanged_submission(staff, url, "meeting"),
        "agenda_items",
        number="8",
        title="Late report",
        kind="report",
    )
    response = staff.post(url, data)
    assert response.status_code == 200
    message = "Two agenda items would have the number 8: give each its own."
    [formset] = [
        f.formset for f in response.context["inline_admin_formsets"] if f.formset.prefix == "agenda_items"
    ]
    assert [form.errors["number"] for form in formset.forms if form.errors] == [[message], [message]]
    assert message in response.content.decode()
    assert agenda_of(ten_items) == [(number, f"Item {number}") for number in range(1, 11)]


def test_renumbering_that_ends_in_a_duplicate_is_refused_and_changes_nothing(staff, ten_items):
    url = admin_url(ten_items)
    data = renumbered(unchanged_submission(staff, url, "meeting"), "agenda_items", "number", {8: 9, 9: 10})
    response = staff.post(url, data)  # 10 stays 10: two items would be 10
    assert response.status_code == 200
    assert "Two agenda items would have the number 10: give each its own." in response.content.decode()
    assert agenda_of(ten_items) == [(number, f"Item {number}") for number in range(1, 11)]


@pytest.fixture
def drafted_minute(committee):
    minute = MinuteFactory(meeting__committee=committee)
    for position, text in enumerate(["Savings", "Staffing"], start=1):
        DiscussionPointFactory(minute=minute, position=position, text=text)
    for position, letter in enumerate("ab", start=1):
        ResolutionFactory(minute=minute, position=position, letter=letter, text=f"Resolution {letter}")
    return minute


def test_discussion_points_and_resolution_letters_swap_in_one_save(staff, drafted_minute):
    url = admin_url(drafted_minute)
    data = unchanged_submission(staff, url, "minute")
    data = renumbered(data, "discussionpoints", "position", {1: 2, 2: 1})
    data = renumbered(data, "resolutions", "letter", {"a": "b", "b": "a"})
    response = staff.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    points = DiscussionPoint.objects.filter(minute=drafted_minute).order_by("position")
    assert list(points.values_list("position", "text")) == [(1, "Staffing"), (2, "Savings")]
    resolutions = Resolution.objects.filter(minute=drafted_minute).order_by("letter")
    assert list(resolutions.values_list("letter", "text")) == [("a", "Resolution b"), ("b", "Resolution a")]
    # The rows were moved out of the way without a trace: their history holds only the real letters.
    assert set(Resolution.history.filter(minute=drafted_minute).values_list("letter", flat=True)) == {
        "a",
        "b",
    }


def test_two_resolutions_with_one_letter_are_refused(staff, drafted_minute):
    url = admin_url(drafted_minute)
    data = renumbered(unchanged_submission(staff, url, "minute"), "resolutions", "letter", {"b": "a"})
    response = staff.post(url, data)
    assert response.status_code == 200
    assert "Two resolutions would have the letter a: give each its own." in response.content.decode()
    assert set(drafted_minute.resolutions.values_list("letter", flat=True)) == {"a", "b"}


def test_resolutions_without_letters_never_clash(staff, drafted_minute):
    url = admin_url(drafted_minute)
    data = renumbered(unchanged_submission(staff, url, "minute"), "resolutions", "letter", {"a": "", "b": ""})
    assert staff.post(url, data).status_code == 302
    assert list(drafted_minute.resolutions.values_list("letter", flat=True)) == ["", ""]
