from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = "Performance indicators"

    def ready(self):
        from . import dashboard_cache

        dashboard_cache.connect()
