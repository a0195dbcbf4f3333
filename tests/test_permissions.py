"""The permission matrix: every URL of the site, visited as each role, allowed or refused.

Exempt (Schedule 12A) material above all. Read the tables from the top:

- STATUS: what each role gets from each URL (200, 403, 404, or a redirect to a sign-in page).
- SHOWN: text only some roles may read. Nobody outside its `readers` may find it in any page, export or
  download of the matrix; every reader must find it on the pages listed in `on`.
- VISIBLE_ACTIONS / _RESOLUTIONS / _RECOMMENDATIONS: exactly the rows each role gets in the trackers' CSV and
  Excel downloads; SEARCHES: what the action tracker's word search finds for each role.
- FORMS, RESPONDING, REVIEWING: who is offered the forms on an action's page, and what each role's POSTs do.

The data (the `world` fixture): a committee's meeting with published minutes, its agenda holding an exempt
item (paragraph 3) with an exempt appendix and an open item with a public report, and the minute of each; a
later meeting whose minutes are not published; a meeting to come (which lists the actions arising); actions,
responses in every outcome with attachments, and recommendations to the Cabinet arising from them; and a
second committee with a councillor of its own.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlsplit

import factory
import pytest
from django.urls import reverse
from django.utils import timezone

from followup.models import Action, ActionResponse
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MemberUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    PublishedAgendaMeetingFactory,
    RecommendationFactory,
    ResolutionFactory,
    TeamFactory,
)
from tests.responses import rows_of, text_of

pytestmark = pytest.mark.django_db

# --- roles ----------------------------------------------------------------------------------------------

PUBLIC = "public"  # anonymous
MEMBER = "member"  # a councillor who sits on the committee
OTHER_MEMBER = "other-member"  # a councillor who sits on another committee
OWNER = "owner"  # the officer who owns the public action (and an action of the unpublished minutes)
TEAM = "team-officer"  # an officer in the team that owns the team action
OFFICER = "other-officer"  # an officer who owns nothing
DS = "dem-services"  # Democratic Services: staff with every permission of the apps
ROLES = (PUBLIC, MEMBER, OTHER_MEMBER, OWNER, TEAM, OFFICER, DS)
SIGNED_IN = ROLES[1:]


@dataclass(frozen=True)
class Redirect:
    """A redirect to the page of URL name `to` (a sign-in page, or a signed-in user's own page)."""

    to: str

    def __str__(self):
        return f"to-{self.to}"


OK, DENIED, HIDDEN = 200, 403, 404  # HIDDEN: "not found", so not even its existence shows
SIGN_IN, ADMIN, MY_PAGE = Redirect("sign-in"), Redirect("admin:login"), Redirect("my-home")

# --- what each URL gives each role ------------------------------------------------------------------------

# Columns: public, member of the committee, member of another committee, the action's owner, an officer of
# the owning team, an officer who owns nothing, Democratic Services.
# fmt: off
STATUS = {
    # URL                          public   member   other-m  owner    team     officer  DS
    "home":                        (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "committee-list":              (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "committee-detail":            (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "meeting:published":           (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "meeting:minutes-unpublished": (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "meeting:upcoming":            (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "meeting-calendar":            (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "meeting-calendar-month":      (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "resolution-list":             (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "resolution-list:csv":         (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "resolution-list:xlsx":        (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "document:public":             (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "document:exempt":             (DENIED,  OK,      DENIED,  DENIED,  DENIED,  DENIED,  OK),
    "action-list":                 (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "action-list:csv":             (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "action-list:xlsx":            (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "my-actions":                  (SIGN_IN, OK,      OK,      OK,      OK,      OK,      OK),
    "action:public":               (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "action:answered":             (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "action:team":                 (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "action:exempt":               (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "action:unpublished":          (HIDDEN,  HIDDEN,  HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "attachment:accepted":         (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "attachment:awaiting":         (HIDDEN,  OK,      HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "attachment:returned":         (HIDDEN,  OK,      HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "attachment:team":             (HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK,      HIDDEN,  OK),
    "attachment:exempt":           (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "recommendation-list":         (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "recommendation-list:csv":     (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "recommendation-list:xlsx":    (OK,      OK,      OK,      OK,      OK,      OK,      OK),
    "my-home":                     (SIGN_IN, OK,      OK,      OK,      OK,      OK,      OK),
    "sign-in":                     (OK,      MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE),
    "admin:index":                 (ADMIN,   ADMIN,   ADMIN,   ADMIN,   ADMIN,   ADMIN,   OK),
}
# fmt: on


def _url(name: str, query: str = "", **kwargs) -> Callable:
    return lambda w: reverse(name, kwargs={key: value(w) for key, value in kwargs.items()}) + query


def _pk(attribute: str, key: str | None = None) -> Callable:
    return lambda w: (getattr(w, attribute)[key] if key else getattr(w, attribute)).pk


# Where each entry of the matrix points, given the world.
TARGETS = {
    "home": _url("home"),
    "committee-list": _url("committee-list"),
    "committee-detail": _url("committee-detail", slug=lambda w: w.committee.slug),
    "meeting:published": _url("meeting-detail", pk=_pk("meeting")),
    "meeting:minutes-unpublished": _url("meeting-detail", pk=_pk("held_meeting")),
    "meeting:upcoming": _url("meeting-detail", pk=_pk("upcoming_meeting")),
    "meeting-calendar": _url("meeting-calendar"),
    "meeting-calendar-month": _url(
        "meeting-calendar-month", year=lambda w: w.meeting.date.year, month=lambda w: w.meeting.date.month
    ),
    "resolution-list": _url("resolution-list"),
    "resolution-list:csv": _url("resolution-list", "?_export=csv"),
    "resolution-list:xlsx": _url("resolution-list", "?_export=xlsx"),
    "document:public": _url("document-download", pk=_pk("public_document")),
    "document:exempt": _url("document-download", pk=_pk("exempt_document")),
    "action-list": _url("action-list"),
    "action-list:csv": _url("action-list", "?_export=csv"),
    "action-list:xlsx": _url("action-list", "?_export=xlsx"),
    "my-actions": _url("my-actions"),
    "action:public": _url("action-detail", pk=_pk("actions", "public")),
    "action:answered": _url("action-detail", pk=_pk("actions", "answered")),
    "action:team": _url("action-detail", pk=_pk("actions", "team")),
    "action:exempt": _url("action-detail", pk=_pk("actions", "exempt")),
    "action:unpublished": _url("action-detail", pk=_pk("actions", "unpublished")),
    "attachment:accepted": _url("attachment-download", pk=_pk("attachments", "accepted")),
    "attachment:awaiting": _url("attachment-download", pk=_pk("attachments", "awaiting")),
    "attachment:returned": _url("attachment-download", pk=_pk("attachments", "returned")),
    "attachment:team": _url("attachment-download", pk=_pk("attachments", "team-awaiting")),
    "attachment:exempt": _url("attachment-download", pk=_pk("attachments", "exempt")),
    "recommendation-list": _url("recommendation-list"),
    "recommendation-list:csv": _url("recommendation-list", "?_export=csv"),
    "recommendation-list:xlsx": _url("recommendation-list", "?_export=xlsx"),
    "my-home": _url("my-home"),
    "sign-in": _url("sign-in"),
    "admin:index": _url("admin:index"),
}

# --- the text in the world, and who may read it ----------------------------------------------------------

PUBLIC_DOCUMENT = "Report: school place sufficiency"
EXEMPT_SUMMARY = "Confidential: the bids received"  # ExemptAgendaItemFactory's summary
EXEMPT_DOCUMENT = "Appendix B: tender prices"  # ExemptDocumentFactory's title
EXEMPT_MINUTE = "The Committee compared the three sealed bids"
PUBLIC_RESOLUTION = "That the Director provide the number of tribunal appeals"
PUBLIC_RECOMMENDATION = "That the Cabinet fund more specialist school places"
EXEMPT_RECOMMENDATION = "That the Cabinet award the contract to the second bidder"
UNPUBLISHED_MINUTE = "Draft minute still being cleared by the Chairman"
UNPUBLISHED_RECOMMENDATION = "That the Cabinet review home to school transport"

PUBLIC_ACTION = "Provide the number of tribunal appeals decided in 2023"
ANSWERED_ACTION = "Circulate the SEND sufficiency strategy"
TEAM_ACTION = "Review the transport policy with the SEND team"
EXEMPT_ACTION = "Obtain a legal view on the second bidder"
UNPUBLISHED_ACTION = "Report back on transport eligibility appeals"
PUBLISHED_ACTIONS = frozenset({PUBLIC_ACTION, ANSWERED_ACTION, TEAM_ACTION})

ACCEPTED_ANSWER = "The strategy was circulated to members on 3 March"
AWAITING_ANSWER = "Draft answer: 114 of 120 appeals favoured parents"
RETURNED_ANSWER = "First answer: figures to follow"
RETURN_REASON = "Give the figures for 2023 rather than a promise"
TEAM_AWAITING_ANSWER = "The SEND team has reviewed the policy"
EXEMPT_ANSWER = "The legal view supports the second bidder"

# Who may read what (the `readers` of SHOWN below):
ALL = frozenset(ROLES)
# Schedule 12A papers and what arises from them: the committee's own members and Democratic Services.
EXEMPT = frozenset({MEMBER, DS})
# Unpublished minutes: Democratic Services only (they preview them).
DS_ONLY = frozenset({DS})
# An action of unpublished minutes: Democratic Services and the officer who must answer it.
OWNER_DS = frozenset({OWNER, DS})
# Responses not accepted (awaiting review, returned) are the working log: the committee, Democratic Services
# and the officers answering the action. The public, and anyone else not involved (a member of another
# committee, an officer of another action), read only the responses the committee accepted.
OWNERS_LOG = frozenset({MEMBER, OWNER, DS})
TEAMS_LOG = frozenset({MEMBER, TEAM, DS})

MEETING, NEXT_MEETING = "meeting:published", "meeting:upcoming"
UNPUBLISHED_MEETING = "meeting:minutes-unpublished"
ACTIONS = ("action-list", "action-list:csv", "action-list:xlsx")
LATEST_RESPONSE = ("action-list:csv", "action-list:xlsx")  # downloads carry each action's latest response
RESOLUTIONS = ("resolution-list", "resolution-list:csv", "resolution-list:xlsx")
RECOMMENDATIONS = ("recommendation-list", "recommendation-list:csv", "recommendation-list:xlsx")


def _href(attribute: str, key: str | None = None) -> Callable:
    """The link to an object, as it appears in a page."""

    def href(w):
        obj = getattr(w, attribute)[key] if key else getattr(w, attribute)
        return f'href="{obj.get_absolute_url()}"'

    return href


@dataclass(frozen=True)
class Shown:
    what: str
    text: str | Callable  # or a function of the world, for links
    readers: frozenset
    on: tuple  # pages every reader must find it on

    def in_(self, world) -> str:
        return self.text(world) if callable(self.text) else self.text


def shown(what, text, readers, *on) -> Shown:
    return Shown(what, text, readers, on)


# fmt: off
SHOWN = [
    #     what                       the text                           readers     pages it must be on
    # The meeting page: an exempt item shows everyone only its number, title and Schedule 12A paragraph.
    shown("public report: title",    PUBLIC_DOCUMENT,                   ALL,        MEETING),
    shown("public report: link",     _href("public_document"),          ALL,        MEETING),
    shown("public report: content",  "public school places report",     ALL,        "document:public"),
    shown("exempt item: heading",    "7. Children&#x27;s home",         ALL,        MEETING),
    shown("exempt item: paragraph",  "paragraph 3 of Schedule 12A",     ALL,        MEETING),
    shown("exempt item: summary",    EXEMPT_SUMMARY,                    EXEMPT,     MEETING),
    shown("exempt item: report by",  "Director of Corporate Resources", EXEMPT,     MEETING),
    shown("exempt item: pages",      "Pages 61 - 68",                   EXEMPT,     MEETING),
    shown("exempt doc: title",       EXEMPT_DOCUMENT,                   EXEMPT,     MEETING),
    shown("exempt doc: link",        _href("exempt_document"),          EXEMPT,     MEETING),
    shown("exempt doc: content",     "confidential prices",             EXEMPT,     "document:exempt"),
    shown("exempt minute: text",     EXEMPT_MINUTE,                     EXEMPT,     MEETING),
    shown("exempt recommendation",   EXEMPT_RECOMMENDATION,             EXEMPT,     MEETING, *RESOLUTIONS,
                                                                                    *RECOMMENDATIONS),
    shown("public resolution",       PUBLIC_RESOLUTION,                 ALL,        MEETING, *RESOLUTIONS,
                                                                                    "action:public"),
    shown("public recommendation",   PUBLIC_RECOMMENDATION,             ALL,        MEETING, *RESOLUTIONS,
                                                                                    *RECOMMENDATIONS),
    # Minutes not yet published.
    shown("unpublished minute",      UNPUBLISHED_MINUTE,                DS_ONLY,    UNPUBLISHED_MEETING),
    shown("unpublished resolution",  UNPUBLISHED_RECOMMENDATION,        DS_ONLY,    UNPUBLISHED_MEETING,
                                                                                    *RESOLUTIONS,
                                                                                    *RECOMMENDATIONS),
    # Actions.
    shown("public action",           PUBLIC_ACTION,                     ALL,        "action:public", *ACTIONS,
                                                                                    NEXT_MEETING),
    shown("answered action",         ANSWERED_ACTION,                   ALL,        "action:answered",
                                                                                    *ACTIONS),
    shown("team action",             TEAM_ACTION,                       ALL,        "action:team", *ACTIONS,
                                                                                    NEXT_MEETING),
    shown("exempt action",           EXEMPT_ACTION,                     EXEMPT,     "action:exempt", *ACTIONS,
                                                                                    NEXT_MEETING),
    shown("exempt action: link",     _href("actions", "exempt"),        EXEMPT,     "action-list",
                                                                                    NEXT_MEETING),
    shown("unpublished action",      UNPUBLISHED_ACTION,                OWNER_DS,   "action:unpublished",
                                                                                    *ACTIONS, NEXT_MEETING),
    shown("unpublished action link", _href("actions", "unpublished"),   OWNER_DS,   "action-list"),
    # Responses and their attachments.
    shown("accepted answer",         ACCEPTED_ANSWER,                   ALL,        "action:answered",
                                                                                    *LATEST_RESPONSE,
                                                                                    NEXT_MEETING),
    shown("accepted: file",          "accepted-strategy",               ALL,        "action:answered"),
    shown("accepted: content",       "accepted strategy document",      ALL,        "attachment:accepted"),
    shown("answer awaiting review",  AWAITING_ANSWER,                   OWNERS_LOG, "action:public",
                                                                                    *LATEST_RESPONSE,
                                                                                    NEXT_MEETING),
    shown("awaiting: file",          "awaiting-answer-figures",         OWNERS_LOG, "action:public"),
    shown("awaiting: file link",     _href("attachments", "awaiting"),  OWNERS_LOG, "action:public"),
    shown("awaiting: content",       "awaiting answer figures",         OWNERS_LOG, "attachment:awaiting"),
    shown("returned answer",         RETURNED_ANSWER,                   OWNERS_LOG, "action:public"),
    shown("returned: reason",        RETURN_REASON,                     OWNERS_LOG, "action:public"),
    shown("returned: file",          "returned-answer-draft",           OWNERS_LOG, "action:public"),
    shown("returned: content",       "returned answer draft",           OWNERS_LOG, "attachment:returned"),
    shown("team answer (awaiting)",  TEAM_AWAITING_ANSWER,              TEAMS_LOG,  "action:team",
                                                                                    *LATEST_RESPONSE,
                                                                                    NEXT_MEETING),
    shown("team answer: file",       "team-policy-review",              TEAMS_LOG,  "action:team"),
    shown("team answer: content",    "team policy review notes",        TEAMS_LOG,  "attachment:team"),
    shown("exempt action's answer",  EXEMPT_ANSWER,                     EXEMPT,     "action:exempt",
                                                                                    *LATEST_RESPONSE,
                                                                                    NEXT_MEETING),
    shown("exempt answer: file",     "exempt-legal-advice",             EXEMPT,     "action:exempt"),
    shown("exempt answer: content",  "exempt legal advice",             EXEMPT,     "attachment:exempt"),
]
# fmt: on

# --- the world --------------------------------------------------------------------------------------------


class ResponseAttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "followup.ResponseAttachment"

    response = factory.SubFactory(ActionResponseFactory)
    file = factory.django.FileField(filename="evidence.pdf", data=b"%PDF-1.4 evidence")


def _attach(response, name: str, content: str):
    return ResponseAttachmentFactory(
        response=response, file__filename=f"{name}.pdf", file__data=f"%PDF-1.4 {content}".encode()
    )


@pytest.fixture
def world(db):
    now = timezone.now().replace(microsecond=0)
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfs")
    other_committee = CommitteeFactory(name="Highways and Transport Overview and Scrutiny Committee")

    # The meeting whose minutes are published: an open item and an exempt one, each minuted.
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=now - timedelta(days=60))
    open_item = AgendaItemFactory(meeting=meeting, number=6, title="School place planning")
    public_document = DocumentFactory(
        agenda_item=open_item, title=PUBLIC_DOCUMENT, file__data=b"%PDF-1.4 public school places report"
    )
    exempt_item = ExemptAgendaItemFactory(
        meeting=meeting, number=7, report_by="Director of Corporate Resources", page_start=61, page_end=68
    )
    exempt_document = ExemptDocumentFactory(agenda_item=exempt_item)
    public_minute = MinuteFactory(meeting=meeting, agenda_item=open_item, heading="School place planning.")
    exempt_minute = MinuteFactory(
        meeting=meeting, agenda_item=exempt_item, heading="Contract award.", text=EXEMPT_MINUTE
    )
    public_resolution = ResolutionFactory(
        minute=public_minute, letter="a", kind="request_for_information", text=PUBLIC_RESOLUTION
    )
    to_cabinet = {"kind": "recommendation", "recommended_to": "Cabinet"}
    recommendations = [
        ResolutionFactory(minute=public_minute, letter="b", text=PUBLIC_RECOMMENDATION, **to_cabinet),
        ResolutionFactory(minute=exempt_minute, text=EXEMPT_RECOMMENDATION, **to_cabinet),
    ]

    # A later meeting, held, whose minutes are not published yet; and the next meeting, to come.
    held_meeting = HeldMeetingFactory(committee=committee, start=now - timedelta(days=10))
    unpublished_minute = MinuteFactory(
        meeting=held_meeting, heading="Home to school transport.", text=UNPUBLISHED_MINUTE
    )
    recommendations.append(
        ResolutionFactory(minute=unpublished_minute, text=UNPUBLISHED_RECOMMENDATION, **to_cabinet)
    )
    upcoming_meeting = PublishedAgendaMeetingFactory(
        committee=committee, start=now + timedelta(days=20), agenda_published_at=now
    )
    for resolution in recommendations:
        RecommendationFactory(resolution=resolution)

    # The officers: the owner, a team, the exempt action's officer (who never signs in).
    owner = OfficerFactory()
    team_officer = OfficerFactory()
    team = TeamFactory(members=[team_officer])
    from_minute = {"resolution": None, "committee": committee}
    actions = {
        "public": ActionFactory(
            resolution=public_resolution, description=PUBLIC_ACTION, owner=owner, status="response_submitted"
        ),
        "answered": ActionFactory(
            **from_minute, minute=public_minute, description=ANSWERED_ACTION, status="completed"
        ),
        "team": ActionFactory(
            **from_minute,
            minute=public_minute,
            description=TEAM_ACTION,
            owner=None,
            team=team,
            status="response_submitted",
        ),
        "exempt": ActionFactory(
            **from_minute, minute=exempt_minute, description=EXEMPT_ACTION, status="completed"
        ),
        "unpublished": ActionFactory(
            **from_minute, minute=unpublished_minute, description=UNPUBLISHED_ACTION, owner=owner
        ),
    }

    users = {
        PUBLIC: None,
        MEMBER: MemberUserFactory(username="councillor", committee=committee),
        OTHER_MEMBER: MemberUserFactory(username="other-councillor", committee=other_committee),
        OWNER: OfficerUserFactory(username="action-owner", person=owner),
        TEAM: OfficerUserFactory(username="team-officer", person=team_officer),
        OFFICER: OfficerUserFactory(username="other-officer"),
        DS: DemocraticServicesUserFactory(username="democratic-services"),
    }

    def respond(action, text, outcome, days_ago, **fields):
        reviewed = {} if outcome == "awaiting_review" else {"reviewed_at": now - timedelta(days=days_ago - 1)}
        return ActionResponseFactory(
            action=actions[action],
            text=text,
            outcome=outcome,
            submitted_at=now - timedelta(days=days_ago),
            **reviewed,
            **fields,
        )

    reviewed = {"reviewed_by": users[DS]}
    returned = respond("public", RETURNED_ANSWER, "returned", 20, return_reason=RETURN_REASON, **reviewed)
    awaiting = respond("public", AWAITING_ANSWER, "awaiting_review", 5)
    accepted = respond("answered", ACCEPTED_ANSWER, "accepted", 15, **reviewed)
    team_awaiting = respond("team", TEAM_AWAITING_ANSWER, "awaiting_review", 3, responded_by=team_officer)
    exempt_accepted = respond("exempt", EXEMPT_ANSWER, "accepted", 12, **reviewed)
    attachments = {
        "accepted": _attach(accepted, "accepted-strategy", "accepted strategy document"),
        "awaiting": _attach(awaiting, "awaiting-answer-figures", "awaiting answer figures"),
        "returned": _attach(returned, "returned-answer-draft", "returned answer draft"),
        "team-awaiting": _attach(team_awaiting, "team-policy-review", "team policy review notes"),
        "exempt": _attach(exempt_accepted, "exempt-legal-advice", "exempt legal advice"),
    }

    return SimpleNamespace(
        committee=committee,
        meeting=meeting,
        held_meeting=held_meeting,
        upcoming_meeting=upcoming_meeting,
        exempt_minute=exempt_minute,
        public_document=public_document,
        exempt_document=exempt_document,
        actions=actions,
        attachments=attachments,
        users=users,
    )


# --- helpers ----------------------------------------------------------------------------------------------


def visit(client, world, role, target, query=""):
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client.get(TARGETS[target](world) + query)


def matrix(table: dict) -> list:
    """One test case per cell of a table of rows keyed by target, one column per role."""
    return [
        pytest.param(role, target, expected, id=f"{target}-{role}")
        for target, row in table.items()
        for role, expected in zip(ROLES, row, strict=True)
        if expected is not None
    ]


# --- the matrix -------------------------------------------------------------------------------------------


def test_the_matrix_covers_every_target_and_its_tables_agree():
    assert set(STATUS) == set(TARGETS)
    for shown in SHOWN:
        for target in shown.on:
            for role in shown.readers:
                assert STATUS[target][ROLES.index(role)] == OK, (shown.what, target, role)


def test_the_world_is_as_described(world):
    """The exempt minute and the action arising from it became exempt without being told."""
    world.exempt_minute.refresh_from_db()
    assert world.exempt_minute.exempt
    assert world.actions["exempt"].exempt
    assert world.exempt_document.exempt
    assert not world.public_document.exempt
    assert not world.actions["public"].exempt


@pytest.mark.parametrize(("role", "target", "expected"), matrix(STATUS))
def test_status(client, world, role, target, expected):
    response = visit(client, world, role, target)
    if isinstance(expected, Redirect):
        assert response.status_code == 302
        assert urlsplit(response["Location"]).path == reverse(expected.to)
    else:
        assert response.status_code == expected


@pytest.mark.parametrize(("role", "target"), [(role, target) for target in STATUS for role in ROLES])
def test_each_role_reads_what_it_may_and_nothing_else(client, world, role, target):
    """Absent from every page for those not among its readers, present where it belongs for its readers."""
    text = text_of(visit(client, world, role, target))
    leaked = [s.what for s in SHOWN if role not in s.readers and s.in_(world) in text]
    missing = [s.what for s in SHOWN if role in s.readers and target in s.on and s.in_(world) not in text]
    assert not leaked, f"{role} reads on {target}: {leaked}"
    assert not missing, f"{role} cannot find on {target}: {missing}"


# --- exactly which rows each tracker download holds -------------------------------------------------------

# fmt: off
VISIBLE_ACTIONS = {
    PUBLIC:       PUBLISHED_ACTIONS,
    MEMBER:       PUBLISHED_ACTIONS | {EXEMPT_ACTION},
    OTHER_MEMBER: PUBLISHED_ACTIONS,
    OWNER:        PUBLISHED_ACTIONS | {UNPUBLISHED_ACTION},  # their own, before the minutes are out
    TEAM:         PUBLISHED_ACTIONS,
    OFFICER:      PUBLISHED_ACTIONS,
    DS:           PUBLISHED_ACTIONS | {EXEMPT_ACTION, UNPUBLISHED_ACTION},
}
PUBLISHED_RECOMMENDATIONS = frozenset({PUBLIC_RECOMMENDATION})
VISIBLE_RECOMMENDATIONS = {
    PUBLIC:       PUBLISHED_RECOMMENDATIONS,
    MEMBER:       PUBLISHED_RECOMMENDATIONS | {EXEMPT_RECOMMENDATION},
    OTHER_MEMBER: PUBLISHED_RECOMMENDATIONS,
    OWNER:        PUBLISHED_RECOMMENDATIONS,
    TEAM:         PUBLISHED_RECOMMENDATIONS,
    OFFICER:      PUBLISHED_RECOMMENDATIONS,
    DS:           PUBLISHED_RECOMMENDATIONS | {EXEMPT_RECOMMENDATION, UNPUBLISHED_RECOMMENDATION},
}
VISIBLE_RESOLUTIONS = {role: rows | {PUBLIC_RESOLUTION} for role, rows in VISIBLE_RECOMMENDATIONS.items()}
# What the action tracker's word search ("Words in the action", which also searches responses) finds: only
# what the searcher may read, or the search tells them what a response they cannot read says.
SEARCHES = {
    # word         who finds it          the action it finds
    "circulated": (ALL,             ANSWERED_ACTION),     # in the accepted answer
    "favoured":   (OWNERS_LOG,   PUBLIC_ACTION),       # in the answer awaiting review
    "follow":     (OWNERS_LOG,   PUBLIC_ACTION),       # in the returned answer
    "reviewed":   (TEAMS_LOG,    TEAM_ACTION),         # in the team's answer awaiting review
    "supports":   (EXEMPT,       EXEMPT_ACTION),       # in the exempt action's accepted answer
}
TRACKERS = {
    # tracker               column             rows each role gets
    "action-list":         ("What was asked",  VISIBLE_ACTIONS),
    "resolution-list":     ("Resolution",      VISIBLE_RESOLUTIONS),
    "recommendation-list": ("Recommendation",  VISIBLE_RECOMMENDATIONS),
}
MY_ACTIONS = {
    MEMBER: set(), OTHER_MEMBER: set(), OWNER: {PUBLIC_ACTION, UNPUBLISHED_ACTION}, TEAM: {TEAM_ACTION},
    OFFICER: set(), DS: set(),
}
# fmt: on


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize("tracker", TRACKERS)
@pytest.mark.parametrize("role", ROLES)
def test_downloads_hold_exactly_the_rows_the_role_may_read(client, world, role, tracker, export):
    column, visible = TRACKERS[tracker]
    response = visit(client, world, role, f"{tracker}:{export}")
    assert response.status_code == 200
    assert {row[column] for row in rows_of(response)} == visible[role]


@pytest.mark.parametrize("word", SEARCHES)
@pytest.mark.parametrize("role", ROLES)
def test_searching_actions_finds_only_responses_the_role_may_read(client, world, role, word):
    finders, action = SEARCHES[word]
    response = visit(client, world, role, "action-list:csv", f"&text={word}")
    found = {row["What was asked"] for row in rows_of(response)}
    assert found == ({action} if role in finders else set())


@pytest.mark.parametrize("role", SIGNED_IN)
def test_my_actions_are_the_officers_own_and_their_teams(client, world, role):
    response = visit(client, world, role, "my-actions", "?_export=csv")
    assert {row["What was asked"] for row in rows_of(response)} == MY_ACTIONS[role]
    my_page = text_of(visit(client, world, role, "my-home"))
    for description in MY_ACTIONS[role]:
        assert description in my_page


# --- the forms on an action's page, and what POSTing them does ---------------------------------------------

RESPOND_FORM = "Respond to this action"  # the officer's own form
LOG_FORM = "Log a response for the officer"  # Democratic Services answering for them
REVIEW_FORM = "Review the response"  # Democratic Services accepting or returning an answer
NONE, ANSWER, LOG = frozenset(), frozenset({RESPOND_FORM}), frozenset({LOG_FORM})
LOG_REVIEW = frozenset({LOG_FORM, REVIEW_FORM})
DONE = "done"  # recorded: the response logged (or the review saved), and the user sent back to the action
X = None  # not visited: the action is not found for them (see STATUS)

# fmt: off
FORMS = {
    # action page          public  member  other-m  owner   team    officer DS
    "action:public":      (NONE,   NONE,   NONE,    ANSWER, NONE,   NONE,   LOG_REVIEW),
    "action:team":        (NONE,   NONE,   NONE,    NONE,   ANSWER, NONE,   LOG_REVIEW),
    "action:answered":    (NONE,   NONE,   NONE,    NONE,   NONE,   NONE,   NONE),  # completed
    "action:exempt":      (X,      NONE,   X,       X,      X,      X,      NONE),  # completed
    "action:unpublished": (X,      X,      X,       ANSWER, X,      X,      LOG),
}
RESPONDING = {
    # POST a response to   public  member  other-m  owner   team    officer DS
    "action:public":      (DENIED, DENIED, DENIED,  DONE,   DENIED, DENIED, DONE),
    "action:team":        (DENIED, DENIED, DENIED,  DENIED, DONE,   DENIED, DONE),
    "action:unpublished": (HIDDEN, HIDDEN, HIDDEN,  DONE,   HIDDEN, HIDDEN, DONE),
    "action:exempt":      (HIDDEN, DENIED, HIDDEN,  HIDDEN, HIDDEN, HIDDEN, DENIED),  # completed
}
REVIEWING = {
    # POST "review" to     public  member  other-m  owner   team    officer DS
    "action:public":      (DENIED, DENIED, DENIED,  DENIED, DENIED, DENIED, DONE),
    "action:team":        (DENIED, DENIED, DENIED,  DENIED, DENIED, DENIED, DONE),
    "action:exempt":      (HIDDEN, DENIED, HIDDEN,  HIDDEN, HIDDEN, HIDDEN, DENIED),  # completed
}
# fmt: on


@pytest.mark.parametrize(("role", "target", "expected"), matrix(FORMS))
def test_forms_offered_on_an_actions_page(client, world, role, target, expected):
    response = visit(client, world, role, target)
    assert response.status_code == 200
    text = response.content.decode()
    for form in (RESPOND_FORM, LOG_FORM, REVIEW_FORM):
        assert (form in text) == (form in expected), form


def _post(client, world, role, target, data):
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client.post(TARGETS[target](world), data)


def _log(action) -> list[tuple]:
    return list(ActionResponse.objects.filter(action=action).order_by("pk").values_list("text", "outcome"))


@pytest.mark.parametrize(("role", "target", "expected"), matrix(RESPONDING))
def test_posting_a_response(client, world, role, target, expected):
    action = world.actions[target.split(":")[1]]
    before = _log(action)
    text = f"A response posted by the {role}."
    response = _post(client, world, role, target, {"respond": "1", "kind": "answer", "text": text})
    if expected == DONE:
        assert response.status_code == 302
        assert response["Location"] == action.get_absolute_url()
        assert _log(action) == [*before, (text, "awaiting_review")]
    else:
        assert response.status_code == expected
        assert _log(action) == before


@pytest.mark.parametrize(("role", "target", "expected"), matrix(REVIEWING))
def test_reviewing_a_response(client, world, role, target, expected):
    action = world.actions[target.split(":")[1]]
    before = _log(action)
    data = {"review": "1", "decision": "return", "reason": "Add the figures for 2023."}
    response = _post(client, world, role, target, data)
    action.refresh_from_db()
    if expected == DONE:
        assert response.status_code == 302
        assert response["Location"] == action.get_absolute_url()
        assert action.status == Action.Status.IN_PROGRESS
        assert _log(action) == [
            (text, "returned" if outcome == "awaiting_review" else outcome) for text, outcome in before
        ]
    else:
        assert response.status_code == expected
        assert _log(action) == before
