"""Email alerts to a committee's subscribers: an agenda published, minutes published in draft and approved, a
paper added to an agenda already published.

Each event goes through the real path: the workflow step (or the upload), its signal once the change is
committed, the Celery task (inline: no broker in the tests) and the email. The meetings are those of seed 003:
23 January 2024 (minutes approved on 5 March 2024) and 5 March 2024."""

import io
import re
from datetime import datetime
from smtplib import SMTPServerDisconnected
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client

from feeds import subscriptions, tasks
from feeds.models import AlertKind, Subscription
from meetings import signals, workflow
from meetings.models import Meeting
from scrutiny.models import Message
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    MeetingFactory,
    MinuteFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
SITE = "https://committees.example.gov.uk"
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
JANE = "jane@example.org"  # everything
OMAR = "omar@example.org"  # agendas
SAM = "sam@example.org"  # minutes
PAT = "pat@example.org"  # new papers
NEIGHBOUR = "neighbour@example.org"  # everything from another committee


class BrokenEmailBackend(BaseEmailBackend):
    """The council's mail server is down: every send fails."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


def at(year, month, day, hour=14, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def recipients(messages=None) -> list[str]:
    return sorted(
        address for message in (mail.outbox if messages is None else messages) for address in message.to
    )


def unsubscribe_url(committee, email) -> str:
    return SITE + subscriptions.unsubscribe_path(committee.pk, email)


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def committee():
    return CommitteeFactory(name=COMMITTEE, slug="children-and-families")


@pytest.fixture
def subscribers(committee):
    SubscriptionFactory(committee=committee, email=JANE)
    SubscriptionFactory(committee=committee, email=OMAR, minutes=False, papers=False)
    SubscriptionFactory(committee=committee, email=SAM, agendas=False, papers=False)
    SubscriptionFactory(committee=committee, email=PAT, agendas=False, minutes=False)
    SubscriptionFactory(email=NEIGHBOUR)


@pytest.fixture
def january(committee):
    """Held, with minutes written: ready for its draft minutes to be published."""
    meeting = MeetingFactory(
        committee=committee,
        start=at(2024, 1, 23),
        status=Meeting.Status.HELD,
        agenda_published_at=at(2024, 1, 12),
    )
    MinuteFactory(meeting=meeting, number=45, heading="Minutes of the previous meeting.")
    return meeting


@pytest.fixture
def march(committee):
    """Its agenda is built and not yet published: a public item and an exempt one."""
    meeting = MeetingFactory(committee=committee, start=at(2024, 3, 5))
    AgendaItemFactory(meeting=meeting, number=1, title="Minutes of the meeting held on 23 January 2024.")
    AgendaItemFactory(
        meeting=meeting, number=2, title="SEND Review", summary="The Director's report on SEND."
    )
    ExemptAgendaItemFactory(meeting=meeting, number=3)
    return meeting


def test_publishing_an_agenda_alerts_those_who_asked_for_agendas_in_plain_words(
    march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march, when=at(2024, 2, 23, 10))
    assert recipients() == [JANE, OMAR]
    jane = next(message for message in mail.outbox if message.to == [JANE])
    assert jane.subject == f"Agenda published: {COMMITTEE}, 5 March 2024"
    assert jane.body == (
        f"The agenda for the meeting of the {COMMITTEE} on Tuesday 5 March 2024 has been published.\n"
        "\n"
        "When: Tuesday 5 March 2024, 2.00 p.m.\n"
        "Where: Sparkenhoe Committee Room, County Hall, Glenfield\n"
        "\n"
        "Agenda\n"
        "1. Minutes of the meeting held on 23 January 2024.\n"
        "2. SEND Review\n"
        "3. Children's home contract award (exempt: paragraph 3 of Schedule 12A to the Local Government Act "
        "1972, not for publication)\n"
        "\n"
        "Read the agenda and its reports:\n"
        f"{SITE}/meetings/{march.pk}/#agenda\n"
        "\n"
        "Democratic Services\n"
        "Leicestershire County Council\n"
        "\n"
        "-- \n"
        f"You are getting this email because you asked for alerts from the {COMMITTEE}.\n"
        "To stop them, open this link (no sign-in needed):\n"
        f"{unsubscribe_url(march.committee, JANE)}\n"
    )
    assert "bids received" not in jane.body  # the exempt item's summary
    assert Message.objects.filter(sent_at__isnull=False).count() == 2


def test_the_same_event_twice_alerts_nobody_twice(march, subscribers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
    assert recipients() == [JANE, OMAR]
    with django_capture_on_commit_callbacks(execute=True):
        signals.agenda_published.send(sender=Meeting, meeting=march)
        signals.agenda_published.send(sender=Meeting, meeting=march)
    tasks.alert_agenda_published(march.pk)
    assert recipients() == [JANE, OMAR]
    assert Message.objects.count() == 2


def test_every_alert_carries_a_one_click_unsubscribe_link_for_its_reader(
    committee, march, january, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
        workflow.publish_draft_minutes(january)
        DocumentFactory(agenda_item=march.agenda_items.get(number=2), title="SEND Review: update")
    assert {message.subject.split(":")[0] for message in mail.outbox} == {
        "Agenda published",
        "Draft minutes published",
        "New paper for item 2",
    }
    for message in mail.outbox:
        (reader,) = message.to
        link = unsubscribe_url(committee, reader)
        assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.body.endswith(f"To stop them, open this link (no sign-in needed):\n{link}\n")
        assert message.message()["List-Unsubscribe"] == f"<{link}>"  # as sent
    # The header's link unsubscribes its reader, and only them, with the mail program's one-click POST.
    (omar_alert,) = [message for message in mail.outbox if message.to == [OMAR]]
    one_click = re.fullmatch(
        r"<https://committees\.example\.gov\.uk(/.+)>", omar_alert.extra_headers["List-Unsubscribe"]
    )
    response = Client(enforce_csrf_checks=True).post(
        one_click.group(1), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert sorted(Subscription.objects.filter(committee=committee).values_list("email", flat=True)) == [
        JANE,
        PAT,
        SAM,
    ]


def test_nobody_is_alerted_before_confirming(committee, march, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(
            f"/committees/{committee.slug}/alerts/",
            {"alerts-email": JANE, "alerts-alerts": ["agendas", "papers"]},
        )
    (confirmation,) = mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
        DocumentFactory(agenda_item=march.agenda_items.get(number=2))
    assert mail.outbox == [confirmation]
    assert not Message.objects.exists()

    confirm = re.search(
        r"https://committees\.example\.gov\.uk(/alerts/confirm/\S+/)", confirmation.body
    ).group(1)
    Client().post(confirm)
    with django_capture_on_commit_callbacks(execute=True):
        DocumentFactory(agenda_item=march.agenda_items.get(number=2), title="SEND Review: appendix")
    assert [message.subject for message in mail.outbox[1:]] == [
        f"New paper for item 2: {COMMITTEE}, 5 March 2024"
    ]


def test_nobody_is_alerted_after_unsubscribing(
    committee, january, subscribers, django_capture_on_commit_callbacks
):
    Client().post(subscriptions.unsubscribe_path(committee.pk, JANE))
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_draft_minutes(january)
    assert recipients() == [SAM]


def test_draft_and_approved_minutes_are_each_alerted_once(
    committee, january, march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_draft_minutes(january)
    assert recipients() == [JANE, SAM]
    draft = mail.outbox[0]
    assert draft.subject == f"Draft minutes published: {COMMITTEE}, 23 January 2024"
    assert draft.body.startswith(
        f"The draft minutes of the meeting of the {COMMITTEE} held on Tuesday 23 January 2024 have been "
        "published.\n\nThey become the formal record once the committee approves them at its next meeting.\n"
        f"\nRead the minutes and the decisions in them:\n{SITE}/meetings/{january.pk}/#minutes\n"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve_minutes(january, approved_at=march)
        signals.minutes_published.send(sender=Meeting, meeting=january, approved=False)  # a stray repeat
    assert recipients() == [JANE, SAM]
    approved = mail.outbox[0]
    assert approved.subject == f"Minutes approved: {COMMITTEE}, 23 January 2024"
    assert approved.body.startswith(
        f"The minutes of the meeting of the {COMMITTEE} held on Tuesday 23 January 2024 have been approved "
        "at the meeting on Tuesday 5 March 2024. They are now the formal record of the meeting.\n"
    )
    assert (
        Message.objects.filter(kind="feeds.minutes_draft").count()
        == Message.objects.filter(kind="feeds.minutes_approved").count()
        == 2
    )


def test_minutes_approved_without_a_draft_are_alerted_once(
    january, march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.approve_minutes(january, approved_at=march)
    assert recipients() == [JANE, SAM]
    assert {message.subject for message in mail.outbox} == {f"Minutes approved: {COMMITTEE}, 23 January 2024"}


def test_a_paper_added_to_a_published_agenda_is_alerted_once(
    committee, march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
    mail.outbox.clear()
    item = march.agenda_items.get(number=2)
    with django_capture_on_commit_callbacks(execute=True):
        paper = DocumentFactory(
            agenda_item=item, title="SEND Review: update on waiting times", kind="supplementary"
        )
    assert recipients() == [JANE, PAT]
    message = mail.outbox[0]
    assert message.subject == f"New paper for item 2: {COMMITTEE}, 5 March 2024"
    assert message.body.startswith(
        f"A paper has been added to the published agenda of the meeting of the {COMMITTEE} on Tuesday "
        "5 March 2024.\n\n"
        "Item 2: SEND Review\n"
        "Supplementary paper: SEND Review: update on waiting times\n\n"
        f"Read the paper:\n{SITE}/documents/{paper.pk}/\n\n"
        f"The agenda with all its papers:\n{SITE}/meetings/{march.pk}/#item-2\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        paper.title = "SEND Review: update on waiting times (corrected)"
        paper.save()  # changed, not added
        tasks.alert_paper_added(paper.pk)  # and a repeated task
    assert recipients() == [JANE, PAT]


def test_exempt_papers_are_never_alerted_nor_named(
    committee, march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ExemptDocumentFactory(agenda_item=march.agenda_items.get(number=2), title="Appendix B: tender prices")
        DocumentFactory(agenda_item=march.agenda_items.get(number=3), title="Appendix C: bidders' scores")
    assert mail.outbox == []
    assert not Message.objects.filter(kind=AlertKind.PAPER).exists()


def test_papers_uploaded_before_the_agenda_is_published_go_out_with_it(
    committee, march, subscribers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        DocumentFactory(agenda_item=march.agenda_items.get(number=2))
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
    assert recipients() == [JANE, OMAR]  # the agenda alert only: nobody who wants papers only hears of it


def test_a_failed_alert_goes_at_the_next_run_once_and_not_to_someone_who_unsubscribed_meanwhile(
    committee, march, subscribers, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.feeds.test_alerts.BrokenEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
    assert mail.outbox == []
    assert sorted(Message.objects.filter(sent_at__isnull=True).values_list("recipient", flat=True)) == [
        JANE,
        OMAR,
    ]

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    subscriptions.unsubscribe(committee, JANE)
    out = io.StringIO()
    call_command("send_alerts", stdout=out)
    assert recipients() == [OMAR]
    assert out.getvalue() == "Alerts sent: 1; failed, to be tried again: 0.\n"
    assert [(alert.recipient, alert.sent_at is not None) for alert in Message.objects.all()] == [(OMAR, True)]
    call_command("send_alerts", stdout=io.StringIO())
    assert recipients() == [OMAR]


def test_a_committee_alerts_only_its_own_subscribers(
    committee, march, subscribers, django_capture_on_commit_callbacks
):
    other = MeetingFactory(committee=Subscription.objects.get(email=NEIGHBOUR).committee)
    AgendaItemFactory(meeting=other)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_agenda(march)
        workflow.publish_agenda(other)
    assert recipients() == [JANE, NEIGHBOUR, OMAR]
