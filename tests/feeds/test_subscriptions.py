"""Asking for email alerts from a committee: the form, the confirmation email and its signed link, the
one-click unsubscribe (RFC 8058), and the spam protection (a honeypot and a rate limit per IP address).

Nothing needs signing in: every request here is anonymous."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from feeds import subscriptions
from feeds.models import Subscription
from tests.factories import CommitteeFactory, DemocraticServicesUserFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db
COMMITTEE = "Children and Families Overview and Scrutiny Committee"
SITE = "https://committees.example.gov.uk"
ADDRESS = "sue.whiting@example.org"
ASK = reverse("alert-subscribe", args=["children-and-families"])


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.ALERT_SUBSCRIPTIONS_RATE = "10/h"
    settings.RATE_LIMIT_TRUSTED_PROXIES = 0


@pytest.fixture
def committee():
    return CommitteeFactory(name=COMMITTEE, slug="children-and-families")


def ask(client, email=ADDRESS, alerts=("agendas", "minutes"), captured=None, honeypot="", **meta):
    """Send the form; `captured` (django_capture_on_commit_callbacks) lets its email go; `meta`: headers."""
    data = {"alerts-email": email, "alerts-alerts": list(alerts), "alerts-website": honeypot}
    if captured is None:
        return client.post(ASK, data, **meta)
    with captured(execute=True):
        return client.post(ASK, data, **meta)


def link_in(message, kind: str) -> str:
    """The path of the first link of `kind` ("confirm" or "unsubscribe") in an email's body."""
    match = re.search(rf"{re.escape(SITE)}(/alerts/{kind}/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def text(response) -> str:
    return response.content.decode()


def test_the_committee_page_offers_alerts_with_a_trap_for_robots_hidden_from_people(client, committee):
    page = text(client.get(committee.get_absolute_url()))
    assert f'<form method="post" action="{ASK}" novalidate>' in page
    assert 'name="alerts-email"' in page and 'type="email"' in page
    for alert in ("agendas", "minutes", "papers"):
        assert re.search(rf'type="checkbox"\s+name="alerts-alerts"[^>]*value="{alert}"', page)
    # The honeypot is in a block nobody sees or hears, and cannot be tabbed to.
    hidden = r'<div\s+class="govuk-!-display-none"\s+aria-hidden="true">\s*'
    trap = re.search(hidden + r'(<div id="div_id_alerts-website".*?</div>)', page, re.S)
    assert trap and 'name="alerts-website"' in trap.group(1) and 'tabindex="-1"' in trap.group(1)
    assert page.count('name="alerts-website"') == 1


def test_asking_sends_a_confirmation_email_and_subscribes_nobody_yet(
    client, committee, django_capture_on_commit_callbacks
):
    response = ask(client, email="  Sue.Whiting@Example.org ", captured=django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "<title>Check your email – Leicestershire County Council committees</title>" in text(response)
    assert f"We have sent an email to <strong>{ADDRESS}</strong>." in text(response)
    (message,) = mail.outbox
    assert message.to == [ADDRESS]
    assert message.subject == f"Confirm your email alerts from the {COMMITTEE}"
    assert "- Agendas, when they are published\n" in message.body
    assert "- Minutes, when they are published in draft and when they are approved\n" in message.body
    assert "New papers" not in message.body
    assert "open this link within 7 days" in message.body
    assert "If you did not ask for these alerts, ignore this email" in message.body
    assert link_in(message, "confirm")
    assert not Subscription.objects.exists()


def test_opening_the_link_asks_and_only_the_button_confirms(
    client, committee, django_capture_on_commit_callbacks
):
    ask(client, alerts=["agendas", "papers"], captured=django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0], "confirm")
    page = client.get(link)
    assert page.status_code == 200
    assert "Confirm your email alerts" in text(page)
    assert ADDRESS in text(page) and COMMITTEE in text(page)
    assert "<li>Agendas, when they are published</li>" in text(page)
    assert "<li>New papers added to an agenda after it is published</li>" in text(page)
    assert '<button type="submit" class="govuk-button" data-module="govuk-button">Confirm</button>' in text(
        page
    )
    assert not Subscription.objects.exists(), "opening the link (as a mail scanner does) must not subscribe"

    confirmed = client.post(link)
    assert confirmed.status_code == 200
    assert "Email alerts confirmed" in text(confirmed)
    subscription = Subscription.objects.get()
    assert (subscription.committee, subscription.email) == (committee, ADDRESS)
    assert (subscription.agendas, subscription.minutes, subscription.papers) == (True, False, True)
    assert subscriptions.unsubscribe_path(committee.pk, ADDRESS) in text(confirmed)


def test_asking_again_changes_the_alerts_once_confirmed(
    client, committee, django_capture_on_commit_callbacks
):
    SubscriptionFactory(committee=committee, email=ADDRESS, agendas=True, minutes=True, papers=True)
    ask(client, alerts=["minutes"], captured=django_capture_on_commit_callbacks)
    # Asking changes nothing by itself: somebody else may have typed the address.
    assert Subscription.objects.get().agendas is True
    client.post(link_in(mail.outbox[0], "confirm"))
    subscription = Subscription.objects.get()
    assert (subscription.agendas, subscription.minutes, subscription.papers) == (False, True, False)


def test_a_link_that_was_changed_or_made_up_does_nothing(client, committee):
    token = subscriptions.confirmation_token(committee, ADDRESS, ["agendas"])
    forged = token.replace(token[5], "A" if token[5] != "A" else "B", 1)
    for response in (client.get(f"/alerts/confirm/{forged}/"), client.post(f"/alerts/confirm/{forged}/")):
        assert response.status_code == 404
        assert "This link does not work" in text(response)
    unsubscribe = subscriptions.unsubscribe_token(committee.pk, ADDRESS)
    # A confirmation token is no unsubscribe token, and the other way round (their salts differ).
    assert client.post(f"/alerts/unsubscribe/{token}/").status_code == 404
    assert client.post(f"/alerts/confirm/{unsubscribe}/").status_code == 404
    assert not Subscription.objects.exists()


def test_a_confirmation_link_expires_after_seven_days(client, committee, monkeypatch):
    eight_days_ago = time.time() - 8 * 24 * 60 * 60
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: eight_days_ago)
        old = subscriptions.confirmation_path(committee, ADDRESS, ["agendas"])
    for response in (client.get(old), client.post(old)):
        assert response.status_code == 410
        assert "This link has expired" in text(response)
        assert f'href="{ASK}">Ask for alerts from the {COMMITTEE} again</a>' in text(response)
    assert not Subscription.objects.exists()
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: eight_days_ago + 2 * 24 * 60 * 60)
        six_days_old = subscriptions.confirmation_path(committee, ADDRESS, ["agendas"])
    assert client.post(six_days_old).status_code == 200
    assert Subscription.objects.filter(email=ADDRESS).exists()


