from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = "Meetings, agendas and minutes"

    def ready(self):
        # summons and report_requests register the writers of their emails.
        from . import receivers, report_requests, summons  # noqa: F401
