"""Signing in is throttled: after SIGN_IN_FAILURE_LIMIT wrong passwords one username is locked out from one
address for SIGN_IN_LOCKOUT_MINUTES (django-axes, scrutiny/lockout.py), on the site's sign-in page and the
admin's alike; and each address may try to sign in only so often (SIGN_IN_RATE_LIMIT), whatever the username.
"""

import re
from datetime import datetime, timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core import checks
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from scrutiny import roles
from scrutiny.lockout import time_in_words
from tests.factories import DemocraticServicesUserFactory, UserFactory
from tests.responses import text_of

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # every UserFactory user's
USUAL_MESSAGE = "Enter a correct username and password. Both are case-sensitive."
LOCKED_OUT = "You cannot sign in for now"
SIGN_IN, ADMIN_SIGN_IN = "/sign-in/", "/admin/login/"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)
    settings.SIGN_IN_RATE_LIMIT = "100/h"
    return settings


def sign_in(client, username, password, path=SIGN_IN):
    return client.post(path, {"username": username, "password": password})


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def lock_out(client, username, path=SIGN_IN):
    """Four wrong passwords get the usual message; the fifth locks the username out."""
    for _ in range(4):
        response = sign_in(client, username, "wrong", path)
        assert response.status_code == 200
        assert USUAL_MESSAGE in text_of(response)
    response = sign_in(client, username, "wrong", path)
    assert response.status_code == 429
    return response


def test_wrong_passwords_get_the_usual_message_until_the_limit_locks_the_username_out(client):
    user = UserFactory()
    response = lock_out(client, user.username)
    page = text_of(response)
    assert LOCKED_OUT in page
    assert USUAL_MESSAGE not in page
    assert not signed_in(client)


