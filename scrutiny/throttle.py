"""Rate limits on the forms anyone may send: each client (scrutiny/clients.py) may POST a form so many times
in a period. A POST over the limit gets a "Too many requests" page, status 429 with Retry-After, and the view
never sees it, so nothing it sent is read."""

import re
from functools import wraps

from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

from .clients import client_address

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


def too_many_requests(request, rate: str, template: str, **context):
    response = render(request, template, {"period": period_in_words(rate), **context}, status=429)
    response["Retry-After"] = str(period_seconds(rate))
    return response


def limit_posts(group: str, rate, template: str):
    """Limit the POSTs a view takes from one client to `rate()` (read at each request, so a changed setting
    applies at once); over it, `template` answers. Views decorated with the same `group` share one count."""

    def decorator(view):
        @ratelimit(
            group=group,
            key=lambda group, request: client_address(request),
            rate=lambda group, request: rate(),
            method="POST",
            block=False,
        )
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if getattr(request, "limited", False):
                return too_many_requests(request, rate(), template)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
