"""Every page of the site on a phone (320 pixels wide) and on a laptop (1,366 pixels): the page never
scrolls sideways (a wide table scrolls inside its own box, its first column kept in view, or stacks on a
phone), and axe finds nothing against WCAG 2.2 AA.

The pages are the site's URL patterns: a page added without a visit here, or a reason not to visit it (a
download, a feed, a POST), fails test_every_page_is_visited_or_excluded. They are visited as each role sees
them: the public, a councillor, an officer, Democratic Services (the site and the admin they work in).

One world of data is committed for the module and read by every visit, then the database is emptied: the
permission matrix's world (a page of every kind), the demo committee from its real papers (the dashboard's
17 columns with the papers' 30 indicators, their actions arising), and long names, words and addresses.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from io import StringIO
from types import SimpleNamespace
from unittest.mock import patch

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.core.management import call_command
from django.db import connections, transaction
from django.urls import resolve, reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from feeds.models import Subscription
from indicators import workflow as indicator_workflow
from scrutiny.models import Committee
from tests.browser.axe import assert_styled, axe_violations, format_violations
from tests.browser.conftest import let_reports_arrive, watch
from tests.browser.steps import sign_in, tab_to
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    AttendanceFactory,
    ClosureDayFactory,
    CommitteeFactory,
    CommitteeTypeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    HeldMeetingFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MembershipFactory,
    MessageFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OnlinePetitionFactory,
    OutcomeFactory,
    OverdueActionFactory,
    OverdueRecommendationFactory,
    OverdueReportRequestFactory,
    PdfDocumentFactory,
    PeriodFactory,
    PersonFactory,
    PetitionFactory,
    PublicQuestionFactory,
    PublishedPetitionFactory,
    RecommendationFactory,
    ResolutionFactory,
    RoomFactory,
    StandardItemFactory,
    SubmittedQuestionFactory,
    TargetFactory,
    TeamFactory,
    ThemeFactory,
    UserFactory,
    VoteFactory,
)
from tests.permission_world import DS, INDICATOR, MEMBER, OWNER, PUBLIC, TARGETS, build_world
from tests.site_urls import served_files, url_patterns

# The database is set up for these tests, and they run with the other transactional tests; but they read the
# world `site` commits, in no transaction of their own (see _django_db_marker below).
pytestmark = pytest.mark.django_db(transaction=True)

PHONE, LAPTOP = 320, 1366
# The height of a small phone's screen (an iPhone SE's), and of a laptop's.
HEIGHTS = {PHONE: 568, LAPTOP: 768}
WIDTHS = [pytest.param(PHONE, id="320px"), pytest.param(LAPTOP, id="1366px")]
SCROLL_TOLERANCE = 1  # px: sub-pixel rounding

# --- the pages, and who visits them -----------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    id: str
    role: str
    address: Callable  # of the world: the page's address
    admin: bool = False  # the Django admin's look, not the site's


def site_page(target: str, role: str = PUBLIC) -> Visit:
    """A page of the permission matrix (tests/permission_world.py's TARGETS)."""
    return Visit(f"{target}-{role}", role, TARGETS[target])


def demo_page(name: str, address: Callable) -> Visit:
    return Visit(f"demo:{name}-{PUBLIC}", PUBLIC, address)


SITE_VISITS = [
    *(
        site_page(target)
        for target in (
            "home",
            "committee-list",
            "committee-detail",
            "meeting:published",
            "meeting:minutes-unpublished",
            "meeting:upcoming",
            "meeting:agenda-unpublished",
            "meeting-calendar",
            "meeting-calendar-month",
            "resolution-list",
            "action-list",
            "action:public",
            "action:answered",
            "recommendation-list",
            "sign-in",
            "password-reset",
            "password-reset-done",
            "password-reset-confirm:used",
            "password-reset-complete",
            "dashboard",
            "indicator",
            "report-list",
            "report:published",
            "agenda-pack:published",
            "minutes:published",
            "alert-subscribe",
            "alert-confirm",
            "alert-unsubscribe",
            "question-new",
            "question-submitted",
            "petition-list",
            "petition-new",
            "petition-submitted",
            "petition:published",
            "petition-sign:published",
            "signature-check-email:published",
            "signature-confirm",
            "search",
            "search:school-places",
            "api:docs",
        )
    ),
    # Signed in: each role's own page and what only it sees (exempt papers, forms to answer and review).
    site_page("my-home", MEMBER),
    site_page("meeting:published", MEMBER),
    site_page("action:exempt", MEMBER),
    site_page("my-home", OWNER),
    site_page("my-actions", OWNER),
    site_page("action:public", OWNER),
    site_page("my-indicators", OWNER),
    site_page("upload-figures", OWNER),
    site_page("indicator:figure-form", OWNER),
    site_page("my-reports", OWNER),
    site_page("my-report", OWNER),
    site_page("my-home", DS),
    site_page("password-change", DS),
    site_page("password-change-done", DS),
    site_page("second-factor-setup", DS),
    site_page("home", DS),
    site_page("dashboard", DS),
    site_page("action:public", DS),
    site_page("review-figures", DS),
    site_page("meeting:agenda-unpublished", DS),
    site_page("minutes:unpublished", DS),
    site_page("report:draft", DS),
    site_page("petition:submitted", DS),
    # The demo committee from its real papers.
    demo_page("committee", lambda w: w.demo.committee.get_absolute_url()),
    *(
        demo_page(f"meeting-{when}", lambda w, when=when: getattr(w.demo, when).get_absolute_url())
        for when in ("january", "march", "upcoming")
    ),
    demo_page("minutes", lambda w: reverse("minutes", kwargs={"pk": w.demo.january.pk})),
    demo_page("indicator", lambda w: w.demo.indicator.get_absolute_url()),
    demo_page("report", lambda w: w.demo.report.get_absolute_url()),
    # Long names, words and addresses.
    Visit("long:committee-public", PUBLIC, lambda w: w.long.committee.get_absolute_url()),
    Visit("long:action-public", PUBLIC, lambda w: w.long.action.get_absolute_url()),
    Visit("long:indicator-public", PUBLIC, lambda w: w.long.indicator.get_absolute_url()),
    Visit("long:petition-public", PUBLIC, lambda w: w.long.petition.get_absolute_url()),
    Visit("long:search-public", PUBLIC, lambda w: reverse("search") + "?q=Featherstonehaugh"),
    # The draft minutes sent to the Chair, read through the link signed out; and a link replaced since.
    Visit(
        "minutes-chair-preview-public",
        PUBLIC,
        lambda w: reverse("minutes-chair-preview", kwargs={"token": w.chair_link}),
    ),
    site_page("minutes-chair-preview:replaced"),
    # The error pages.
    Visit("not-found-public", PUBLIC, lambda w: "/no-such-page/"),
    site_page("review-figures", MEMBER),  # refused: the 403 page
]
# The status of a page that is not a 200.
STATUS = {
    "not-found-public": 404,
    f"review-figures-{MEMBER}": 403,
    f"minutes-chair-preview:replaced-{PUBLIC}": 410,
}

# The admin: every model's list and form to change a record (Democratic Services' own; the sign-ins' users and
# groups are IT's); the main models' forms to add one; deletion and history pages, one template for every
# model, for a few models.
ADMIN_MODELS = sorted(
    f"{model._meta.app_label}.{model._meta.model_name}"
    for model in admin.site._registry
    if model._meta.app_label not in ("auth", "otp_totp") or model._meta.model_name == "user"
)
MAIN_MODELS = (
    "meetings.meeting",
    "meetings.agendaitem",
    "meetings.minute",
    "followup.action",
    "indicators.indicator",
    "indicators.indicatorvalue",
    "scrutiny.committee",
    "scrutiny.person",
)
REPRESENTATIVE = ("meetings.meeting", "followup.action")


def _admin_url(name: str, *args) -> Callable:
    return lambda w: reverse(f"admin:{name}", args=[arg(w) if callable(arg) else arg for arg in args])


def _newest(label: str) -> Callable:
    return lambda w: w.newest[label].pk


def _url_label(label: str) -> str:
    return label.replace(".", "_")


ADMIN_VISITS = [
    Visit("admin:index", DS, _admin_url("index"), admin=True),
    Visit("admin:app_list", DS, _admin_url("app_list", "meetings"), admin=True),
    Visit("admin:login", PUBLIC, _admin_url("login"), admin=True),
    Visit("admin:password_change", DS, _admin_url("password_change"), admin=True),
    Visit("admin:password_change_done", DS, _admin_url("password_change_done"), admin=True),
    Visit("admin:invite", DS, _admin_url("auth_user_invite"), admin=True),
    Visit(
        "admin:meetings.meeting:reports",
        DS,
        _admin_url("meetings_meeting_reports", lambda w: w.unpublished_agenda_meeting.pk),
        admin=True,
    ),
    *(
        Visit(f"admin:{label}:changelist", DS, _admin_url(f"{_url_label(label)}_changelist"), admin=True)
        for label in ADMIN_MODELS
    ),
    *(
        Visit(f"admin:{label}:add", DS, _admin_url(f"{_url_label(label)}_add"), admin=True)
        for label in MAIN_MODELS
    ),
    *(
        Visit(
            f"admin:{label}:change", DS, _admin_url(f"{_url_label(label)}_change", _newest(label)), admin=True
        )
        for label in ADMIN_MODELS
    ),
    *(
        Visit(
            f"admin:{label}:{page}", DS, _admin_url(f"{_url_label(label)}_{page}", _newest(label)), admin=True
        )
        for label in REPRESENTATIVE
        for page in ("delete", "history")
    ),
    # A meeting's workspace: its papers, item by item (the demo's meeting of 5 March 2024, 14 items).
    Visit(
        "admin:meeting-papers",
        DS,
        _admin_url("meetings_meeting_papers", lambda w: w.demo.march.pk),
        admin=True,
    ),
    # A page of a meeting's workspace: the agenda builder, of an agenda still being built.
    Visit(
        "admin:meetings.meeting:agenda",
        DS,
        _admin_url("meetings_meeting_agenda", lambda w: w.unpublished_agenda_meeting.pk),
        admin=True,
    ),
    # Planning a committee's year, calling an extraordinary meeting, and cancelling, postponing or moving one.
    Visit("admin:meetings_meeting_plan", DS, _admin_url("meetings_meeting_plan"), admin=True),
    Visit(
        "admin:meetings_meeting_extraordinary", DS, _admin_url("meetings_meeting_extraordinary"), admin=True
    ),
    Visit(
        "admin:meetings_meeting_reschedule",
        DS,
        _admin_url("meetings_meeting_reschedule", lambda w: w.upcoming_meeting.pk),
        admin=True,
    ),
    # A meeting's workspace pages, of the meeting whose minutes are being written.
    Visit(
        "admin:meeting:chair-preview",
        DS,
        _admin_url("meetings_meeting_chair-preview", lambda w: w.held_meeting.pk),
        admin=True,
    ),
    Visit(
        "admin:meeting:attendance",
        DS,
        _admin_url("meetings_meeting_attendance", lambda w: w.held_meeting.pk),
        admin=True,
    ),
    Visit(
        "admin:meetings.meeting:next-step",
        DS,
        _admin_url("meetings_meeting_next-step", _newest("meetings.meeting")),
        admin=True,
    ),
    Visit(
        "admin:followup.action:simple_history",
        DS,
        _admin_url("followup_action_simple_history", _newest("followup.action"), lambda w: w.action_history),
        admin=True,
    ),
    # The meeting's workspace: the minutes of 23 January 2024, from the real papers, on one page.
    Visit(
        "admin:meetings_meeting_minutes",
        DS,
        _admin_url("meetings_meeting_minutes", lambda w: w.demo.january.pk),
        admin=True,
    ),
]
VISITS = SITE_VISITS + ADMIN_VISITS

# What is routed but is not a page to look at, and why.
NOT_PAGES = {
    "sign-out": "a POST only",
    "document-download": "a paper: a PDF or a Word document",
    "attachment-download": "a response's attachment: a file",
    "report-draft-download": "a report's draft: a file",
    "indicator-chart": "an SVG picture, shown inside the indicator's page (visited)",
    "performance-report-document": "a Word document",
    "performance-report-pdf": "a PDF",
    "agenda-pack-public": "a PDF",
    "agenda-pack-full": "a PDF",
    "supplementary-pack-public": "a PDF",
    "supplementary-pack-full": "a PDF",
    "minutes-pdf": "a PDF",
    "minutes-docx": "a Word document",
    "calendar-all": "an iCalendar file",
    "calendar-committee": "an iCalendar file",
    "calendar-meeting": "an iCalendar file",
    "admin:login": "the admin's sign-in behind the rate-limited one at the same address (visited)",
    "admin:logout": "a POST only",
    "admin:autocomplete": "JSON for the admin's search-as-you-type boxes",
    "admin:jsi18n": "the admin's JavaScript translations",
    "admin:view_on_site": "a redirect to the record's page on the site",
}


def _prefixes(labels) -> tuple:
    return tuple(f"admin:{_url_label(label)}_" for label in labels)


def not_a_page(name: str | None, route: str) -> str | None:
    """Why the URL pattern of `name` (or, unnamed, `route`) is not visited, if it is not."""
    name = name or ""
    if name in NOT_PAGES:
        return NOT_PAGES[name]
    if name.split(":")[-1].startswith(("feed-", "committee-feed-")):
        return "a news feed: RSS or Atom"
    if name.startswith("opendata:") and name != "opendata:docs":
        return "the open data API: JSON for programs (its documentation page is visited)"
    if name.startswith("admin:auth_group"):
        return "the sign-ins' groups: IT's (superusers), not Democratic Services'"
    if name == "admin:auth_user_password_change":
        return "a user's password: superusers' only (Democratic Services send a link instead)"
    if name.startswith("admin:otp_totp_"):
        return "authenticator apps: IT's (superusers); Democratic Services remove one from the sign-ins' list"
    if name == "second-factor-code":
        return (
            "shown between the password and the code, to whoever has an app: tests/browser/test_accounts.py"
        )
    if not name and route.startswith("admin/") and route != "admin/login/":
        return "the admin's redirects: from a record's old address to its form, and its catch-all (not found)"
    if name.startswith("admin:") and name.endswith("_add") and not name.startswith(_prefixes(MAIN_MODELS)):
        return "the empty form its change page is (visited), or refused: what the system or the public make"
    represented = _prefixes(REPRESENTATIVE)
    if (
        name.startswith("admin:")
        and name.endswith(("_delete", "_history"))
        and not name.startswith(represented)
    ):
        return f"the admin's one template for every model, visited for {', '.join(REPRESENTATIVE)}"
    return None


# --- the world ----------------------------------------------------------------------------------------------

LONG_WORD = "Featherstonehaugh-Cholmondeley-Wolstenholme"
LONG_URL = (
    "https://www.leicestershire.gov.uk/sites/default/files/2024-03/"
    "Children-and-Families-Overview-and-Scrutiny-Committee-SEND-sufficiency-strategy-appendix-B-final.pdf"
)
LONG_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"
)


