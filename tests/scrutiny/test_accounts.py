"""Sign-ins: Democratic Services invite people by email and look after their sign-ins in the admin, within
limits (scrutiny/accounts.py, scrutiny/user_admin.py); everyone changes their own password, and anyone resets
a forgotten one by email (Django's views in the site's design, rate-limited like the public forms)."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from scrutiny import accounts, roles
from tests.factories import (
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MemberUserFactory,
    OfficerFactory,
    PersonFactory,
    UserFactory,
)
from tests.responses import text_of

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # every UserFactory user's
NEW_PASSWORD = "a kettle of larkspur 42"
USERS = reverse("admin:auth_user_changelist")
INVITE = reverse("admin:auth_user_invite")
LINK = re.compile(r"https?://[^/\s]+(/password-reset/[^/\s]+/[^/\s]+/)")
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
SESSION_AND_USER = 2


@pytest.fixture
def staff(client):
    """A member of Democratic Services, signed in."""
    user = DemocraticServicesUserFactory(username="ds.officer")
    client.force_login(user)
    return user


@pytest.fixture
def emailed(django_capture_on_commit_callbacks):
    """Lets the emails queued by what is done inside go (the tests' transaction never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def set_password_from(client, path: str, password: str = NEW_PASSWORD):
    """Open the emailed link (Django moves its token into the session, out of the address) and choose."""
    page = client.get(path, follow=True)
    assert "Choose your password" in text_of(page), text_of(page)
    form_path = page.redirect_chain[-1][0]
    return client.post(form_path, {"new_password1": password, "new_password2": password})


def signs_in(username: str, password: str = NEW_PASSWORD) -> bool:
    response = Client().post(reverse("sign-in"), {"username": username, "password": password})
    return response.status_code == 302


# --- Democratic Services reach the sign-ins -------------------------------------------------------------


def test_democratic_services_see_the_sign_ins_in_the_admin(client, staff):
    member = MemberUserFactory(committee=CommitteeFactory())
    response = client.get(USERS)
    assert response.status_code == 200
    page = text_of(response)
    assert member.username in page and "Invite a person" in page


def test_democratic_services_hold_only_these_permissions_of_users():
    group = Group.objects.get(name=roles.DEMOCRATIC_SERVICES)
    auth = group.permissions.filter(content_type__app_label="auth")
    assert set(auth.values_list("codename", flat=True)) == {"view_user", "add_user", "change_user"}


# --- inviting ---------------------------------------------------------------------------------------------


def invite(client, emailed, **fields):
    with emailed():
        return client.post(INVITE, fields)


def test_an_invited_officer_sets_a_password_from_the_email_and_signs_in(client, staff, emailed):
    officer = OfficerFactory(name="Jane Moore", family_name="Moore", email="Jane.Moore@leics.gov.uk")
    response = invite(client, emailed, person=officer.pk, email="")
    user = User.objects.get(email="Jane.Moore@leics.gov.uk")
    assert response.status_code == 302 and response.url == reverse("admin:auth_user_change", args=[user.pk])
    officer.refresh_from_db()
    assert officer.user == user and user.username == "jane.moore@leics.gov.uk"
    assert list(user.groups.values_list("name", flat=True)) == [roles.OFFICER]
    assert not user.has_usable_password() and not user.is_staff and not user.is_superuser
    (message,) = mail.outbox
    assert message.to == ["Jane.Moore@leics.gov.uk"]
    assert message.subject == "Your sign-in to Leicestershire County Council's committee pages"
    assert "Dear Jane Moore" in message.body and "jane.moore@leics.gov.uk" in message.body
    assert "The link works once, for 3 days." in message.body

    visitor = Client()
    done = set_password_from(visitor, link_in(message))
    assert done.status_code == 302 and done.url == reverse("password-reset-complete")
    assert signs_in(user.username)
    # The link worked once.
    again = visitor.get(link_in(message), follow=True)
    assert "This link does not work" in text_of(again)


def test_a_member_of_democratic_services_is_invited_as_staff(client, staff, emailed):
    officer = OfficerFactory(email="clerk@leics.gov.uk")
    invite(client, emailed, person=officer.pk, email="", democratic_services="on")
    user = User.objects.get(email="clerk@leics.gov.uk")
    assert set(user.groups.values_list("name", flat=True)) == {roles.DEMOCRATIC_SERVICES, roles.OFFICER}
    assert user.is_staff and not user.is_superuser
    assert "as a member of Democratic Services" in mail.outbox[0].body


def test_a_councillor_is_invited_as_a_member_at_another_address(client, staff, emailed):
    councillor = PersonFactory(kind="councillor", email="")
    invite(client, emailed, person=councillor.pk, email="cllr.fryer@example.org")
    user = User.objects.get(email="cllr.fryer@example.org")
    assert list(user.groups.values_list("name", flat=True)) == [roles.MEMBER]
    assert mail.outbox[0].to == ["cllr.fryer@example.org"]


def test_the_invitation_link_runs_out(client, staff, emailed, monkeypatch):
    officer = OfficerFactory()
    invite(client, emailed, person=officer.pk, email="")
    later = timezone.now() + timedelta(days=3, minutes=1)
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: later.replace(tzinfo=None))
    page = Client().get(link_in(mail.outbox[0]), follow=True)
    assert "This link does not work" in text_of(page)


