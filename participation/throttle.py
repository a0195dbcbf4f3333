"""Rate limits on the public forms: each IP address may send each kind of form so many times in a period
(PARTICIPATION_RATE_LIMITS). A request over the limit gets the "Too many requests" page, status 429, and
nothing it sent is read."""

from django.conf import settings

from scrutiny import throttle


def limit_posts(form: str):
    """Limit the POSTs a view takes from one address, at the rate PARTICIPATION_RATE_LIMITS[form] sets."""
    return throttle.limit_posts(
        f"participation.{form}",
        lambda: settings.PARTICIPATION_RATE_LIMITS[form],
        "participation/too_many_requests.html",
    )
