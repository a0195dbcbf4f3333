from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from .views import SignInView, limit_sign_ins

urlpatterns = [
    # Before the rest of the admin, so its sign-in is rate-limited as the site's is.
    path("admin/login/", limit_sign_ins(admin.site.login)),
    path("admin/", admin.site.urls),
    path("sign-in/", limit_sign_ins(SignInView.as_view()), name="sign-in"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="sign-out"),
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
