"""Chasing: the assignment email, the reminder before the due date, the weekly chase of overdue actions and
the weekly digest to Democratic Services, through `followup.chasing` and the `chase_actions` command.

Runs use fixed dates around Easter 2024: Good Friday (29 March) and Easter Monday (1 April) are bank
holidays in England and Wales. Every expected date, count and phrase is worked out by hand from the calendar
and the email templates, never by calling the code under test."""

from datetime import date, datetime
from io import StringIO
from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import transaction

from followup import chasing, workflow
from followup.chasing import Kind
from followup.models import Action
from scrutiny.models import Message
from tests.factories import (
    ActionFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    RecommendationFactory,
    ResolutionFactory,
    TeamFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Action.Status

SITE = "https://committees.example.gov.uk"  # chasing_settings's
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
JANE = "jane.carter@example.gov.uk"
OMAR = "omar.hussain@example.gov.uk"
SAM = "sam.patel@example.gov.uk"
SEND_MAILBOX = "send.service@example.gov.uk"

# Tuesday after Easter 2024: three working days before it are Tue 26, Wed 27 and Thu 28 March.
EASTER_TUESDAY = date(2024, 4, 2)
# Friday 15 March 2024 (ISO week 11); Monday 18 March starts ISO week 12, Monday 25 March ISO week 13.
FRIDAY_15_MARCH = date(2024, 3, 15)


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


class BrokenEmailBackend(BaseEmailBackend):
    """The council's mail server is down: every send fails."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture(autouse=True)
def pinned(chasing_settings):
    """The law's defaults (tests/conftest.py), whatever the environment says."""


@pytest.fixture
def committee():
    return CommitteeFactory(name=COMMITTEE, slug="cfosc")


@pytest.fixture
def jane():
    return OfficerFactory(name="Jane Carter", family_name="Carter", email=JANE)


@pytest.fixture
def omar():
    return OfficerFactory(name="Omar Hussain", family_name="Hussain", email=OMAR)


@pytest.fixture
def team():
    lead = OfficerFactory(name="Sam Patel", family_name="Patel", email=SAM)
    return TeamFactory(name="SEND Service", lead=lead, email=SEND_MAILBOX)


def action_for(committee, owner=None, *, team=None, due, **fields):
    """An action raised directly for the committee (no meeting), owned by an officer or a team."""
    fields.setdefault("description", "The Director to provide the number of tribunal appeals in 2023.")
    return ActionFactory(resolution=None, committee=committee, owner=owner, team=team, due_date=due, **fields)


def chase_command(day, *, stdout=None):
    """The command as cron runs it."""
    out = stdout or StringIO()
    call_command("chase_actions", today=day.isoformat(), stdout=out)
    return out.getvalue()


def messages_to(address, subject_start=""):
    return [m for m in mail.outbox if m.to == [address] and m.subject.startswith(subject_start)]


def overdue_messages():
    return [m for m in mail.outbox if m.subject.startswith("Overdue:")]


def reminder_messages():
    return [m for m in mail.outbox if m.subject.startswith("Reminder:")]


def digest_messages():
    return [m for m in mail.outbox if m.subject.startswith("Follow-up digest")]


def only(items):
    """The one email (or notification) expected, saying what there was instead."""
    assert len(items) == 1, f"expected exactly one, got {[getattr(i, 'subject', i) for i in items]}"
    return items[0]


def pending():
    return list(Message.objects.filter(sent_at__isnull=True))


def link(action):
    return f"{SITE}/actions/{action.pk}/"


# --- assignment ---------------------------------------------------------------------------------------------


def test_raising_an_action_emails_its_officer_once_the_transaction_commits(
    django_capture_on_commit_callbacks, committee, jane
):
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=at(2024, 3, 5))
    minute = MinuteFactory(meeting=meeting, heading="Special Educational Needs and Disabilities.")
    resolution = ResolutionFactory(
        minute=minute,
        letter="b",
        kind="request_for_information",
        text="That the Director provide the number of tribunal appeals in 2023.",
    )

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        action = workflow.raise_action(
            description="The Director to provide the number of tribunal appeals in 2023.",
            owner=jane,
            resolution=resolution,
            due_date=EASTER_TUESDAY,
        )
        # Planned in the same transaction, but nothing leaves before it commits.
        assert mail.outbox == []
        planned = Message.objects.get()
        assert (planned.kind, planned.recipient, planned.sent_at) == (Kind.ASSIGNED, JANE, None)

    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [JANE]
    assert message.subject == f"Action {action.reference} for you from the {COMMITTEE}, due 2 April 2024"
    assert message.body.startswith("Dear Jane Carter,\n")
    assert (
        f"The {COMMITTEE} has asked for the following at its meeting on 5 March 2024 "
        f"(minute {minute.number}(b)):" in message.body
    )
    assert "The Director to provide the number of tribunal appeals in 2023." in message.body
    assert "Please respond by Tuesday 2 April 2024" in message.body
    assert link(action) in message.body.splitlines()
    assert message.body.rstrip().endswith("Democratic Services\nLeicestershire County Council")
    assert Message.objects.get().sent_at is not None


