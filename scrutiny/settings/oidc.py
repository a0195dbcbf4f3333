"""Settings for the optional OpenID Connect sign-in (scrutiny/oidc.py), read from the environment.

Set OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET, and either OIDC_ENTRA_TENANT_ID (Microsoft Entra ID: the
endpoints follow from the tenant) or the provider's four OIDC_OP_*_ENDPOINT addresses (and OIDC_OP_ISSUER).

Only the council's own tenant: Entra ID's multi-tenant authorities (common, organizations, consumers) let an
account of any organisation, or a personal one, sign in, and are refused at start-up."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

ENDPOINTS = ["AUTHORIZATION", "TOKEN", "USER", "JWKS"]
MULTI_TENANT = {"common", "organizations", "consumers"}


def refuse_multi_tenant(tenant: str, endpoints: dict[str, str]) -> None:
    authorities = {tenant.strip().lower()} | {
        urlsplit(url).path.strip("/").split("/")[0].lower() for url in endpoints.values() if url
    }
    if authorities & MULTI_TENANT:
        raise ImproperlyConfigured(
            "OpenID Connect: a multi-tenant authority (common, organizations or consumers) would let "
            "anyone's account sign in. Set OIDC_ENTRA_TENANT_ID to the council's own tenant id."
        )


def entra_endpoints(tenant: str) -> dict[str, str]:
    base = f"https://login.microsoftonline.com/{tenant}"
    return {
        "AUTHORIZATION": f"{base}/oauth2/v2.0/authorize",
        "TOKEN": f"{base}/oauth2/v2.0/token",
        "USER": "https://graph.microsoft.com/oidc/userinfo",
        "JWKS": f"{base}/discovery/v2.0/keys",
    }


def provider_settings(env) -> dict:
    tenant = env("OIDC_ENTRA_TENANT_ID", default="")
    defaults = entra_endpoints(tenant) if tenant else {}
    endpoints = {
        f"OIDC_OP_{name}_ENDPOINT": env(f"OIDC_OP_{name}_ENDPOINT", default=defaults.get(name, ""))
        for name in ENDPOINTS
    }
    refuse_multi_tenant(tenant, endpoints)
    return {
        **endpoints,
        "OIDC_ENTRA_TENANT_ID": tenant,
        "OIDC_OP_ISSUER": env("OIDC_OP_ISSUER", default=""),
        "OIDC_RP_CLIENT_SECRET": env("OIDC_RP_CLIENT_SECRET"),
        "OIDC_RP_SIGN_ALGO": env("OIDC_RP_SIGN_ALGO", default="RS256"),
        "OIDC_RP_SCOPES": "openid email profile",
    }