@pytest.mark.parametrize(
    "data, errors",
    [
        ({}, ["Enter your email address", "Select which alerts you want"]),
        (
            {"alerts-email": "sue.whiting", "alerts-alerts": ["agendas"]},
            ["Enter an email address in the correct format, like name@example.com"],
        ),
    ],
)
def test_mistakes_are_shown_in_a_gov_uk_error_summary(client, committee, data, errors):
    response = client.post(ASK, data)
    assert response.status_code == 200
    page = text(response)
    assert page.startswith("<!DOCTYPE html>")
    assert re.search(r"<title>Error: Get email alerts from the [^<]+</title>", page)
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', page, re.S).group(0)
    assert "There is a problem" in summary
    assert re.findall(r'<a href="#[^"]+">([^<]+)</a>', summary) == errors
    for error in errors:
        assert f'<span class="govuk-visually-hidden">Error:</span> {error}' in page
    assert not mail.outbox


def test_the_form_page_itself_is_a_gov_uk_page(client, committee):
    response = client.get(ASK)
    assert response.status_code == 200
    assert "<title>Get email alerts from the" in text(response)
    assert "Error:" not in text(response)
    assert client.get(reverse("alert-subscribe", args=["no-such-committee"])).status_code == 404


def test_a_robot_filling_in_the_trap_is_told_to_check_its_email_and_nothing_is_sent(
    client, committee, django_capture_on_commit_callbacks
):
    response = ask(client, captured=django_capture_on_commit_callbacks, honeypot="https://spam.example")
    assert response.status_code == 200
    assert "Check your email" in text(response)
    assert not mail.outbox
    assert not Subscription.objects.exists()


