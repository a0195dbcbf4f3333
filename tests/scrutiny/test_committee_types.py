"""Committee types in the admin: the four the migration makes, a new one starting from the settings, its
standard items edited inline, bad input refused with the admin's message and nothing written."""

import importlib
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from meetings.standard_items import CLOSING_ITEMS, OPENING_ITEMS
from scrutiny.models import Committee, CommitteeType, StandardItem
from tests.factories import (
    CommitteeFactory,
    CommitteeTypeFactory,
    DemocraticServicesUserFactory,
    StandardItemFactory,
)
from tests.responses import admin_errors, queries_to_show

pytestmark = pytest.mark.django_db
the_four_types = importlib.import_module("scrutiny.migrations.0007_the_four_committee_types").the_four_types
LIST = reverse("admin:scrutiny_committeetype_changelist")
ADD = reverse("admin:scrutiny_committeetype_add")
RULES = {
    "publication_clear_days": "5",
    "publication_counts_working_days": "on",
    "question_deadline_clear_working_days": "3",
    "report_draft_working_days": "10",
    "report_final_working_days": "3",
    "quorum_fraction": "0.25",
    "quorum_minimum": "3",
}


def items_form(*items, initial=0):
    """The inline's management form and its rows: (position, placement, purpose, wording[, id])."""
    form = {
        "standard_items-TOTAL_FORMS": len(items),
        "standard_items-INITIAL_FORMS": initial,
        "standard_items-MIN_NUM_FORMS": 0,
        "standard_items-MAX_NUM_FORMS": 40,
    }
    for n, (position, placement, purpose, wording, *pk) in enumerate(items):
        form |= {
            f"standard_items-{n}-position": position,
            f"standard_items-{n}-placement": placement,
            f"standard_items-{n}-purpose": purpose,
            f"standard_items-{n}-wording": wording,
        }
        if pk:
            form |= {f"standard_items-{n}-id": pk[0], f"standard_items-{n}-committee_type": ""}
    return form


@pytest.fixture(autouse=True)
def the_migrations_types():
    """The four types as the migration makes them: a test that empties the database (a transactional one,
    on PostgreSQL) takes the migration's rows with it, so each test here makes them again (harmlessly)."""
    the_four_types(apps, SimpleNamespace(connection=connection))


def wordings(committee_type, placement):
    return list(committee_type.standard_items.filter(placement=placement).values_list("wording", flat=True))


@pytest.fixture
def clerk(client):
    client.force_login(DemocraticServicesUserFactory())
    return client


# --- the types the migration made -----------------------------------------------------------------------


def test_the_migration_makes_four_types_and_scrutinys_items_are_the_seed_papers():
    types = dict(CommitteeType.objects.values_list("slug", "name"))
    assert types == {
        "scrutiny": "Scrutiny",
        "executive": "Executive (Cabinet)",
        "regulatory": "Regulatory",
        "full-council": "Full Council",
    }
    scrutiny = CommitteeType.objects.get(slug="scrutiny")
    assert wordings(scrutiny, "opening") == OPENING_ITEMS
    assert wordings(scrutiny, "closing") == CLOSING_ITEMS
    assert wordings(scrutiny, "before_exempt") == ["Exclusion of the press and public."]
    assert scrutiny.standard_items.get(wording="Minutes of {previous_meeting}.").purpose == "minutes"
    # Every type has its minutes and declarations, and the exclusion of the press and public for exempt items.
    for committee_type in CommitteeType.objects.all():
        purposes = set(committee_type.standard_items.values_list("purpose", flat=True))
        assert {"minutes", "declarations", "exclusion"} <= purposes, committee_type


def test_the_migration_makes_every_existing_committee_a_scrutiny_committee_and_runs_again_harmlessly():
    without = CommitteeFactory(committee_type=None)
    cabinet = CommitteeFactory(committee_type=CommitteeType.objects.get(slug="executive"))
    items = StandardItem.objects.count()
    the_four_types(apps, SimpleNamespace(connection=connection))
    assert Committee.objects.get(pk=without.pk).committee_type.slug == "scrutiny"
    assert Committee.objects.get(pk=cabinet.pk).committee_type.slug == "executive"
    assert (CommitteeType.objects.count(), StandardItem.objects.count()) == (4, items)


