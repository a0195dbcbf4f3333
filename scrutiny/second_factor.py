"""The second factor: the six-digit codes of an authenticator app (TOTP, django-otp).

Anyone signed in may add one (/account/second-factor/); with DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR on,
Democratic Services must. Whoever has one gives its code after their password, however they signed in (the
site's page, the admin's, the council's accounts): until they do, every page but the one asking for it sends
them there, so no way of signing in passes by it. Democratic Services required to have one and without one
are sent to set it up before anything else.

What a session needs is decided when its user signs in and kept in the session (STATE), so pages ask the
database nothing more for it."""

from base64 import b32encode
from binascii import unhexlify

import segno
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from . import roles
from .lockout import time_in_words

STATE = "second_factor"
CODE, SET_UP, NONE = "code", "set-up", "none"
# The pages open to a session that still owes its code, or must set up an app first.
OPEN_WHILE = {
    CODE: {"second-factor-code", "sign-out", "admin:logout"},
    SET_UP: {"second-factor-setup", "sign-out", "admin:logout"},
}
TOLERANCE = 1  # a code of the 30 seconds before or after is accepted too: phones' clocks drift
DEVICE_NAME = "Authenticator app"


def required_for(user) -> bool:
    return settings.DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR and (
        user.is_superuser or user.groups.filter(name=roles.DEMOCRATIC_SERVICES).exists()
    )


def has_one(user) -> bool:
    return user_has_device(user)


def state_for(user) -> str:
    if user_has_device(user):
        return CODE
    return SET_UP if required_for(user) else NONE


def on_sign_in(sender, request, user, **kwargs):
    """user_logged_in: whatever the way of signing in, decide what this session owes."""
    if request is not None and hasattr(request, "session"):
        request.session[STATE] = state_for(user)


def owed(request) -> str:
    """What the signed-in session owes now: CODE, SET_UP or NONE."""
    state = request.session.get(STATE)
    if state is None:  # signed in before the second factor was kept in the session
        state = request.session[STATE] = state_for(request.user)
    if state == SET_UP and not settings.DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR:
        return NONE
    if state == CODE and request.user.is_verified():
        return NONE
    return state


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware, which tells whether this session gave a code (user.is_verified())."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES or SESSION_KEY not in request.session:
            return None
        state = owed(request)
        if state == NONE or request.resolver_match.view_name in OPEN_WHILE[state]:
            return None
        page = reverse("second-factor-code" if state == CODE else "second-factor-setup")
        if request.method == "GET":
            page += "?" + urlencode({"next": request.get_full_path()})
        return redirect(page)


# --- codes ------------------------------------------------------------------------------------------------


def verify(request, code: str):
    """Check the code against the user's devices and, if one accepts it, mark this session as having given
    it. Each device counts its failures and makes the next try wait longer (1, 2, 4 … seconds); the rows
    are locked, so two tries at once cannot both use a code."""
    accepted, wait_until = None, None
    with transaction.atomic():  # committed whatever the outcome: a failure counts
        for device in devices_for_user(request.user, for_verify=True):
            allowed, why = device.verify_is_allowed()
            if not allowed:
                wait_until = why["locked_until"]
            elif device.verify_token(code):
                accepted = device
                break
    if accepted is None and wait_until is not None:
        raise ValidationError(
            f"You have entered a wrong code too many times. Wait until {time_in_words(wait_until)}, then "
            "enter the newest code from your app.",
            code="throttled",
        )
    if accepted is None:
        raise ValidationError(
            "Enter the code your authenticator app shows now. It changes every 30 seconds.", code="wrong"
        )
    otp_login(request, accepted)
    request.session[STATE] = CODE
    return accepted


def new_key() -> str:
    return default_key()  # 20 random bytes, as hex, as django-otp keeps them


def key_in_words(key: str) -> str:
    """The key as an app asks for it when typed: base32, in groups of four."""
    text = b32encode(unhexlify(key)).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_code(user, key: str) -> str:
    """The key as a QR code for the app to scan: an SVG data: address (the site's images allow data:, and
    no script draws it)."""
    url = TOTPDevice(user=user, key=key).config_url
    return segno.make(url, error="m").svg_data_uri(scale=4, border=4, dark="#0b0c0c", light="#ffffff")


def set_up(request, *, key: str, code: str) -> TOTPDevice:
    """Add the app whose `key` made `code` as the user's second factor, in place of any they had, and mark
    this session as having given a code."""
    totp = TOTP(unhexlify(key), step=30, t0=0, digits=6)
    if not code.isdigit() or not totp.verify(int(code), tolerance=TOLERANCE):
        raise ValidationError(
            "Enter the code your authenticator app shows now. If it is not accepted, check the time on "
            "your phone is set automatically.",
            code="wrong",
        )
    user = request.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(
            user=user, name=DEVICE_NAME, key=key, confirmed=True, last_t=totp.t()
        )
    otp_login(request, device)
    request.session[STATE] = CODE
    return device


def remove(user) -> int:
    """Democratic Services remove a lost phone's app: the user adds a new one (if they must) at their next
    sign-in."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
