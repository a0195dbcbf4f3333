from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "Meetings, agendas and minutes"

    def ready(self):
        from . import receivers, summons  # noqa: F401  (summons registers the writer of its emails)
