"""Signing in and out on the public site (Democratic Services may also use the admin's own sign-in), the
second factor, and passwords: changing one's own, and setting one from an emailed link (an invitation, or a
reset asked for). Django's own views in the site's design."""

from crispy_forms_gds.helper import FormHelper
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from . import second_factor, tasks, throttle
from .account_forms import CodeForm, PasswordChangeForm, PasswordResetRequestForm, SetPasswordForm
from .accounts import RESET
from .after_commit import after_commit
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
# of one username from one address after too many wrong passwords (django-axes, scrutiny/lockout.py). The
# second factor's codes count with them.
limit_sign_ins = throttle.limit_posts(
    "sign-in", lambda: settings.SIGN_IN_RATE_LIMIT, "registration/too_many_sign_ins.html"
)


def _next_page(request) -> str:
    """Where to go once done: the page asked for, if it is on this site, else the user's own page."""
    wanted = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(wanted, {request.get_host()}, require_https=request.is_secure()):
        return wanted
    return reverse_lazy(settings.LOGIN_REDIRECT_URL)


@never_cache
@login_required
def second_factor_code(request):
    """The sign-in's second step, for a user with an authenticator app: its code."""
    request.session[second_factor.STATE] = second_factor.state_for(request.user)  # a device removed meanwhile
    if second_factor.owed(request) != second_factor.CODE:
        return redirect(_next_page(request))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        try:
            second_factor.verify(request, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            return redirect(_next_page(request))
    context = {"form": form, "next": _next_page(request), "contact_email": settings.DEFAULT_FROM_EMAIL}
    return render(request, "registration/second_factor_code.html", context)


@never_cache
@login_required
def second_factor_setup(request):
    """Add an authenticator app (or put a new one in place of the old): scan the code, type what it shows.
    The key is kept in the session until the app has shown it works, and only then saved."""
    if "second_factor_key" not in request.session:
        request.session["second_factor_key"] = second_factor.new_key()
    key = request.session["second_factor_key"]
    form = CodeForm(request.POST or None)
    if form.is_valid():
        try:
            second_factor.set_up(request, key=key, code=form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            del request.session["second_factor_key"]
            messages.success(
                request, "Your authenticator app is set up. You will give its code each time you sign in."
            )
            return redirect(_next_page(request))
    context = {
        "form": form,
        "next": _next_page(request),
        "qr_code": second_factor.qr_code(request.user, key),
        "key_in_words": second_factor.key_in_words(key),
        "issuer": settings.OTP_TOTP_ISSUER,
        "has_one": second_factor.has_one(request.user),
        "required": second_factor.owed(request) == second_factor.SET_UP,
    }
    return render(request, "registration/second_factor_setup.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("password-change-done")


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
            after_commit(tasks.email_password_link.delay, user.pk, RESET)
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
    form_class = SetPasswordForm
    success_url = reverse_lazy("password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"
