import os

import pytest

# Playwright's sync API runs an event loop; without this Django refuses database work in the browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.conf import settings as django_settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from hypothesis import settings  # noqa: E402

from scrutiny import keeping  # noqa: E402
from scrutiny.closure_days import CLOSURE_DAYS, from_setting  # noqa: E402
from tests.factories import DemocraticServicesUserFactory, keeping_in_step  # noqa: E402

# Hypothesis: `ci` (the default) tries the same examples on every run, so a run is repeatable and a failure
# is seen again; the bugs found so far are pinned with @example. `thorough`, run by hand
# (HYPOTHESIS_PROFILE=thorough make test), tries ten times as many new examples each time
# (tests.fuzzing.examples).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=1000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# A test marked with one of these has the factories keep these derived records in step (tests/factories/).
KEPT_IN_STEP_BY_MARK = {
    "search_index": {keeping.SEARCH_INDEX, keeping.PAPERS_TEXT},
    "agenda_packs": {keeping.AGENDA_PACKS, keeping.PAPERS_TEXT},
}


@pytest.fixture(autouse=True)
def derived_records_kept_in_step_when_asked(request):
    kinds = set().union(
        *(kinds for mark, kinds in KEPT_IN_STEP_BY_MARK.items() if request.node.get_closest_marker(mark))
    )
    if not kinds:
        yield
        return
    with keeping_in_step(*kinds):
        yield


@pytest.fixture(autouse=True)
def an_empty_cache():
    """The rate limits of the public forms and the open data API count in the cache, and the dashboard's
    lines and the API's counts are kept there: it outlives a test."""
    cache.clear()
    # The closure days kept as a running site keeps them once read: those the test database was made with
    # (migrations copy the setting in). A test that adds one changes them, and the kept ones, as a clerk does.
    CLOSURE_DAYS.get_or_build("all", lambda: frozenset(from_setting(django_settings.COUNCIL_CLOSURE_DAYS)))
    yield
    cache.clear()


@pytest.fixture
def democratic_services_user(db):
    return DemocraticServicesUserFactory(username="democratic.services")


@pytest.fixture
def closed_on(db):
    """`closed_on("2024-03-04", …)`: those days, and no others, are the council's closure days."""
    from datetime import date

    from scrutiny.models import ClosureDay

    def close(*days: str):
        ClosureDay.objects.all().delete()
        for day in days:
            ClosureDay.objects.create(date=date.fromisoformat(day), reason="Closed")

    return close


@pytest.fixture
def chasing_settings(settings):
    """What the chasing of actions and reports reads, pinned to the law's defaults so that an environment
    variable cannot move the expected dates; emails kept in memory."""
    settings.ACTION_REMINDER_WORKING_DAYS = 3
    settings.BANK_HOLIDAY_REGION = "ENG"
    settings.COUNCIL_CLOSURE_DAYS = []
    settings.SITE_URL = "https://committees.example.gov.uk"
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return settings
