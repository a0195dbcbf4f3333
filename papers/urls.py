from django.urls import path

from . import views
from .models import AgendaPack

urlpatterns = [
    path("meetings/<int:pk>/agenda-pack/", views.AgendaPackView.as_view(), name="agenda-pack"),
    path(
        "meetings/<int:pk>/agenda-pack.pdf",
        views.agenda_pack_download,
        {"kind": AgendaPack.Kind.PUBLIC},
        name="agenda-pack-public",
    ),
    path(
        "meetings/<int:pk>/agenda-pack-full.pdf",
        views.agenda_pack_download,
        {"kind": AgendaPack.Kind.FULL},
        name="agenda-pack-full",
    ),
    path(
        "meetings/<int:pk>/supplementary-pack.pdf",
        views.agenda_pack_download,
        {"kind": AgendaPack.Kind.SUPPLEMENT},
        name="supplementary-pack-public",
    ),
    path(
        "meetings/<int:pk>/supplementary-pack-full.pdf",
        views.agenda_pack_download,
        {"kind": AgendaPack.Kind.SUPPLEMENT_FULL},
        name="supplementary-pack-full",
    ),
    path("meetings/<int:pk>/minutes/", views.MinutesView.as_view(), name="minutes"),
    path("meetings/<int:pk>/minutes.pdf", views.minutes_pdf, name="minutes-pdf"),
    path("meetings/<int:pk>/minutes.docx", views.minutes_docx, name="minutes-docx"),
    # The draft sent to the Chair: the link is the key, whoever holds it, until it expires or is replaced.
    path("minutes/draft-for-the-chair/<str:token>/", views.chair_preview_page, name="minutes-chair-preview"),
]
