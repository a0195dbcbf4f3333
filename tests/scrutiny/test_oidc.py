"""Signing in with the council's own accounts (OpenID Connect, scrutiny/oidc.py): an account of the provider
is linked to a sign-in once, then found only by the identifier the provider fixes for it (Entra ID's tenant
and object id; another provider's issuer and subject), never by an address or user name its holder could
change; a privileged sign-in (Democratic Services, staff, a superuser) is never reached by a claim; and only
the council's own tenant signs in."""

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.test import RequestFactory

from scrutiny import roles
from scrutiny.models import CouncilAccount
from scrutiny.oidc import REFUSED_PRIVILEGED, CouncilOIDCBackend
from scrutiny.settings.oidc import provider_settings
from tests.factories import DemocraticServicesUserFactory, OfficerFactory, UserFactory
from tests.scrutiny.test_roles import FakeEnv

pytestmark = pytest.mark.django_db

TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad"
ISSUER = f"https://login.microsoftonline.com/{TENANT}/v2.0"
JANE, MALLORY = "0f1e2d3c-aaaa-4bbb-8ccc-000000000001", "0f1e2d3c-aaaa-4bbb-8ccc-000000000002"


@pytest.fixture
def entra(settings):
    config = provider_settings(FakeEnv(OIDC_ENTRA_TENANT_ID=TENANT, OIDC_RP_CLIENT_SECRET="secret"))
    for name, value in {**config, "OIDC_RP_CLIENT_ID": "client-id"}.items():
        setattr(settings, name, value)
    return settings


def backend_answering(monkeypatch, userinfo=None) -> CouncilOIDCBackend:
    """The backend, as after the provider's token endpoint: the userinfo endpoint answers `userinfo`."""
    backend = CouncilOIDCBackend()
    monkeypatch.setattr(backend, "get_userinfo", lambda *args: dict(userinfo or {}))
    request = RequestFactory().get("/oidc/callback/")
    SessionMiddleware(lambda request: None).process_request(request)
    request._messages = FallbackStorage(request)
    backend.request = request
    return backend


def id_token(oid=JANE, **claims) -> dict:
    """A verified ID token's claims, as Entra ID gives them to the council's own registration."""
    return {"aud": "client-id", "iss": ISSUER, "tid": TENANT, "oid": oid, "sub": "pairwise-" + oid, **claims}


def sign_in(monkeypatch, payload, userinfo=None):
    return backend_answering(monkeypatch, userinfo).get_or_create_user("access", "id", payload)


def test_the_first_sign_in_links_the_officer_with_that_address(entra, monkeypatch):
    officer = OfficerFactory(email="Jane.Moore@leics.gov.uk")
    user = sign_in(monkeypatch, id_token(preferred_username="jane.moore@leics.gov.uk", given_name="Jane"))
    officer.refresh_from_db()
    assert officer.user == user and user.first_name == "Jane"
    assert user.groups.get().name == roles.OFFICER
    account = CouncilAccount.objects.get(user=user)
    assert (account.issuer, account.subject) == (f"entra:{TENANT}", JANE)


def test_later_sign_ins_find_the_account_by_its_object_id_whatever_its_address_says(entra, monkeypatch):
    jane = sign_in(monkeypatch, id_token(email="jane.moore@leics.gov.uk"))
    assert sign_in(monkeypatch, id_token(email="jane.smith@leics.gov.uk")) == jane
    # Another account of the tenant taking Jane's address is not Jane.
    other = sign_in(monkeypatch, id_token(MALLORY, email="mallory@leics.gov.uk"))
    User.objects.filter(pk=other.pk).update(email="mallory@leics.gov.uk")
    with pytest.raises(SuspiciousOperation, match="linked to another council account"):
        sign_in(
            monkeypatch, id_token("0f1e2d3c-aaaa-4bbb-8ccc-000000000003", email="jane.moore@leics.gov.uk")
        )
    assert sign_in(monkeypatch, id_token(MALLORY, email="jane.moore@leics.gov.uk")) == other


@pytest.mark.parametrize(
    "privileged",
    [
        lambda: DemocraticServicesUserFactory(email="clerk@leics.gov.uk"),
        lambda: UserFactory(email="clerk@leics.gov.uk", is_staff=True),
        lambda: User.objects.create_superuser("it", "clerk@leics.gov.uk", "x"),
        lambda: UserFactory(email="clerk@leics.gov.uk"),  # in the group, without the staff flag
    ],
    ids=["democratic-services", "staff", "superuser", "group"],
)
def test_a_claim_never_reaches_a_privileged_sign_in(entra, monkeypatch, privileged):
    user = privileged()
    if not (user.is_staff or user.is_superuser):
        user.groups.add(Group.objects.get(name=roles.DEMOCRATIC_SERVICES))
    backend = backend_answering(monkeypatch)
    with pytest.raises(SuspiciousOperation, match="privileged"):
        backend.get_or_create_user("access", "id", id_token(MALLORY, email="Clerk@leics.gov.uk"))
    assert not CouncilAccount.objects.exists()
    assert [str(message) for message in get_messages(backend.request)] == [REFUSED_PRIVILEGED]


