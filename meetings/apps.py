from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "Meetings, agendas and minutes"

    def ready(self):
        from . import (
            notices,  # noqa: F401  (registers the writer of the notices of a change)
            report_requests,  # noqa: F401  (it registers the writer of its emails)
        )
