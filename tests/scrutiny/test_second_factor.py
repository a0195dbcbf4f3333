"""The second factor (scrutiny/second_factor.py, django-otp): anyone signed in adds an authenticator app;
whoever has one gives its code after the password, however they signed in, before any page; with
DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR, Democratic Services must set one up before anything else."""

import re
from binascii import unhexlify
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from scrutiny import second_factor
from tests.factories import CommitteeFactory, DemocraticServicesUserFactory, MemberUserFactory, UserFactory
from tests.responses import text_of

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
CODE_PAGE, SETUP_PAGE = reverse("second-factor-code"), reverse("second-factor-setup")
REQUEST_TRANSACTION = 2
SESSION_AND_USER = 2


def code_for(key: str, *, steps_ago: int = 0) -> str:
    totp = TOTP(unhexlify(key), step=30, t0=0, digits=6)
    totp.time -= steps_ago * 30
    return f"{totp.token():06d}"


def with_app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def sign_in(client, user, path=None):
    return client.post(path or reverse("sign-in"), {"username": user.username, "password": PASSWORD})


def sent_to(response) -> str:
    assert response.status_code == 302, response.status_code
    return response.url


# --- setting an app up ------------------------------------------------------------------------------------


def test_a_signed_in_user_sets_up_an_app_by_scanning_and_typing_its_code(client):
    user = MemberUserFactory(committee=CommitteeFactory())
    client.force_login(user)
    page = text_of(client.get(SETUP_PAGE))
    assert 'src="data:image/svg+xml' in page  # the QR code, an image the site's policy allows
    key = client.session["second_factor_key"]
    assert re.sub(r"\s", "", second_factor.key_in_words(key)) in re.sub(r"\s", "", page)
    assert not TOTPDevice.objects.exists()  # nothing saved until the app shows it works

    wrong = client.post(SETUP_PAGE, {"code": "000000" if code_for(key) != "000000" else "111111"})
    assert "Enter the code your authenticator app shows now" in text_of(wrong)
    assert not TOTPDevice.objects.exists()

    response = client.post(SETUP_PAGE, {"code": code_for(key)})
    assert sent_to(response) == reverse("my-home")
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed and device.key == key
    # This session gave the code: it goes on, and the next sign-in asks for one.
    assert client.get(reverse("my-home")).status_code == 200
    fresh = Client()
    assert sent_to(sign_in(fresh, user)) == reverse("my-home")
    assert sent_to(fresh.get(reverse("my-home"))).startswith(CODE_PAGE)


def test_the_app_key_is_offered_in_the_otpauth_form_the_apps_read(client):
    user = UserFactory(username="jane.moore")
    key = second_factor.new_key()
    url = TOTPDevice(user=user, key=key).config_url
    assert url.startswith("otpauth://totp/" + quote("Leicestershire County Council committees:jane.moore"))
    assert second_factor.qr_code(user, key).startswith("data:image/svg+xml")


def test_a_code_with_spaces_is_read_and_letters_are_refused(client):
    client.force_login(UserFactory())
    client.get(SETUP_PAGE)
    key = client.session["second_factor_key"]
    assert "Enter the 6 numbers the app shows, like 123456" in text_of(
        client.post(SETUP_PAGE, {"code": "12a456"})
    )
    code = code_for(key)
    assert client.post(SETUP_PAGE, {"code": f"{code[:3]} {code[3:]}"}).status_code == 302


# --- signing in with one --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [reverse("sign-in"), reverse("admin:login")])
def test_after_the_password_every_page_asks_for_the_code_first(client, path):
    user = DemocraticServicesUserFactory()
    device = with_app(user)
    sign_in(client, user, path)
    for page in (reverse("my-home"), reverse("admin:index"), reverse("action-list"), SETUP_PAGE):
        assert sent_to(client.get(page)) == f"{CODE_PAGE}?next={quote(page, safe='')}", page
    response = client.post(CODE_PAGE, {"code": code_for(device.key), "next": reverse("admin:index")})
    assert sent_to(response) == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200


def test_any_way_of_signing_in_owes_the_code(client):
    """As the council's accounts (OpenID Connect) sign in: Django's login(), whatever calls it."""
    user = MemberUserFactory(committee=CommitteeFactory())
    with_app(user)
    client.force_login(user)
    assert sent_to(client.get(reverse("my-home"))).startswith(CODE_PAGE)
    page = client.get(CODE_PAGE)
    assert page.status_code == 200 and "Enter the code from your authenticator app" in text_of(page)


def test_a_wrong_code_is_refused_and_counted(client):
    user = UserFactory()
    device = with_app(user)
    sign_in(client, user)
    page = text_of(client.post(CODE_PAGE, {"code": "000000" if code_for(device.key) != "000000" else "1"}))
    assert "Enter the code your authenticator app shows now. It changes every 30 seconds." in page
    assert "<title>Error:" in page
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert sent_to(client.get(reverse("my-home"))).startswith(CODE_PAGE)


