"""Signing in and out on the public site (Democratic Services may also use the admin's own sign-in), and
passwords: changing one's own, and setting one from an emailed link (an invitation, or a reset asked for).
Django's own views in the site's design."""

from crispy_forms_gds.helper import FormHelper
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect
from django.urls import reverse_lazy

from . import emails, tasks, throttle
from .account_forms import PasswordResetRequestForm, govuk_password_form
from .accounts import RESET
from .forms import UsernameWithinLimit
from .password_links import link_days


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


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"
    success_url = reverse_lazy("password-change-done")

    def get_form_class(self):
        return govuk_password_form(super().get_form_class())


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "registration/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Anyone asks for a link to set a new password, by their email address. The page says the same whether
    or not the address is known, so it tells nobody who has a sign-in."""

    template_name = "registration/password_reset_form.html"
    form_class = PasswordResetRequestForm
    success_url = reverse_lazy("password-reset-done")

    def form_valid(self, form):
        for user in form.get_users(form.cleaned_data["email"]):
            emails.queue(tasks.email_password_link, user.pk, RESET)
        return redirect(self.get_success_url())


limit_password_resets = throttle.limit_posts(
    "password-reset", lambda: settings.PASSWORD_RESET_RATE_LIMIT, "registration/too_many_password_resets.html"
)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(days=link_days(), **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """The link of an invitation or a reset: choose a password. The link works once."""

    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("password-reset-complete")

    def get_form_class(self):
        return govuk_password_form(super().get_form_class())


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"
