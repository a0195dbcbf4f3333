from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views
from .views import SignInView, limit_password_resets, limit_sign_ins

urlpatterns = [
    # Before the rest of the admin, so its sign-in is rate-limited as the site's is.
    path("admin/login/", limit_sign_ins(admin.site.login)),
    path("admin/", admin.site.urls),
    path("sign-in/", limit_sign_ins(SignInView.as_view()), name="sign-in"),
    path("sign-in/code/", limit_sign_ins(views.second_factor_code), name="second-factor-code"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="sign-out"),
    path("account/second-factor/", views.second_factor_setup, name="second-factor-setup"),
    path("account/password/", views.PasswordChangeView.as_view(), name="password-change"),
    path("account/password/changed/", views.PasswordChangeDoneView.as_view(), name="password-change-done"),
    path("password-reset/", limit_password_resets(views.PasswordResetView.as_view()), name="password-reset"),
    path("password-reset/sent/", views.PasswordResetDoneView.as_view(), name="password-reset-done"),
    path(
        "password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("password-reset/done/", views.PasswordResetCompleteView.as_view(), name="password-reset-complete"),
    path("", include("meetings.urls")),
    path("", include("followup.urls")),
    path("", include("indicators.urls")),
    path("", include("papers.urls")),
    path("", include("feeds.urls")),
    path("", include("participation.urls")),
    path("", include("search.urls")),
    path("", include("opendata.urls")),
]
if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
