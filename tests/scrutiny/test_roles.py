"""Roles as groups, signing in and out, and the optional sign-in with the council's own accounts (OIDC)."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse

from scrutiny import access, roles
from scrutiny.settings.oidc import provider_settings
from tests.factories import (
    CommitteeFactory,
    MembershipFactory,
    MemberUserFactory,
    OfficerFactory,
    PersonFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_migrate_creates_the_role_groups_with_their_permissions():
    call_command("migrate", verbosity=0)  # the post-migrate step runs again and changes nothing
    democratic_services = Group.objects.get(name=roles.DEMOCRATIC_SERVICES)
    codenames = set(democratic_services.permissions.values_list("codename", flat=True))
    assert {
        "read_exempt",
        "review_action",
        "change_action",
        "change_minute",
        "view_recommendation",
        # Moderating what the public sends, the agenda packs, and removing a subscriber's alerts.
        "change_onlinepetition",
        "delete_signature",
        "view_agendapack",
        "delete_subscription",
    } <= codenames
    assert not Group.objects.get(name=roles.MEMBER).permissions.exists()
    assert not Group.objects.get(name=roles.OFFICER).permissions.exists()


def test_a_democratic_services_user_reads_every_exempt_paper():
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.DEMOCRATIC_SERVICES))
    user = User.objects.get(pk=user.pk)  # permissions are cached per user object
    assert access.can_read_exempt(user, CommitteeFactory())


def test_a_member_reads_exempt_papers_of_their_own_committees_only():
    own, other = CommitteeFactory(), CommitteeFactory()
    member = MemberUserFactory(committee=own)
    assert access.can_read_exempt(member, own)
    assert not access.can_read_exempt(member, other)


def test_a_past_membership_gives_no_entitlement():
    committee = CommitteeFactory()
    user = UserFactory()
    MembershipFactory(committee=committee, person=PersonFactory(user=user), end_date="2020-05-01")
    assert not access.can_read_exempt(user, committee)


@pytest.mark.parametrize(
    "kind, role", [("councillor", roles.MEMBER), ("co_opted", roles.MEMBER), ("officer", roles.OFFICER)]
)
def test_linking_a_person_gives_the_role_of_their_kind(kind, role):
    user, person = UserFactory(), PersonFactory(kind=kind)
    roles.link_person(user, person)
    person.refresh_from_db()
    assert person.user == user
    assert list(user.groups.values_list("name", flat=True)) == [role]


def test_linking_a_guest_gives_no_role():
    user = UserFactory()
    roles.link_person(user, PersonFactory(kind="guest"))
    assert not user.groups.exists()


def test_linking_by_email_needs_exactly_one_free_match():
    user = UserFactory(email="Jane.Moore@leics.gov.uk")
    OfficerFactory(email="jane.moore@leics.gov.uk")
    OfficerFactory(email="jane.moore@leics.gov.uk")
    roles.link_person_by_email(user)
    assert not hasattr(User.objects.get(pk=user.pk), "person")


# --- signing in and out -----------------------------------------------------------------------------------


def test_sign_in_takes_a_member_to_their_page(client):
    MemberUserFactory(username="councillor", committee=CommitteeFactory())
    response = client.post(
        reverse("sign-in"), {"username": "councillor", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302 and response.url == reverse("my-home")


def test_a_wrong_password_gets_a_clear_message(client):
    UserFactory(username="councillor")
    response = client.post(reverse("sign-in"), {"username": "councillor", "password": "wrong"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a correct username and password" in page
    assert "<title>Error:" in page


def test_empty_fields_get_a_message_each(client):
    page = client.post(reverse("sign-in"), {}).content.decode()
    assert "Enter your username" in page and "Enter your password" in page


def test_sign_in_returns_to_the_page_asked_for(client):
    UserFactory(username="officer")
    response = client.post(
        reverse("sign-in") + "?next=/actions/mine/",
        {"username": "officer", "password": "correct horse battery staple", "next": "/actions/mine/"},
    )
    assert response.url == "/actions/mine/"


def test_sign_out_is_a_post(client):
    client.force_login(UserFactory())
    assert client.get(reverse("sign-out")).status_code == 405
    response = client.post(reverse("sign-out"))
    assert response.status_code == 302 and response.url == reverse("home")
    assert client.get(reverse("my-home")).status_code == 302  # signed out: sent to sign in


def test_the_header_offers_sign_in_or_sign_out(client):
    assert "Sign in" in client.get(reverse("home")).content.decode()
    client.force_login(UserFactory())
    page = client.get(reverse("home")).content.decode()
    assert "Sign out" in page and "Your page" in page


# --- OpenID Connect ---------------------------------------------------------------------------------------


class FakeEnv:
    def __init__(self, **values):
        self.values = values

    def __call__(self, name, default=None):
        if name in self.values:
            return self.values[name]
        if default is None:
            raise KeyError(name)
        return default


def test_entra_endpoints_follow_from_the_tenant():
    config = provider_settings(FakeEnv(OIDC_ENTRA_TENANT_ID="council-tenant", OIDC_RP_CLIENT_SECRET="s"))
    assert config["OIDC_OP_AUTHORIZATION_ENDPOINT"] == (
        "https://login.microsoftonline.com/council-tenant/oauth2/v2.0/authorize"
    )
    assert config["OIDC_OP_JWKS_ENDPOINT"].endswith("/council-tenant/discovery/v2.0/keys")
    assert config["OIDC_RP_SIGN_ALGO"] == "RS256"


def test_a_provider_needs_its_client_secret():
    with pytest.raises(KeyError):
        provider_settings(FakeEnv(OIDC_ENTRA_TENANT_ID="council-tenant"))


def test_the_sign_in_page_offers_no_council_account_unless_configured(client):
    assert "Sign in with your council account" not in client.get(reverse("sign-in")).content.decode()