def test_a_new_type_starts_from_the_settings(settings):
    settings.PUBLICATION_CLEAR_DAYS, settings.PUBLICATION_COUNTS_WORKING_DAYS = 7, False
    settings.QUESTION_DEADLINE_CLEAR_WORKING_DAYS = 4
    settings.REPORT_DRAFT_WORKING_DAYS, settings.REPORT_FINAL_WORKING_DAYS = 12, 5
    settings.QUORUM_FRACTION, settings.QUORUM_MINIMUM = 1 / 3, 2
    made = CommitteeType.objects.create(name="Licensing", slug="licensing")
    made.refresh_from_db()
    assert (
        made.publication_clear_days,
        made.publication_counts_working_days,
        made.question_deadline_clear_working_days,
        made.report_draft_working_days,
        made.report_final_working_days,
        made.quorum_fraction,
        made.quorum_minimum,
    ) == (7, False, 4, 12, 5, Decimal("0.3333"), 2)


# --- the admin ------------------------------------------------------------------------------------------


def test_the_add_form_starts_from_the_settings(clerk, settings):
    settings.PUBLICATION_CLEAR_DAYS, settings.QUORUM_MINIMUM = 7, 4
    page = clerk.get(ADD).content.decode()
    assert 'name="publication_clear_days" value="7"' in page
    assert 'name="quorum_minimum" value="4"' in page
    assert "{previous_meeting}" in page  # the wording's help text names the placeholders


def test_democratic_services_add_a_type_with_its_items(clerk):
    form = {"name": "Licensing", "slug": "licensing", **RULES, "publication_clear_days": "6"}
    form |= items_form(
        (2, "opening", "declarations", "Declarations of interest."),
        (1, "opening", "minutes", "Minutes of {previous_meeting}."),
        (3, "closing", "next_meeting", "Date of the next meeting of the {committee}."),
    )
    response = clerk.post(ADD, form)
    assert response.status_code == 302, admin_errors(response)
    made = CommitteeType.objects.get(slug="licensing")
    assert made.publication_clear_days == 6
    assert list(made.standard_items.values_list("position", "wording")) == [
        (1, "Minutes of {previous_meeting}."),
        (2, "Declarations of interest."),
        (3, "Date of the next meeting of the {committee}."),
    ]


def test_democratic_services_reorder_reword_and_remove_items(clerk):
    committee_type = CommitteeTypeFactory(name="Planning", slug="planning")
    first = StandardItemFactory(committee_type=committee_type, position=1, wording="Apologies.")
    second = StandardItemFactory(committee_type=committee_type, position=2, wording="Minutes.")
    third = StandardItemFactory(committee_type=committee_type, position=3, wording="Any other business.")
    form = {"name": "Planning", "slug": "planning", **RULES}
    form |= items_form(
        (2, "opening", "other", "Apologies for absence.", first.pk),
        (1, "opening", "minutes", "Minutes of {previous_meeting}.", second.pk),
        (3, "closing", "other", "Any other business.", third.pk),
        initial=3,
    )
    form["standard_items-2-DELETE"] = "on"
    response = clerk.post(reverse("admin:scrutiny_committeetype_change", args=[committee_type.pk]), form)
    assert response.status_code == 302, admin_errors(response)
    assert list(committee_type.standard_items.values_list("wording", flat=True)) == [
        "Minutes of {previous_meeting}.",
        "Apologies for absence.",
    ]