@pytest.mark.parametrize(
    "case, message",
    [
        ("no address", "has no email address on their record: enter one."),
        ("address taken", "A sign-in already uses taken@leics.gov.uk."),
        ("a guest", "Choose a person from the list."),
        ("already signs in", "Choose a person from the list."),
    ],
)
def test_an_invitation_that_cannot_be_is_refused_with_the_reason(client, staff, emailed, case, message):
    UserFactory(email="taken@leics.gov.uk")
    person = {
        "no address": lambda: OfficerFactory(email=""),
        "address taken": lambda: OfficerFactory(email="taken@leics.gov.uk"),
        "a guest": lambda: PersonFactory(kind="guest", email="guest@example.org"),
        "already signs in": lambda: OfficerFactory(user=UserFactory()),
    }[case]()
    users = User.objects.count()
    response = invite(client, emailed, person=person.pk, email="")
    assert response.status_code == 200
    assert message in text_of(response)
    assert User.objects.count() == users and not mail.outbox


def test_an_address_too_long_for_a_username_is_refused(client, staff, emailed):
    officer = OfficerFactory(email=f"{'a' * 150}@leics.gov.uk")
    response = invite(client, emailed, person=officer.pk, email="")
    assert "The address is the username, which can be 150 characters at most." in text_of(response)
    assert not User.objects.filter(email=officer.email).exists()


def test_the_workflow_refuses_a_person_who_signs_in_already():
    officer = OfficerFactory(user=UserFactory())
    with pytest.raises(ValidationError, match="already has a sign-in"):
        accounts.invite(person=officer, email="new@leics.gov.uk", democratic_services=False, by=None)


def test_only_those_who_may_add_users_invite(client):
    client.force_login(MemberUserFactory(committee=CommitteeFactory(), is_staff=True))
    assert client.get(INVITE).status_code == 403


def test_the_invitation_page_lists_only_people_without_a_sign_in(client, staff):
    free, signed_in = OfficerFactory(name="Alex Free"), OfficerFactory(name="Alex Taken", user=UserFactory())
    PersonFactory(kind="guest", name="Mr. G. Guest")
    page = text_of(client.get(INVITE))
    assert "Alex Free, Officer, Director of Children and Family Services" in page
    assert signed_in.name not in page and "Mr. G. Guest" not in page
    assert f'<option value="{free.pk}" selected>' in text_of(client.get(INVITE, {"person": free.pk}))


def test_the_person_page_links_to_the_invitation(client, staff):
    officer = OfficerFactory()
    page = text_of(client.get(reverse("admin:scrutiny_person_change", args=[officer.pk])))
    assert f'href="{INVITE}?person={officer.pk}"' in page


def test_the_invitation_page_queries_do_not_grow(client, staff, django_assert_max_num_queries):
    OfficerFactory()
    # the session, the user and their permissions; the people to choose from
    with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER + 3) as first:
        client.get(INVITE)
    OfficerFactory.create_batch(10)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(INVITE)


def test_the_list_of_sign_ins_queries_do_not_grow(client, staff, django_assert_max_num_queries):
    MemberUserFactory(committee=CommitteeFactory())
    client.get(USERS)
    with django_assert_max_num_queries(100) as first:
        client.get(USERS)
    for _ in range(5):
        MemberUserFactory(committee=CommitteeFactory())
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(USERS)


# --- what Democratic Services may not do ----------------------------------------------------------------


def test_superusers_are_not_theirs_to_see_or_change(client, staff):
    boss = User.objects.create_superuser("it.admin", "it@leics.gov.uk", PASSWORD)
    assert "it.admin" not in text_of(client.get(USERS))
    response = client.get(reverse("admin:auth_user_change", args=[boss.pk]))
    assert response.status_code == 302  # "does not exist": to the admin's front page
    client.post(reverse("admin:auth_user_change", args=[boss.pk]), {"username": "mine", "is_active": ""})
    boss.refresh_from_db()
    assert boss.username == "it.admin" and boss.is_active


def change(client, user, **fields):
    form = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
        **fields,
    }
    return client.post(reverse("admin:auth_user_change", args=[user.pk]), form)


