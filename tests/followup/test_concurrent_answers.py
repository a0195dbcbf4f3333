"""Two officers answering the same action at the same moment, on two database connections: nothing is lost."""

import threading

import pytest
from django.db import close_old_connections, connection

from followup import workflow
from followup.models import Action
from tests.factories import ActionFactory, OfficerFactory, TeamFactory


@pytest.mark.django_db(transaction=True)
def test_answers_sent_at_the_same_moment_are_both_kept():
    lead, colleague = OfficerFactory(), OfficerFactory()
    action = ActionFactory(owner=None, team=TeamFactory(lead=lead, members=[colleague]))
    version = action.version
    start = threading.Barrier(2)
    errors = []

    def answer(person, text):
        try:
            start.wait(timeout=10)
            workflow.submit_response(action, text=text, responded_by=person)
        except Exception as error:  # reported below: a lost answer must fail the test, not vanish
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [
        threading.Thread(target=answer, args=(lead, "Answer from the lead.")),
        threading.Thread(target=answer, args=(colleague, "Answer from the colleague.")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert set(action.responses.values_list("text", flat=True)) == {
        "Answer from the lead.",
        "Answer from the colleague.",
    }
    action = Action.objects.get(pk=action.pk)
    assert action.status == Action.Status.RESPONSE_SUBMITTED
    assert action.version == version + 2  # each answer moved the stored version on: neither overwrote it
