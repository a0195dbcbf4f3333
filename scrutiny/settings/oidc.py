"""Settings for the optional OpenID Connect sign-in (scrutiny/oidc.py), read from the environment.

Set OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET, and either OIDC_ENTRA_TENANT_ID (Microsoft Entra ID: the
endpoints follow from the tenant) or the provider's four OIDC_OP_*_ENDPOINT addresses."""

ENDPOINTS = ["AUTHORIZATION", "TOKEN", "USER", "JWKS"]


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
    return {
        **endpoints,
        "OIDC_RP_CLIENT_SECRET": env("OIDC_RP_CLIENT_SECRET"),
        "OIDC_RP_SIGN_ALGO": env("OIDC_RP_SIGN_ALGO", default="RS256"),
        "OIDC_RP_SCOPES": "openid email profile",
    }
