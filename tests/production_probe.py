"""Run under the production settings by tests/site/test_settings.py (in a process of its own): asks for the
sign-in page over HTTP and over HTTPS and prints, as JSON, what a browser would be told.

Static files come from the finders here (production's hashed names need collectstatic first); nothing else is
changed."""

import json

from django.conf import settings
from django.test import Client, override_settings

HEADERS = (
    "Strict-Transport-Security",
    "X-Frame-Options",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
)
FINDERS = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}


def main():
    with override_settings(STORAGES={**settings.STORAGES, "staticfiles": FINDERS}):
        client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
        plain, page = client.get("/sign-in/"), client.get("/sign-in/", secure=True)
    cookie = page.cookies[settings.CSRF_COOKIE_NAME]
    seen = {
        "http": [plain.status_code, plain.get("Location")],
        "https": page.status_code,
        "headers": {name: page.get(name) for name in HEADERS},
        "cookie": {
            "name": cookie.key,
            "secure": bool(cookie["secure"]),
            "samesite": cookie["samesite"],
            "path": cookie["path"],
            "domain": cookie["domain"],
        },
        "session_cookie": [
            settings.SESSION_COOKIE_NAME,
            settings.SESSION_COOKIE_SECURE,
            settings.SESSION_COOKIE_HTTPONLY,
        ],
    }
    print(json.dumps(seen))
