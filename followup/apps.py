from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = "Follow-up: actions and recommendations"

    def ready(self):
        from . import receivers  # noqa: F401
