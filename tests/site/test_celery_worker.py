"""The task queue is real: a task queued with `.delay()` goes through Redis to a Celery worker, which sends
the email and marks the notification sent.

The rest of the suite runs tasks inline (no broker is configured, so CELERY_TASK_ALWAYS_EAGER). Here the
Celery app is pointed at a spare Redis database and an embedded worker (a thread of this process, so it shares
the locmem mail outbox) consumes from it; the app's configuration is put back afterwards.

Redis must be running on 127.0.0.1:6379 (CI runs on a machine where it is): without it these tests fail,
they do not skip. Set CELERY_TEST_BROKER_URL to use another server or database."""

import contextlib
import os
import threading
import time
from datetime import date, timedelta

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from celery.result import EagerResult
from celery.signals import task_postrun
from django.core import mail
from django.db import transaction
from kombu import pools

from followup import tasks, workflow
from scrutiny.celery import app
from scrutiny.models import Message
from tests.factories import CommitteeFactory, MessageFactory, OfficerFactory

BROKER_URL = os.environ.get("CELERY_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
# A queue of this process's own (a Redis list of that name): two runs of the tests at once on one machine
# must neither take nor empty each other's tasks.
QUEUE = f"scrutiny-tests-{os.getpid()}"
WAIT_SECONDS = 30

pytestmark = pytest.mark.django_db(transaction=True)  # the worker thread has its own database connection

# What the tests change on the app, and what they run with.
WORKER_CONF = {
    "broker_url": BROKER_URL,
    "task_default_queue": QUEUE,
    "task_always_eager": False,
    "task_eager_propagates": False,
    "task_ignore_result": True,  # results are read from the database (Message.sent_at)
    "worker_hijack_root_logger": False,  # leave pytest's log capture alone
    "broker_connection_retry_on_startup": False,
    "broker_connection_max_retries": 0,
}


def redis_broker():
    """The Redis database the queue lives in, with this process's queue emptied. Called by each test, so that
    without Redis the test FAILS (not errors in a fixture, never skips) saying what is missing."""
    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=3, socket_timeout=3)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.fail(
            f"Redis is not reachable at {BROKER_URL} ({error}). The Celery worker tests need a running Redis "
            "server: start it (e.g. `service redis-server start`) and check with `redis-cli ping`.",
            pytrace=False,
        )
    client.delete(QUEUE)
    return client


def _drop_broker_connections():
    """Close and forget pooled broker connections, so the next use of the app connects to its current
    broker_url (kombu keeps its pools in a registry of its own, shared by the process)."""
    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def celery_app():
    """scrutiny.celery.app, queuing through Redis instead of running tasks inline; restored afterwards, and
    its queue emptied."""
    saved = {key: app.conf[key] for key in WORKER_CONF}
    app.conf.update(WORKER_CONF)
    _drop_broker_connections()
    try:
        yield app
    finally:
        _drop_broker_connections()
        app.conf.update(saved)
        with contextlib.suppress(redis.RedisError):
            redis.Redis.from_url(BROKER_URL, socket_connect_timeout=3).delete(QUEUE)
    assert app.conf.task_always_eager is saved["task_always_eager"]


@pytest.fixture
def task_runs():
    """Each task the worker ran: its name, the thread it ran in, its state and what it returned."""
    runs = []

    def record(sender=None, task_id=None, task=None, retval=None, state=None, **kwargs):
        runs.append(
            {"task": task.name, "thread": threading.current_thread().name, "state": state, "retval": retval}
        )

    task_postrun.connect(record, weak=False)
    yield runs
    task_postrun.disconnect(record)


def wait_until_sent(notification_ids, runs):
    """Wait for the worker to mark the notifications sent; stop early once its task has run without that."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        finished = bool(runs)  # read before the database, so a task that just finished is seen in it
        if not Message.objects.filter(pk__in=notification_ids, sent_at__isnull=True).exists():
            return
        if finished:
            break
        time.sleep(0.1)
    pytest.fail(
        f"The worker did not mark notifications {sorted(notification_ids)} sent "
        f"({'its task ran' if runs else f'no task ran within {WAIT_SECONDS}s'}): tasks it ran: {runs}; "
        f"emails sent: {[m.subject for m in mail.outbox]}"
    )


def test_a_queued_task_goes_through_redis_to_a_worker_that_sends_the_email(celery_app, task_runs):
    broker = redis_broker()
    officer = OfficerFactory(name="Jane Carter", family_name="Carter", email="jane.carter@example.gov.uk")
    notification = MessageFactory(
        about__owner=officer, about__due_date=date.today() + timedelta(days=14), recipient=officer.email
    )
    action = notification.about

    result = tasks.send_notifications.delay()

    # Queued, not run: the message waits in Redis and nothing is sent until a worker takes it.
    assert not isinstance(result, EagerResult)
    assert broker.llen(QUEUE) == 1
    assert Message.objects.get(pk=notification.pk).sent_at is None
    assert mail.outbox == []

    with start_worker(celery_app, perform_ping_check=False, shutdown_timeout=WAIT_SECONDS):
        wait_until_sent([notification.pk], task_runs)

    assert broker.llen(QUEUE) == 0
    assert [(run["task"], run["state"], run["retval"]) for run in task_runs] == [
        ("followup.tasks.send_notifications", "SUCCESS", {"sent": 1, "failed": 0})
    ]
    assert task_runs[0]["thread"] != threading.current_thread().name  # the worker's thread, not this one
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["jane.carter@example.gov.uk"]
    assert message.subject.startswith(f"Action {action.reference} for you from the {action.committee.name}")
    assert f"/actions/{action.pk}/" in message.body


def test_raising_an_action_queues_its_email_on_commit_and_the_worker_sends_it(celery_app, task_runs):
    broker = redis_broker()
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfosc")
    officer = OfficerFactory(name="Omar Hussain", family_name="Hussain", email="omar.hussain@example.gov.uk")

    with start_worker(celery_app, perform_ping_check=False, shutdown_timeout=WAIT_SECONDS):
        with transaction.atomic():
            action = workflow.raise_action(
                description="The Director to provide the number of tribunal appeals in 2023.",
                owner=officer,
                committee=committee,
                due_date=date.today() + timedelta(days=21),
            )
            assert broker.llen(QUEUE) == 0  # nothing is queued before the action is committed
        notification = Message.objects.get(action=action)
        wait_until_sent([notification.pk], task_runs)

    assert [(run["task"], run["retval"]) for run in task_runs] == [
        ("followup.tasks.send_notifications", {"sent": 1, "failed": 0})
    ]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["omar.hussain@example.gov.uk"]
    assert message.subject.startswith(f"Action {action.reference} for you from the {committee.name}, due ")
