from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "Meetings, agendas and minutes"

    def ready(self):
        # notices, report_requests and summons register the writers of their emails.
        from . import notices, receivers, report_requests, summons  # noqa: F401