def test_a_team_action_emails_the_team_lead_and_the_shared_mailbox(
    django_capture_on_commit_callbacks, committee, team
):
    with django_capture_on_commit_callbacks(execute=True):
        action = workflow.raise_action(
            description="The SEND Service to report on waiting times for assessments.",
            team=team,
            committee=committee,
            due_date=EASTER_TUESDAY,
        )

    assert sorted(m.to[0] for m in mail.outbox) == [SAM, SEND_MAILBOX]
    for message in mail.outbox:
        assert len(message.to) == 1
        assert message.subject == f"Action {action.reference} for you from the {COMMITTEE}, due 2 April 2024"
        assert message.body.startswith("Dear Sam Patel (SEND Service),\n")
        # Raised directly, not at a meeting: the email does not invent one.
        assert f"The {COMMITTEE} has asked for the following:" in message.body
        assert link(action) in message.body
    assert Message.objects.filter(sent_at__isnull=False).count() == 2


def test_no_assignment_email_for_an_action_whose_transaction_rolls_back(
    django_capture_on_commit_callbacks, committee, jane
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        workflow.raise_action(
            description="Never saved.", owner=jane, committee=committee, due_date=EASTER_TUESDAY
        )
        raise RuntimeError("the admin form failed after the action was raised")

    assert callbacks == []
    assert mail.outbox == []
    assert not Message.objects.exists()


def test_loading_history_raises_actions_without_emailing(django_capture_on_commit_callbacks, committee, jane):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.raise_action(
            description="From the 2023 papers.",
            owner=jane,
            committee=committee,
            due_date=date(2023, 6, 1),
            notify=False,
        )

    assert mail.outbox == []
    assert not Message.objects.exists()


def test_an_owner_is_told_once_and_a_new_owner_gets_their_own_email(
    django_capture_on_commit_callbacks, committee, jane, omar
):
    action = action_for(committee, jane, due=EASTER_TUESDAY)
    with django_capture_on_commit_callbacks(execute=True):
        assert workflow.tell_the_owner(action) == 1
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert workflow.tell_the_owner(action) == 0
    assert callbacks == []  # nothing new to send, so no task queued
    assert [m.to for m in mail.outbox] == [[JANE]]

    action.owner = omar
    action.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert workflow.tell_the_owner(action) == 1
    assert [m.to for m in mail.outbox] == [[JANE], [OMAR]]
    assert mail.outbox[1].body.startswith("Dear Omar Hussain,\n")


# --- reminders before the due date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "due", "reminded"),
    [
        # Due Tuesday 2 April, after Easter: Good Friday, the weekend and Easter Monday do not count.
        pytest.param(date(2024, 3, 22), EASTER_TUESDAY, False, id="Fri-22-Mar-six-working-days-before"),
        pytest.param(date(2024, 3, 25), EASTER_TUESDAY, False, id="Mon-25-Mar-four-working-days-before"),
        pytest.param(date(2024, 3, 26), EASTER_TUESDAY, True, id="Tue-26-Mar-three-working-days-before"),
        pytest.param(date(2024, 3, 28), EASTER_TUESDAY, True, id="Thu-28-Mar-one-working-day-before"),
        pytest.param(date(2024, 3, 30), EASTER_TUESDAY, True, id="Sat-30-Mar-over-the-bank-holidays"),
        pytest.param(EASTER_TUESDAY, EASTER_TUESDAY, True, id="on-the-due-date"),
        # Due Monday 8 April: three working days before it are Wed 3, Thu 4 and Fri 5 April.
        pytest.param(date(2024, 4, 2), date(2024, 4, 8), False, id="Tue-2-Apr-four-working-days-before-Mon"),
        pytest.param(date(2024, 4, 3), date(2024, 4, 8), True, id="Wed-3-Apr-three-working-days-before-Mon"),
        # Due on Monday 25 March, no bank holiday: Wed 20, Thu 21, Fri 22 March.
        pytest.param(date(2024, 3, 19), date(2024, 3, 25), False, id="Tue-19-Mar-before-an-ordinary-Mon"),
        pytest.param(date(2024, 3, 20), date(2024, 3, 25), True, id="Wed-20-Mar-before-an-ordinary-Mon"),
    ],
)
def test_reminder_is_sent_within_the_reminder_working_days_and_not_before(
    committee, jane, today, due, reminded
):
    action = action_for(committee, jane, due=due)

    chasing.chase(today=today)

    assert len(reminder_messages()) == int(reminded)
    assert Message.objects.filter(kind=Kind.REMINDER, action=action).count() == int(reminded)
    assert overdue_messages() == []