def test_too_many_requests_from_one_address_get_a_clear_page_and_no_email(
    client, committee, settings, django_capture_on_commit_callbacks
):
    settings.ALERT_SUBSCRIPTIONS_RATE = "3/h"
    for n in range(3):
        assert (
            ask(
                client, email=f"person{n}@example.org", captured=django_capture_on_commit_callbacks
            ).status_code
            == 200
        )
    assert len(mail.outbox) == 3
    refused = ask(client, email="person4@example.org", captured=django_capture_on_commit_callbacks)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "<title>Too many requests – Leicestershire County Council committees</title>" in text(refused)
    assert '<h1 class="govuk-heading-xl">Too many requests</h1>' in text(refused)
    assert len(mail.outbox) == 3
    # Reading the form is not limited, and another address is counted on its own.
    assert client.get(ASK).status_code == 200
    other = Client(REMOTE_ADDR="192.0.2.44")
    assert (
        ask(other, email="person5@example.org", captured=django_capture_on_commit_callbacks).status_code
        == 200
    )
    assert len(mail.outbox) == 4


def test_the_page_says_how_long_to_wait_for_the_rate_the_council_sets(client, committee, settings):
    settings.ALERT_SUBSCRIPTIONS_RATE = "1/15m"
    ask(client)
    refused = ask(client)
    assert refused.status_code == 429 and refused["Retry-After"] == "900"
    assert "Wait 15 minutes, then" in text(refused)


def test_failed_and_trapped_requests_count_towards_the_limit(client, committee, settings):
    settings.ALERT_SUBSCRIPTIONS_RATE = "2/h"
    client.post(ASK, {})
    ask(client, honeypot="https://spam.example")
    assert ask(client).status_code == 429


def test_behind_the_councils_proxy_the_limit_counts_the_address_the_proxy_saw(client, committee, settings):
    settings.ALERT_SUBSCRIPTIONS_RATE = "1/h"
    settings.RATE_LIMIT_TRUSTED_PROXIES = 1
    # Everyone arrives from the proxy's address; the proxy adds the address it saw to X-Forwarded-For.
    assert ask(client, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 200
    assert ask(client, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200
    # Whatever a client puts at the start of the header, the address the proxy saw is counted.
    assert ask(client, HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7").status_code == 429


def test_opening_the_unsubscribe_link_asks_and_the_button_unsubscribes(client, committee):
    SubscriptionFactory(committee=committee, email=ADDRESS)
    kept = SubscriptionFactory(committee=CommitteeFactory(), email=ADDRESS)
    link = subscriptions.unsubscribe_path(committee.pk, ADDRESS)
    page = client.get(link)
    assert page.status_code == 200
    assert f"Stop sending alerts from the {COMMITTEE} to <strong>{ADDRESS}</strong>?" in text(page)
    assert ">Unsubscribe</button>" in text(page)
    assert Subscription.objects.filter(committee=committee).exists()

    done = client.post(link)
    assert done.status_code == 200
    assert "You have unsubscribed" in text(done)
    assert not Subscription.objects.filter(committee=committee).exists()
    assert list(Subscription.objects.all()) == [kept], "only this committee's alerts stop"
    # Again, or for an address that never subscribed: the same answer, and nothing breaks.
    assert client.post(link).status_code == 200
    assert client.post(subscriptions.unsubscribe_path(committee.pk, "nobody@example.org")).status_code == 200


def test_a_mail_programs_one_click_unsubscribe_works_without_cookies_or_csrf_token(committee):
    """RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" to the link, with nothing else."""
    SubscriptionFactory(committee=committee, email=ADDRESS)
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        subscriptions.unsubscribe_path(committee.pk, ADDRESS),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_the_confirm_button_is_protected_against_forged_requests(committee):
    """Unlike unsubscribing, confirming is a person's own choice made on our page."""
    forger = Client(enforce_csrf_checks=True)
    response = forger.post(subscriptions.confirmation_path(committee, ADDRESS, ["agendas"]))
    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_links_in_the_email_point_at_the_site(client, committee, django_capture_on_commit_callbacks):
    ask(client, captured=django_capture_on_commit_callbacks)
    match = re.search(r"(https://\S+/alerts/confirm/\S+/)", mail.outbox[0].body)
    assert urlsplit(match.group(1)).netloc == "committees.example.gov.uk"


def test_democratic_services_find_and_remove_a_subscription_in_the_admin(client, committee):
    SubscriptionFactory(committee=committee, email="sue.whiting@example.org")
    client.force_login(DemocraticServicesUserFactory())
    listed = client.get(reverse("admin:feeds_subscription_changelist"), {"q": "sue.whiting"})
    assert listed.status_code == 200 and "sue.whiting@example.org" in listed.content.decode()
    subscription = Subscription.objects.get()
    client.post(reverse("admin:feeds_subscription_delete", args=[subscription.pk]), {"post": "yes"})
    assert not Subscription.objects.exists()
