"""Benchmarks and the load test (benchmarking/, benchmarks/): the production settings' behaviour
(no debug, the same middleware) on a local address without TLS, plus a bare view to compare pages with."""

from .base import *  # noqa: F403
from .base import REST_FRAMEWORK, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="benchmark-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarking.urls"
# Pages only: static files are not requested, so the manifest that collectstatic writes is not needed.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Every request of a benchmark comes from one address: the open data API must not throttle them.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"opendata": "1000000/minute"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
