from django.urls import path

from . import views

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("committees/", views.CommitteeListView.as_view(), name="committee-list"),
    path("committees/<slug:slug>/", views.CommitteeDetailView.as_view(), name="committee-detail"),
    path("meetings/<int:pk>/", views.MeetingDetailView.as_view(), name="meeting-detail"),
    path("meetings/calendar/", views.MeetingCalendarView.as_view(), name="meeting-calendar"),
    path(
        "meetings/calendar/<int:year>/<int:month>/",
        views.MeetingCalendarView.as_view(),
        name="meeting-calendar-month",
    ),
    path("resolutions/", views.ResolutionListView.as_view(), name="resolution-list"),
    path("documents/<int:pk>/", views.document_download, name="document-download"),
    path("my/reports/", views.MyReportsView.as_view(), name="my-reports"),
    path("my/reports/<int:pk>/", views.MyReportView.as_view(), name="my-report"),
    path("my/reports/<int:pk>/draft/", views.report_draft_download, name="report-draft-download"),
]
