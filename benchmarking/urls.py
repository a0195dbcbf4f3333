"""The site's addresses, and a bare view that returns a fixed string: what Django itself costs a request."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    return HttpResponse("bare", content_type="text/plain")


urlpatterns = [
    path("benchmark/bare/", bare, name="benchmark-bare"),
    path("", include("scrutiny.urls")),
]
