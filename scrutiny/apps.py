from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ScrutinyConfig(AppConfig):
    name = "scrutiny"
    verbose_name = "Committees and people"

    def ready(self):
        from .roles import ensure_groups

        post_migrate.connect(ensure_groups, dispatch_uid="scrutiny.ensure_groups")
