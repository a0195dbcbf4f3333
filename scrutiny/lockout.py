"""The sign-in lock-out's rules of our own, for django-axes (settings: AXES_*): which sign-ins count towards
it, and the page one locked out gets, on the site's sign-in page and the admin's alike: status 429, when to
try again, and whom to ask meanwhile."""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off
from django.conf import settings
from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone


def without_a_username(request, credentials) -> bool:
    """Only sign-ins with a username and password count towards a lock-out. One with the council's own
    account (OpenID Connect) has none: its provider throttles it, and a few failed returns from the provider
    must not lock everyone behind the council's address out of it."""
    return not get_client_username(request, credentials)


def locked_until(request, credentials):
    """When the lock-out of these credentials from this address ends: the failures that locked it are then
    older than the cool-off (SIGN_IN_LOCKOUT_MINUTES) and no longer count."""
    attempts = AxesProxyHandler.get_implementation().get_user_attempts(request, credentials)
    latest = [each.aggregate(latest=Max("attempt_time"))["latest"] for each in attempts]
    return max((time for time in latest if time), default=timezone.now()) + get_cool_off(request)


def time_in_words(moment) -> str:
    """GOV.UK style: "2:45pm", and the day too when it is not today ("12:05am on 4 December")."""
    local = timezone.localtime(moment)
    words = f"{local:%-I:%M}{local:%p}".lower()
    if local.date() != timezone.localdate():
        words += f" on {local:%-d %B}"
    return words


def locked_out(request, original_response, credentials):
    until = locked_until(request, credentials)
    context = {
        "try_after": time_in_words(until),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "contact_email": settings.DEFAULT_FROM_EMAIL,
    }
    response = render(request, "registration/locked_out.html", context, status=429)
    response["Retry-After"] = str(max(1, int((until - timezone.now()).total_seconds())))
    return response
