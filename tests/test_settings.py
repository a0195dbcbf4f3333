"""Production settings are safe: `check --deploy` is clean, and a missing secret stops the app."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    # Drop what the test run itself sets (the browser tests need DJANGO_ALLOW_ASYNC_UNSAFE).
    dropped = ("SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
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


def test_production_settings_pass_the_deployment_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="committees.example.gov.uk",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


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
    }
    assert run_manage("check", "--deploy", "--fail-level", "WARNING", **entra).returncode == 0
    script = (
        "from django.conf import settings; from django.urls import reverse; "
        "print(reverse('oidc_authentication_init'), settings.OIDC_OP_TOKEN_ENDPOINT, "
        "settings.AUTHENTICATION_BACKENDS[1])"
    )
    result = run_manage("shell", "--no-imports", "-c", script, **entra)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "/oidc/authenticate/",
        "https://login.microsoftonline.com/council-tenant/oauth2/v2.0/token",
        "scrutiny.oidc.CouncilOIDCBackend",
    ]
