from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "feeds"
    verbose_name = "Staying informed: calendars, feeds and email alerts"

    def ready(self):
        from . import alerts, receivers  # noqa: F401  (alerts registers the writer of its emails)
