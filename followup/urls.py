from django.urls import path

from . import views

urlpatterns = [
    path("actions/", views.ActionListView.as_view(), name="action-list"),
    path("actions/mine/", views.MyActionsView.as_view(), name="my-actions"),
    path("actions/<int:pk>/", views.ActionDetailView.as_view(), name="action-detail"),
    path("actions/attachments/<int:pk>/", views.attachment_download, name="attachment-download"),
    path("recommendations/", views.RecommendationListView.as_view(), name="recommendation-list"),
    path("my/", views.MyHomeView.as_view(), name="my-home"),
]
