"""Settings that would make the site unsafe or break a form, reported when it starts (`manage.py check`)
rather than found out later."""

from pathlib import Path

from django.conf import settings
from django.core import checks

from .throttle import RATE

# Caches that live in one process: each web worker would count its own rate limits and keep its own
# dashboard lines, which a change made through another worker would not clear.
PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def check_sign_in_rate_limit(app_configs=None, **kwargs):
    """The rate limits of signing in and of asking for a password reset."""
    return [
        checks.Error(
            f"{name} is {getattr(settings, name)!r}, not a rate.",
            hint='Write a rate like "60/h" (sixty an hour) or "10/15m": a number, "/", and s, m, h or d.',
            id="scrutiny.E001",
        )
        for name in ("SIGN_IN_RATE_LIMIT", "PASSWORD_RESET_RATE_LIMIT")
        if not RATE.match(str(getattr(settings, name)))
    ]


def check_uploads_are_outside_the_web_root(app_configs=None, **kwargs):
    """Uploaded papers (MEDIA_ROOT) are served only through the download views, which check who may read
    them: a folder the static files are served or collected from would publish them to anyone."""
    media = Path(settings.MEDIA_ROOT).resolve()
    # A STATICFILES_DIRS entry is a folder or (prefix, folder).
    folders = [entry[1] if isinstance(entry, tuple | list) else entry for entry in settings.STATICFILES_DIRS]
    served = [Path(folder) for folder in (settings.STATIC_ROOT, *folders) if folder]
    return [
        checks.Error(
            f"MEDIA_ROOT ({media}) and the static files folder {folder} overlap: uploaded papers, exempt "
            "ones too, would be served to anyone.",
            hint="Keep MEDIA_ROOT outside STATIC_ROOT and STATICFILES_DIRS.",
            id="scrutiny.E002",
        )
        for folder in (folder.resolve() for folder in served)
        if media == folder or media.is_relative_to(folder) or folder.is_relative_to(media)
    ]


def check_cache_is_shared(app_configs=None, **kwargs):
    """Production runs several web workers (and servers): they must share one cache."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PROCESS_CACHES:
        return []
    return [
        checks.Warning(
            f"The default cache ({backend.rsplit('.', 1)[-1]}) lives in each process: every web worker would "
            "count its own rate limits and keep its own copy of the performance dashboard, which changes "
            "made through another worker would leave out of date.",
            hint="Set CACHE_URL to a cache every worker shares, e.g. redis://127.0.0.1:6379/1.",
            id="scrutiny.W001",
        )
    ]
