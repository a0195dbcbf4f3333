"""How long a sign-in lasts: it ends after SESSION_IDLE_SECONDS without a request (a working day, by
default), and SESSION_MAX_SECONDS after signing in however busy (a week), on a shared computer or a stolen
cookie alike.

Both moments are kept in the session itself (the database, or the cache: whatever every app server shares),
so any server can tell. The last request's time is written at most once a minute, not with every request."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout

SIGNED_IN_AT = "signed_in_at"
LAST_SEEN_AT = "last_seen_at"
# The last request's time is kept to the minute: rewriting the session on every request would cost a write
# for each page.
LAST_SEEN_GRANULARITY = 60


def start(session, now: float | None = None) -> None:
    """At signing in: the sign-in starts now."""
    now = int(now or time.time())
    session[SIGNED_IN_AT] = session[LAST_SEEN_AT] = now


def expired(session, now: float) -> str | None:
    """Why this session's sign-in is over, or None while it lasts."""
    if now - session[LAST_SEEN_AT] > settings.SESSION_IDLE_SECONDS:
        return f"You were signed out after {hours(settings.SESSION_IDLE_SECONDS)} without using the site."
    if now - session[SIGNED_IN_AT] > settings.SESSION_MAX_SECONDS:
        return f"You were signed out: a sign-in lasts {hours(settings.SESSION_MAX_SECONDS)} at most."
    return None


def hours(seconds: int) -> str:
    """ "8 hours", "7 days", "1 hour", "30 minutes"."""
    for unit, length in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= length and seconds % length == 0:
            count = seconds // length
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} seconds"


def on_sign_in(sender, request, user, **kwargs):
    """user_logged_in: every way of signing in (the site's page, the admin's, the council's accounts)."""
    if request is not None and hasattr(request, "session"):
        start(request.session)


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie nobody is signed in: the session is not even read.
        if settings.SESSION_COOKIE_NAME in request.COOKIES and SESSION_KEY in request.session:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        session, now = request.session, time.time()
        if SIGNED_IN_AT not in session or LAST_SEEN_AT not in session:
            start(session, now)  # signed in before the limits were kept: they count from now
            return
        reason = expired(session, now)
        if reason:
            logout(request)
            messages.info(request, reason)
        elif now - session[LAST_SEEN_AT] >= LAST_SEEN_GRANULARITY:
            session[LAST_SEEN_AT] = int(now)