def test_after_wrong_codes_even_the_right_one_waits(client):
    user = UserFactory()
    device = with_app(user)
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=10, throttling_failure_timestamp=device.created_at
    )
    sign_in(client, user)
    page = text_of(client.post(CODE_PAGE, {"code": code_for(device.key)}))
    assert "You have entered a wrong code too many times. Wait until" in page
    assert sent_to(client.get(reverse("my-home"))).startswith(CODE_PAGE)


def test_a_code_once_used_is_not_taken_again(client):
    user = UserFactory()
    device = with_app(user)
    code = code_for(device.key)
    sign_in(client, user)
    assert client.post(CODE_PAGE, {"code": code}).status_code == 302
    other = Client()
    sign_in(other, user)
    assert "Enter the code your authenticator app shows now" in text_of(other.post(CODE_PAGE, {"code": code}))


def test_the_code_page_sends_only_to_pages_of_this_site(client):
    user = UserFactory()
    device = with_app(user)
    sign_in(client, user)
    response = client.post(CODE_PAGE, {"code": code_for(device.key), "next": "https://elsewhere.example/"})
    assert sent_to(response) == reverse("my-home")


def test_signing_out_is_open_before_the_code(client):
    user = UserFactory()
    with_app(user)
    sign_in(client, user)
    assert sent_to(client.post(reverse("sign-out"))) == reverse("home")
    assert "_auth_user_id" not in client.session


def test_a_user_without_an_app_owes_nothing(client):
    user = UserFactory()
    sign_in(client, user)
    assert client.get(reverse("my-home")).status_code == 200
    assert sent_to(client.get(CODE_PAGE)) == reverse("my-home")


# --- required for Democratic Services -------------------------------------------------------------------


@pytest.fixture
def required(settings):
    settings.DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR = True


def test_democratic_services_set_up_an_app_before_anything_else(client, required):
    staff = DemocraticServicesUserFactory()
    sign_in(client, staff)
    for page in (reverse("admin:index"), reverse("home"), reverse("my-home")):
        assert sent_to(client.get(page)) == f"{SETUP_PAGE}?next={quote(page, safe='')}", page
    setup = text_of(client.get(SETUP_PAGE))
    assert "Democratic Services must sign in with a code from an authenticator app" in setup
    key = client.session["second_factor_key"]
    assert sent_to(
        client.post(SETUP_PAGE, {"code": code_for(key), "next": reverse("admin:index")})
    ) == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200


def test_others_are_not_made_to(client, required):
    member = MemberUserFactory(committee=CommitteeFactory())
    sign_in(client, member)
    assert client.get(reverse("my-home")).status_code == 200


def test_with_the_setting_off_democratic_services_are_not_made_to(client):
    sign_in(client, DemocraticServicesUserFactory())
    assert client.get(reverse("admin:index")).status_code == 200


def test_democratic_services_remove_a_lost_phones_app(client):
    staff, member = DemocraticServicesUserFactory(), MemberUserFactory(committee=CommitteeFactory())
    with_app(member)
    client.force_login(staff)
    response = client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "remove_second_factor", "_selected_action": [member.pk, staff.pk]},
        follow=True,
    )
    page = text_of(response)
    assert f"Removed the authenticator app of {member.username}" in page
    assert "You cannot do that to your own sign-in: ask a colleague." in page
    assert not TOTPDevice.objects.filter(user=member).exists()
    theirs = Client()
    sign_in(theirs, member)
    assert theirs.get(reverse("my-home")).status_code == 200


def test_nobody_reads_a_secret_key_in_the_admin(client):
    client.force_login(DemocraticServicesUserFactory())
    device = with_app(MemberUserFactory(committee=CommitteeFactory()))
    assert client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk])).status_code == 403
    assert device.key not in text_of(client.get(reverse("admin:auth_user_change", args=[device.user_id])))


# --- what the pages cost ------------------------------------------------------------------------------------


def test_the_setup_page_queries_a_fixed_number(client, django_assert_max_num_queries):
    client.force_login(UserFactory())
    client.get(SETUP_PAGE)
    # the session, the user, whether they have an app (the key made the first time is kept in the session)
    with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER + 1):
        assert client.get(SETUP_PAGE).status_code == 200


def test_the_code_page_queries_a_fixed_number(client, django_assert_max_num_queries):
    user = UserFactory()
    with_app(user)
    client.force_login(user)
    # the session, the user, their devices (twice: what is owed, and the page), the session saved
    with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER + 4):
        assert client.get(CODE_PAGE).status_code == 200


def test_pages_cost_nothing_more_for_someone_without_an_app(client, django_assert_max_num_queries):
    client.force_login(UserFactory())
    client.get(reverse("home"))
    with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER + 3) as home:
        client.get(reverse("home"))
    # The home page's own queries, and reading the session and the user: nothing for the second factor.
    assert not [query for query in home.captured_queries if "otp_" in query["sql"]]
