"""A rate written wrongly in the environment is reported when the site starts, not by a 500 on a form."""

from django.conf import settings
from django.core import checks

from scrutiny.throttle import RATE

FORMS = ("question", "petition", "signature", "confirmation")


def check_rate_limits(app_configs=None, **kwargs):
    rates = getattr(settings, "PARTICIPATION_RATE_LIMITS", {})
    return [
        checks.Error(
            f"PARTICIPATION_RATE_LIMITS[{form!r}] is {rates.get(form)!r}, not a rate.",
            hint='Write a rate like "5/h" (five an hour) or "10/15m": a number, "/", and s, m, h or d.',
            id="participation.E001",
        )
        for form in FORMS
        if not RATE.match(str(rates.get(form, "")))
    ]
