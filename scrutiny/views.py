"""Signing in and out on the public site (Democratic Services may also use the admin's own sign-in)."""

from crispy_forms_gds.helper import FormHelper
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm

from . import throttle
from .forms import UsernameWithinLimit


class SignInForm(UsernameWithinLimit, AuthenticationForm):
    error_messages = {
        "invalid_login": "Enter a correct username and password. Both are case-sensitive.",
        "inactive": "This account is not active. Contact Democratic Services.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = "Enter your username"
        self.fields["password"].error_messages["required"] = "Enter your password"
        self.helper = FormHelper()
        self.helper.form_tag = False


class SignInView(auth_views.LoginView):
    template_name = "registration/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True
    extra_context = {"oidc_enabled": settings.OIDC_ENABLED}


# The site's sign-in and the admin's share one count per address (SIGN_IN_RATE_LIMIT), on top of the lock-out
# of one username from one address after too many wrong passwords (django-axes, scrutiny/lockout.py).
limit_sign_ins = throttle.limit_posts(
    "sign-in", lambda: settings.SIGN_IN_RATE_LIMIT, "registration/too_many_sign_ins.html"
)