def _demo() -> SimpleNamespace:
    """The demo committee from its real papers, beside the world's (renamed: committee names are unique)."""
    call_command("load_demo", stdout=StringIO())
    committee = Committee.objects.get(slug="children-and-families")
    committee.name = "Children and Families Overview and Scrutiny Committee (papers of 2024)"
    committee.save(update_fields=["name"])
    january, march, upcoming = committee.meetings.order_by("start")
    indicator = committee.indicators.order_by("-pk").first()
    return SimpleNamespace(
        committee=committee,
        january=january,
        march=march,
        upcoming=upcoming,
        indicator=indicator,
        report=committee.performance_reports.order_by("-pk").first(),
    )


def _long(world) -> SimpleNamespace:
    """Long names, long words and long addresses, where a page prints them in a table or a list."""
    now = timezone.now().replace(microsecond=0)
    councillor = PersonFactory(
        name=f"Councillor Dr. Bartholomew {LONG_WORD} CC", family_name=LONG_WORD, party="Liberal Democrat"
    )
    officer = OfficerFactory(
        name=f"Alexandra {LONG_WORD}",
        family_name=LONG_WORD,
        job_title="Assistant Director for Education, Special Educational Needs and Disabilities (SEND)",
        email=f"alexandra.{LONG_WORD.lower()}@leicestershire.gov.uk",
    )
    MembershipFactory(committee=world.committee, person=councillor, role="vice_chairman")
    committee = CommitteeFactory(
        name="Health Overview and Scrutiny Committee for Leicester, Leicestershire and Rutland (Joint)",
        slug="joint-health-overview-and-scrutiny-committee-leicester-leicestershire-rutland",
    )
    MembershipFactory(committee=committee, person=councillor)
    TeamFactory(
        name="Special Educational Needs and Disabilities Assessment and Commissioning Team", lead=officer
    )
    RoomFactory(
        name="Sparkenhoe Committee Room, County Hall",
        address="County Hall, Glenfield, Leicestershire LE3 8RA",
        capacity=60,
        accessibility="Step-free access from the main entrance; a hearing loop; accessible parking",
    )
    ClosureDayFactory(reason="Christmas closure: County Hall and the Libraries' offices are closed to staff")
    StandardItemFactory(
        committee_type=CommitteeTypeFactory(
            name="Development Control and Regulatory Board (Planning, Licensing and Rights of Way)",
            slug="development-control-and-regulatory-board",
        ),
        wording="Questions asked by members under Standing Order 7(3) and 7(5) about the "
        f"{LONG_WORD} applications determined under delegated powers since {{previous_meeting}}.",
    )

    # Minutes with long words, a vote, questions and a petition, at the world's committee's last meeting: its
    # action is one of the actions arising at the next.
    meeting = MinutesPublishedMeetingFactory(
        committee=world.committee,
        start=now - timedelta(days=5),
        location="Sparkenhoe Committee Room, County Hall, Glenfield, Leicestershire LE3 8RA",
    )
    item = AgendaItemFactory(
        meeting=meeting,
        number=9,
        title=f"Special Educational Needs and Disabilities (SEND) sufficiency: {LONG_WORD} review",
        report_by=f"Assistant Director ({LONG_WORD})",
    )
    PdfDocumentFactory(
        agenda_item=item,
        title=f"Appendix B: {LONG_URL.rsplit('/', 1)[-1]}",
        marker="SEND sufficiency strategy appendix",
        page_count=1,
    )
    # An agenda still being built: a second item, so the builder shows the buttons that move items.
    AgendaItemFactory(
        meeting=world.unpublished_agenda_meeting,
        number=world.unpublished_agenda_meeting.agenda_items.count() + 1,
        title=f"Home to school transport for pupils with SEND: the {LONG_WORD} review",
        report_by=f"Assistant Director ({LONG_WORD})",
    )
    AttendanceFactory(meeting=meeting, person=councillor, in_chair=True)
    DeclarationFactory(meeting=meeting, person=councillor, agenda_item=item, text=f"Governor of {LONG_URL}")
    PublicQuestionFactory(
        meeting=meeting, questioner=f"Mrs Sue {LONG_WORD}", question=f"Will {LONG_URL} be kept?"
    )
    MemberQuestionFactory(meeting=meeting, asked_by=councillor, question=f"Where is {LONG_URL}?")
    PetitionFactory(meeting=meeting, title=f"Keep the {LONG_WORD} youth centre open", prayer=LONG_URL)
    minute = MinuteFactory(
        meeting=meeting,
        agenda_item=item,
        heading=f"{LONG_WORD} review.",
        text=f"The report is at {LONG_URL}.",
    )
    DiscussionPointFactory(minute=minute, text=f"Members asked for {LONG_URL} to be circulated.")
    VoteFactory(minute=minute, motion=f"That Councillor {LONG_WORD} be elected Chairman.")
    resolution = ResolutionFactory(
        minute=minute,
        letter="a",
        kind="request_for_information",
        text=f"That the Assistant Director provide {LONG_URL} and the {LONG_WORD} figures.",
    )
    recommendation = ResolutionFactory(
        minute=minute,
        letter="b",
        kind="recommendation",
        recommended_to="Cabinet",
        text=f"That the Cabinet publish {LONG_URL}.",
    )
    RecommendationFactory(resolution=recommendation, body=f"Cabinet and the {LONG_WORD} Partnership Board")
    action = ActionFactory(
        resolution=resolution,
        owner=officer,
        description=f"Circulate the strategy ({LONG_URL}) and the {LONG_WORD} figures to members.",
        status="response_submitted",
        due_date=timezone.localdate() - timedelta(days=3),
    )
    ActionResponseFactory(
        action=action,
        text=f"The strategy is published at {LONG_URL}; the figures follow.",
        responded_by=officer,
        submitted_at=now - timedelta(days=2),
        outcome="accepted",
        reviewed_by=world.users[DS],
        reviewed_at=now - timedelta(days=1),
    )
    MessageFactory(
        about=action,
        recipient=officer.email,
        sent_at=now - timedelta(days=1),
        subject=f"Action for you from the {LONG_WORD} committee",
        body=f"Please respond at {LONG_URL}.",
    )

    outcome = OutcomeFactory(name="Every child and young person with SEND gets the support they need in time")
    theme = ThemeFactory(name="Special Educational Needs and Disabilities (SEND)")
    indicator = IndicatorFactory(
        name=f"Education, Health and Care Plans issued within 20 weeks ({LONG_WORD} definition)",
        outcome=outcome,
        theme=theme,
        owner=officer,
        committees=[world.committee],
    )
    TargetFactory(indicator=indicator, financial_year=2023, value=Decimal("61.3"))
    for label, value in (("Q1 2023/24", "48.2"), ("Q2 2023/24", "51.7")):
        IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=label), value=Decimal(value))
    indicator_workflow.refresh_dashboard(indicator)

    petition = PublishedPetitionFactory(
        title=f"Reopen the {LONG_WORD} Memorial Library on Saturdays", prayer=f"See {LONG_URL}"
    )
    Subscription.objects.create(
        committee=committee,
        email=f"resident.{LONG_WORD.lower()}@example.com",
        agendas=True,
        minutes=True,
        confirmed_at=now,
    )
    sign_in = {"user_agent": LONG_USER_AGENT, "ip_address": "192.0.2.10", "http_accept": "text/html"}
    AccessAttempt.objects.create(
        **sign_in,
        username=officer.email,
        path_info="/sign-in/",
        get_data="",
        post_data="",
        failures_since_start=3,
    )
    AccessFailureLog.objects.create(**sign_in, username=officer.email, path_info="/sign-in/", locked_out=True)
    AccessLog.objects.create(**sign_in, username="democratic-services", path_info="/sign-in/")
    # An authenticator app, on a sign-in of its own (whoever has one gives its code at sign-in).
    TOTPDevice.objects.create(user=UserFactory(username="has-an-app"), name="Phone", confirmed=True)
    return SimpleNamespace(committee=committee, action=action, indicator=indicator, petition=petition)


