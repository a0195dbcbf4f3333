"""The council's closure days as records Democratic Services keep in the admin: the setting their first value,
and a day added in the admin moving the deadlines counted in working days."""

import importlib
from datetime import date
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.publication import publication_deadline
from participation.deadlines import last_day_for_questions
from scrutiny.models import ClosureDay
from tests.factories import ClosureDayFactory, DemocraticServicesUserFactory
from tests.responses import admin_errors, queries_to_show

copy_the_setting = importlib.import_module("scrutiny.migrations.0005_closure_day").copy_the_setting


LIST = reverse("admin:scrutiny_closureday_changelist")


@pytest.mark.django_db
def test_the_setting_becomes_the_first_closure_days(settings):
    settings.COUNCIL_CLOSURE_DAYS = ["2024-12-27", " 2024-12-30", ""]
    ClosureDayFactory(date=date(2024, 12, 30), reason="Already kept")
    copy_the_setting(apps, SimpleNamespace(connection=connection))
    assert dict(ClosureDay.objects.values_list("date", "reason")) == {
        date(2024, 12, 27): "From COUNCIL_CLOSURE_DAYS",
        date(2024, 12, 30): "Already kept",
    }


@pytest.mark.django_db(transaction=True)
def test_a_closure_day_added_in_the_admin_moves_the_deadlines(client, settings):
    settings.BANK_HOLIDAY_REGION = "ENG"
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 3
    # Meeting Tue 5 Mar 2024: agenda out by Mon 26 Feb. Thursday 7 March: questions by Sunday 3 March
    # (Monday 4, Tuesday 5 and Wednesday 6 clear).
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 26)
    assert last_day_for_questions(date(2024, 3, 7)) == date(2024, 3, 3)
    client.force_login(DemocraticServicesUserFactory())
    response = client.post(
        reverse("admin:scrutiny_closureday_add"), {"date": "2024-03-04", "reason": "Staff training"}
    )
    assert response.status_code == 302
    # Mon 4 Mar closed: the five clear days go back to Mon 26 Feb, so out by Sun 25 Feb; and the questions'
    # three clear days before Thursday 7 March are 1, 5 and 6 March, so by the end of Thursday 29 February.
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 25)
    assert last_day_for_questions(date(2024, 3, 7)) == date(2024, 2, 29)
    ClosureDay.objects.get(date=date(2024, 3, 4)).delete()
    assert publication_deadline(date(2024, 3, 5)) == date(2024, 2, 26)


@pytest.mark.django_db(transaction=True)
def test_a_deadline_reads_the_closure_days_once_then_from_the_cache():
    ClosureDayFactory(date=date(2023, 12, 27))
    with CaptureQueriesContext(connection) as first:
        assert publication_deadline(date(2024, 1, 2)) == date(2023, 12, 19)
    with CaptureQueriesContext(connection) as again:
        assert publication_deadline(date(2024, 1, 3)) == date(2023, 12, 20)
    assert (len(first), len(again)) == (1, 0)


@pytest.mark.django_db
def test_democratic_services_keep_closure_days_in_the_admin(client):
    day = ClosureDayFactory(date=date(2024, 12, 27), reason="Christmas closure")
    client.force_login(DemocraticServicesUserFactory())
    listed = client.get(reverse("admin:scrutiny_closureday_changelist"))
    assert "Christmas closure" in listed.content.decode()
    assert client.get(reverse("admin:scrutiny_closureday_change", args=[day.pk])).status_code == 200
    assert client.get(reverse("admin:scrutiny_closureday_add")).status_code == 200


@pytest.mark.django_db
def test_the_closure_days_list_costs_the_same_however_many(client):
    client.force_login(DemocraticServicesUserFactory())

    ClosureDayFactory()
    queries_to_show(client, LIST)  # the sign-in's permissions, read once
    with_one = queries_to_show(client, LIST)
    ClosureDayFactory.create_batch(30)
    assert queries_to_show(client, LIST) == with_one == 11


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sent", "said"),
    [
        ({"date": "2024-12-27", "reason": "Again"}, "Council closure day with this Date already exists."),
        ({"date": "31/02/2024", "reason": "No such day"}, "Enter a valid date."),
        ({"date": "2024-12-30", "reason": "x" * 1000}, "Ensure this value has at most"),
    ],
)
def test_a_closure_day_the_admin_refuses_says_why_and_writes_nothing(client, sent, said):
    ClosureDayFactory(date=date(2024, 12, 27), reason="Christmas closure")
    client.force_login(DemocraticServicesUserFactory())
    response = client.post(reverse("admin:scrutiny_closureday_add"), sent)
    assert response.status_code == 200
    assert any(said in error for error in admin_errors(response))
    assert list(ClosureDay.objects.values_list("reason", flat=True)) == ["Christmas closure"]
