from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class OpendataConfig(AppConfig):
    name = "opendata"
    verbose_name = "Open data: the read-only JSON API"

    def ready(self):
        from indicators.signals import indicators_changed_in_bulk

        from .pagination import COUNTS

        # Any record: the lists reach through minutes, meetings, agenda items and committees alike.
        changes = {
            "saved": post_save,
            "deleted": post_delete,
            "related": m2m_changed,
            "bulk": indicators_changed_in_bulk,
        }
        for change, signal in changes.items():
            signal.connect(COUNTS.forget, dispatch_uid=f"opendata.counts.{change}")