def test_the_reminder_setting_moves_the_window(settings, committee, jane):
    settings.ACTION_REMINDER_WORKING_DAYS = 5  # Thu 21, Fri 22, Mon 25, Tue 26, Wed 27 March before Thu 28
    action_for(committee, jane, due=date(2024, 3, 28))

    chasing.chase(today=date(2024, 3, 20))
    assert reminder_messages() == []
    chasing.chase(today=date(2024, 3, 21))
    assert len(reminder_messages()) == 1


def test_reminder_email_reads_well(committee, jane):
    action = action_for(
        committee, jane, due=EASTER_TUESDAY, description="The Director to circulate the EHCP timeliness data."
    )

    chase_command(date(2024, 3, 26))

    message = only(mail.outbox)
    assert message.to == [JANE]
    assert message.subject == f"Reminder: action {action.reference} is due on 2 April 2024"
    assert message.body.startswith("Dear Jane Carter,\n")
    assert (
        f"A reminder that your response to action {action.reference} for the {COMMITTEE} "
        "is due on Tuesday 2 April 2024:" in message.body
    )
    assert "The Director to circulate the EHCP timeliness data." in message.body
    assert link(action) in message.body.splitlines()
    assert "overdue" not in message.body.lower()


def test_reminder_is_sent_once_per_due_date(committee, jane):
    action = action_for(committee, jane, due=EASTER_TUESDAY)

    for day in (date(2024, 3, 26), date(2024, 3, 27), date(2024, 3, 28), date(2024, 3, 30), EASTER_TUESDAY):
        chasing.chase(today=day)
    assert len(reminder_messages()) == 1

    # Democratic Services give more time: the new due date gets its own reminder, three working days before
    # it (Wed 3, Thu 4, Fri 5 April).
    Action.objects.filter(pk=action.pk).update(due_date=date(2024, 4, 8))
    chasing.chase(today=EASTER_TUESDAY)
    assert len(reminder_messages()) == 1
    chasing.chase(today=date(2024, 4, 3))
    chasing.chase(today=date(2024, 4, 4))
    assert [m.subject for m in reminder_messages()] == [
        f"Reminder: action {action.reference} is due on 2 April 2024",
        f"Reminder: action {action.reference} is due on 8 April 2024",
    ]


def test_a_team_reminder_goes_to_the_lead_and_the_shared_mailbox(committee, team):
    action_for(committee, team=team, due=EASTER_TUESDAY)

    chasing.chase(today=date(2024, 3, 26))

    assert sorted(m.to[0] for m in reminder_messages()) == [SAM, SEND_MAILBOX]
    assert all(m.body.startswith("Dear Sam Patel (SEND Service),\n") for m in mail.outbox)


# --- overdue actions ----------------------------------------------------------------------------------------