@pytest.mark.parametrize(
    ("sent", "said"),
    [
        ({"quorum_fraction": "1.5"}, "Ensure this value is less than or equal to 1."),
        ({"quorum_fraction": "0.33333"}, "Ensure that there are no more than 4 decimal places."),
        ({"publication_clear_days": "-1"}, "Ensure this value is greater than or equal to 0."),
        ({"report_final_working_days": "400"}, "Ensure this value is less than or equal to 60."),
        ({"name": "x" * 500}, "Ensure this value has at most 100 characters"),
        ({"name": "Scrutiny"}, "Committee type with this Name already exists."),
        (
            {"report_draft_working_days": "2", "report_final_working_days": "5"},
            "The draft is due before the final report",
        ),
        (
            {"standard_items-0-wording": "Minutes of the meeting held on {minutes_date}."},
            "The wording uses {minutes_date}, which is not a placeholder. The placeholders are "
            "{previous_meeting}, {committee}.",
        ),
        ({"standard_items-0-wording": "Minutes {previous_meeting."}, "The wording uses a lone { or }"),
        ({"standard_items-0-wording": "y" * 401}, "Ensure this value has at most 400 characters"),
    ],
)
def test_a_type_the_admin_refuses_says_why_and_writes_nothing(clerk, sent, said):
    before = (CommitteeType.objects.count(), StandardItem.objects.count())
    form = {"name": "Licensing", "slug": "licensing", **RULES}
    form |= items_form((1, "opening", "minutes", "Minutes of {previous_meeting}."))
    response = clerk.post(ADD, form | sent)
    assert response.status_code == 200
    assert any(said in error for error in admin_errors(response)), admin_errors(response)
    assert (CommitteeType.objects.count(), StandardItem.objects.count()) == before


def test_the_committee_admin_gives_a_committee_its_type(clerk):
    committee = CommitteeFactory(name="Cabinet", slug="cabinet", committee_type=None)
    executive = CommitteeType.objects.get(slug="executive")
    form = {"name": "Cabinet", "slug": "cabinet", "committee_type": executive.pk, "is_active": "on"}
    form |= {"memberships-TOTAL_FORMS": 0, "memberships-INITIAL_FORMS": 0}
    response = clerk.post(reverse("admin:scrutiny_committee_change", args=[committee.pk]), form)
    assert response.status_code == 302, admin_errors(response)
    committee.refresh_from_db()
    assert committee.committee_type == executive
    listed = clerk.get(
        reverse("admin:scrutiny_committee_changelist"), {"committee_type__id__exact": executive.pk}
    )
    assert "Executive (Cabinet)" in listed.content.decode() and "Cabinet</a>" in listed.content.decode()


def test_the_types_list_shows_each_types_rules_and_committees(clerk):
    CommitteeFactory.create_batch(2, committee_type=CommitteeType.objects.get(slug="regulatory"))
    page = clerk.get(LIST).content.decode()
    row = page[page.index("Regulatory</a>") :]
    row = row[: row.index("</tr>")]
    assert "0.25 of the voting members, at least 3" in row
    assert '<td class="field-committee_count">2</td>' in row


# --- query budgets --------------------------------------------------------------------------------------


def test_the_types_list_costs_the_same_however_many(clerk):
    queries_to_show(clerk, LIST)  # the sign-in's permissions, read once
    with_four = queries_to_show(clerk, LIST)
    for _n in range(30):
        CommitteeFactory(committee_type=CommitteeTypeFactory())
    assert queries_to_show(clerk, LIST) == with_four == 9


def test_a_types_page_costs_the_same_however_many_items(clerk):
    committee_type = CommitteeTypeFactory()
    StandardItemFactory(committee_type=committee_type)
    page = reverse("admin:scrutiny_committeetype_change", args=[committee_type.pk])
    queries_to_show(clerk, page)
    with_one = queries_to_show(clerk, page)
    StandardItemFactory.create_batch(30, committee_type=committee_type)
    assert queries_to_show(clerk, page) == with_one == 8  # the type, its items, the permissions, the session


def test_the_committees_list_costs_the_same_however_many_types(clerk):
    committees = reverse("admin:scrutiny_committee_changelist")
    CommitteeFactory(committee_type=CommitteeTypeFactory())
    queries_to_show(clerk, committees)
    with_one = queries_to_show(clerk, committees)
    for _n in range(20):
        CommitteeFactory(committee_type=CommitteeTypeFactory())
    assert queries_to_show(clerk, committees) == with_one == 10  # the types filter: one query
