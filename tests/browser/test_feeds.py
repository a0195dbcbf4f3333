"""Staying informed, in the browser: a resident asks for email alerts on a committee's page, confirms them
from the email, and unsubscribes. Every page is checked against WCAG 2.2 AA."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from feeds.models import Subscription
from tests.browser.axe import assert_accessible
from tests.browser.steps import assert_error_summary
from tests.factories import CommitteeFactory, PublishedAgendaMeetingFactory

COMMITTEE = "Children and Families Overview and Scrutiny Committee"
ADDRESS = "sue.whiting@example.org"


@pytest.fixture(autouse=True)
def alerts_settings(settings, live_server):
    """Links in emails point at the live server."""
    settings.SITE_URL = live_server.url
    settings.ALERT_SUBSCRIPTIONS_RATE = "10/h"
    return settings


@pytest.fixture
def committee():
    committee = CommitteeFactory(name=COMMITTEE, slug="children-and-families")
    PublishedAgendaMeetingFactory(committee=committee)
    return committee


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def test_subscribing_from_a_committee_page_through_to_confirmation_and_unsubscribing(page: Page, committee):
    page.goto(committee.get_absolute_url())
    expect(page.get_by_role("heading", name="Stay informed")).to_be_visible()
    expect(page.get_by_role("link", name="Add to your calendar")).to_have_attribute(
        "href", "/committees/children-and-families/meetings.ics"
    )
    assert_accessible(page)

    # Nothing filled in: the form comes back with the GOV.UK error summary.
    page.get_by_role("button", name="Subscribe to email alerts").click()
    expect(heading(page)).to_have_text("Get email alerts")
    assert_error_summary(page, "Enter your email address", "Select which alerts you want")
    assert_accessible(page)

    page.get_by_label("Email address").fill(ADDRESS)
    page.get_by_label("Agendas, when they are published").check()
    page.get_by_label("Minutes, when they are published in draft and when they are approved").check()
    page.get_by_role("button", name="Subscribe").click()
    expect(heading(page)).to_have_text("Check your email")
    expect(page.locator("main")).to_contain_text(f"We have sent an email to {ADDRESS}.")
    assert_accessible(page)
    assert not Subscription.objects.exists()

    (message,) = mail.outbox
    assert message.to == [ADDRESS]
    link = re.search(r"(http://\S+/alerts/confirm/\S+/)", message.body).group(1)
    page.goto(urlsplit(link).path)
    expect(heading(page)).to_have_text("Confirm your email alerts")
    expect(page.locator(".govuk-summary-list")).to_contain_text(ADDRESS)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    expect(heading(page)).to_have_text("Email alerts confirmed")
    expect(page.locator(".govuk-panel")).to_contain_text(f"Alerts from the {COMMITTEE} will go to {ADDRESS}")
    assert_accessible(page)
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.agendas, subscription.minutes, subscription.papers) == (
        ADDRESS,
        True,
        True,
        False,
    )

    page.get_by_role("link", name="Unsubscribe now").click()
    expect(heading(page)).to_have_text("Unsubscribe from email alerts")
    assert_accessible(page)
    assert Subscription.objects.exists(), "opening the unsubscribe link only asks"
    page.get_by_role("button", name="Unsubscribe").click()
    expect(heading(page)).to_have_text("You have unsubscribed")
    assert_accessible(page)
    assert not Subscription.objects.exists()


def test_too_many_requests_get_a_clear_accessible_page(page: Page, committee, alerts_settings):
    alerts_settings.ALERT_SUBSCRIPTIONS_RATE = "1/h"
    for expected in ("Check your email", "Too many requests"):
        page.goto(f"/committees/{committee.slug}/alerts/")
        page.get_by_label("Email address").fill(ADDRESS)
        page.get_by_label("New papers added to an agenda after it is published").check()
        page.get_by_role("button", name="Subscribe").click()
        expect(heading(page)).to_have_text(expected)
    expect(page.locator("main")).to_contain_text("Wait an hour, then ask for alerts again.")
    assert_accessible(page)
    assert len(mail.outbox) == 1
