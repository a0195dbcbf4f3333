from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ScrutinyConfig(AppConfig):
    name = "scrutiny"
    verbose_name = "Committees and people"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.core import checks

        from . import closure_days, committee_rules, second_factor, session_timeouts
        from .checks import (
            check_cache_is_shared,
            check_sign_in_rate_limit,
            check_uploads_are_outside_the_web_root,
        )
        from .roles import ensure_groups

        closure_days.connect()
        committee_rules.connect()
        post_migrate.connect(ensure_groups, dispatch_uid="scrutiny.ensure_groups")
        # Every way of signing in: when the session started, and whether it owes a second factor.
        user_logged_in.connect(session_timeouts.on_sign_in, dispatch_uid="scrutiny.session_timeouts")
        user_logged_in.connect(second_factor.on_sign_in, dispatch_uid="scrutiny.second_factor")
        checks.register(check_sign_in_rate_limit)
        checks.register(check_uploads_are_outside_the_web_root)
        checks.register(check_cache_is_shared, checks.Tags.caches, deploy=True)
