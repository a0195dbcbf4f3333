from django.urls import path, register_converter

from . import views


class SignatureTokenConverter:
    """The token in a confirmation link (secrets.token_urlsafe): anything else is no link of ours."""

    regex = "[A-Za-z0-9_-]{16,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SignatureTokenConverter, "signature_token")

urlpatterns = [
    path("meetings/<int:pk>/questions/new/", views.ask_question, name="question-new"),
    path("meetings/<int:pk>/questions/submitted/", views.question_submitted, name="question-submitted"),
    path("petitions/", views.petition_list, name="petition-list"),
    path("petitions/new/", views.start_petition, name="petition-new"),
    path("petitions/new/submitted/", views.petition_submitted, name="petition-submitted"),
    path("petitions/<int:pk>/", views.petition_detail, name="petition-detail"),
    path("petitions/<int:pk>/sign/", views.sign_petition, name="petition-sign"),
    path(
        "petitions/<int:pk>/sign/check-your-email/",
        views.signature_check_email,
        name="signature-check-email",
    ),
    path(
        "petitions/<int:pk>/sign/confirm/<signature_token:token>/",
        views.confirm_signature,
        name="signature-confirm",
    ),
]
