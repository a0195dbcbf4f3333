"""The open data API under /api/: the resources, the parts of a meeting, the schema and its documentation."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "opendata"

router = DefaultRouter(use_regex_path=False)  # path converters: ids are integers in the schema
router.include_format_suffixes = False  # one address per resource: ?format=json, if anything
router.register("committees", views.CommitteeViewSet, basename="committee")
router.register("people", views.PersonViewSet, basename="person")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("agenda-items", views.AgendaItemViewSet, basename="agendaitem")
router.register("documents", views.DocumentViewSet, basename="document")
router.register("minutes", views.MinuteViewSet, basename="minute")
router.register("resolutions", views.ResolutionViewSet, basename="resolution")
router.register("actions", views.ActionViewSet, basename="action")
router.register("recommendations", views.RecommendationViewSet, basename="recommendation")
router.register("indicator-values", views.IndicatorValueViewSet, basename="indicatorvalue")


def meeting_part(part: str, viewset):
    return path(
        f"meetings/<int:meeting_pk>/{part}/", viewset.as_view({"get": "list"}), name=f"meeting-{part}"
    )


urlpatterns = [
    path(
        "api/",
        include(
            [
                *router.urls,
                meeting_part("agenda-items", views.AgendaItemViewSet),
                meeting_part("documents", views.DocumentViewSet),
                meeting_part("minutes", views.MinuteViewSet),
                meeting_part("resolutions", views.ResolutionViewSet),
                path("schema/", SpectacularAPIView.as_view(), name="schema"),
                path("docs/", views.api_docs, name="docs"),
            ]
        ),
    )
]