def test_an_overdue_action_is_chased_once_per_iso_week(committee, jane):
    action = action_for(committee, jane, due=FRIDAY_15_MARCH)

    chasing.chase(today=FRIDAY_15_MARCH)  # due today: not overdue yet
    assert overdue_messages() == []

    chasing.chase(today=date(2024, 3, 18))  # Monday, week 12
    chasing.chase(today=date(2024, 3, 20))
    chasing.chase(today=date(2024, 3, 24))  # Sunday, still week 12
    assert len(overdue_messages()) == 1

    chasing.chase(today=date(2024, 3, 25))  # Monday, week 13
    assert len(overdue_messages()) == 2
    assert sorted(Message.objects.filter(kind=Kind.OVERDUE, action=action).values_list("key", flat=True)) == [
        f"{action.reference}:2024-W12",
        f"{action.reference}:2024-W13",
    ]


def test_a_chase_across_the_new_year_counts_iso_weeks(committee, jane):
    action_for(committee, jane, due=date(2024, 12, 20))

    chasing.chase(today=date(2024, 12, 30))  # Monday 30 December 2024 is in ISO week 1 of 2025
    chasing.chase(today=date(2025, 1, 3))
    assert len(overdue_messages()) == 1
    chasing.chase(today=date(2025, 1, 6))
    assert len(overdue_messages()) == 2


def test_overdue_email_reads_well(committee, jane):
    action = action_for(
        committee,
        jane,
        due=FRIDAY_15_MARCH,
        description="The Director to circulate the EHCP timeliness data.",
    )

    chase_command(date(2024, 3, 18))

    message = only(mail.outbox)
    assert message.to == [JANE]
    assert message.subject == f"Overdue: action {action.reference} was due on 15 March 2024"
    assert message.body.startswith("Dear Jane Carter,\n")
    assert (
        f"Action {action.reference} for the {COMMITTEE} was due on Friday 15 March 2024 "
        "and is now 3 days overdue:" in message.body
    )
    assert "The Director to circulate the EHCP timeliness data." in message.body
    assert link(action) in message.body.splitlines()
    assert "once a week until the action is answered" in message.body


def test_one_day_overdue_is_singular(committee, jane):
    action_for(committee, jane, due=FRIDAY_15_MARCH)

    chasing.chase(today=date(2024, 3, 16))

    message = only(overdue_messages())
    assert "is now 1 day overdue:" in message.body


def test_overdue_chase_quotes_the_returned_answer(committee, jane, democratic_services_user):
    action = action_for(committee, jane, due=FRIDAY_15_MARCH)
    workflow.submit_response(action, text="Figures to follow.", responded_by=jane, when=at(2024, 3, 11, 10))
    workflow.return_response(
        action,
        user=democratic_services_user,
        reason="The committee asked for the number of appeals, not a promise of figures.",
        when=at(2024, 3, 12, 9),
    )

    chasing.chase(today=date(2024, 3, 18))

    message = only(messages_to(JANE, "Overdue:"))
    assert "The latest entry in its log (answer for the committee to accept, 11 March 2024):" in message.body
    assert "Figures to follow." in message.body
    assert (
        "Your last answer was returned on 12 March 2024 because: The committee asked for the number of "
        "appeals, not a promise of figures." in message.body
    )


def test_a_team_action_overdue_chases_the_lead_and_the_shared_mailbox(committee, team):
    action = action_for(committee, team=team, due=FRIDAY_15_MARCH)

    chasing.chase(today=date(2024, 3, 18))
    chasing.chase(today=date(2024, 3, 19))

    assert sorted(m.to[0] for m in overdue_messages()) == [SAM, SEND_MAILBOX]
    for message in overdue_messages():
        assert message.body.startswith("Dear Sam Patel (SEND Service),\n")
        assert (
            f"Action {action.reference} for the {COMMITTEE} was due on Friday 15 March 2024" in message.body
        )


# --- weekly digest to Democratic Services -------------------------------------------------------------------


def digest_sections(body):
    """The digest's three lists, by heading."""
    sections, current = {}, None
    for line in body.splitlines():
        if line.isupper():
            current = line.split(" (")[0]
            sections[current] = []
        elif current and line.startswith("- "):
            sections[current].append(line)
    return sections


