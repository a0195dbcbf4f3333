from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = "Follow-up: actions and recommendations"

    def ready(self):
        from . import chasing, receivers  # noqa: F401  (chasing registers the writer of its emails)