def test_they_give_roles_but_never_superuser_nor_a_permission(client, staff):
    member = MemberUserFactory(committee=CommitteeFactory())
    page = text_of(client.get(reverse("admin:auth_user_change", args=[member.pk])))
    for field in ("is_superuser", "user_permissions", "is_staff", 'name="password'):
        assert field not in page, field
    permission = Permission.objects.get(codename="delete_user")
    ds = Group.objects.get(name=roles.DEMOCRATIC_SERVICES)
    response = change(
        client, member, is_superuser="on", is_staff="on", user_permissions=[permission.pk], groups=[ds.pk]
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_superuser and not member.user_permissions.exists()
    # The role makes them staff, and taking it away takes the admin away.
    assert member.is_staff and list(member.groups.values_list("name", flat=True)) == [
        roles.DEMOCRATIC_SERVICES
    ]
    change(client, member, groups=[Group.objects.get(name=roles.MEMBER).pk])
    member.refresh_from_db()
    assert not member.is_staff


def test_only_the_roles_are_groups_they_give(client, staff):
    member = MemberUserFactory(committee=CommitteeFactory())
    auditors = Group.objects.create(name="Auditors")
    auditors.permissions.add(Permission.objects.get(codename="delete_user"))
    response = change(client, member, groups=[auditors.pk])
    assert response.status_code == 200
    assert "Select a valid choice" in text_of(response)
    assert not member.groups.filter(name="Auditors").exists()


def test_they_cannot_change_their_own_roles_nor_deactivate_themselves(client, staff):
    response = change(client, staff, groups=[], is_active="")
    assert response.status_code == 302
    staff.refresh_from_db()
    assert staff.is_active and staff.groups.filter(name=roles.DEMOCRATIC_SERVICES).exists()


def test_they_never_set_or_read_a_password(client, staff):
    member = MemberUserFactory(committee=CommitteeFactory())
    assert client.get(reverse("admin:auth_user_password_change", args=[member.pk])).status_code == 403
    assert client.get(reverse("admin:auth_user_add")).status_code == 403
    assert member.password not in text_of(client.get(reverse("admin:auth_user_change", args=[member.pk])))


def test_a_superuser_still_has_djangos_own_form(client):
    client.force_login(User.objects.create_superuser("it.admin", "it@leics.gov.uk", PASSWORD))
    member = MemberUserFactory(committee=CommitteeFactory())
    assert "is_superuser" in text_of(client.get(reverse("admin:auth_user_change", args=[member.pk])))
    assert client.get(reverse("admin:auth_user_add")).status_code == 200


# --- the actions ------------------------------------------------------------------------------------------


def act(client, action, users, emailed=None):
    form = {"action": action, "_selected_action": [user.pk for user in users]}
    if emailed is None:
        return client.post(USERS, form, follow=True)
    with emailed():
        return client.post(USERS, form, follow=True)


def test_deactivating_a_sign_in_ends_it_everywhere(client, staff):
    member = MemberUserFactory(committee=CommitteeFactory())
    theirs = Client()
    theirs.force_login(member)
    assert theirs.get(reverse("my-home")).status_code == 200
    page = text_of(act(client, "deactivate", [member]))
    assert f"Deactivated: {member.username} can no longer sign in." in page
    member.refresh_from_db()
    assert not member.is_active
    assert theirs.get(reverse("my-home")).status_code == 302  # signed out
    assert not signs_in(member.username, PASSWORD)


def test_they_cannot_deactivate_themselves_or_a_superuser(client, staff):
    page = text_of(act(client, "deactivate", [staff]))
    assert "You cannot do that to your own sign-in: ask a colleague." in page
    staff.refresh_from_db()
    assert staff.is_active
    boss = User.objects.create_superuser("it.admin", "it@leics.gov.uk", PASSWORD)
    with pytest.raises(ValidationError, match="superuser"):
        accounts.deactivate(user=boss, by=staff)


def test_a_link_to_set_a_new_password_is_sent(client, staff, emailed):
    member = MemberUserFactory(committee=CommitteeFactory())
    invited = User.objects.create_user("invited@leics.gov.uk", email="invited@leics.gov.uk")  # never set one
    page = text_of(act(client, "send_password_links", [member, invited], emailed))
    assert f"The link to set a new password is on its way to {member.email}." in page
    assert "The invitation is on its way to invited@leics.gov.uk." in page
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        member.email: "Reset your password for Leicestershire County Council's committee pages",
        "invited@leics.gov.uk": "Your sign-in to Leicestershire County Council's committee pages",
    }
    reset = next(message for message in mail.outbox if message.to == [member.email])
    set_password_from(Client(), link_in(reset))
    assert signs_in(member.username) and not signs_in(member.username, PASSWORD)


