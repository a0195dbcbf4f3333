"""Rate limits on the public forms: each IP address may send each kind of form so many times in a period
(PARTICIPATION_RATE_LIMITS). A request over the limit gets the "Too many requests" page, status 429, and
nothing it sent is read."""

import re
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

from scrutiny.clients import client_address

RATE = re.compile(r"^(\d+)/(\d*)([smhd])$")
UNITS = {"s": ("second", 1), "m": ("minute", 60), "h": ("hour", 3600), "d": ("day", 86400)}


def period_in_words(rate: str) -> str:
    """ "5/h" -> "an hour", "10/15m" -> "15 minutes"."""
    _, multiple, unit = RATE.match(rate).groups()
    word = UNITS[unit][0]
    if multiple and multiple != "1":
        return f"{multiple} {word}s"
    return f"an {word}" if word == "hour" else f"a {word}"


def period_seconds(rate: str) -> int:
    """ "5/h" -> 3600, "10/15m" -> 900: how long a client over the limit waits, at the longest."""
    _, multiple, unit = RATE.match(rate).groups()
    return int(multiple or 1) * UNITS[unit][1]


def too_many_requests(request, form: str):
    rate = settings.PARTICIPATION_RATE_LIMITS[form]
    response = render(
        request, "participation/too_many_requests.html", {"period": period_in_words(rate)}, status=429
    )
    response["Retry-After"] = str(period_seconds(rate))
    return response


def limit_posts(form: str):
    """Limit the POSTs a view takes from one address, at the rate PARTICIPATION_RATE_LIMITS[form] sets."""

    def decorator(view):
        @ratelimit(
            group=f"participation.{form}",
            key=lambda group, request: client_address(request),
            rate=lambda group, request: settings.PARTICIPATION_RATE_LIMITS[form],
            method="POST",
            block=False,
        )
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if getattr(request, "limited", False):
                return too_many_requests(request, form)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
