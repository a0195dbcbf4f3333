"""The Content Security Policy in the browser: Democratic Services' admin, the API docs and the error pages
work with no inline script or style. Every page here is opened in a watched context (conftest.py), which fails
the test on anything the policy blocks; these tests also check that the scripts the policy lets run work."""

import re
from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import RequestFactory
from django.urls import reverse
from playwright.sync_api import Page, expect

from tests.browser.test_participation import sign_in_to_the_admin
from tests.factories import (
    ActionResponseFactory,
    AgendaItemFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
    IndicatorValueFactory,
    MinuteFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    PublishedPetitionFactory,
)


@pytest.fixture
def staff(page: Page):
    """Democratic Services signed in to the admin, with something of every kind to look at."""
    DemocraticServicesUserFactory(username="democratic.services")
    meeting = PublishedAgendaMeetingFactory()
    DocumentFactory(agenda_item=AgendaItemFactory(meeting=meeting))
    PublicQuestionFactory(meeting=meeting, status="submitted")
    MinuteFactory()
    ActionResponseFactory()
    IndicatorValueFactory()
    PublishedPetitionFactory()
    sign_in_to_the_admin(page, "democratic.services")
    return meeting


def test_every_list_and_form_of_the_admin(page: Page, staff):
    """Each list Democratic Services may read, its form for adding, and the form and history of a record."""
    request = RequestFactory().get("/admin/")
    request.user = User.objects.get(username="democratic.services")
    visited = 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(request):
            continue
        url = f"admin:{model._meta.app_label}_{model._meta.model_name}_%s"
        page.goto(reverse(url % "changelist"))
        visited += 1
        if model_admin.has_add_permission(request):
            page.goto(reverse(url % "add"))
        record = model._default_manager.first()
        if record is not None:
            page.goto(reverse(url % "change", args=[record.pk]))
            page.goto(reverse(url % "history", args=[record.pk]))
    assert visited >= 25


def test_a_meeting_with_its_inlines_date_widgets_and_autocomplete(page: Page, staff):
    page.goto(reverse("admin:meetings_meeting_change", args=[staff.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Change meeting")

    # The date widget: its calendar opens and picks a day; "Now" fills in the time.
    page.locator(".datetimeshortcuts").first.get_by_role("link", name="Choose a Date").click()
    calendar = page.locator(".calendarbox").first
    expect(calendar).to_be_visible()
    calendar.get_by_role("link", name="Tomorrow").click()
    expect(calendar).to_be_hidden()
    page.get_by_role("link", name="Now").first.click()

    # Another agenda item: a new row of the inline, with the widths its fields are given.
    items = page.locator("#agenda_items-group")
    rows = items.locator("tbody tr.form-row:not(.empty-form)")
    before = rows.count()
    items.get_by_role("button", name="Add another Agenda item").click()
    expect(rows).to_have_count(before + 1)
    width, font_size = rows.last.locator("input.app-item-number").evaluate(
        "e => [getComputedStyle(e).width, getComputedStyle(e).fontSize].map(parseFloat)"
    )
    assert width == 4 * font_size  # 4em, from css/admin.css

    # The committee's autocomplete (select2) opens and searches.
    page.locator("#id_committee").locator("xpath=..").locator(".select2-selection").click()
    expect(page.locator(".select2-results__option").first).to_be_visible()
    page.keyboard.press("Escape")


def test_an_admin_action_that_asks_for_a_reason_first(page: Page, staff):
    page.goto(reverse("admin:meetings_publicquestion_changelist"))
    page.locator("input.action-select").first.check()
    page.get_by_label("Action:").select_option(label="Reject the questions, with a reason")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reject the questions")
    # "No, take me back" is a script of the admin's, allowed as a file of the site's.
    page.get_by_role("link", name="No, take me back").click()
    expect(page).to_have_url(re.compile(r"/admin/meetings/publicquestion/"))


def test_the_list_of_meetings_shows_a_late_agenda_in_red(page: Page, staff):
    staff.agenda_published_at = staff.start - timedelta(days=1)
    staff.save()
    page.goto(reverse("admin:meetings_meeting_changelist"))
    late = page.locator(".app-late")
    expect(late).to_have_text("Late")
    assert late.evaluate("e => getComputedStyle(e).color") == "rgb(186, 33, 33)"  # the admin's --error-fg


def test_the_api_docs_and_the_error_pages(page: Page):
    page.goto(reverse("opendata:docs"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    response = page.goto("/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
