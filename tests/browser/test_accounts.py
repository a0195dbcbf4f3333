"""Sign-ins in the browser: Democratic Services invite an officer in the admin; the officer chooses a password
from the email, signs in, adds an authenticator app, and signs in again with its code; and anyone resets a
forgotten password. Every page of the site's own is checked against WCAG 2.2 AA, and fits a 320 and a 1366
pixel wide screen without scrolling sideways."""

import re
from base64 import b32decode
from binascii import unhexlify

import pytest
from django.core import mail
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_accessible
from tests.browser.steps import PASSWORD, assert_error_summary
from tests.factories import DemocraticServicesUserFactory, OfficerFactory, UserFactory

NEW_PASSWORD = "a kettle of larkspur 42"
WIDTHS = (320, 1366)
LINK = re.compile(r"https?://\S+/password-reset/\S+/\S+/")


@pytest.fixture(autouse=True)
def links_to_the_live_server(settings, live_server):
    settings.SITE_URL = live_server.url


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def assert_fits_and_accessible(page: Page) -> None:
    """No sideways scrolling at either width, and no axe violation at the narrow one."""
    original = page.viewport_size
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        scroll = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll <= width + 1, f"{page.url} is {scroll}px wide on a {width}px screen"
    assert_accessible(page)
    page.set_viewport_size(original)


def sign_in(page: Page, username: str, password: str) -> None:
    page.goto(reverse("sign-in"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()


def code_for(key: str) -> str:
    return f"{TOTP(unhexlify(key), step=30, t0=0, digits=6).token():06d}"


def test_an_invited_officer_signs_in_with_a_password_and_an_app(page: Page, other_browser):
    staff = DemocraticServicesUserFactory(username="ds.officer")
    officer = OfficerFactory(name="Jane Moore", family_name="Moore", email="jane.moore@leics.gov.uk")

    # Democratic Services invite her from the admin.
    sign_in(page, staff.username, PASSWORD)
    page.goto(reverse("admin:auth_user_changelist"))
    page.get_by_role("link", name="Invite a person").click()
    page.get_by_label("Person").select_option(str(officer.pk))
    page.get_by_role("button", name="Invite").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Jane Moore is invited: an email with a link to choose a password has gone to "
        "jane.moore@leics.gov.uk."
    )
    (message,) = mail.outbox
    link = LINK.search(message.body).group(0)

    # She chooses her password from the email.
    jane = other_browser()
    jane.goto(link)
    expect(heading(jane)).to_have_text("Choose your password")
    assert "/set-password/" in jane.url  # the token left the address before the page was shown
    jane.get_by_role("button", name="Save your password").click()
    assert_error_summary(jane, "Enter a new password", "Enter the new password again")
    assert_fits_and_accessible(jane)
    jane.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    jane.get_by_label("Type the new password again").fill(NEW_PASSWORD)
    jane.get_by_role("button", name="Save your password").click()
    expect(heading(jane)).to_have_text("Your password is saved")
    assert_fits_and_accessible(jane)

    # She signs in, and adds an authenticator app from her page.
    sign_in(jane, "jane.moore@leics.gov.uk", NEW_PASSWORD)
    expect(heading(jane)).to_have_text("Your page")
    jane.get_by_role("link", name="Sign in with a code from an authenticator app as well").click()
    expect(heading(jane)).to_have_text("Set up an authenticator app")
    expect(jane.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_fits_and_accessible(jane)
    jane.get_by_text("I cannot scan the QR code").click()
    key_words = jane.locator("code").inner_text()
    key = key_from_words(key_words)
    jane.get_by_label("Code from your authenticator app").fill(code_for(key))
    jane.get_by_role("button", name="Set up the app").click()
    expect(jane.locator(".govuk-notification-banner")).to_contain_text("Your authenticator app is set up.")
    assert TOTPDevice.objects.get(user__username="jane.moore@leics.gov.uk").confirmed

    # Next time, the code after the password.
    jane.get_by_role("button", name="Sign out").click()
    sign_in(jane, "jane.moore@leics.gov.uk", NEW_PASSWORD)
    expect(heading(jane)).to_have_text("Enter the code from your authenticator app")
    jane.get_by_role("button", name="Continue").click()
    assert_error_summary(jane, "Enter the code from your authenticator app")
    assert_fits_and_accessible(jane)
    TOTPDevice.objects.update(last_t=-1)  # the code used to set it up may come round again within 30 s
    jane.get_by_label("Code from your authenticator app").fill(code_for(key))
    jane.get_by_role("button", name="Continue").click()
    expect(heading(jane)).to_have_text("Your page")


def key_from_words(words: str) -> str:
    """The hex key django-otp keeps, from the base32 key the page shows to type."""
    text = "".join(words.split())
    return b32decode(text + "=" * (-len(text) % 8)).hex()


def test_a_forgotten_password_is_reset_by_email(page: Page):
    UserFactory(username="cllr.fryer", email="cllr.fryer@leics.gov.uk")
    sign_in(page, "cllr.fryer", "not it")
    page.get_by_role("link", name="Forgotten your password?").click()
    expect(heading(page)).to_have_text("Reset your password")
    page.get_by_label("Email address").fill("not an address")
    page.get_by_role("button", name="Send the link").click()
    assert_error_summary(page, "Enter an email address in the correct format, like name@example.gov.uk")
    assert_fits_and_accessible(page)
    page.get_by_label("Email address").fill("cllr.fryer@leics.gov.uk")
    page.get_by_role("button", name="Send the link").click()
    expect(heading(page)).to_have_text("Check your email")
    assert_fits_and_accessible(page)
    page.goto(LINK.search(mail.outbox[0].body).group(0))
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Type the new password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save your password").click()
    sign_in(page, "cllr.fryer", NEW_PASSWORD)
    expect(heading(page)).to_have_text("Your page")
    # A used link says so.
    page.goto(LINK.search(mail.outbox[0].body).group(0))
    expect(heading(page)).to_have_text("This link does not work")
    assert_fits_and_accessible(page)


def test_a_signed_in_user_changes_their_password(page: Page):
    UserFactory(username="officer")
    sign_in(page, "officer", PASSWORD)
    page.get_by_role("link", name="Change your password").click()
    expect(heading(page)).to_have_text("Change your password")
    page.get_by_role("button", name="Change your password").click()
    assert_error_summary(
        page, "Enter your current password", "Enter a new password", "Enter the new password again"
    )
    assert_fits_and_accessible(page)
    page.get_by_label("Your current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Type the new password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Change your password").click()
    expect(heading(page)).to_have_text("Your password is changed")
    assert_fits_and_accessible(page)


def test_democratic_services_are_sent_to_set_up_an_app_first(page: Page, settings):
    settings.DEMOCRATIC_SERVICES_REQUIRE_SECOND_FACTOR = True
    DemocraticServicesUserFactory(username="ds.officer")
    sign_in(page, "ds.officer", PASSWORD)
    expect(heading(page)).to_have_text("Set up an authenticator app")
    expect(page.locator(".govuk-warning-text")).to_contain_text(
        "Democratic Services must sign in with a code"
    )
    assert_fits_and_accessible(page)
    page.goto(reverse("admin:index"))
    expect(heading(page)).to_have_text("Set up an authenticator app")
