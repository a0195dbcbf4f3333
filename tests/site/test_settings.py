"""Production settings are safe: `check --deploy` is clean, a missing secret stops the app, responses carry
the security headers and secure cookies, and errors show the site's own pages, never debug details."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from meetings.views import HomeView
from tests.responses import text_of

ROOT = Path(__file__).resolve().parents[2]
# Only named, never reached: the checks do not connect to the cache.
SHARED_CACHE = "redis://127.0.0.1:6379/1"


def run_manage(*args, **env):
    # Drop what the test run itself sets (the browser tests need DJANGO_ALLOW_ASYNC_UNSAFE).
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "CACHE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment |= {"DJANGO_SETTINGS_MODULE": "scrutiny.settings.production", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def deployment_checks(**env):
    return run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="committees.example.gov.uk",
        **env,
    )


def test_production_settings_pass_the_deployment_checks():
    result = deployment_checks(CACHE_URL=SHARED_CACHE)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deployment_checks_warn_of_a_cache_each_worker_keeps_to_itself():
    result = deployment_checks()
    assert result.returncode != 0
    assert "scrutiny.W001" in result.stderr
    assert "CACHE_URL" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="committees.example.gov.uk")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_sign_in_with_microsoft_entra_id_is_a_matter_of_settings():
    entra = {
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "committees.example.gov.uk",
        "OIDC_RP_CLIENT_ID": "client-id",
        "OIDC_RP_CLIENT_SECRET": "client-secret",
        "OIDC_ENTRA_TENANT_ID": "council-tenant",
        "CACHE_URL": SHARED_CACHE,
    }
    assert run_manage("check", "--deploy", "--fail-level", "WARNING", **entra).returncode == 0
    script = (
        "from django.conf import settings; from django.urls import reverse; "
        "print(reverse('oidc_authentication_init'), settings.OIDC_OP_TOKEN_ENDPOINT, "
        "*settings.AUTHENTICATION_BACKENDS, settings.LOGIN_REDIRECT_URL_FAILURE)"
    )
    result = run_manage("shell", "--no-imports", "-c", script, **entra)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "/oidc/authenticate/",
        "https://login.microsoftonline.com/council-tenant/oauth2/v2.0/token",
        # The lock-out first, so a locked-out sign-in is refused whichever way it comes.
        "axes.backends.AxesStandaloneBackend",
        "rules.permissions.ObjectPermissionBackend",
        "scrutiny.oidc.CouncilOIDCBackend",
        "django.contrib.auth.backends.ModelBackend",
        "/sign-in/",  # a refused council account is told why there
    ]


PRODUCTION = {"SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "committees.example.gov.uk"}


def test_production_serves_over_https_only_with_secure_cookies(tmp_path):
    database = f"sqlite:///{tmp_path / 'unused.sqlite3'}"
    probe = "from tests.production_probe import main; main()"
    result = run_manage("shell", "--no-imports", "-c", probe, DATABASE_URL=database, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["http"] == [301, "https://committees.example.gov.uk/sign-in/"]
    assert seen["https"] == 200
    assert seen["headers"] == {
        "Strict-Transport-Security": "max-age=31536000; includeSubDomains; preload",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Opener-Policy": "same-origin",
    }
    # __Host-: sent over HTTPS only, for this host and the whole site, never to another subdomain.
    assert seen["cookie"] == {
        "name": "__Host-csrftoken",
        "secure": True,
        "samesite": "Lax",
        "path": "/",
        "domain": "",
    }
    assert seen["session_cookie"] == ["__Host-sessionid", True, True]


def test_production_never_shows_debug_pages_whatever_the_environment_says():
    script = "from django.conf import settings; print(settings.DEBUG, settings.DEBUG_PROPAGATE_EXCEPTIONS)"
    result = run_manage("shell", "--no-imports", "-c", script, DEBUG="true", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.django_db
def test_a_server_error_shows_the_sites_own_plain_page_and_nothing_of_the_error(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr(HomeView, "get", broken)
    response = Client(raise_request_exception=False).get(reverse("home"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "<h1>Sorry, there is a problem with the service</h1>" in page
    assert "Nothing you entered has been saved." in page
    for detail in ("hunter2", "RuntimeError", "Traceback", "SECRET_KEY", "broken", "DEBUG"):
        assert detail not in page
    # Plain: not the site's layout, whose stylesheet, script or menus could fail in turn.
    assert "<link" not in page and "<script" not in page


@pytest.mark.django_db
def test_a_missing_page_shows_the_sites_own_page(client):
    response = client.get("/meetings/999999/")
    assert response.status_code == 404
    assert [template.name for template in response.templates][:2] == ["404.html", "base.html"]
    page = text_of(response)
    assert "Page not found" in page
    assert "If you typed the web address, check it is correct." in page
    assert "No Meeting matches the given query" not in page  # Django's own words, for debug pages


def test_postgresql_connections_are_kept_and_tuned_for_short_queries_on_fast_disks():
    script = (
        "import json; from django.conf import settings; database = settings.DATABASES['default']; "
        "print(json.dumps([database['CONN_MAX_AGE'], database['CONN_HEALTH_CHECKS'], "
        "database['OPTIONS']['options']]))"
    )
    # Only read from the settings: no connection is made.
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        DATABASE_URL="postgres://council@db.invalid:5432/committees",
        DATABASE_CONN_MAX_AGE="120",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        120,
        True,
        "-c jit=off -c random_page_cost=1.1",
    ]
