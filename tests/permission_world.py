"""The world the permission tests share (tests/site/test_permission_matrix.py and test_permissions.py):
the roles, the records with the words only some roles may read, and where each page, download, feed and API
address of them is.

Built once per test module (`world_for_the_module(django_db_blocker, build_world, kept_in_step=True)`, from
tests/factories/base.py): each test runs in a transaction of its own inside it, so what a test writes is
rolled back and the next finds the world as built. The matrix searches and prints it: everything is kept in
step.

- A committee's meeting with published minutes. Its agenda: an open item with a public report and an exempt
  appendix (paragraph 3), and an exempt item with an exempt paper; its agenda packs built (the full pack holds
  the exempt papers, the public pack a notice in their place); the minute of each item, the exempt one with a
  discussion point, a resolution and a recommendation to the Cabinet; a public question that was rejected.
- An item of the same meeting made exempt after it was minuted, and a minute made exempt after an action was
  raised from it: what arose from them is exempt too.
- A later meeting, held, whose minutes are not published, and its packs (which print the minutes before); the
  next meeting, to come, whose agenda is published (it lists the actions arising, and takes questions: one
  accepted, one waiting for a decision); and a meeting whose agenda is not published yet, with a paper and
  its packs (Democratic Services preview them).
- Actions, responses in every outcome with attachments, and recommendations arising from them.
- A report commissioned from the action owner for the agenda not yet published, its draft received.
- An indicator reported to the committee and owned by the action owner: published figures, one submitted
  and waiting for approval, linked to the exempt recommendation and the exempt action; a published and a
  draft performance report.
- Online petitions published, waiting for moderation and rejected, and a signature waiting to be confirmed;
  alert links to confirm and to unsubscribe; and a second committee with a councillor of its own.
"""

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from feeds import subscriptions
from indicators import dashboard, reports
from indicators import workflow as indicator_workflow
from indicators.models import Indicator
from papers import chair_preview
from tests.factories import (
    AcceptedQuestionFactory,
    ActionFactory,
    ActionResponseFactory,
    AgendaItemFactory,
    ChairPreviewFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    DiscussionPointFactory,
    ExemptAgendaItemFactory,
    ExemptPdfDocumentFactory,
    HeldMeetingFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MemberUserFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    OnlinePetitionFactory,
    PdfDocumentFactory,
    PerformanceReportFactory,
    PeriodFactory,
    PublishedAgendaMeetingFactory,
    PublishedPetitionFactory,
    RecommendationFactory,
    RejectedQuestionFactory,
    ReportRequestFactory,
    ResolutionFactory,
    ResponseAttachmentFactory,
    SignatureFactory,
    SubmittedQuestionFactory,
    TargetFactory,
    TeamFactory,
    pdf_bytes,
)

# --- roles ----------------------------------------------------------------------------------------------

PUBLIC = "public"  # anonymous
MEMBER = "member"  # a councillor who sits on the committee
OTHER_MEMBER = "other-member"  # a councillor who sits on another committee
# The officer who owns the public action, an action of the unpublished minutes, and the indicator.
OWNER = "owner"
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
GONE = 410  # a link that worked once: expired or replaced
NOT_ALLOWED = 405  # the method (GET) is not allowed: the address takes only a POST
SIGN_IN, ADMIN, MY_PAGE = Redirect("sign-in"), Redirect("admin:login"), Redirect("my-home")

# --- the text in the world --------------------------------------------------------------------------------