def _to_do(world) -> None:
    """A row in each section of the clerk's to-do list on the admin's home page, made before the long records
    so that these stay the newest of their kinds."""
    MeetingFactory(committee=world.committee, start=timezone.now().replace(microsecond=0) + timedelta(days=4))
    HeldMeetingFactory()
    MinuteFactory(meeting=HeldMeetingFactory())  # of a committee of its own: its minutes number from 1
    ActionFactory(status="response_submitted")
    OverdueActionFactory()
    OverdueRecommendationFactory()
    OverdueReportRequestFactory()
    SubmittedQuestionFactory()
    OnlinePetitionFactory()
    IndicatorValueFactory(status="submitted")


def build_wide_world() -> SimpleNamespace:
    # The demo first: its loader finds its committee by the name the world's committee has. Its agenda packs
    # are not built (typesetting its real papers takes half a minute): its pages link to no pack.
    with patch("papers.rebuilding.build_agenda_packs"), transaction.atomic():
        demo = _demo()
    with transaction.atomic():  # committed at the end, when the work queued for the commit is done
        world = build_world()
        world.demo = demo
        _to_do(world)
        world.long = _long(world)
    # The newest record of each model the admin lists: its form (the long ones were made last).
    world.newest = {label: _model(label).objects.order_by("-pk").first() for label in ADMIN_MODELS}
    missing = [label for label, record in world.newest.items() if record is None]
    assert not missing, f"add a record of each of these to the world, to see its form: {missing}"
    world.action_history = world.newest["followup.action"].history.earliest().history_id
    return world