@pytest.fixture
def digest_material(committee, jane, omar):
    """Monday 18 March 2024: one overdue action, one answered and awaiting review (its due date long gone),
    one overdue recommendation, and things that are not to be reported."""
    overdue = action_for(committee, jane, due=FRIDAY_15_MARCH, description="Circulate the EHCP data.")
    answered = action_for(committee, omar, due=date(2024, 3, 1), description="Report on tribunal appeals.")
    workflow.submit_response(answered, text="114 of 120 appeals.", responded_by=omar, when=at(2024, 3, 14))
    not_due = action_for(committee, jane, due=date(2024, 4, 30), description="Not due yet.")
    completed = action_for(committee, jane, due=date(2024, 3, 1), status=Status.COMPLETED)
    late_reply = RecommendationFactory(
        sent_on=date(2024, 1, 10),  # reply due 10 March 2024
        resolution__minute__meeting__committee=committee,
        resolution__letter="c",
    )
    RecommendationFactory(sent_on=date(2024, 2, 20))  # reply due 20 April 2024
    RecommendationFactory(  # answered late: nothing owed
        sent_on=date(2023, 12, 1), response_received_on=date(2024, 2, 15), outcome="accepted"
    )
    return {
        "overdue": overdue,
        "answered": answered,
        "not_due": not_due,
        "completed": completed,
        "late_reply": late_reply,
    }


def test_weekly_digest_lists_overdue_actions_responses_to_review_and_overdue_recommendations(
    digest_material, democratic_services_user
):
    colleague = DemocraticServicesUserFactory(username="d.s.colleague", email="D.S.Colleague@example.gov.uk")
    DemocraticServicesUserFactory(username="left.the.council", is_active=False)
    DemocraticServicesUserFactory(username="no.email", email="")
    UserFactory(username="a.councillor", is_staff=True)  # not in Democratic Services

    chasing.chase(today=date(2024, 3, 18))

    digests = digest_messages()
    assert sorted(m.to[0] for m in digests) == [colleague.email.lower(), democratic_services_user.email]
    message = digests[0]
    assert message.subject == "Follow-up digest for the week of 18 March 2024: 1 overdue, 1 to review"
    assert message.body.startswith("Follow-up of the committees' requests, Monday 18 March 2024.")

    overdue, answered, late_reply = (digest_material[k] for k in ("overdue", "answered", "late_reply"))
    sections = digest_sections(message.body)
    assert sections["RESPONSES AWAITING YOUR REVIEW"] == [
        f"- {answered.reference}, {COMMITTEE}, Omar Hussain: Report on tribunal appeals."
    ]
    assert sections["OVERDUE ACTIONS"] == [
        f"- {overdue.reference}, {COMMITTEE}, Jane Carter, due 15 Mar 2024: Circulate the EHCP data."
    ]
    assert sections["OVERDUE RESPONSES FROM THE EXECUTIVE"] == [
        f"- Minute {late_reply.resolution.reference}, {COMMITTEE}, to Cabinet: due 10 Mar 2024"
    ]
    assert "RESPONSES AWAITING YOUR REVIEW (1)" in message.body
    assert "OVERDUE ACTIONS (1)" in message.body
    assert "OVERDUE RESPONSES FROM THE EXECUTIVE (1)" in message.body
    assert link(overdue) in message.body and link(answered) in message.body
    assert link(digest_material["not_due"]) not in message.body
    assert link(digest_material["completed"]) not in message.body


def test_weekly_digest_is_sent_once_a_week(digest_material, democratic_services_user):
    chasing.chase(today=date(2024, 3, 18))
    chasing.chase(today=date(2024, 3, 19))
    chasing.chase(today=date(2024, 3, 24))
    assert len(digest_messages()) == 1

    chasing.chase(today=date(2024, 3, 25))
    assert [m.subject for m in digest_messages()] == [
        "Follow-up digest for the week of 18 March 2024: 1 overdue, 1 to review",
        "Follow-up digest for the week of 25 March 2024: 1 overdue, 1 to review",
    ]


def test_digest_says_none_for_an_empty_list(committee, jane, democratic_services_user):
    action_for(committee, jane, due=FRIDAY_15_MARCH)

    chasing.chase(today=date(2024, 3, 18))

    message = only(digest_messages())
    assert message.subject == "Follow-up digest for the week of 18 March 2024: 1 overdue, 0 to review"
    assert "RESPONSES AWAITING YOUR REVIEW (0)\n\nNone." in message.body
    assert "OVERDUE RESPONSES FROM THE EXECUTIVE (0)\n\nNone." in message.body


