"""Optional sign-in with the council's own accounts through OpenID Connect (mozilla-django-oidc).

Configured from the environment by scrutiny/settings/oidc.py (the README lists the variables). A user is
matched by email address; on first sign-in they are linked to the person with that address, which gives a
councillor or officer their role. Democratic Services are made so in the admin, never by a claim."""

from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from . import roles


def email_from(claims: dict) -> str:
    # Entra ID gives the address as `email` only when the account has one; `preferred_username` is the UPN.
    return (claims.get("email") or claims.get("preferred_username") or "").strip()


class CouncilOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims):
        return "@" in email_from(claims)

    def filter_users_by_claims(self, claims):
        return self.UserModel.objects.filter(email__iexact=email_from(claims))

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

    def update_user(self, user, claims):
        roles.link_person_by_email(user)
        return user