def _model(label: str):
    return next(model for model in admin.site._registry if model._meta.label_lower == label)


@pytest.fixture(autouse=True)
def _django_db_marker():
    """Overrides pytest-django's (which gives each test a transaction, or empties the database after it): the
    world is committed once for the module and emptied after its last test. A transaction held by a test
    would lock SQLite against the live server's writes (it begins IMMEDIATE)."""


@dataclass
class Site:
    world: SimpleNamespace
    url: str
    addresses: dict  # of each visit's id


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The world committed (the live server's thread reads it through its own connection) and served; the
    database emptied afterwards, as a transactional test leaves it."""
    with django_db_blocker.unblock():
        try:
            world = build_wide_world()
            addresses = {visit.id: visit.address(world) for visit in VISITS}
            server = LiveServer("localhost")
            try:
                yield Site(world, server.url, addresses)
            finally:
                server.stop()
        finally:
            call_command("flush", interactive=False, verbosity=0)
            # Closed, as a transactional test closes them: one left open (the browsers' event loop gives this
            # code connections of its own) would stop the test database being dropped.
            connections.close_all()


@dataclass
class Browsers:
    pages: dict  # a signed-in page for each role
    problems: list  # JavaScript errors, missing static files, what the Content Security Policy blocked


@pytest.fixture(scope="module")
def browsers(site, browser):
    problems = []
    pages = {}
    for role in (PUBLIC, MEMBER, OWNER, DS):
        context = browser.new_context(base_url=site.url)
        watch(context, problems)
        page = context.new_page()
        if role != PUBLIC:
            sign_in(page, site.world.users[role].username)
        pages[role] = page
    yield Browsers(pages, problems)
    for page in pages.values():
        page.context.close()


def open_page(browsers: Browsers, site: Site, visit: Visit, width: int) -> Page:
    page = browsers.pages[visit.role]
    let_reports_arrive(page)  # the last page's, then forgotten
    browsers.problems.clear()
    page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
    response = page.goto(site.addresses[visit.id])
    expected = STATUS.get(visit.id, 200)
    assert response.status == expected, f"{visit.id}: {response.status} at {page.url}, not {expected}"
    return page


# --- what every page must do -----------------------------------------------------------------------------

SIDEWAYS = """(limit) => {
    const page = document.documentElement, width = window.innerWidth;
    if (page.scrollWidth <= width + limit) return null;
    // What reaches past the window's edge (an element, or the text overflowing it), unless a box around it
    // scrolls or clips it.
    const scrolls = (e) => getComputedStyle(e).overflowX !== 'visible';
    const boxed = (e) => {
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            if (scrolls(p)) return true;
        }
        return false;
    };
    const reach = (e) => e.getBoundingClientRect().left + (scrolls(e) ? e.offsetWidth : e.scrollWidth);
    const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + [...e.classList].map(c => '.' + c).join('');
    const past = [...document.body.querySelectorAll('*')]
        .filter(e => reach(e) > width + limit && !boxed(e)).slice(-6)
        .map(e => `${name(e)} (to ${Math.round(reach(e))}px)`);
    return `the page is ${page.scrollWidth}px wide in a ${width}px window; past the edge: ${past.join(', ')}`;
}"""

# How far down the page its h1 ends.
H1_BOTTOM = "() => document.querySelector('main h1').getBoundingClientRect().bottom + scrollY"


def shoot(page: Page, name: str) -> None:
    """A picture of the first screen, when BROWSER_SHOTS names a folder for them (to look at, not a test)."""
    if folder := os.environ.get("BROWSER_SHOTS"):
        os.makedirs(folder, exist_ok=True)
        # caret="initial": hiding the text cursor adds a <style>, which the Content Security Policy refuses.
        path = os.path.join(folder, f"{name.replace(':', '_').replace('/', '_')}.png")
        page.screenshot(path=path, caret="initial")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("visit", VISITS, ids=lambda visit: visit.id)
def test_page_fits_the_screen_and_passes_axe(site, browsers, visit, width):
    page = open_page(browsers, site, visit, width)
    shoot(page, f"{visit.id}-{width}")
    sideways = page.evaluate(SIDEWAYS, SCROLL_TOLERANCE)
    assert sideways is None, f"{visit.id} at {width}px: {sideways}"
    if not visit.admin:
        assert_styled(page)
        if width == PHONE:
            # The header leaves the phone's first screen to the page: its heading is on it.
            bottom = page.evaluate(H1_BOTTOM)
            assert bottom <= HEIGHTS[PHONE], f"the h1 ends {bottom}px down a {HEIGHTS[PHONE]}px screen"
    let_reports_arrive(page)
    assert not browsers.problems, "The browser reported problems:\n" + "\n".join(browsers.problems)
    # After the page's own problems: reading the CSS of an @import (the admin's forms.css has one), axe adds a
    # <style> of its own, which the Content Security Policy refuses.
    violations = axe_violations(page)
    assert not violations, f"{visit.id} at {width}px:\n{format_violations(violations)}"


def test_every_page_is_visited_or_excluded(site):
    """Each URL pattern of the site is visited above, known by its name (or, unnamed, its route), or is not a
    page to look at, with the reason: a page added without either fails here."""
    visited = set()
    for visit_id, address in site.addresses.items():
        if STATUS.get(visit_id) == 404:
            continue  # the page of an address the site does not have
        match = resolve(address.split("?")[0])
        visited.add(match.view_name if match.url_name else match.route)
    forgotten = [
        name or route
        for route, _namespace, name, pattern in url_patterns()
        if not served_files(pattern) and (name or route) not in visited and not not_a_page(name, route)
    ]
    assert not forgotten, f"pages neither visited nor excluded with a reason: {forgotten}"
    # The exclusions are of real URLs, and none of them is also visited.
    routed = {name for _route, _namespace, name, _pattern in url_patterns()}
    assert set(NOT_PAGES) <= routed
    assert not [name for name in visited if not_a_page(name, "")], "a page is both visited and excluded"


# --- the header, wide tables and the actions arising, at work ---------------------------------------------


def _at(browsers: Browsers, role: str, width: int) -> Page:
    page = browsers.pages[role]
    page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
    return page


def test_the_header_menu_folds_away_on_a_phone_and_opens_by_keyboard(site, browsers):
    page = _at(browsers, DS, PHONE)  # Democratic Services have the longest menu
    page.goto(reverse("home"))
    header = page.get_by_role("banner")
    menu = header.get_by_role("button", name="Menu")
    committees = header.get_by_role("link", name="Committees", exact=True)
    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(committees).to_be_hidden()
    height = header.bounding_box()["height"]
    assert height <= HEIGHTS[PHONE] / 4, f"the header takes {height}px of a {HEIGHTS[PHONE]}px screen"

    tab_to(page, menu)
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(committees).to_be_visible()
    page.keyboard.press("Tab")
    expect(committees).to_be_focused()
    expect(header.get_by_role("button", name="Sign out")).to_be_visible()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(committees).to_be_hidden()

    # A laptop shows the links, and no button.
    page.set_viewport_size({"width": LAPTOP, "height": HEIGHTS[LAPTOP]})
    expect(menu).to_be_hidden()
    expect(committees).to_be_visible()


# An element's left and right edges in the window.
EDGES = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }"
# Whether all of the element shows, across: inside the window and every box around it that scrolls or clips.
SHOWN_WHOLE = """e => {
    const r = e.getBoundingClientRect();
    if (r.left < 0 || r.right > innerWidth + 1) return `${r.left}-${r.right}px, in a ${innerWidth}px window`;
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const box = p.getBoundingClientRect();
        if (getComputedStyle(p).overflowX !== 'visible' && (r.left < box.left - 1 || r.right > box.right + 1))
            return `${r.left}-${r.right}px, in a box at ${box.left}-${box.right}px`;
    }
    return true;
}"""
# Nothing passes over the element (scrolled into view): at the corners of its box (of its first line, for a
# link) is the element itself.
UNCOVERED = """e => { const r = e.getClientRects()[0];
    return [[r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2]]
        .every(([x, y]) => e.contains(document.elementFromPoint(x, y))); }"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_dashboard_scrolls_in_its_own_box_with_the_indicator_kept_in_view(site, browsers, width):
    page = _at(browsers, PUBLIC, width)
    page.goto(reverse("performance-dashboard"))
    box = page.get_by_role("region", name="Performance dashboard")
    tab_to(page, box)
    if width == PHONE:
        assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "17 columns fit a phone?"
        # The arrow keys scroll the focused box.
        page.keyboard.press("ArrowRight")
        page.wait_for_function("box => box.scrollLeft > 0", arg=box.element_handle())
    # Scrolled to its last column: the figures' last column is in the box, and the indicator still beside it,
    # over the columns passing under it.
    box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    left, right = box.evaluate(EDGES)
    last_header = box.get_by_role("columnheader", name="Statistical neighbour average")
    assert last_header.evaluate(EDGES)[1] <= right + SCROLL_TOLERANCE
    indicator = box.get_by_role("link", name=INDICATOR)
    indicator.scroll_into_view_if_needed()
    for cell in (box.get_by_role("columnheader", name="Indicator"), indicator.locator("xpath=ancestor::td")):
        cell_left, cell_right = cell.evaluate(EDGES)
        assert left - SCROLL_TOLERANCE <= cell_left and cell_right <= right + SCROLL_TOLERANCE
    assert indicator.evaluate(UNCOVERED)
    shoot(page, f"dashboard-scrolled-{width}")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("meeting", ["world", "demo"])
