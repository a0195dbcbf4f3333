"""The Celery application: workers take their settings from Django's (CELERY_* names)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings.production")

app = Celery("scrutiny")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
