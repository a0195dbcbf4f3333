from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = "Public participation: questions and petitions"

    def ready(self):
        from django.core import checks

        from .checks import check_rate_limits

        checks.register(check_rate_limits)
