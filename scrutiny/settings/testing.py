"""The test suite: fast password hashing, documents in a temporary folder, plain static storage.

Tests use SQLite unless DATABASE_URL points elsewhere (CI runs them on PostgreSQL too)."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, STORAGES

DEBUG = False
SECRET_KEY = "testing-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests that need the second factor required turn it on themselves.
DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR = False
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="scrutiny-test-media-"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, as the embedded demo uses, not shared memory: concurrent tests then meet SQLite's real locking.
    # A fixed name in the checkout (each pytest-xdist worker adds its own suffix), so `pytest --reuse-db` can
    # keep it between runs; PostgreSQL's is test_<name>, fixed too.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-databases" / "test.sqlite3")}
    (BASE_DIR / ".test-databases").mkdir(exist_ok=True)
# The live server resolves static files through the finders, which cannot serve hashed manifest names.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Static files come from the finders (no collectstatic before tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
