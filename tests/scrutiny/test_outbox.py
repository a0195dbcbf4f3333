"""The outbox (scrutiny/notifications/outbox.py): the chasing's emails and the committee alerts, merged from
followup.Notification and feeds.Alert with their keys, so that nothing sent before the merge is sent again;
the sender, which holds each row while its email goes; and the after-commit helper."""

from datetime import timedelta
from threading import Barrier, Thread

import pytest
from django.core import mail
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from feeds import alerts
from followup import chasing
from scrutiny.after_commit import after_commit
from scrutiny.models import Message
from scrutiny.notifications import outbox
from tests.factories import (
    ActionFactory,
    MessageFactory,
    OfficerFactory,
    PublishedAgendaMeetingFactory,
    SubscriptionFactory,
)

BEFORE_THE_MERGE = [("followup", "0004_action_due_order"), ("feeds", "0001_initial")]
JANE = "jane.carter@example.gov.uk"
SUE = "sue.whiting@example.org"
TOM = "tom.baker@example.org"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_merge_carries_every_message_with_its_key_and_sends_again_only_what_was_waiting(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    officer = OfficerFactory(name="Jane Carter", family_name="Carter", email=JANE)
    action = ActionFactory(owner=officer, due_date=timezone.localdate() + timedelta(days=2))
    meeting = PublishedAgendaMeetingFactory()
    for email in (SUE, TOM):
        SubscriptionFactory(committee=meeting.committee, email=email)
    sent = timezone.now() - timedelta(days=3)
    assigned = f"{action.reference}:officer-{officer.pk}"

    old = migrate(BEFORE_THE_MERGE)
    Notification, Alert = old.get_model("followup", "Notification"), old.get_model("feeds", "Alert")
    Notification.objects.create(
        kind="assigned", action_id=action.pk, recipient=JANE, key=assigned, sent_at=sent
    )
    # A reminder whose send failed: still waiting at the merge.
    Notification.objects.create(
        kind="reminder", action_id=action.pk, recipient=JANE, key=f"{action.reference}:due-{action.due_date}"
    )
    for email, sent_at in ((SUE, sent), (TOM, None)):
        Alert.objects.create(
            kind="agenda",
            committee_id=meeting.committee_id,
            meeting_id=meeting.pk,
            recipient=email,
            key=f"agenda:meeting-{meeting.pk}",
            sent_at=sent_at,
        )
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert sorted(Message.objects.values_list("kind", "recipient", "key", "about_id", "sent_at")) == sorted(
        [
            ("followup.assigned", JANE, assigned, action.pk, sent),
            ("followup.reminder", JANE, f"{action.reference}:due-{action.due_date}", action.pk, None),
            ("feeds.agenda", SUE, f"agenda:meeting-{meeting.pk}", meeting.pk, sent),
            ("feeds.agenda", TOM, f"agenda:meeting-{meeting.pk}", meeting.pk, None),
        ]
    )
    assert {message.about for message in Message.objects.all()} == {action, meeting}
    # Planning again finds every key taken: nothing new.
    assert chasing.plan_assignment(action) == 0
    assert alerts.plan_agenda(meeting) == 0

    assert outbox.send_pending() == (2, 0)  # only the two that were waiting
    assert sorted((email.to[0], email.subject.split(":")[0]) for email in mail.outbox) == [
        (JANE, "Reminder"),
        (TOM, "Agenda published"),
    ]
    assert outbox.send_pending() == (0, 0)
    assert len(mail.outbox) == 2


@pytest.mark.django_db(transaction=True)
def test_the_merge_can_be_undone_with_every_message(settings):
    message = MessageFactory(sent_at=timezone.now())
    action = message.about
    meeting = PublishedAgendaMeetingFactory()
    Message.objects.create(
        kind="feeds.agenda", about=meeting, recipient=SUE, key=f"agenda:meeting-{meeting.pk}"
    )

    old = migrate(BEFORE_THE_MERGE)
    notification = old.get_model("followup", "Notification").objects.get()
    assert (notification.kind, notification.action_id) == ("assigned", action.pk)
    assert (notification.key, notification.sent_at) == (message.key, message.sent_at)
    alert = old.get_model("feeds", "Alert").objects.get()
    assert (alert.kind, alert.committee_id, alert.meeting_id, alert.document_id) == (
        "agenda",
        meeting.committee_id,
        meeting.pk,
        None,
    )
    assert (alert.recipient, alert.key, alert.sent_at) == (SUE, f"agenda:meeting-{meeting.pk}", None)
    assert not Message.objects.exists()

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert sorted(Message.objects.values_list("kind", "key")) == [
        ("feeds.agenda", f"agenda:meeting-{meeting.pk}"),
        ("followup.assigned", message.key),
    ]


@pytest.mark.django_db
def test_a_send_that_fails_is_counted_and_says_why(settings):
    settings.EMAIL_BACKEND = "tests.followup.test_chasing.BrokenEmailBackend"
    message = MessageFactory(about__due_date=timezone.localdate() + timedelta(days=9))

    assert outbox.send_pending() == (0, 1)
    message.refresh_from_db()
    assert (message.sent_at, message.attempts) == (None, 1)
    assert "Connection unexpectedly closed" in message.error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox.send_pending() == (1, 0)
    message.refresh_from_db()
    assert (message.attempts, message.error) == (2, "")
    # What was sent is kept with it.
    assert message.subject == mail.outbox[0].subject
    assert message.body == mail.outbox[0].body


@pytest.mark.django_db
def test_a_message_no_longer_needed_is_dropped_unsent():
    MessageFactory(about__status="withdrawn")

    assert outbox.send_pending() == (0, 0)
    assert mail.outbox == []
    assert not Message.objects.exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no row locks")
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_message_once(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    for _ in range(6):
        MessageFactory(about__due_date=timezone.localdate() + timedelta(days=9))
    start = Barrier(2)
    results = []

    def worker():
        try:
            start.wait()
            results.append(outbox.send_pending())
        finally:
            connections.close_all()

    threads = [Thread(target=worker), Thread(target=worker)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(sent for sent, _ in results) == 6
    assert sum(failed for _, failed in results) == 0
    assert len(mail.outbox) == 6
    # Each message went once (two officers may share a name, and so an address: compare as lists).
    assert sorted(email.to[0] for email in mail.outbox) == sorted(
        Message.objects.values_list("recipient", flat=True)
    )
    assert set(Message.objects.values_list("attempts", flat=True)) == {1}


@pytest.mark.django_db
def test_work_after_commit_waits_for_the_commit_and_is_not_done_after_a_rollback(
    django_capture_on_commit_callbacks,
):
    done = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            after_commit(done.append, "kept")
            assert done == []
        with pytest.raises(RuntimeError), transaction.atomic():
            after_commit(done.append, "rolled back")
            raise RuntimeError
    assert done == ["kept"]
    assert [callback.__qualname__ for callback in callbacks] == ["list.append"]
