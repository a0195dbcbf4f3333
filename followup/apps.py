from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = "Follow-up: actions and recommendations"

    def ready(self):
        # chasing registers the writer of its emails; actions_report the writer of the actions arising report.
        from . import actions_report, chasing, receivers  # noqa: F401
