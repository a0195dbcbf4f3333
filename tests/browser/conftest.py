"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every test here is marked `browser` (deselect with `-m "not browser"` where Chromium is missing) and runs
with a transactional database, because the live server's thread cannot see a test's open transaction.
Pages are opened relative to the live server: `page.goto("/resolutions/")`.
"""

import os

import pytest

# Playwright's sync API runs an asyncio loop; Django must allow database work from it (set before Django
# touches the database, so at import time).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
BROWSER_DIR = os.path.dirname(__file__)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark every test in this folder, before `-m` deselection and pytest-django's reordering see them."""
    for item in items:
        if str(item.path).startswith(BROWSER_DIR + os.sep):
            item.add_marker(pytest.mark.browser)
            if item.get_closest_marker("django_db") is None:
                item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, live_server):
    """Relative URLs go to the live server."""
    return {**browser_context_args, "base_url": live_server.url}


# Every page reports what its Content Security Policy blocked, with where and what, to the console.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked `
    + `${event.blockedURI || "inline code"} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`
    + (event.sample ? ` (${event.sample})` : ""));
});
"""


def watch(context, problems: list) -> None:
    """Note in `problems` each JavaScript error, missing static file, or anything the Content Security Policy
    blocked, in the pages of a browser context."""

    def note_csp_violation(message):
        # Chromium's own words on what it blocked, and ours with the details (REPORT_CSP_VIOLATIONS).
        if "Content Security Policy" in message.text:
            where = message.location.get("url")
            problems.append(f"{message.text} (at {where})" if where else message.text)

    context.add_init_script(REPORT_CSP_VIOLATIONS)
    context.on("console", note_csp_violation)
    context.on("weberror", lambda error: problems.append(f"JavaScript error: {error.error}"))
    context.on(
        "response",
        lambda response: (
            problems.append(f"HTTP {response.status} for {response.url}")
            if response.status >= 400 and "/static/" in response.url
            else None
        ),
    )


def in_flight(context) -> set:
    """The requests a browser context has sent and not yet had answered (or seen fail)."""
    waiting = set()
    context.on("request", lambda request: waiting.add(request))
    context.on("requestfinished", lambda request: waiting.discard(request))
    context.on("requestfailed", lambda request: waiting.discard(request))
    return waiting


def let_requests_finish(page, waiting: set, *, seconds: float = 10) -> None:
    """Wait for the requests still on their way (an autocomplete's search, a progress poll): the live server
    answers each in a transaction, which must not be holding its locks when the test's database is emptied
    (PostgreSQL would find a deadlock with the TRUNCATE)."""
    for _ in range(int(seconds * 50)):
        if not waiting:
            return
        page.wait_for_timeout(20)


def let_reports_arrive(page) -> None:
    """A violation is reported in a task of its own: let the tasks the page has queued run first."""
    page.evaluate("() => new Promise(resolve => setTimeout(resolve))")


@pytest.fixture
def watched_context(new_context):
    """Opens browser contexts (one per person at the keyboard) that fail the test on a JavaScript error, a
    missing static file, or anything the Content Security Policy blocked."""
    problems = []
    contexts = []

    def open_context():
        context = new_context()
        watch(context, problems)
        contexts.append((context, in_flight(context)))
        return context

    yield open_context
    for context, waiting in contexts:
        for page in context.pages:
            let_reports_arrive(page)
            let_requests_finish(page, waiting)
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture
def other_browser(watched_context):
    """Opens a page in a browser context of its own: another person's browser."""
    return lambda: watched_context().new_page()


@pytest.fixture
def context(watched_context):
    """The browser context of the `page` fixture: a watched one."""
    return watched_context()


@pytest.fixture
def screenshot_dir():
    path = os.environ.get("BROWSER_SHOTS", "/tmp/browser-shots")
    os.makedirs(path, exist_ok=True)
    return path