def test_the_right_password_while_locked_out_is_refused(client):
    user = UserFactory()
    lock_out(client, user.username)
    response = sign_in(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert LOCKED_OUT in text_of(response)
    assert not signed_in(client)


def test_the_lock_out_is_of_that_username_from_that_address(client):
    locked, colleague = UserFactory(), UserFactory()
    lock_out(client, locked.username)
    # A colleague behind the same address signs in,
    assert sign_in(Client(), colleague.username, PASSWORD).status_code == 302
    # and so does the locked-out user from elsewhere: guessing from one place locks nobody out everywhere.
    elsewhere = Client(REMOTE_ADDR="198.51.100.20")
    assert sign_in(elsewhere, locked.username, PASSWORD).status_code == 302
    assert signed_in(elsewhere)


def test_the_right_password_forgets_the_earlier_mistakes(client):
    user = UserFactory()
    for _ in range(4):
        sign_in(client, user.username, "wrong")
    assert sign_in(client, user.username, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username=user.username).exists()
    client.logout()
    for _ in range(4):  # four more mistakes, and still not locked out
        assert sign_in(client, user.username, "wrong").status_code == 200
    assert sign_in(client, user.username, PASSWORD).status_code == 302


def test_the_lock_out_ends_after_the_cool_off(client):
    user = UserFactory()
    lock_out(client, user.username)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert sign_in(client, user.username, PASSWORD).status_code == 302


def test_trying_again_while_locked_out_does_not_extend_it(client):
    user = UserFactory()
    lock_out(client, user.username)
    locked_at = AccessAttempt.objects.get().attempt_time
    sign_in(client, user.username, "wrong again")
    assert AccessAttempt.objects.get().attempt_time == locked_at


def test_the_page_says_when_to_try_again_and_whom_to_ask(client):
    user = UserFactory()
    response = lock_out(client, user.username)
    until = AccessAttempt.objects.get().attempt_time + timedelta(minutes=30)
    page = text_of(response)
    assert f"You can try again after {time_in_words(until)}." in page
    assert "contact Democratic Services at" in page
    assert 'href="mailto:democratic.services@example.gov.uk"' in page
    assert "They can unlock your account." in page
    assert 1790 <= int(response["Retry-After"]) <= 1800
    assert response["Content-Type"].startswith("text/html")


def test_the_admin_sign_in_locks_out_the_same_way(client):
    staff = DemocraticServicesUserFactory()
    for _ in range(4):
        response = sign_in(client, staff.username, "wrong", ADMIN_SIGN_IN)
        assert response.status_code == 200
        assert "Please enter the correct username and password" in text_of(response)
    assert LOCKED_OUT in text_of(sign_in(client, staff.username, "wrong", ADMIN_SIGN_IN))
    response = sign_in(client, staff.username, PASSWORD, ADMIN_SIGN_IN)
    assert response.status_code == 429
    # One count for both sign-in pages: the site's is locked for them too.
    assert sign_in(client, staff.username, PASSWORD).status_code == 429


def test_democratic_services_unlock_someone_in_the_admin(client):
    user = UserFactory()
    lock_out(Client(), user.username)
    codenames = Group.objects.get(name=roles.DEMOCRATIC_SERVICES).permissions.filter(
        content_type__app_label="axes"
    )
    assert {"view_accessattempt", "delete_accessattempt"} <= set(codenames.values_list("codename", flat=True))

    staff = Client()
    staff.force_login(DemocraticServicesUserFactory())
    attempts = reverse("admin:axes_accessattempt_changelist")
    assert user.username in text_of(staff.get(attempts))
    attempt = AccessAttempt.objects.get(username=user.username)
    staff.post(attempts, {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"})
    assert not AccessAttempt.objects.exists()
    assert sign_in(Client(), user.username, PASSWORD).status_code == 302


def test_democratic_services_clear_the_lock_outs_that_have_ended(client):
    """The action, which django-axes 8.3.1 left a server error outside a sign-in (scrutiny/admin.py), clears
    the lock-outs that have ended and keeps the others."""
    ended, current = UserFactory(), UserFactory()
    lock_out(Client(), current.username)
    lock_out(Client(), ended.username)
    AccessAttempt.objects.filter(username=ended.username).update(
        attempt_time=timezone.now() - timedelta(minutes=31)
    )
    staff = Client()
    staff.force_login(DemocraticServicesUserFactory())
    attempts = reverse("admin:axes_accessattempt_changelist")
    response = staff.post(
        attempts,
        {"action": "cleanup_expired_attempts", "_selected_action": [AccessAttempt.objects.first().pk]},
        follow=True,
    )
    # django-axes may already have cleared the ended one on the request's way in: the count is 0 or 1.
    assert re.search(r"Cleaned up [01] expired access attempts\.", text_of(response))
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == [current.username]
    assert sign_in(Client(), current.username, PASSWORD).status_code == 429


def test_an_ipv6_network_counts_as_one_address():
    """A household's /64 is one address to the lock-out, as to the rate limits; the failures are kept with
    the network's first address (the column holds addresses, not networks)."""
    user = UserFactory()
    lock_out(Client(REMOTE_ADDR="2001:db8:1:2::10"), user.username)
    assert AccessAttempt.objects.get().ip_address == "2001:db8:1:2::"
    assert sign_in(Client(REMOTE_ADDR="2001:db8:1:2:ffff::99"), user.username, PASSWORD).status_code == 429
    assert sign_in(Client(REMOTE_ADDR="2001:db8:1:3::10"), user.username, PASSWORD).status_code == 302


def test_a_sign_in_from_an_unreadable_address_still_counts(client):
    user = UserFactory()
    lock_out(Client(REMOTE_ADDR="not an address"), user.username)
    assert AccessAttempt.objects.get().ip_address is None
    client.force_login(user)  # signing in without an address at all (as the test client does) works too


def test_a_sign_in_without_a_username_never_counts():
    """As the council's own accounts (OpenID Connect) sign in: failing again and again locks nobody out."""
    request = RequestFactory().get("/oidc/callback/")
    for _ in range(6):
        assert authenticate(request, nonce="from the provider") is None
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize(
    "moment, words",
    [
        (datetime(2024, 3, 5, 14, 45), "2:45pm"),
        (datetime(2024, 3, 5, 9, 5), "9:05am"),
        (datetime(2024, 3, 6, 0, 5), "12:05am on 6 March"),
    ],
)
def test_times_are_given_the_gov_uk_way(moment, words, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime(2024, 3, 5).date())
    assert time_in_words(timezone.make_aware(moment)) == words


# --- how often an address may try to sign in at all ------------------------------------------------------


def test_sign_ins_from_one_address_are_rate_limited_on_both_sign_in_pages(client, limits):
    limits.SIGN_IN_RATE_LIMIT = "3/h"
    users = UserFactory.create_batch(3)
    assert sign_in(client, users[0].username, "wrong").status_code == 200
    assert sign_in(client, users[1].username, "wrong").status_code == 200
    assert sign_in(client, users[2].username, "wrong", ADMIN_SIGN_IN).status_code == 200
    for path in (SIGN_IN, ADMIN_SIGN_IN):
        refused = sign_in(client, users[0].username, PASSWORD, path)
        assert refused.status_code == 429
        assert "Too many attempts to sign in" in text_of(refused)
        assert "Please try again in an hour." in text_of(refused)
        assert refused["Retry-After"] == "3600"
        assert not signed_in(client)
    # Nothing was tried: no failure was counted against the username.
    assert not AccessAttempt.objects.filter(username=users[0].username, failures_since_start__gt=1).exists()
    # Another address is not held up, and looking at the page is never limited.
    assert sign_in(Client(REMOTE_ADDR="198.51.100.20"), users[0].username, PASSWORD).status_code == 302
    assert client.get(SIGN_IN).status_code == 200


@pytest.mark.parametrize("rate", ["60", "60/hour", "lots", ""])
def test_a_rate_limit_written_wrongly_is_reported_at_start_up(limits, rate):
    limits.SIGN_IN_RATE_LIMIT = rate
    errors = [error.id for error in checks.run_checks() if error.id.startswith("scrutiny.")]
    assert errors == ["scrutiny.E001"]
