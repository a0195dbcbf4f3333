"""Locked out after too many wrong passwords, in the browser: the page says so plainly, meets WCAG 2.2 AA,
and the right password is refused until the lock-out ends."""

from django.urls import reverse
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_accessible
from tests.browser.steps import PASSWORD
from tests.factories import UserFactory


def try_to_sign_in(page: Page, username: str, password: str) -> None:
    page.goto(reverse("sign-in"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()


def test_five_wrong_passwords_lock_the_username_out_with_a_clear_page(page: Page, settings):
    settings.AXES_FAILURE_LIMIT = 5
    user = UserFactory(username="councillor.fryer")
    for _ in range(4):
        try_to_sign_in(page, user.username, "wrong password")
        expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a correct username and password")
    try_to_sign_in(page, user.username, "wrong password")
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot sign in for now")
    expect(page.get_by_role("main")).to_contain_text("You can try again after")
    expect(page.get_by_role("link", name="democratic.services@example.gov.uk")).to_be_visible()
    assert_accessible(page)

    try_to_sign_in(page, user.username, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot sign in for now")