def test_no_digest_when_there_is_nothing_to_report(committee, jane, democratic_services_user):
    action_for(committee, jane, due=date(2024, 4, 30))  # not due yet
    action_for(committee, jane, due=date(2024, 3, 1), status=Status.COMPLETED)
    action_for(committee, jane, due=date(2024, 3, 1), status=Status.WITHDRAWN, withdrawn_reason="Superseded.")
    RecommendationFactory(sent_on=date(2024, 2, 20))  # reply due 20 April 2024

    chasing.chase(today=date(2024, 3, 18))

    assert digest_messages() == []
    assert not Message.objects.filter(kind=Kind.DIGEST).exists()


# --- idempotence --------------------------------------------------------------------------------------------


def test_running_the_command_twice_sends_nothing_the_second_time(
    committee, jane, omar, team, digest_material, democratic_services_user
):
    action_for(committee, omar, due=date(2024, 3, 20))  # reminder window: Tue 19, Wed 20 March
    action_for(committee, team=team, due=date(2024, 3, 8))  # overdue, to the lead and the mailbox
    today = date(2024, 3, 18)

    first = StringIO()
    call_command("chase_actions", today=today.isoformat(), stdout=first)
    sent_first = len(mail.outbox)
    notifications = Message.objects.count()
    # 1 reminder; overdue: Jane, Sam, the SEND mailbox; 1 digest.
    assert sorted(n.kind for n in Message.objects.all()) == sorted(
        [Kind.REMINDER, Kind.OVERDUE, Kind.OVERDUE, Kind.OVERDUE, Kind.DIGEST]
    )
    assert sent_first == notifications == 5
    assert "Emails sent: 5" in first.getvalue()

    second = StringIO()
    call_command("chase_actions", today=today.isoformat(), stdout=second)

    assert len(mail.outbox) == sent_first
    assert Message.objects.count() == notifications
    assert pending() == []
    assert "Emails sent: 0" in second.getvalue()
    assert "Overdue: 0 new" in second.getvalue()


def test_chase_reports_what_it_planned_and_sent(committee, jane, democratic_services_user):
    action_for(committee, jane, due=FRIDAY_15_MARCH)

    report = chasing.chase(today=date(2024, 3, 18))
    assert (report.sent, report.failed) == (2, 0)  # the chase and the digest
    assert report.planned == {
        Kind.REMINDER.label: 0,
        Kind.OVERDUE.label: 1,
        Kind.DIGEST.label: 1,
        Kind.REPORT_REMINDER.label: 0,  # no reports commissioned: tests/meetings/test_report_requests.py
        Kind.REPORT_OVERDUE.label: 0,
    }

    again = chasing.chase(today=date(2024, 3, 18))
    assert (again.sent, again.failed) == (0, 0)
    assert set(again.planned.values()) == {0}


# --- a send that fails --------------------------------------------------------------------------------------


def test_a_failed_send_stays_pending_and_goes_at_the_next_run(settings, committee, jane):
    action = action_for(committee, jane, due=FRIDAY_15_MARCH)
    settings.EMAIL_BACKEND = f"{__name__}.BrokenEmailBackend"

    with pytest.raises(CommandError, match=r"1 email\(s\) could not be sent; they will be retried next run"):
        chase_command(date(2024, 3, 18))

    assert mail.outbox == []
    notification = only(pending())
    assert (notification.kind, notification.about, notification.recipient) == (Kind.OVERDUE, action, JANE)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    output = chase_command(date(2024, 3, 19))  # no CommandError this time

    assert "Emails sent: 1" in output
    message = only(mail.outbox)
    assert message.subject == f"Overdue: action {action.reference} was due on 15 March 2024"
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert Message.objects.count() == 1  # retried, not planned again