def test_no_link_goes_to_a_deactivated_sign_in(client, staff, emailed):
    member = MemberUserFactory(committee=CommitteeFactory(), is_active=False)
    page = text_of(act(client, "send_password_links", [member], emailed))
    assert "is deactivated: activate the sign-in first." in page
    assert not mail.outbox


# --- everyone's own password ----------------------------------------------------------------------------


def test_a_signed_in_user_changes_their_password(client):
    user = UserFactory()
    client.force_login(user)
    path = reverse("password-change")
    wrong = client.post(
        path, {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert "Your current password is not right: enter it again" in text_of(wrong)
    assert "<title>Error:" in text_of(wrong)
    response = client.post(
        path, {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302 and response.url == reverse("password-change-done")
    assert client.get(reverse("my-home")).status_code == 200  # still signed in
    assert signs_in(user.username)


def test_a_weak_or_mistyped_password_is_refused_with_the_reason(client):
    client.force_login(UserFactory(username="councillor.fryer"))
    path = reverse("password-change")
    page = text_of(
        client.post(path, {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "1"})
    )
    assert "The two passwords are not the same: type the new password twice" in page
    page = text_of(
        client.post(
            path, {"old_password": PASSWORD, "new_password1": "password", "new_password2": "password"}
        )
    )
    assert "This password is too common." in page
    page = text_of(client.post(path, {}))
    assert "Enter your current password" in page and "Enter a new password" in page


def test_anyone_resets_a_forgotten_password_by_email(client, emailed):
    user = UserFactory(email="Jane.Moore@leics.gov.uk")
    with emailed():
        response = client.post(reverse("password-reset"), {"email": "jane.moore@LEICS.gov.uk"})
    assert response.status_code == 302 and response.url == reverse("password-reset-done")
    (message,) = mail.outbox
    assert message.to == ["Jane.Moore@leics.gov.uk"]
    assert message.subject == "Reset your password for Leicestershire County Council's committee pages"
    set_password_from(Client(), link_in(message))
    assert signs_in(user.username)


def test_an_unknown_address_is_told_the_same_and_sent_nothing(client, emailed):
    UserFactory(email="known@leics.gov.uk")
    User.objects.create_user("invited", email="invited@leics.gov.uk")  # never set a password
    for address in ("nobody@leics.gov.uk", "invited@leics.gov.uk"):
        with emailed():
            response = client.post(reverse("password-reset"), {"email": address}, follow=True)
        assert "If the address you gave belongs to a sign-in" in text_of(response)
    assert not mail.outbox


def test_asking_for_resets_is_rate_limited_per_address(client, settings, emailed):
    settings.PASSWORD_RESET_RATE_LIMIT = "2/h"
    UserFactory(email="jane@leics.gov.uk")
    for _ in range(2):
        with emailed():
            assert client.post(reverse("password-reset"), {"email": "jane@leics.gov.uk"}).status_code == 302
    with emailed():
        refused = client.post(reverse("password-reset"), {"email": "jane@leics.gov.uk"})
    assert refused.status_code == 429 and refused["Retry-After"] == "3600"
    assert "Too many requests to reset a password" in text_of(refused)
    assert len(mail.outbox) == 2
    assert (
        Client(REMOTE_ADDR="198.51.100.20").post(reverse("password-reset"), {"email": "x@y.uk"}).status_code
        == 302
    )


def test_a_bad_address_gets_a_clear_message(client):
    page = text_of(client.post(reverse("password-reset"), {"email": "not an address"}))
    assert "Enter an email address in the correct format, like name@example.gov.uk" in page
    assert "Enter your email address" in text_of(client.post(reverse("password-reset"), {}))


def test_the_sign_in_page_offers_a_reset(client):
    assert f'href="{reverse("password-reset")}"' in text_of(client.get(reverse("sign-in")))


@pytest.mark.parametrize("name", ["password-reset", "password-reset-done", "password-reset-complete"])
def test_the_public_password_pages_query_nothing_but_the_transaction(
    client, name, django_assert_max_num_queries
):
    with django_assert_max_num_queries(REQUEST_TRANSACTION):
        assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", ["password-change", "password-change-done"])
def test_the_password_pages_of_the_signed_in_query_only_who_they_are(
    client, name, django_assert_max_num_queries
):
    client.force_login(UserFactory())
    with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER):
        assert client.get(reverse(name)).status_code == 200


def test_the_set_password_page_queries_a_fixed_number(client, emailed, django_assert_max_num_queries):
    user = UserFactory()
    with emailed():
        accounts.send_password_link(user=user)
    page = client.get(link_in(mail.outbox[0]))
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # the session, the user
        assert "Choose your password" in text_of(client.get(page.url))
