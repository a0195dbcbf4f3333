"""Local development and the demo: embedded SQLite, console email, debug on unless the environment says no."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-" + "x" * 40)
# The demo's Democratic Services sign in without an authenticator app (production asks for one).
DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR = env.bool(
    "DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR", default=False
)
# runserver serves static files straight from the finders, so plain storage avoids needing collectstatic.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