def test_one_failed_send_does_not_stop_the_others(monkeypatch, committee, jane, omar):
    action_for(committee, jane, due=FRIDAY_15_MARCH)
    action_for(committee, omar, due=FRIDAY_15_MARCH)
    real_send = EmailMessage.send

    def refuse_jane(message, fail_silently=False):
        if JANE in message.to:
            raise SMTPRecipientsRefused({JANE: (550, b"Mailbox unavailable")})
        return real_send(message, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", refuse_jane)
    with pytest.raises(CommandError, match=r"^1 email\(s\) could not be sent"):
        chase_command(date(2024, 3, 18))

    assert [m.to for m in mail.outbox] == [[OMAR]]
    assert [n.recipient for n in pending()] == [JANE]

    monkeypatch.undo()
    chase_command(date(2024, 3, 18))

    assert sorted(m.to[0] for m in mail.outbox) == [JANE, OMAR]
    assert pending() == []


def test_an_assignment_email_that_failed_goes_with_the_next_chase(
    settings, django_capture_on_commit_callbacks, committee, jane
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        action = workflow.raise_action(
            description="Circulate the EHCP data.",
            owner=jane,
            committee=committee,
            due_date=date(2024, 4, 30),
        )
    assert mail.outbox == []
    assert [n.kind for n in pending()] == [Kind.ASSIGNED]

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    chase_command(date(2024, 3, 18))

    message = only(mail.outbox)
    assert message.subject == f"Action {action.reference} for you from the {COMMITTEE}, due 30 April 2024"
    assert pending() == []


# --- closed actions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status",
    [Status.COMPLETED, Status.WITHDRAWN, Status.RESPONSE_SUBMITTED],
    ids=["completed", "withdrawn", "answered-and-awaiting-review"],
)
def test_actions_not_waiting_on_their_owner_are_never_chased(committee, jane, team, status):
    action_for(committee, jane, due=FRIDAY_15_MARCH, status=status)  # overdue
    action_for(committee, jane, due=EASTER_TUESDAY, status=status)  # due soon
    action_for(committee, team=team, due=date(2024, 3, 1), status=status)

    for day in (date(2024, 3, 18), date(2024, 3, 26), date(2024, 4, 2), date(2024, 4, 8)):
        chasing.chase(today=day)

    assert mail.outbox == []
    assert not Message.objects.exists()


def test_an_action_closed_after_a_chase_is_not_chased_again(committee, jane, omar, democratic_services_user):
    completed = action_for(committee, jane, due=FRIDAY_15_MARCH)
    withdrawn = action_for(committee, omar, due=FRIDAY_15_MARCH)
    chasing.chase(today=date(2024, 3, 18))
    assert sorted(m.to[0] for m in overdue_messages()) == [JANE, OMAR]

    workflow.submit_response(completed, text="114 of 120 appeals.", responded_by=jane, when=at(2024, 3, 19))
    workflow.accept_response(completed, user=democratic_services_user, when=at(2024, 3, 20))
    workflow.withdraw(withdrawn, reason="Covered by the report to the next meeting.", when=at(2024, 3, 20))
    mail.outbox.clear()

    chasing.chase(today=date(2024, 3, 25))
    chasing.chase(today=date(2024, 4, 1))

    assert overdue_messages() == []
    assert reminder_messages() == []


def test_a_chase_that_failed_is_not_sent_once_the_action_is_closed(settings, committee, jane):
    """The mail server was down when the chase was planned; by the next run the action was withdrawn. The
    owner must not be told that a withdrawn action is overdue."""
    action = action_for(committee, jane, due=FRIDAY_15_MARCH)
    settings.EMAIL_BACKEND = f"{__name__}.BrokenEmailBackend"
    chasing.chase(today=date(2024, 3, 18))
    assert [n.kind for n in pending()] == [Kind.OVERDUE]

    workflow.withdraw(action, reason="Covered by the report to the next meeting.", when=at(2024, 3, 18, 16))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    chasing.chase(today=date(2024, 3, 19))

    assert [m.subject for m in messages_to(JANE)] == []


# --- the command's --today -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2024-02-30", "next monday", "18/03/2024", "2024-13-01"])
def test_a_bad_today_is_refused_clearly(committee, jane, value):
    action_for(committee, jane, due=FRIDAY_15_MARCH)

    with pytest.raises(CommandError) as refused:
        call_command("chase_actions", f"--today={value}", stdout=StringIO())

    assert str(refused.value) == f"--today must be a date such as 2024-03-05, not {value!r}."
    assert mail.outbox == []
    assert not Message.objects.exists()


def test_the_command_reports_each_kind(committee, jane, omar, democratic_services_user):
    action_for(committee, jane, due=FRIDAY_15_MARCH)
    action_for(committee, omar, due=date(2024, 3, 20))

    output = chase_command(date(2024, 3, 18))

    assert output.splitlines() == [
        "Reminder before the due date: 1 new",
        "Overdue: 1 new",
        "Weekly digest to Democratic Services: 1 new",
        "Reminder before a report is due: 0 new",
        "Report overdue: 0 new",
        "Emails sent: 3",
    ]
