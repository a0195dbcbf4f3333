"""The apps above meetings extend its admin pages through meetings.admin.hooks: what they register shows on
the pages, after the pages' own, and without them the pages are meetings' alone."""

from collections import defaultdict

import pytest
from django.contrib import admin
from django.test import RequestFactory

from meetings.admin import hooks
from meetings.admin.minute_parts import ResolutionForm
from meetings.models import Meeting, Resolution

FOLLOW_UP_FIELDS = {"action_owner", "action_team", "action_due_date", "recommendation_sent_on"}


@pytest.mark.django_db
def test_the_list_of_meetings_offers_the_registered_actions_after_its_own(democratic_services_user):
    request = RequestFactory().get("/admin/")
    request.user = democratic_services_user
    assert list(admin.site._registry[Meeting].get_actions(request)) == [
        "delete_selected",
        "add_standard_items",
        "add_actions_arising",
        "publish_agenda",
        "mark_held",
        "publish_draft_minutes",
        "approve_minutes",
        "cancel_meetings",
        "rebuild_agenda_packs",  # papers'
    ]


def test_a_resolution_form_has_the_sections_registered_for_resolutions():
    form = hooks.extended_form(ResolutionForm, Resolution)
    assert [section.title for section in form.sections] == ["Follow-up"]  # followup's
    assert set(form.base_fields) >= FOLLOW_UP_FIELDS
    assert hooks.extended_form(ResolutionForm, Resolution) is form  # made once


def test_without_the_apps_above_a_resolution_form_is_meetings_alone(monkeypatch):
    monkeypatch.setattr(hooks, "_form_sections", defaultdict(list))
    monkeypatch.setattr(hooks, "_actions", defaultdict(list))
    form = hooks.extended_form(ResolutionForm, Resolution)
    assert form.sections == ()
    assert not FOLLOW_UP_FIELDS & set(form.base_fields)
    meetings = admin.site._registry[Meeting]
    assert meetings.actions == meetings.own_actions


def an_action(modeladmin, request, queryset):
    pass


def test_registering_twice_adds_once(monkeypatch):
    monkeypatch.setattr(hooks, "_actions", defaultdict(list))
    monkeypatch.setattr(hooks, "_form_sections", defaultdict(list))
    section = hooks.FormSection()
    hooks.add_form_section(Resolution, section)
    hooks.add_form_section(Resolution, section)
    hooks.add_action(Meeting, an_action)
    hooks.add_action(Meeting, an_action)
    assert hooks.form_sections(Resolution) == [section]
    meetings = admin.site._registry[Meeting]
    assert meetings.actions == [*meetings.own_actions, an_action]