def test_the_actions_arising_show_their_status_and_response(site, browsers, width, meeting):
    page = _at(browsers, PUBLIC, width)
    upcoming = site.world.upcoming_meeting if meeting == "world" else site.world.demo.upcoming
    page.goto(upcoming.get_absolute_url())
    table = page.get_by_role("table").filter(has_text="What the committee asked for at earlier meetings")
    rows = table.locator("tbody tr")
    assert rows.count() >= 3
    for index in range(rows.count()):
        row = rows.nth(index)
        cells = row.get_by_role("cell")
        status, response = cells.nth(4), cells.nth(5)
        for cell, name in ((status, "Status"), (response, "Latest response")):
            # Scrolled down to, not sideways: it must show as the page opens.
            cell.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 100)")
            expect(cell).to_be_visible()
            shown = cell.evaluate(SHOWN_WHOLE)
            assert shown is True, f"{name} of row {index + 1}: {shown}"
            assert cell.evaluate(UNCOVERED), f"{name} of row {index + 1} is covered"
        expect(status.locator(".govuk-tag").first).to_be_visible()
        if width == PHONE:
            # Each cell is under its column's name.
            expect(status).to_contain_text("Status")
            expect(response).to_contain_text("Latest response")
    long_action = rows.filter(has_text=LONG_WORD)
    if meeting == "world":
        expect(long_action.get_by_role("cell").nth(5)).to_contain_text("The strategy is published at")
    shoot(page, f"actions-arising-{meeting}-{width}")


