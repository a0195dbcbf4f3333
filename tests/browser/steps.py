"""Steps the browser tests share: signing in, reaching a control by keyboard, and checking a GOV.UK error
summary."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

PASSWORD = "correct horse battery staple"  # every UserFactory user's


def sign_in(page: Page, username: str, password: str = PASSWORD) -> None:
    page.goto(reverse("sign-in"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your page")


def assert_error_summary(page: Page, *messages: str) -> None:
    """The GOV.UK error summary lists the errors, each linking to its field, takes the focus, and the title
    says there is an error."""
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("There is a problem")
    links = summary.get_by_role("link")
    expect(links).to_have_text(list(messages))
    broken = links.evaluate_all(
        "links => links.map(l => l.getAttribute('href')).filter(h => !document.getElementById(h.slice(1)))"
    )
    assert not broken, f"error summary links to nothing on the page: {broken}"
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Error: "))


def tab_to(page: Page, locator, presses: int = 80) -> None:
    """Press Tab until `locator` has the focus (as a keyboard user reaches it), failing after `presses`."""
    page.locator("body").focus()
    for _ in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("e => e === document.activeElement"):
            return
    pytest.fail(f"{presses} presses of Tab never reached {locator}")


def choose_files_by_keyboard(page: Page, files) -> None:
    """With the focus on a file input, open its chooser from the keyboard and pick `files`. Headless
    Chromium now and then lets a key press pass without opening the chooser (it has just closed another):
    the key is pressed again, Enter after Space, as a person would."""
    for key in ("Space", "Enter", "Space"):
        try:
            with page.expect_file_chooser(timeout=5_000) as chooser:
                page.keyboard.press(key)
        except PlaywrightTimeoutError:
            continue
        chooser.value.set_files(files)
        return
    raise AssertionError("The file input's chooser did not open from the keyboard.")
