from django.urls import path

from . import views

urlpatterns = [
    path("performance/", views.DashboardView.as_view(), name="performance-dashboard"),
    path("performance/indicators/<int:pk>/", views.IndicatorDetailView.as_view(), name="indicator-detail"),
    path("performance/indicators/<int:pk>/chart.svg", views.indicator_chart, name="indicator-chart"),
    path("performance/indicators/<int:pk>/figures/", views.FigureView.as_view(), name="indicator-figure"),
    path("performance/mine/", views.MyIndicatorsView.as_view(), name="my-indicators"),
    path("performance/mine/upload/", views.UploadFiguresView.as_view(), name="upload-figures"),
    path("performance/review/", views.ReviewQueueView.as_view(), name="review-figures"),
    path("performance/reports/", views.ReportListView.as_view(), name="performance-reports"),
    path("performance/reports/<int:pk>/", views.ReportView.as_view(), name="performance-report"),
    path("performance/reports/<int:pk>/document/", views.report_document, name="performance-report-document"),
    path("performance/reports/<int:pk>/document.pdf", views.report_pdf, name="performance-report-pdf"),
]