def test_an_invited_member_is_linked_once_then_found_by_the_account(entra, monkeypatch):
    invited = UserFactory(email="cllr.fryer@leics.gov.uk")
    assert sign_in(monkeypatch, id_token(email="cllr.fryer@leics.gov.uk")) == invited
    assert CouncilAccount.objects.get().user == invited


def test_the_address_may_come_from_the_userinfo_endpoint(entra, monkeypatch):
    user = sign_in(monkeypatch, id_token(), userinfo={"email": "new.officer@leics.gov.uk"})
    assert user.email == "new.officer@leics.gov.uk"


def test_an_account_without_an_address_is_refused(entra, monkeypatch):
    with pytest.raises(SuspiciousOperation, match="no email address"):
        sign_in(monkeypatch, id_token())
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "token, reason",
    [
        (id_token(aud="another-site"), "not for this site"),
        (id_token(tid="72f988bf-86f1-41af-91ab-2d7cd011db47"), "another tenant"),
        (id_token(iss="https://login.microsoftonline.com/common/v2.0"), "issuer is not the tenant's"),
        ({**id_token(), "oid": ""}, "no tenant"),
    ],
    ids=["audience", "tenant", "issuer", "no-object-id"],
)
def test_a_token_not_of_the_councils_tenant_for_this_site_is_refused(entra, monkeypatch, token, reason):
    with pytest.raises(SuspiciousOperation, match=reason):
        sign_in(monkeypatch, {**token, "email": "jane@leics.gov.uk"})
    assert not User.objects.exists()


def test_a_refused_sign_in_signs_nobody_in(entra, monkeypatch):
    """mozilla-django-oidc's authenticate() reads a refusal (SuspiciousOperation) as no user."""
    entra.OIDC_AUTHENTICATION_CALLBACK_URL = "sign-in"  # its address is not routed without the settings
    DemocraticServicesUserFactory(email="clerk@leics.gov.uk")
    backend = backend_answering(monkeypatch)
    monkeypatch.setattr(backend, "get_token", lambda payload: {"id_token": "id", "access_token": "access"})
    monkeypatch.setattr(backend, "verify_token", lambda token, **kwargs: id_token(email="clerk@leics.gov.uk"))
    request = backend.request
    request.GET = {"code": "the code", "state": "the state"}
    assert backend.authenticate(request, nonce=None) is None


def test_another_provider_is_matched_by_issuer_and_subject(settings, monkeypatch):
    for name, value in {
        "OIDC_RP_CLIENT_ID": "client-id",
        "OIDC_OP_TOKEN_ENDPOINT": "https://id.example/token",
        "OIDC_OP_USER_ENDPOINT": "https://id.example/userinfo",
        "OIDC_OP_JWKS_ENDPOINT": "https://id.example/keys",
        "OIDC_RP_CLIENT_SECRET": "secret",
        "OIDC_RP_SIGN_ALGO": "RS256",
        "OIDC_ENTRA_TENANT_ID": "",
        "OIDC_OP_ISSUER": "https://id.example",
    }.items():
        setattr(settings, name, value)
    token = {
        "aud": ["client-id"],
        "iss": "https://id.example",
        "sub": "248289761001",
        "email": "a@leics.gov.uk",
    }
    user = sign_in(monkeypatch, token)
    assert (user.council_account.issuer, user.council_account.subject) == (
        "https://id.example",
        "248289761001",
    )
    assert sign_in(monkeypatch, {**token, "email": "b@leics.gov.uk"}) == user
    with pytest.raises(SuspiciousOperation, match="not https://id.example"):
        sign_in(monkeypatch, {**token, "iss": "https://evil.example"})


@pytest.mark.parametrize("tenant", ["common", "organizations", "consumers", "Common"])
def test_a_multi_tenant_authority_is_refused_at_start_up(tenant):
    with pytest.raises(ImproperlyConfigured, match="multi-tenant"):
        provider_settings(FakeEnv(OIDC_ENTRA_TENANT_ID=tenant, OIDC_RP_CLIENT_SECRET="s"))


def test_a_multi_tenant_endpoint_is_refused_at_start_up():
    endpoints = {
        f"OIDC_OP_{name}_ENDPOINT": f"https://login.microsoftonline.com/organizations/oauth2/v2.0/{name.lower()}"
        for name in ("AUTHORIZATION", "TOKEN", "USER", "JWKS")
    }
    with pytest.raises(ImproperlyConfigured, match="multi-tenant"):
        provider_settings(FakeEnv(OIDC_RP_CLIENT_SECRET="s", **endpoints))