PUBLIC_DOCUMENT = "Report: school place sufficiency"
PUBLIC_DOCUMENT_TEXT = "public school places report"
EXEMPT_SUMMARY = "Confidential: the bids received"  # ExemptAgendaItemFactory's summary
EXEMPT_DOCUMENT = "Appendix B: tender prices"  # ExemptPdfDocumentFactory's title
EXEMPT_DOCUMENT_TEXT = "confidential prices"
EXEMPT_APPENDIX = "Appendix C: valuation of the school sites"  # exempt, under the open item
EXEMPT_APPENDIX_TEXT = "Valuer's estimate for the Beaumont Leys site"
EXEMPT_MINUTE = "The Committee compared the three sealed bids"
EXEMPT_DISCUSSION = "Members asked about the second bidder's staffing model"
PUBLIC_RESOLUTION = "That the Director provide the number of tribunal appeals"
PUBLIC_RECOMMENDATION = "That the Cabinet fund more specialist school places"
EXEMPT_RECOMMENDATION = "That the Cabinet award the contract to the second bidder"
# Made exempt after the minutes and actions were recorded: the item, then a minute of no item.
LATE_EXEMPT_MINUTE = "Members heard which home care providers were close to failure"
LATE_EXEMPT_RESOLUTION = "That the Director list the home care providers at risk"
LATE_EXEMPT_ACTION = "Name the home care providers at risk of failure"
LATE_EXEMPT_ANSWER = "Two providers are at risk: Carewell and Homefirst"
LATE_EXEMPT_MINUTE_ACTION = "Report on the Oakwood staffing dispute"
UNPUBLISHED_MINUTE = "Draft minute still being cleared by the Chairman"
UNPUBLISHED_RECOMMENDATION = "That the Cabinet review home to school transport"
UNPUBLISHED_ITEM = "Proposed closure of Osprey Lodge"  # on an agenda not yet published
UNPUBLISHED_PAPER_TEXT = "Osprey Lodge options appraisal"
# A report commissioned from the owner for the agenda not yet published, its draft in.
COMMISSIONED_ITEM = "Short breaks for disabled children"
COMMISSIONED_DRAFT = "Short breaks: the first draft of the review"

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

INDICATOR = "Children in care with three or more placements"
PUBLISHED_FIGURES = {"Q1 2023/24": "61.3", "Q2 2023/24": "64.7"}  # a percentage, to one decimal place
SUBMITTED_PERIOD, SUBMITTED_FIGURE = "Q3 2023/24", "47.9"  # waiting for approval
SUBMITTED_COMMENTARY = "Placements fell after the Oakfield House closure"
REPORT, DRAFT_REPORT = "Q2 2023/24", "Q2 2023/24 second draft"

ACCEPTED_QUESTION = "When will the Hinckley youth bus run again?"  # for the meeting to come
SUBMITTED_QUESTION = "Why is the Kingfisher Road crossing still closed?"  # waiting for a decision
# Rejected, at the meeting whose minutes are published.
REJECTED_QUESTION = "Why was my son refused a place at Larkspur School?"
PUBLISHED_PETITION = "Reopen the Braunstone library on Saturdays"
SUBMITTED_PETITION = "Stop the Quorn bypass"  # waiting for moderation
REJECTED_PETITION = "Sack the Director of Highways"
REJECTION_REASON = "It names an officer of the council"
# Addresses the public give (never published): the questioner's, the lead petitioner's, the signer's.
QUESTIONER_EMAIL = "kingfisher.resident@example.com"
PETITIONER_EMAIL = "quorn.petitioner@example.com"
SIGNER_EMAIL = "library.signer@example.com"

# --- where each entry of the matrix points, given the world ------------------------------------------------


def _url(name: str, query: str = "", **kwargs) -> Callable:
    return lambda w: reverse(name, kwargs={key: value(w) for key, value in kwargs.items()}) + query


def _pk(attribute: str, key: str | None = None) -> Callable:
    return lambda w: (getattr(w, attribute)[key] if key else getattr(w, attribute)).pk


def _slug(w) -> str:
    return w.committee.slug


def _attribute(name: str) -> Callable:
    return lambda w: getattr(w, name)


def _search(words: str) -> Callable:
    return _url("search", f"?q={words.replace(' ', '+')}")


def _api(name: str, query: str = "", **kwargs) -> Callable:
    return _url(f"opendata:{name}", query, **kwargs)


def _admin(name: str, **kwargs) -> Callable:
    return _url(f"admin:{name}", **kwargs)


# The URL names of the feeds (feeds/urls.py): every committee's, and each committee's own.
FEEDS = [f"{noun}-{kind}" for noun in ("agendas", "minutes", "decisions") for kind in ("rss", "atom")]
API_RESOURCES = [
    "committee",
    "person",
    "meeting",
    "agendaitem",
    "document",
    "minute",
    "resolution",
    "action",
    "recommendation",
    "indicatorvalue",
]

