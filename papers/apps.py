from django.apps import AppConfig


class PapersConfig(AppConfig):
    name = "papers"
    verbose_name = "Papers: agenda packs, minutes documents and the text of reports"

    def ready(self):
        from . import chair_preview, receivers  # noqa: F401  (chair_preview writes its emails)
