"""The link to set a password, in an invitation and in a reset asked for: Django's password reset token,
which works once (it is made from the password, so setting one ends it) and for PASSWORD_RESET_TIMEOUT."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def set_password_link(user) -> str:
    """The address of the page where `user` sets their password, for an email."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("password-reset-confirm", kwargs={"uidb64": uid, "token": token})
    return f"{settings.SITE_URL}{path}"


def link_days() -> int:
    """How long the link works, in whole days (at least one), as the emails say."""
    return max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
