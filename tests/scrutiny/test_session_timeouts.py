"""A sign-in ends after SESSION_IDLE_SECONDS without a request (a working day), and SESSION_MAX_SECONDS after
signing in however busy (a week): scrutiny/session_timeouts.py, the moments kept in the session."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from scrutiny import session_timeouts
from tests.factories import UserFactory
from tests.responses import text_of

pytestmark = pytest.mark.django_db

HOUR, DAY = 3600, 86400
PASSWORD = "correct horse battery staple"


@pytest.fixture
def clock(monkeypatch):
    """The time the middleware reads, moved on by hand."""
    now = [time.time()]
    monkeypatch.setattr(session_timeouts.time, "time", lambda: now[0])

    def move_on(seconds):
        now[0] += seconds

    return move_on


@pytest.fixture
def signed_in(client):
    user = UserFactory()
    assert (
        client.post(reverse("sign-in"), {"username": user.username, "password": PASSWORD}).status_code == 302
    )
    return client


def test_the_defaults_are_a_working_day_idle_and_a_week_in_all(settings):
    assert settings.SESSION_IDLE_SECONDS == 8 * HOUR
    assert settings.SESSION_MAX_SECONDS == 7 * DAY
    assert settings.SESSION_COOKIE_AGE == 7 * DAY  # the cookie lasts no longer either


def test_a_working_day_without_a_request_signs_out(signed_in, clock):
    clock(8 * HOUR - 60)
    assert signed_in.get(reverse("my-home")).status_code == 200
    clock(8 * HOUR + 1)
    response = signed_in.get(reverse("my-home"), follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("sign-in"))
    assert "You were signed out after 8 hours without using the site." in text_of(response)
    assert SESSION_KEY not in signed_in.session


def test_a_public_page_after_the_timeout_is_the_public_one(signed_in, clock):
    clock(9 * HOUR)
    page = text_of(signed_in.get(reverse("home")))
    assert "Sign in" in page and "Your page" not in page


def test_a_busy_sign_in_still_ends_after_a_week(signed_in, clock):
    for _ in range(7 * 3):
        clock(8 * HOUR - 60)
        assert signed_in.get(reverse("my-home")).status_code == 200
    clock(8 * HOUR - 60)  # past the week since signing in
    response = signed_in.get(reverse("my-home"), follow=True)
    assert "You were signed out: a sign-in lasts 7 days at most." in text_of(response)
    assert SESSION_KEY not in signed_in.session


def test_the_limits_are_settings(signed_in, clock, settings):
    settings.SESSION_IDLE_SECONDS = 30 * 60
    clock(31 * 60)
    response = signed_in.get(reverse("my-home"), follow=True)
    assert "You were signed out after 30 minutes without using the site." in text_of(response)


def test_the_last_request_is_written_at_most_once_a_minute(signed_in, clock):
    signed_in.get(reverse("my-home"))
    seen = signed_in.session[session_timeouts.LAST_SEEN_AT]
    clock(30)
    signed_in.get(reverse("my-home"))
    assert signed_in.session[session_timeouts.LAST_SEEN_AT] == seen  # the session was not written
    clock(31)
    signed_in.get(reverse("my-home"))
    assert signed_in.session[session_timeouts.LAST_SEEN_AT] == pytest.approx(seen + 61, abs=1)


def test_a_session_from_before_the_limits_starts_counting_now(client, clock):
    user = UserFactory()
    client.force_login(user)
    session = client.session
    for key in (session_timeouts.SIGNED_IN_AT, session_timeouts.LAST_SEEN_AT):
        del session[key]
    session.save()
    assert client.get(reverse("my-home")).status_code == 200
    assert client.session[session_timeouts.SIGNED_IN_AT] == pytest.approx(time.time(), abs=5)


def test_any_server_can_tell_the_session_kept_in_the_database(signed_in, clock):
    """Another app server is another client reading the same session row: nothing is kept in a process."""
    other_server = Client()
    other_server.cookies = signed_in.cookies
    clock(8 * HOUR + 1)
    assert other_server.get(reverse("my-home")).status_code == 302
    assert signed_in.get(reverse("my-home")).status_code == 302


@pytest.mark.parametrize(
    "seconds, words", [(8 * HOUR, "8 hours"), (HOUR, "1 hour"), (7 * DAY, "7 days"), (90, "90 seconds")]
)
def test_lengths_in_words(seconds, words):
    assert session_timeouts.hours(seconds) == words