def test_a_wide_admin_list_scrolls_in_its_own_box_with_the_record_in_view(site, browsers):
    """At a laptop's width, beside the admin's menu and filters: a list wider than its room scrolls inside its
    box, which the keyboard reaches and scrolls, the record's name (its link) kept in view."""
    page = _at(browsers, DS, LAPTOP)
    page.goto(reverse("admin:followup_action_changelist"))
    box = page.locator("#changelist-form .results")
    if not box.evaluate("e => e.scrollWidth > e.clientWidth"):
        # Narrow the room until the list is wider than it: the box must then scroll.
        page.set_viewport_size({"width": 1100, "height": HEIGHTS[LAPTOP]})
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")
    expect(box).to_have_attribute("role", "region")
    expect(box).to_have_attribute("aria-label", "Select action to change")
    tab_to(page, box, presses=200)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("box => box.scrollLeft > 0", arg=box.element_handle())
    box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    left, right = box.evaluate(EDGES)
    link = box.get_by_role("link", name=site.world.long.action.reference, exact=True)
    link.scroll_into_view_if_needed()
    cell_left, cell_right = link.evaluate(
        "e => { const r = e.closest('th').getBoundingClientRect(); return [r.left, r.right]; }"
    )
    assert left - SCROLL_TOLERANCE <= cell_left and cell_right <= right + SCROLL_TOLERANCE
    assert link.evaluate(UNCOVERED)
    last_header = box.locator("thead th").last
    assert last_header.evaluate(EDGES)[1] <= right + SCROLL_TOLERANCE
    shoot(page, "admin-actions-scrolled")
