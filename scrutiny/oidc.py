"""Optional sign-in with the council's own accounts through OpenID Connect (mozilla-django-oidc).

Configured from the environment by scrutiny/settings/oidc.py (the README lists the variables). An account of
the provider is linked to a sign-in once, at its first sign-in (CouncilAccount), and from then on found only
by what the provider itself fixes for it and its holder cannot change: for Microsoft Entra ID the tenant
(`tid`) and the object id (`oid`); for another provider the issuer (`iss`) and subject (`sub`), all read from
the signed ID token. Email addresses and user names are read only to make that first link:

- to a sign-in with that address, if there is exactly one, it has no council account yet, and it is not
  privileged: never Democratic Services, staff or a superuser, whose sign-ins a claim never reaches;
- or to a new sign-in, linked to the person with that address (which gives a councillor or officer their
  role). Democratic Services are made so in the admin, never by a claim."""

import logging
import uuid

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from . import roles
from .models import CouncilAccount

logger = logging.getLogger(__name__)
ENTRA = "https://login.microsoftonline.com"
REFUSED_PRIVILEGED = (
    "Democratic Services and other staff sign in with their username, password and authenticator app, not "
    "with a council account."
)


def email_from(claims: dict) -> str:
    # Entra ID gives the address as `email` only when the account has one; `preferred_username` is the UPN.
    return (claims.get("email") or claims.get("preferred_username") or "").strip()


def is_guid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def identity(payload: dict) -> tuple[str, str]:
    """(issuer, subject): the account's fixed identity, from the verified ID token; refused if the token is
    not the configured provider's, for this site."""
    audience = payload.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if settings.OIDC_RP_CLIENT_ID not in audiences:
        raise SuspiciousOperation("The ID token is not for this site.")
    tenant = getattr(settings, "OIDC_ENTRA_TENANT_ID", "")
    if tenant:
        tid, oid = str(payload.get("tid") or ""), str(payload.get("oid") or "")
        if not tid or not oid:
            raise SuspiciousOperation("The ID token has no tenant (tid) or object id (oid).")
        if is_guid(tenant) and tid.lower() != tenant.lower():
            raise SuspiciousOperation(f"The ID token is of another tenant ({tid}).")
        if payload.get("iss") != f"{ENTRA}/{tid}/v2.0":
            raise SuspiciousOperation("The ID token's issuer is not the tenant's.")
        return f"entra:{tid.lower()}", oid.lower()
    issuer, subject = str(payload.get("iss") or ""), str(payload.get("sub") or "")
    if not issuer or not subject:
        raise SuspiciousOperation("The ID token has no issuer (iss) or subject (sub).")
    expected = getattr(settings, "OIDC_OP_ISSUER", "")
    if expected and issuer != expected:
        raise SuspiciousOperation(f"The ID token's issuer is {issuer}, not {expected}.")
    return issuer, subject


def is_privileged(user) -> bool:
    return (
        user.is_staff
        or user.is_superuser
        or user.groups.filter(name=roles.DEMOCRATIC_SERVICES).exists()
        or user.user_permissions.exists()
    )


class CouncilOIDCBackend(OIDCAuthenticationBackend):
    def get_or_create_user(self, access_token, id_token, payload):
        issuer, subject = identity(payload)
        account = CouncilAccount.objects.select_related("user").filter(issuer=issuer, subject=subject).first()
        if account is not None:
            return account.user
        claims = {**self.get_userinfo(access_token, id_token, payload), **payload}
        if not self.verify_claims(claims):
            raise SuspiciousOperation("The council account has no email address.")
        user = self.user_to_link(claims)
        try:
            with transaction.atomic():
                CouncilAccount.objects.create(user=user, issuer=issuer, subject=subject)
        except IntegrityError as error:  # the same account, signing in twice at once
            raise SuspiciousOperation("The council account was linked meanwhile.") from error
        logger.info("Linked the council account %s of %s to the sign-in %s.", subject, issuer, user.pk)
        return user

    def verify_claims(self, claims):
        return "@" in email_from(claims)

    def user_to_link(self, claims):
        """The sign-in a council account seen for the first time is linked to: the one with its address,
        if that is not privileged and has no council account, or a new one."""
        email = email_from(claims)
        users = list(self.UserModel.objects.filter(email__iexact=email)[:2])
        if len(users) > 1:
            raise SuspiciousOperation(f"Several sign-ins have the address {email}.")
        if not users:
            return self.create_user(claims)
        user = users[0]
        if is_privileged(user):
            messages.error(self.request, REFUSED_PRIVILEGED)
            raise SuspiciousOperation(
                f"Refused to link a council account to the privileged sign-in {user.pk}."
            )
        if CouncilAccount.objects.filter(user=user).exists():
            raise SuspiciousOperation(f"The sign-in {user.pk} is linked to another council account.")
        roles.link_person_by_email(user)
        return user

    def create_user(self, claims):
        email = email_from(claims)
        user = self.UserModel.objects.create_user(
            self.get_username(claims),
            email=email,
            first_name=claims.get("given_name", ""),
            last_name=claims.get("family_name", ""),
        )
        roles.link_person_by_email(user)
        return user