TARGETS = {
    # Meetings and follow-up.
    "home": _url("home"),
    "committee-list": _url("committee-list"),
    "committee-detail": _url("committee-detail", slug=_slug),
    "meeting:published": _url("meeting-detail", pk=_pk("meeting")),
    "meeting:minutes-unpublished": _url("meeting-detail", pk=_pk("held_meeting")),
    "meeting:upcoming": _url("meeting-detail", pk=_pk("upcoming_meeting")),
    "meeting:agenda-unpublished": _url("meeting-detail", pk=_pk("unpublished_agenda_meeting")),
    "meeting-calendar": _url("meeting-calendar"),
    "meeting-calendar-month": _url(
        "meeting-calendar-month", year=lambda w: w.meeting.date.year, month=lambda w: w.meeting.date.month
    ),
    "resolution-list": _url("resolution-list"),
    "resolution-list:csv": _url("resolution-list", "?_export=csv"),
    "resolution-list:xlsx": _url("resolution-list", "?_export=xlsx"),
    "document:public": _url("document-download", pk=_pk("public_document")),
    "document:exempt": _url("document-download", pk=_pk("exempt_document")),
    "document:exempt-appendix": _url("document-download", pk=_pk("exempt_appendix")),
    "document:agenda-unpublished": _url("document-download", pk=_pk("unpublished_document")),
    "action-list": _url("action-list"),
    "action-list:csv": _url("action-list", "?_export=csv"),
    "action-list:xlsx": _url("action-list", "?_export=xlsx"),
    "my-actions": _url("my-actions"),
    "action:public": _url("action-detail", pk=_pk("actions", "public")),
    "action:answered": _url("action-detail", pk=_pk("actions", "answered")),
    "action:team": _url("action-detail", pk=_pk("actions", "team")),
    "action:exempt": _url("action-detail", pk=_pk("actions", "exempt")),
    "action:unpublished": _url("action-detail", pk=_pk("actions", "unpublished")),
    "action:late-exempt": _url("action-detail", pk=_pk("actions", "late-exempt")),
    "action:late-exempt-minute": _url("action-detail", pk=_pk("actions", "late-exempt-minute")),
    "attachment:accepted": _url("attachment-download", pk=_pk("attachments", "accepted")),
    "attachment:awaiting": _url("attachment-download", pk=_pk("attachments", "awaiting")),
    "attachment:returned": _url("attachment-download", pk=_pk("attachments", "returned")),
    "attachment:team": _url("attachment-download", pk=_pk("attachments", "team-awaiting")),
    "attachment:exempt": _url("attachment-download", pk=_pk("attachments", "exempt")),
    "recommendation-list": _url("recommendation-list"),
    "recommendation-list:csv": _url("recommendation-list", "?_export=csv"),
    "recommendation-list:xlsx": _url("recommendation-list", "?_export=xlsx"),
    "my-home": _url("my-home"),
    "my-reports": _url("my-reports"),
    "my-report": _url("my-report", pk=_pk("report_request")),
    "report-draft-download": _url("report-draft-download", pk=_pk("report_request")),
    "sign-in": _url("sign-in"),
    "sign-out": _url("sign-out"),
    # Signing in and passwords. A link to set a password whose token no longer works (it was used).
    "second-factor-code": _url("second-factor-code"),
    "second-factor-setup": _url("second-factor-setup"),
    "password-change": _url("password-change"),
    "password-change-done": _url("password-change-done"),
    "password-reset": _url("password-reset"),
    "password-reset-done": _url("password-reset-done"),
    "password-reset-confirm:used": _url(
        "password-reset-confirm", uidb64=lambda w: "MQ", token=lambda w: "cx2v7y-0123456789abcdef01234567"
    ),
    "password-reset-complete": _url("password-reset-complete"),
    # Performance.
    "dashboard": _url("performance-dashboard"),
    "dashboard:csv": _url("performance-dashboard", "?_export=csv"),
    "dashboard:xlsx": _url("performance-dashboard", "?_export=xlsx"),
    "indicator": _url("indicator-detail", pk=_pk("indicator")),
    "indicator:chart": _url("indicator-chart", pk=_pk("indicator")),
    "indicator:figure-form": _url("indicator-figure", pk=_pk("indicator")),
    "my-indicators": _url("my-indicators"),
    "upload-figures": _url("upload-figures"),
    "review-figures": _url("review-figures"),
    "report-list": _url("performance-reports"),
    "report:published": _url("performance-report", pk=_pk("report")),
    "report:published:csv": _url("performance-report", "?_export=csv", pk=_pk("report")),
    "report:published:xlsx": _url("performance-report", "?_export=xlsx", pk=_pk("report")),
    "report:published:docx": _url("performance-report-document", pk=_pk("report")),
    "report:published:pdf": _url("performance-report-pdf", pk=_pk("report")),
    "report:draft": _url("performance-report", pk=_pk("draft_report")),
    "report:draft:csv": _url("performance-report", "?_export=csv", pk=_pk("draft_report")),
    "report:draft:xlsx": _url("performance-report", "?_export=xlsx", pk=_pk("draft_report")),
    "report:draft:docx": _url("performance-report-document", pk=_pk("draft_report")),
    "report:draft:pdf": _url("performance-report-pdf", pk=_pk("draft_report")),
    # Papers: the agenda packs and the minutes documents.
    "agenda-pack:published": _url("agenda-pack", pk=_pk("meeting")),
    "agenda-pack-public:published": _url("agenda-pack-public", pk=_pk("meeting")),
    "agenda-pack-full:published": _url("agenda-pack-full", pk=_pk("meeting")),
    "supplementary-pack-public:published": _url("supplementary-pack-public", pk=_pk("meeting")),
    "supplementary-pack-full:published": _url("supplementary-pack-full", pk=_pk("meeting")),
    # The held meeting's packs print the minutes of the meeting before it, for approval.
    "agenda-pack-public:held": _url("agenda-pack-public", pk=_pk("held_meeting")),
    "agenda-pack-full:held": _url("agenda-pack-full", pk=_pk("held_meeting")),
    "agenda-pack:agenda-unpublished": _url("agenda-pack", pk=_pk("unpublished_agenda_meeting")),
    "agenda-pack-public:agenda-unpublished": _url("agenda-pack-public", pk=_pk("unpublished_agenda_meeting")),
    "agenda-pack-full:agenda-unpublished": _url("agenda-pack-full", pk=_pk("unpublished_agenda_meeting")),
    "minutes:published": _url("minutes", pk=_pk("meeting")),
    "minutes-pdf:published": _url("minutes-pdf", pk=_pk("meeting")),
    "minutes-docx:published": _url("minutes-docx", pk=_pk("meeting")),
    "minutes:unpublished": _url("minutes", pk=_pk("held_meeting")),
    "minutes-pdf:unpublished": _url("minutes-pdf", pk=_pk("held_meeting")),
    "minutes-docx:unpublished": _url("minutes-docx", pk=_pk("held_meeting")),
    # Feeds: calendars, news feeds, alerts.
    "calendar-all": _url("calendar-all"),
    "calendar-committee": _url("calendar-committee", slug=_slug),
    "calendar-meeting:published": _url("calendar-meeting", pk=_pk("meeting")),
    "calendar-meeting:agenda-unpublished": _url("calendar-meeting", pk=_pk("unpublished_agenda_meeting")),
    **{f"feed-{feed}": _url(f"feed-{feed}") for feed in FEEDS},
    **{f"committee-feed-{feed}": _url(f"committee-feed-{feed}", slug=_slug) for feed in FEEDS},
    "alert-subscribe": _url("alert-subscribe", slug=_slug),
    "alert-confirm": _url("alert-confirm", token=_attribute("alert_confirmation_token")),
    "alert-unsubscribe": _url("alert-unsubscribe", token=_attribute("alert_unsubscribe_token")),
    # Taking part: questions and petitions.
    "question-new": _url("question-new", pk=_pk("upcoming_meeting")),
    "question-submitted": _url("question-submitted", pk=_pk("upcoming_meeting")),
    "petition-list": _url("petition-list"),
    "petition-new": _url("petition-new"),
    "petition-submitted": _url("petition-submitted"),
    "petition:published": _url("petition-detail", pk=_pk("petitions", "published")),
    "petition:submitted": _url("petition-detail", pk=_pk("petitions", "submitted")),
    "petition:rejected": _url("petition-detail", pk=_pk("petitions", "rejected")),
    "petition-sign:published": _url("petition-sign", pk=_pk("petitions", "published")),
    "petition-sign:submitted": _url("petition-sign", pk=_pk("petitions", "submitted")),
    "signature-check-email:published": _url("signature-check-email", pk=_pk("petitions", "published")),
    "signature-check-email:submitted": _url("signature-check-email", pk=_pk("petitions", "submitted")),
    "signature-confirm": _url(
        "signature-confirm", pk=_pk("petitions", "published"), token=lambda w: w.signature.token
    ),
    # Search, with words that only exempt, unpublished or withheld records hold.
    "search": _url("search"),
    "search:bids": _search("bids"),  # the exempt item's summary
    "search:sealed-bids": _search("sealed bids"),  # the exempt minute
    "search:second-bidder": _search("second bidder"),  # the exempt recommendation, action and answer
    "search:prices": _search("prices"),  # the exempt paper's title and text, the exempt item's summary
    "search:valuer": _search("valuer"),  # the exempt appendix of the open item
    "search:transport": _search("transport"),  # the unpublished minutes' recommendation and action
    "search:home-care": _search("home care"),  # what was minuted of the item made exempt later
    "search:osprey": _search("Osprey"),  # the agenda not yet published
    "search:larkspur": _search("Larkspur"),  # the rejected question
    "search:school-places": _search("school places"),  # public: the report and the recommendation
    # The open data API: every list, every kind of detail (withheld ones too), the parts of a meeting.
    "api": _api("api-root"),
    **{f"api:{resource}-list": _api(f"{resource}-list") for resource in API_RESOURCES},
    "api:agendaitem-list:exempt": _api("agendaitem-list", "?exempt=true"),
    "api:indicatorvalue-list:superseded": _api("indicatorvalue-list", "?include_superseded=true"),
    "api:committee": _api("committee-detail", slug=_slug),
    "api:person": _api("person-detail", pk=_pk("owner")),
    "api:meeting": _api("meeting-detail", pk=_pk("meeting")),
    "api:agendaitem:open": _api("agendaitem-detail", pk=_pk("open_item")),
    "api:agendaitem:exempt": _api("agendaitem-detail", pk=_pk("exempt_item")),
    "api:agendaitem:agenda-unpublished": _api("agendaitem-detail", pk=_pk("unpublished_item")),
    "api:document:public": _api("document-detail", pk=_pk("public_document")),
    "api:document:exempt": _api("document-detail", pk=_pk("exempt_document")),
    "api:document:exempt-appendix": _api("document-detail", pk=_pk("exempt_appendix")),
    "api:document:agenda-unpublished": _api("document-detail", pk=_pk("unpublished_document")),
    "api:minute:public": _api("minute-detail", pk=_pk("public_minute")),
    "api:minute:exempt": _api("minute-detail", pk=_pk("exempt_minute")),
    "api:minute:unpublished": _api("minute-detail", pk=_pk("unpublished_minute")),
    "api:resolution:public": _api("resolution-detail", pk=_pk("public_resolution")),
    "api:resolution:exempt": _api("resolution-detail", pk=_pk("exempt_recommendation")),
    "api:resolution:unpublished": _api("resolution-detail", pk=_pk("unpublished_recommendation")),
    "api:action:public": _api("action-detail", pk=_pk("actions", "public")),
    "api:action:exempt": _api("action-detail", pk=_pk("actions", "exempt")),
    "api:action:unpublished": _api("action-detail", pk=_pk("actions", "unpublished")),
    "api:action:late-exempt": _api("action-detail", pk=_pk("actions", "late-exempt")),
    "api:recommendation:public": _api("recommendation-detail", pk=_pk("recommendations", "public")),
    "api:recommendation:exempt": _api("recommendation-detail", pk=_pk("recommendations", "exempt")),
    "api:recommendation:unpublished": _api("recommendation-detail", pk=_pk("recommendations", "unpublished")),
    "api:indicatorvalue:published": _api("indicatorvalue-detail", pk=_pk("published_figure")),
    "api:indicatorvalue:submitted": _api("indicatorvalue-detail", pk=_pk("submitted_figure")),
    **{
        f"api:meeting-{part}:{meeting}": _api(f"meeting-{part}", meeting_pk=_pk(attribute))
        for part in ("agenda-items", "documents", "minutes", "resolutions")
        for meeting, attribute in (("published", "meeting"), ("unpublished", "held_meeting"))
    },
    "api:meeting-agenda-items:agenda-unpublished": _api(
        "meeting-agenda-items", meeting_pk=_pk("unpublished_agenda_meeting")
    ),
    "api:schema": _api("schema", "?format=json"),
    "api:docs": _api("docs"),
    # The admin: its front page and sign-in, and a few of its pages, for Democratic Services alone.
    "admin:index": _admin("index"),
    "admin:login": _admin("login"),
    "admin:meetings": _admin("meetings_meeting_changelist"),
    "admin:meeting": _admin("meetings_meeting_change", object_id=_pk("meeting")),
    "admin:meeting-agenda": _admin("meetings_meeting_agenda", object_id=_pk("meeting")),
    # A page of the meeting's workspace: the confirmation of its next step.
    "admin:meeting-next-step": _admin("meetings_meeting_next-step", object_id=_pk("meeting")),
    "admin:meeting-reports": _admin("meetings_meeting_reports", object_id=_pk("unpublished_agenda_meeting")),
    "admin:report-requests": _admin("meetings_reportrequest_changelist"),
    "admin:meeting-papers": _admin("meetings_meeting_papers", object_id=_pk("meeting")),
    "admin:meeting-minutes": _admin("meetings_meeting_minutes", object_id=_pk("held_meeting")),
    "admin:public-questions": _admin("meetings_publicquestion_changelist"),
    "admin:online-petitions": _admin("participation_onlinepetition_changelist"),
    # The clerk's records of the council's year: rooms, the days the council is closed, committee types.
    "admin:rooms": _admin("meetings_room_changelist"),
    "admin:closure-days": _admin("scrutiny_closureday_changelist"),
    "admin:committee-types": _admin("scrutiny_committeetype_changelist"),
    # Planning a committee's year, calling an extraordinary meeting, and cancelling, postponing or moving one.
    "admin:meeting-plan": _admin("meetings_meeting_plan"),
    "admin:meeting-extraordinary": _admin("meetings_meeting_extraordinary"),
    "admin:meeting-reschedule": _admin("meetings_meeting_reschedule", object_id=_pk("upcoming_meeting")),
    # A meeting's workspace: the attendance register.
    "admin:meeting-attendance": _admin("meetings_meeting_attendance", object_id=_pk("held_meeting")),
    "admin:meeting-chair-preview": _admin("meetings_meeting_chair-preview", object_id=_pk("held_meeting")),
    # The draft minutes sent to the Chair: the link is the key, so whoever holds a working one reads the
    # draft (tests/papers/test_chair_preview.py); here, links replaced by a newer one and altered: nothing.
    "minutes-chair-preview:replaced": _url("minutes-chair-preview", token=_attribute("replaced_chair_link")),
    "minutes-chair-preview:altered": _url("minutes-chair-preview", token=_attribute("altered_chair_link")),
    # Sign-ins: Democratic Services' list, a member's sign-in, and inviting a person.
    "admin:users": _admin("auth_user_changelist"),
    "admin:user": _admin("auth_user_change", object_id=lambda w: w.users[MEMBER].pk),
    "admin:invite": _admin("auth_user_invite"),
}


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


