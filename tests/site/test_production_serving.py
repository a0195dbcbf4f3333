"""Production as the README deploys it: `manage.py collectstatic` under the production settings, then
`gunicorn scrutiny.wsgi` serving real pages, each stylesheet, script, image and font they name answering 200
with its own content type, and so every file the stylesheets name in turn (url(...), @import) and every module
a module script imports.

gunicorn runs in a process of its own on 127.0.0.1, reading this test's database (a transactional test, so the
rows are committed), and is sent X-Forwarded-Proto: https, as the council's TLS proxy sends it."""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from django.db import connection
from django.urls import reverse

from tests.factories import (
    AgendaItemFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
)

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
PROXY = {"X-Forwarded-Proto": "https"}
STARTUP_SECONDS = 30
# What a browser accepts for each kind of file (X-Content-Type-Options: nosniff makes it strict).
CONTENT_TYPES = {
    "stylesheet": ("text/css",),
    "script": ("text/javascript", "application/javascript"),
    "image": ("image/",),
    "font": ("font/", "application/font", "application/x-font"),
}
FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)$")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+?)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
JS_IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*['"]([^'"]+)['"]""")

pytestmark = pytest.mark.django_db(transaction=True)  # gunicorn reads the test's rows from another process


class Resources(HTMLParser):
    """The files a page makes a browser load: (kind, address), module scripts marked as such."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and attrs.get("href") and {"stylesheet", "icon", "preload"} & set(rel):
            self.found.append(("stylesheet" if "stylesheet" in rel else "image", attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            kind = "module" if attrs.get("type") == "module" else "script"
            self.found.append((kind, attrs["src"]))
        elif tag in ("img", "source") and attrs.get("src"):
            self.found.append(("image", attrs["src"]))


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def database_url():
    """This test's database (pytest-django's), as DATABASE_URL names it."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    port = f":{database['PORT']}" if database["PORT"] else ""
    return f"postgres://{database['USER']}{password}@{database['HOST']}{port}/{database['NAME']}"


@pytest.fixture
def production(tmp_path):
    """The environment a production process gets: nothing of the test run's own settings."""
    dropped = ("DEBUG", "CACHE_URL", "CELERY_BROKER_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "SECURE_SSL_REDIRECT")
    environment = {name: value for name, value in os.environ.items() if name not in dropped}
    return environment | {
        "DJANGO_SETTINGS_MODULE": "scrutiny.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url(),
        "STATIC_ROOT": str(tmp_path / "staticfiles"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }


@pytest.fixture
def gunicorn(production):
    """collectstatic, then gunicorn on a free port: yields its address."""
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=production,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, f"collectstatic failed:\n{collected.stderr[-3000:]}"
    port = free_port()
    server = subprocess.Popen(
        # No control socket: each gunicorn would take the same one (~/.gunicorn/gunicorn.ctl) from the others.
        [sys.executable, "-m", "gunicorn", "scrutiny.wsgi", "--bind", f"{HOST}:{port}", "--workers", "1"]
        + ["--no-control-socket"],
        cwd=ROOT,
        env=production,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                pytest.fail(
                    f"gunicorn stopped (exit status {server.returncode}):\n{server.stderr.read()[-3000:]}"
                )
            try:
                socket.create_connection((HOST, port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not listen on {HOST}:{port} within {STARTUP_SECONDS}s")
                time.sleep(0.1)
        yield f"http://{HOST}:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()


def fetch(session, address):
    # Generous: the first request waits for gunicorn's worker to load the app, on a machine other tests share.
    return session.get(address, headers=PROXY, allow_redirects=False, timeout=120)


def check_resources(session, page_address, page):
    """Every file the page loads, and what those load in turn: 200 with a fitting content type. Returns the
    addresses fetched, each with what it is."""
    parser = Resources()
    parser.feed(page)
    waiting = [(kind, urljoin(page_address, address)) for kind, address in parser.found]
    fetched, failures = {}, []
    while waiting:
        kind, address = waiting.pop()
        if address in fetched or address.startswith("data:"):
            continue
        kind = "font" if FONT_FILE.search(urlsplit(address).path) else kind
        response = fetch(session, address)
        fetched[address] = kind
        expected = CONTENT_TYPES["script" if kind == "module" else kind]
        content_type = response.headers.get("Content-Type", "")
        if response.status_code != 200 or not content_type.startswith(expected):
            failures.append(f"{address} ({kind}): {response.status_code} {content_type}")
            continue
        if kind == "stylesheet":
            for found in CSS_URL.finditer(response.text):
                named = found.group(1) or found.group(2)
                is_import = found.group(2) or named.endswith(".css")
                waiting.append(("stylesheet" if is_import else "image", urljoin(address, named)))
        elif kind == "module":
            waiting += [("module", urljoin(address, named)) for named in JS_IMPORT.findall(response.text)]
    assert not failures, f"{page_address} loads files that do not arrive: {failures}"
    return fetched


def test_the_production_settings_serve_every_page_with_its_stylesheets_scripts_images_and_fonts(gunicorn):
    meeting = MinutesPublishedMeetingFactory(committee__name="Children and Families Overview and Scrutiny")
    AgendaItemFactory(meeting=meeting, title="Ofsted inspection of children's services")
    MinuteFactory(meeting=meeting, heading="Ofsted inspection of children's services.")
    pages = {
        "/": "committees",
        reverse("committee-detail", args=[meeting.committee.slug]): "Children and Families Overview",
        reverse("meeting-detail", args=[meeting.pk]): "Ofsted inspection of children",
        reverse("minutes", args=[meeting.pk]): "Ofsted inspection of children",
        reverse("sign-in"): "Sign in",
        "/admin/login/": "Log in",
    }
    loaded = {}
    with requests.Session() as session:
        for path, words in pages.items():
            response = fetch(session, gunicorn + path)
            assert response.status_code == 200, f"{path}: {response.status_code}\n{response.text[:2000]}"
            assert words in response.text
            loaded |= check_resources(session, gunicorn + path, response.text)
        # Served with the production settings: HTTP is still sent to HTTPS.
        assert session.get(gunicorn + "/", allow_redirects=False).status_code == 301

    paths = {urlsplit(address).path: kind for address, kind in loaded.items()}
    # The hashed names of the manifest, so browsers may keep them for ever.
    hashed = re.compile(r"/static/.+\.[0-9a-f]{12}\.\w+$")
    assert all(hashed.match(path) for path in paths), sorted(path for path in paths if not hashed.match(path))
    kinds = {re.sub(r"\.[0-9a-f]{12}\.", ".", path): kind for path, kind in paths.items()}
    assert kinds["/static/build/app.css"] == "stylesheet"
    assert kinds["/static/js/app.js"] == "module"
    assert kinds["/static/build/govuk-frontend.min.js"] == "module"  # imported by app.js
    assert kinds["/static/build/govuk/assets/images/govuk-crest.svg"] == "image"  # named by app.css
    assert kinds["/static/papers/print.css"] == "stylesheet"  # the minutes' print stylesheet
    assert kinds["/static/admin/css/base.css"] == "stylesheet"
    assert any(kind == "image" and path.startswith("/static/admin/img/") for path, kind in kinds.items())