# --- the world --------------------------------------------------------------------------------------------


def _attach(response, name: str, content: str):
    return ResponseAttachmentFactory(
        response=response, file__filename=f"{name}.pdf", file__data=pdf_bytes(content)
    )


def _publish(indicator, figures: dict[str, str]) -> list:
    values = [
        IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label=label), value=Decimal(value))
        for label, value in figures.items()
    ]
    indicator_workflow.refresh_dashboard(indicator)
    return values


def _frozen_report(indicator, *, publish: bool, **fields):
    report = PerformanceReportFactory(**fields)
    reports.freeze(
        report, lines=dashboard.live_lines(Indicator.objects.for_dashboard().filter(pk=indicator.pk))
    )
    return reports.publish(report) if publish else report


@contextmanager
def _committed():
    """As if what is done inside were committed: the work queued for the commit is done (inline, as without a
    Celery broker), such as reading each document's text for the search and building the agenda packs."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield


def build_world() -> SimpleNamespace:
    with _committed():
        world = _the_record()
    # Later, in the admin (which saves the minute, and the item, each in a transaction of its own), Democratic
    # Services decide that what was minuted was taken in private. The minute goes first: what its saving
    # rebuilds must not also stand in for what the item's saving has to rebuild.
    world.urgent_minute.exempt = True
    with _committed():
        world.urgent_minute.save()
    world.late_exempt_item.exempt, world.late_exempt_item.exempt_paragraph = True, 3
    with _committed():
        world.late_exempt_item.save()
    for item in (world.open_item, world.exempt_item):
        item.refresh_from_db()  # the pack builds stored their page ranges
    return world


def _the_record() -> SimpleNamespace:
    now = timezone.now().replace(microsecond=0)
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfs")
    other_committee = CommitteeFactory(name="Highways and Transport Overview and Scrutiny Committee")

    # The officers: the owner, a team, the exempt action's officer (who never signs in).
    owner = OfficerFactory()
    team_officer = OfficerFactory()
    team = TeamFactory(members=[team_officer])
    users = {
        PUBLIC: None,
        MEMBER: MemberUserFactory(username="councillor", committee=committee),
        OTHER_MEMBER: MemberUserFactory(username="other-councillor", committee=other_committee),
        OWNER: OfficerUserFactory(username="action-owner", person=owner),
        TEAM: OfficerUserFactory(username="team-officer", person=team_officer),
        OFFICER: OfficerUserFactory(username="other-officer"),
        DS: DemocraticServicesUserFactory(username="democratic-services"),
    }

    # The meeting whose minutes are published: an open item and an exempt one, each minuted.
    meeting = MinutesPublishedMeetingFactory(committee=committee, start=now - timedelta(days=60))
    open_item = AgendaItemFactory(meeting=meeting, number=6, title="School place planning")
    public_document = PdfDocumentFactory(
        agenda_item=open_item, title=PUBLIC_DOCUMENT, marker=PUBLIC_DOCUMENT_TEXT, page_count=1
    )
    exempt_appendix = ExemptPdfDocumentFactory(
        agenda_item=open_item, position=2, title=EXEMPT_APPENDIX, marker=EXEMPT_APPENDIX_TEXT, page_count=1
    )
    exempt_item = ExemptAgendaItemFactory(
        meeting=meeting, number=7, report_by="Director of Corporate Resources"
    )
    exempt_document = ExemptPdfDocumentFactory(
        agenda_item=exempt_item, marker=EXEMPT_DOCUMENT_TEXT, page_count=1
    )
    public_minute = MinuteFactory(meeting=meeting, agenda_item=open_item, heading="School place planning.")
    exempt_minute = MinuteFactory(
        meeting=meeting, agenda_item=exempt_item, heading="Contract award.", text=EXEMPT_MINUTE
    )
    DiscussionPointFactory(minute=exempt_minute, text=EXEMPT_DISCUSSION)
    public_resolution = ResolutionFactory(
        minute=public_minute, letter="a", kind="request_for_information", text=PUBLIC_RESOLUTION
    )
    to_cabinet = {"kind": "recommendation", "recommended_to": "Cabinet"}
    public_recommendation = ResolutionFactory(
        minute=public_minute, letter="b", text=PUBLIC_RECOMMENDATION, **to_cabinet
    )
    exempt_recommendation = ResolutionFactory(minute=exempt_minute, text=EXEMPT_RECOMMENDATION, **to_cabinet)
    RejectedQuestionFactory(meeting=meeting, question=REJECTED_QUESTION)

    # Taken in private, as Democratic Services decide once its minute and action are recorded (in the admin,
    # which saves the item): the item; and a minute of urgent business, after an action was raised from it.
    late_exempt_item = AgendaItemFactory(meeting=meeting, number=8, title="Home care market review")
    late_exempt_minute = MinuteFactory(
        meeting=meeting, agenda_item=late_exempt_item, heading="Home care market.", text=LATE_EXEMPT_MINUTE
    )
    late_exempt_resolution = ResolutionFactory(
        minute=late_exempt_minute, kind="request_for_information", text=LATE_EXEMPT_RESOLUTION
    )
    urgent_minute = MinuteFactory(meeting=meeting, heading="Urgent business: staffing.")

    # A later meeting, held, whose minutes are not published yet; the next meeting, to come; and one whose
    # agenda is not published yet.
    held_meeting = HeldMeetingFactory(committee=committee, start=now - timedelta(days=10))
    unpublished_minute = MinuteFactory(
        meeting=held_meeting, heading="Home to school transport.", text=UNPUBLISHED_MINUTE
    )
    unpublished_recommendation = ResolutionFactory(
        minute=unpublished_minute, text=UNPUBLISHED_RECOMMENDATION, **to_cabinet
    )
    upcoming_meeting = PublishedAgendaMeetingFactory(
        committee=committee, start=now + timedelta(days=20), agenda_published_at=now
    )
    AcceptedQuestionFactory(meeting=upcoming_meeting, question=ACCEPTED_QUESTION)
    SubmittedQuestionFactory(
        meeting=upcoming_meeting, question=SUBMITTED_QUESTION, questioner_email=QUESTIONER_EMAIL
    )
    unpublished_agenda_meeting = MeetingFactory(committee=committee, start=now + timedelta(days=40))
    unpublished_item = AgendaItemFactory(meeting=unpublished_agenda_meeting, number=1, title=UNPUBLISHED_ITEM)
    unpublished_document = PdfDocumentFactory(
        agenda_item=unpublished_item, marker=UNPUBLISHED_PAPER_TEXT, page_count=1
    )
    recommendations = {
        "public": RecommendationFactory(resolution=public_recommendation),
        "exempt": RecommendationFactory(resolution=exempt_recommendation),
        "unpublished": RecommendationFactory(resolution=unpublished_recommendation),
    }

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
        "late-exempt": ActionFactory(resolution=late_exempt_resolution, description=LATE_EXEMPT_ACTION),
        "late-exempt-minute": ActionFactory(
            **from_minute, minute=urgent_minute, description=LATE_EXEMPT_MINUTE_ACTION
        ),
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
    respond("late-exempt", LATE_EXEMPT_ANSWER, "accepted", 8, **reviewed)
    attachments = {
        "accepted": _attach(accepted, "accepted-strategy", "accepted strategy document"),
        "awaiting": _attach(awaiting, "awaiting-answer-figures", "awaiting answer figures"),
        "returned": _attach(returned, "returned-answer-draft", "returned answer draft"),
        "team-awaiting": _attach(team_awaiting, "team-policy-review", "team policy review notes"),
        "exempt": _attach(exempt_accepted, "exempt-legal-advice", "exempt legal advice"),
    }

    # Performance: the owner's indicator, linked to the public and the exempt follow-up.
    indicator = IndicatorFactory(name=INDICATOR, owner=owner, committees=[committee])
    TargetFactory(indicator=indicator, financial_year=2023, value=Decimal("60"))
    indicator.resolutions.set([public_resolution, exempt_recommendation])
    for action in ("public", "exempt"):
        actions[action].indicator = indicator
        actions[action].save(update_fields=["indicator"])
    published_figure = _publish(indicator, PUBLISHED_FIGURES)[-1]
    report = _frozen_report(indicator, publish=True, label=REPORT, committee=committee)
    draft_report = _frozen_report(indicator, publish=False, label=DRAFT_REPORT, committee=committee)
    submitted_figure = IndicatorValueFactory(
        indicator=indicator,
        period=PeriodFactory(label=SUBMITTED_PERIOD),
        value=Decimal(SUBMITTED_FIGURE),
        commentary=SUBMITTED_COMMENTARY,
        status="submitted",
        entered_by=users[OWNER],
    )

    # Taking part: petitions in each state, and a signature waiting for its confirmation.
    petitions = {
        "published": PublishedPetitionFactory(title=PUBLISHED_PETITION),
        "submitted": OnlinePetitionFactory(title=SUBMITTED_PETITION, lead_petitioner_email=PETITIONER_EMAIL),
        "rejected": OnlinePetitionFactory(
            title=REJECTED_PETITION, status="rejected", rejection_reason=REJECTION_REASON
        ),
    }
    signature = SignatureFactory(petition=petitions["published"], email=SIGNER_EMAIL)
    report_request = ReportRequestFactory(
        agenda_item=AgendaItemFactory(meeting=unpublished_agenda_meeting, number=2, title=COMMISSIONED_ITEM),
        officer=owner,
        status="draft_received",
        draft_received_at=now,
    )
    report_request.draft.save("draft.pdf", ContentFile(pdf_bytes(COMMISSIONED_DRAFT)))

    # The held meeting's draft minutes sent to its Chair twice: the first link replaced by the second, and the
    # second altered by a character.
    replaced_chair_link = chair_preview.token(ChairPreviewFactory(meeting=held_meeting))
    chair_link = chair_preview.token(ChairPreviewFactory(meeting=held_meeting))
    altered_chair_link = chair_link[:-1] + ("A" if chair_link[-1] != "A" else "B")

    return SimpleNamespace(
        committee=committee,
        meeting=meeting,
        held_meeting=held_meeting,
        upcoming_meeting=upcoming_meeting,
        unpublished_agenda_meeting=unpublished_agenda_meeting,
        open_item=open_item,
        exempt_item=exempt_item,
        late_exempt_item=late_exempt_item,
        unpublished_item=unpublished_item,
        public_minute=public_minute,
        exempt_minute=exempt_minute,
        late_exempt_minute=late_exempt_minute,
        urgent_minute=urgent_minute,
        unpublished_minute=unpublished_minute,
        public_resolution=public_resolution,
        exempt_recommendation=exempt_recommendation,
        unpublished_recommendation=unpublished_recommendation,
        public_document=public_document,
        exempt_document=exempt_document,
        exempt_appendix=exempt_appendix,
        unpublished_document=unpublished_document,
        recommendations=recommendations,
        actions=actions,
        attachments=attachments,
        owner=owner,
        indicator=indicator,
        published_figure=published_figure,
        submitted_figure=submitted_figure,
        report=report,
        draft_report=draft_report,
        petitions=petitions,
        signature=signature,
        report_request=report_request,
        alert_confirmation_token=subscriptions.confirmation_token(
            committee, "resident@example.org", ["agendas", "minutes"]
        ),
        alert_unsubscribe_token=subscriptions.unsubscribe_token(committee.pk, "resident@example.org"),
        chair_link=chair_link,
        replaced_chair_link=replaced_chair_link,
        altered_chair_link=altered_chair_link,
        users=users,
    )
