"""The permission matrix: every URL of the site, visited as each role, allowed or refused, and what it shows.

Exempt (Schedule 12A) material above all. Read the tables from the top:

- STATUS: what each role gets from each URL (200, 403, 404, 405, or a redirect to a sign-in page). Every named
  URL pattern of the site must have a row (the admin's by a few representative pages), so that no page can be
  added without saying who may have it.
- SHOWN: text only some roles may read. Nobody outside its `readers` may find it in any page, export,
  download, feed or API answer of the matrix, read as its reader reads it (the text of a PDF, a Word document,
  a spreadsheet, a calendar; a page without its markup); every reader (or those told, `finders`) must find it
  on the pages listed in `on`.
- SAME_FOR_EVERYONE: the open data, the feeds, the calendars and the public agenda pack are what the public
  gets, whoever asks: there every role reads only what the public may.

The world is tests/permission_world.py's; test_permissions.py checks the trackers' rows and the forms and
POSTs of an action's page in it.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from django.urls import resolve, reverse

from followup.models import Action
from meetings.admin import workspace
from papers.models import AgendaPack
from tests.factories import world_for_the_module
from tests.permission_world import (
    ACCEPTED_ANSWER,
    ACCEPTED_QUESTION,
    ADMIN,
    ANSWERED_ACTION,
    AWAITING_ANSWER,
    COMMISSIONED_DRAFT,
    COMMISSIONED_ITEM,
    DENIED,
    DRAFT_REPORT,
    DS,
    EXEMPT_ACTION,
    EXEMPT_ANSWER,
    EXEMPT_APPENDIX,
    EXEMPT_APPENDIX_TEXT,
    EXEMPT_DISCUSSION,
    EXEMPT_DOCUMENT,
    EXEMPT_DOCUMENT_TEXT,
    EXEMPT_MINUTE,
    EXEMPT_RECOMMENDATION,
    EXEMPT_SUMMARY,
    GONE,
    HIDDEN,
    LATE_EXEMPT_ACTION,
    LATE_EXEMPT_ANSWER,
    LATE_EXEMPT_MINUTE,
    LATE_EXEMPT_MINUTE_ACTION,
    LATE_EXEMPT_RESOLUTION,
    MEMBER,
    MY_PAGE,
    NOT_ALLOWED,
    OK,
    OWNER,
    PETITIONER_EMAIL,
    PUBLIC,
    PUBLIC_ACTION,
    PUBLIC_DOCUMENT,
    PUBLIC_DOCUMENT_TEXT,
    PUBLIC_RECOMMENDATION,
    PUBLIC_RESOLUTION,
    PUBLISHED_FIGURES,
    PUBLISHED_PETITION,
    QUESTIONER_EMAIL,
    REJECTED_PETITION,
    REJECTED_QUESTION,
    REJECTION_REASON,
    RETURN_REASON,
    RETURNED_ANSWER,
    ROLES,
    SIGN_IN,
    SIGNER_EMAIL,
    SUBMITTED_COMMENTARY,
    SUBMITTED_FIGURE,
    SUBMITTED_PETITION,
    SUBMITTED_QUESTION,
    TARGETS,
    TEAM,
    TEAM_ACTION,
    TEAM_AWAITING_ANSWER,
    UNPUBLISHED_ACTION,
    UNPUBLISHED_ITEM,
    UNPUBLISHED_MINUTE,
    UNPUBLISHED_PAPER_TEXT,
    UNPUBLISHED_RECOMMENDATION,
    Redirect,
    build_world,
    matrix,
    visit,
)
from tests.responses import text_of
from tests.site_urls import served_files, url_patterns

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_for_the_module(django_db_blocker, build_world, kept_in_step=True) as world:
        yield world


# --- what each URL gives each role ------------------------------------------------------------------------

# Columns: public, member of the committee, member of another committee, the owner of the public action and
# of the indicator, an officer of the owning team, an officer who owns nothing, Democratic Services.
EVERYONE = (OK, OK, OK, OK, OK, OK, OK)
SIGNED_IN = (SIGN_IN, OK, OK, OK, OK, OK, OK)
# Exempt papers: the committee's members and Democratic Services; everyone else is told they may not.
EXEMPT_PAPER = (DENIED, OK, DENIED, DENIED, DENIED, DENIED, OK)
# Not published (or withheld): Democratic Services preview it; for everyone else it does not exist.
PREVIEWED = (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK)
DEMOCRATIC_SERVICES = (DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, OK)
NOWHERE = (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)
THE_ADMIN = (ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, ADMIN, OK)
GONE_FOR_EVERYONE = (GONE, GONE, GONE, GONE, GONE, GONE, GONE)
DENIED_TO_EVERYONE = (DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED)

# fmt: off
STATUS = {
    # URL                                  public   member   other-m  owner    team     officer  DS
    # Meetings and their papers.
    "home":                                EVERYONE,
    "committee-list":                      EVERYONE,
    "committee-detail":                    EVERYONE,
    "meeting:published":                   EVERYONE,
    "meeting:minutes-unpublished":         EVERYONE,
    "meeting:upcoming":                    EVERYONE,
    "meeting:agenda-unpublished":          EVERYONE,
    "meeting-calendar":                    EVERYONE,
    "meeting-calendar-month":              EVERYONE,
    "resolution-list":                     EVERYONE,
    "resolution-list:csv":                 EVERYONE,
    "resolution-list:xlsx":                EVERYONE,
    "document:public":                     EVERYONE,
    "document:exempt":                     EXEMPT_PAPER,
    "document:exempt-appendix":            EXEMPT_PAPER,
    "document:agenda-unpublished":         PREVIEWED,
    "agenda-pack:published":               EVERYONE,
    "agenda-pack-public:published":        EVERYONE,
    "agenda-pack-full:published":          EXEMPT_PAPER,
    "agenda-pack-public:held":             EVERYONE,
    "agenda-pack-full:held":               EXEMPT_PAPER,
    "agenda-pack:agenda-unpublished":      PREVIEWED,
    "agenda-pack-public:agenda-unpublished": PREVIEWED,
    "agenda-pack-full:agenda-unpublished": PREVIEWED,
    # The world's meetings have no supplement, so no supplementary pack (tests/papers/test_supplements.py
    # downloads one); the full one is refused first to those who may not read exempt papers.
    "supplementary-pack-public:published": NOWHERE,
    "supplementary-pack-full:published":   (DENIED,  HIDDEN,  DENIED,  DENIED,  DENIED,  DENIED,  HIDDEN),
    "minutes:published":                   EVERYONE,
    "minutes-pdf:published":               EVERYONE,
    "minutes-docx:published":              EVERYONE,
    "minutes:unpublished":                 PREVIEWED,
    "minutes-pdf:unpublished":             PREVIEWED,
    "minutes-docx:unpublished":            PREVIEWED,
    # Follow-up.
    "action-list":                         EVERYONE,
    "action-list:csv":                     EVERYONE,
    "action-list:xlsx":                    EVERYONE,
    "my-actions":                          SIGNED_IN,
    "action:public":                       EVERYONE,
    "action:answered":                     EVERYONE,
    "action:team":                         EVERYONE,
    "action:exempt":                       (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "action:unpublished":                  (HIDDEN,  HIDDEN,  HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "action:late-exempt":                  (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "action:late-exempt-minute":           (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "attachment:accepted":                 EVERYONE,
    "attachment:awaiting":                 (HIDDEN,  OK,      HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "attachment:returned":                 (HIDDEN,  OK,      HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "attachment:team":                     (HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK,      HIDDEN,  OK),
    "attachment:exempt":                   (HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN,  HIDDEN,  OK),
    "recommendation-list":                 EVERYONE,
    "recommendation-list:csv":             EVERYONE,
    "recommendation-list:xlsx":            EVERYONE,
    "my-home":                             SIGNED_IN,
    # Reports commissioned from officers: each officer's own, and its draft for Democratic Services too.
    "my-reports":                          SIGNED_IN,
    "my-report":                           (SIGN_IN, HIDDEN,  HIDDEN,  OK,      HIDDEN,  HIDDEN,  HIDDEN),
    "report-draft-download":               (SIGN_IN, HIDDEN,  HIDDEN,  OK,      HIDDEN,  HIDDEN,  OK),
    "sign-in":                             (OK,      MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE),
    "sign-out":                            (NOT_ALLOWED,) * 7,  # a POST only
    # Without an authenticator app, nobody owes a code: on to their page.
    "second-factor-code":                  (SIGN_IN, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE, MY_PAGE),
    "second-factor-setup":                 SIGNED_IN,
    "password-change":                     SIGNED_IN,
    "password-change-done":                SIGNED_IN,
    "password-reset":                      EVERYONE,
    "password-reset-done":                 EVERYONE,
    "password-reset-confirm:used":         EVERYONE,  # "This link does not work"
    "password-reset-complete":             EVERYONE,
    # Performance.
    "dashboard":                           EVERYONE,
    "dashboard:csv":                       EVERYONE,
    "dashboard:xlsx":                      EVERYONE,
    "indicator":                           EVERYONE,
    "indicator:chart":                     EVERYONE,
    "indicator:figure-form":               (SIGN_IN, DENIED,  DENIED,  OK,      DENIED,  DENIED,  OK),
    "my-indicators":                       SIGNED_IN,
    "upload-figures":                      SIGNED_IN,
    "review-figures":                      (SIGN_IN, DENIED,  DENIED,  DENIED,  DENIED,  DENIED,  OK),
    "report-list":                         EVERYONE,
    "report:published":                    EVERYONE,
    "report:published:csv":                EVERYONE,
    "report:published:xlsx":               EVERYONE,
    "report:published:docx":               DEMOCRATIC_SERVICES,  # a draft to edit for the agenda
    "report:published:pdf":                EVERYONE,
    "report:draft":                        PREVIEWED,
    "report:draft:csv":                    PREVIEWED,
    "report:draft:xlsx":                   PREVIEWED,
    "report:draft:docx":                   DEMOCRATIC_SERVICES,
    "report:draft:pdf":                    PREVIEWED,
    # Calendars, feeds and alerts: public, and the same for everyone.
    "calendar-all":                        EVERYONE,
    "calendar-committee":                  EVERYONE,
    "calendar-meeting:published":          EVERYONE,
    "calendar-meeting:agenda-unpublished": EVERYONE,
    "feed-agendas-rss":                    EVERYONE,
    "feed-agendas-atom":                   EVERYONE,
    "feed-minutes-rss":                    EVERYONE,
    "feed-minutes-atom":                   EVERYONE,
    "feed-decisions-rss":                  EVERYONE,
    "feed-decisions-atom":                 EVERYONE,
    "committee-feed-agendas-rss":          EVERYONE,
    "committee-feed-agendas-atom":         EVERYONE,
    "committee-feed-minutes-rss":          EVERYONE,
    "committee-feed-minutes-atom":         EVERYONE,
    "committee-feed-decisions-rss":        EVERYONE,
    "committee-feed-decisions-atom":       EVERYONE,
    "alert-subscribe":                     EVERYONE,
    "alert-confirm":                       EVERYONE,
    "alert-unsubscribe":                   EVERYONE,
    # Taking part.
    "question-new":                        EVERYONE,
    "question-submitted":                  EVERYONE,
    "petition-list":                       EVERYONE,
    "petition-new":                        EVERYONE,
    "petition-submitted":                  EVERYONE,
    "petition:published":                  EVERYONE,
    "petition:submitted":                  PREVIEWED,
    "petition:rejected":                   PREVIEWED,
    "petition-sign:published":             EVERYONE,
    "petition-sign:submitted":             PREVIEWED,
    "signature-check-email:published":     EVERYONE,
    "signature-check-email:submitted":     PREVIEWED,
    "signature-confirm":                   EVERYONE,
    # Search: anyone may search; what each finds is SHOWN's.
    "search":                              EVERYONE,
    "search:bids":                         EVERYONE,
    "search:sealed-bids":                  EVERYONE,
    "search:second-bidder":                EVERYONE,
    "search:prices":                       EVERYONE,
    "search:valuer":                       EVERYONE,
    "search:transport":                    EVERYONE,
    "search:home-care":                    EVERYONE,
    "search:osprey":                       EVERYONE,
    "search:larkspur":                     EVERYONE,
    "search:school-places":                EVERYONE,
    # The open data API: the same for everyone; what is exempt or unpublished is not found at its address.
    "api":                                 EVERYONE,
    "api:committee-list":                  EVERYONE,
    "api:person-list":                     EVERYONE,
    "api:meeting-list":                    EVERYONE,
    "api:agendaitem-list":                 EVERYONE,
    "api:agendaitem-list:exempt":          EVERYONE,
    "api:document-list":                   EVERYONE,
    "api:minute-list":                     EVERYONE,
    "api:resolution-list":                 EVERYONE,
    "api:action-list":                     EVERYONE,
    "api:recommendation-list":             EVERYONE,
    "api:indicatorvalue-list":             EVERYONE,
    "api:indicatorvalue-list:superseded":  EVERYONE,
    "api:committee":                       EVERYONE,
    "api:person":                          EVERYONE,
    "api:meeting":                         EVERYONE,
    "api:agendaitem:open":                 EVERYONE,
    "api:agendaitem:exempt":               EVERYONE,  # its number, title and paragraph: public by law
    "api:agendaitem:agenda-unpublished":   NOWHERE,
    "api:document:public":                 EVERYONE,
    "api:document:exempt":                 NOWHERE,
    "api:document:exempt-appendix":        NOWHERE,
    "api:document:agenda-unpublished":     NOWHERE,
    "api:minute:public":                   EVERYONE,
    "api:minute:exempt":                   NOWHERE,
    "api:minute:unpublished":              NOWHERE,
    "api:resolution:public":               EVERYONE,
    "api:resolution:exempt":               NOWHERE,
    "api:resolution:unpublished":          NOWHERE,
    "api:action:public":                   EVERYONE,
    "api:action:exempt":                   NOWHERE,
    "api:action:unpublished":              NOWHERE,
    "api:action:late-exempt":              NOWHERE,
    "api:recommendation:public":           EVERYONE,
    "api:recommendation:exempt":           NOWHERE,
    "api:recommendation:unpublished":      NOWHERE,
    "api:indicatorvalue:published":        EVERYONE,
    "api:indicatorvalue:submitted":        NOWHERE,
    "api:meeting-agenda-items:published":  EVERYONE,
    "api:meeting-documents:published":     EVERYONE,
    "api:meeting-minutes:published":       EVERYONE,
    "api:meeting-resolutions:published":   EVERYONE,
    "api:meeting-agenda-items:unpublished": EVERYONE,
    "api:meeting-documents:unpublished":   EVERYONE,
    "api:meeting-minutes:unpublished":     EVERYONE,  # an empty list until the minutes are published
    "api:meeting-resolutions:unpublished": EVERYONE,
    "api:meeting-agenda-items:agenda-unpublished": EVERYONE,  # an empty list until the agenda is published
    "api:schema":                          EVERYONE,
    "api:docs":                            EVERYONE,
    # The admin: Democratic Services only.
    "admin:index":                         THE_ADMIN,
    "admin:login":                         (OK,      OK,      OK,      OK,      OK,      OK,
                                            Redirect("admin:index")),
    "admin:meetings":                      THE_ADMIN,
    "admin:meeting":                       THE_ADMIN,
    "admin:meeting-agenda":                THE_ADMIN,
    "admin:meeting-next-step":             THE_ADMIN,
    "admin:meeting-reports":               THE_ADMIN,
    "admin:report-requests":               THE_ADMIN,
    "admin:meeting-papers":                THE_ADMIN,
    "admin:meeting-minutes":               THE_ADMIN,
    "admin:public-questions":              THE_ADMIN,
    "admin:online-petitions":              THE_ADMIN,
    "admin:rooms":                         THE_ADMIN,
    "admin:closure-days":                  THE_ADMIN,
    "admin:meeting-attendance":            THE_ADMIN,
    "admin:meeting-chair-preview":         THE_ADMIN,
    # A link to the draft minutes sent to the Chair that no longer works: nobody reads anything through it.
    "minutes-chair-preview:replaced":      GONE_FOR_EVERYONE,
    "minutes-chair-preview:altered":       DENIED_TO_EVERYONE,
    "admin:committee-types":               THE_ADMIN,
    "admin:meeting-plan":                  THE_ADMIN,
    "admin:meeting-extraordinary":         THE_ADMIN,
    "admin:meeting-reschedule":            THE_ADMIN,
    "admin:users":                         THE_ADMIN,
    "admin:user":                          THE_ADMIN,
    "admin:invite":                        THE_ADMIN,
}
# fmt: on

# What is the same for everyone who asks: what the public may read, and nothing more, whoever reads it (feed
# readers and calendar programs fetch without signing in; open data is open). The public pack of an agenda not
# yet published is Democratic Services' preview of it, and holds nothing exempt: it is not here.
SAME_FOR_EVERYONE = frozenset(
    target
    for target in TARGETS
    if target.startswith(("api", "feed-", "committee-feed-", "calendar-"))
    or target in ("agenda-pack-public:published", "agenda-pack-public:held")
)

# --- the text in the world, and who may read it ----------------------------------------------------------

# Who may read what (the `readers` of SHOWN below):
ALL = frozenset(ROLES)
# Schedule 12A papers and what arises from them: the committee's own members and Democratic Services.
EXEMPT = frozenset({MEMBER, DS})
# Unpublished agendas and minutes, and what the public sent that is not (or not yet) accepted: Democratic
# Services only (they preview agendas and minutes, and moderate questions and petitions).
DS_ONLY = frozenset({DS})
# An action of unpublished minutes: Democratic Services and the officer who must answer it; so also a figure
# submitted for approval: the officer who submitted it, and Democratic Services who approve it.
OWNER_DS = frozenset({OWNER, DS})
# Responses not accepted (awaiting review, returned) are the working log: the committee, Democratic Services
# and the officers answering the action. The public, and anyone else not involved (a member of another
# committee, an officer of another action), read only the responses the committee accepted.
OWNERS_LOG = frozenset({MEMBER, OWNER, DS})
TEAMS_LOG = frozenset({MEMBER, TEAM, DS})

MEETING, NEXT_MEETING = "meeting:published", "meeting:upcoming"
UNPUBLISHED_MEETING, UNPUBLISHED_AGENDA = "meeting:minutes-unpublished", "meeting:agenda-unpublished"
MINUTES = ("minutes:published", "minutes-pdf:published", "minutes-docx:published")
UNPUBLISHED_MINUTES = ("minutes:unpublished", "minutes-pdf:unpublished", "minutes-docx:unpublished")
PUBLIC_PACK, FULL_PACK = "agenda-pack-public:published", "agenda-pack-full:published"
# The next meeting's packs print these minutes, the full one with the exempt minutes.
MINUTES_IN_PACK, EXEMPT_MINUTES_IN_PACK = "agenda-pack-public:held", "agenda-pack-full:held"
UNPUBLISHED_PACKS = ("agenda-pack-public:agenda-unpublished", "agenda-pack-full:agenda-unpublished")
ACTIONS = ("action-list", "action-list:csv", "action-list:xlsx")
LATEST_RESPONSE = ("action-list:csv", "action-list:xlsx")  # downloads carry each action's latest response
RESOLUTIONS = ("resolution-list", "resolution-list:csv", "resolution-list:xlsx")
RECOMMENDATIONS = ("recommendation-list", "recommendation-list:csv", "recommendation-list:xlsx")
DASHBOARD = ("dashboard", "dashboard:csv", "dashboard:xlsx")
REPORT = ("report:published", "report:published:csv", "report:published:xlsx", "report:published:pdf")
DRAFT_REPORT_PAGES = ("report:draft", "report:draft:docx", "report:draft:pdf")


def _href(attribute: str, key: str | None = None) -> Callable:
    """The link to an object, as it appears in a page."""

    def href(w):
        obj = getattr(w, attribute)[key] if key else getattr(w, attribute)
        return f'href="{obj.get_absolute_url()}"'

    return href


@dataclass(frozen=True)
class Shown:
    what: str
    text: str | Callable  # or a function of the world, for links and page ranges
    readers: frozenset
    on: tuple  # pages where it must be found
    finders: frozenset | None  # who must find it there: its readers, unless told

    def in_(self, world) -> str:
        return self.text(world) if callable(self.text) else self.text

    @property
    def found_by(self) -> frozenset:
        return self.readers if self.finders is None else self.finders


def shown(what, text, readers, *on, finders=None) -> Shown:
    return Shown(what, text, readers, on, finders)


# The latest figure: on the dashboard as well as the indicator's page.
PUBLISHED_FIGURE = PUBLISHED_FIGURES["Q2 2023/24"]


def written(figure: str) -> str:
    """A figure as the pages write it: the indicator is a percentage to one decimal place."""
    return f"{float(figure):.1f}%"


# fmt: off
SHOWN = [
    #     what                         the text                         readers     the pages it must be on
    # The meeting page and its papers: an exempt item shows everyone only its number, title and paragraph.
    shown("public report: title",      PUBLIC_DOCUMENT,                 ALL,        MEETING,
          "api:document:public", "api:meeting-documents:published"),
    shown("public report: link",       _href("public_document"),        ALL,        MEETING),
    shown("public report: content",    PUBLIC_DOCUMENT_TEXT,            ALL,        "document:public",
          PUBLIC_PACK, "search:school-places"),
    shown("exempt item: title",        "7. Children's home contract",   ALL,        MEETING,
          "calendar-meeting:published", "feed-agendas-rss"),
    shown("exempt item: in the API",   "Children's home contract award", ALL,       "api:agendaitem:exempt"),
    shown("exempt item: paragraph",    "paragraph 3 of Schedule 12A",   ALL,        MEETING,
          "calendar-meeting:published"),
    shown("exempt item: summary",      EXEMPT_SUMMARY,                  EXEMPT,     MEETING, FULL_PACK,
          "search:bids"),
    shown("exempt item: report by",    "Director of Corporate Resources", EXEMPT,   MEETING, FULL_PACK),
    shown("exempt item: pages",        lambda w: f"({w.exempt_item.pages})", EXEMPT, MEETING, FULL_PACK),
    shown("exempt doc: title",         EXEMPT_DOCUMENT,                 EXEMPT,     MEETING, "search:prices"),
    shown("exempt doc: link",          _href("exempt_document"),        EXEMPT,     MEETING),
    shown("exempt doc: content",       EXEMPT_DOCUMENT_TEXT,            EXEMPT,     "document:exempt",
          FULL_PACK, "search:prices"),
    shown("exempt appendix: title",    EXEMPT_APPENDIX,                 EXEMPT,     MEETING),
    shown("exempt appendix: link",     _href("exempt_appendix"),        EXEMPT,     MEETING),
    shown("exempt appendix: text",     EXEMPT_APPENDIX_TEXT,            EXEMPT,     FULL_PACK,
          "document:exempt-appendix", "search:valuer"),
    shown("exempt minute: text",       EXEMPT_MINUTE,                   EXEMPT,     MEETING, *MINUTES,
          EXEMPT_MINUTES_IN_PACK, "search:sealed-bids"),
    shown("exempt minute: point",      EXEMPT_DISCUSSION,               EXEMPT,     MEETING, *MINUTES,
          EXEMPT_MINUTES_IN_PACK),
    shown("exempt recommendation",     EXEMPT_RECOMMENDATION,           EXEMPT,     MEETING, *MINUTES,
          *RESOLUTIONS, *RECOMMENDATIONS, "indicator", "search:second-bidder"),
    shown("public resolution",         PUBLIC_RESOLUTION,               ALL,        MEETING, *MINUTES,
          MINUTES_IN_PACK, *RESOLUTIONS, "action:public", "indicator", "feed-decisions-rss",
          "api:resolution:public", "api:meeting-resolutions:published"),
    shown("public recommendation",     PUBLIC_RECOMMENDATION,           ALL,        MEETING, *RESOLUTIONS,
          *RECOMMENDATIONS, "api:recommendation:public", "search:school-places"),
    # Made exempt once minuted: the item (its minute, resolution and action), and a minute (its action).
    shown("late exempt minute",        LATE_EXEMPT_MINUTE,              EXEMPT,     MEETING, *MINUTES,
          EXEMPT_MINUTES_IN_PACK, "search:home-care"),
    shown("late exempt resolution",    LATE_EXEMPT_RESOLUTION,          EXEMPT,     MEETING, *RESOLUTIONS,
          "search:home-care"),
    shown("late exempt action",        LATE_EXEMPT_ACTION,              EXEMPT,     "action:late-exempt",
          *ACTIONS, "search:home-care"),
    shown("late exempt answer",        LATE_EXEMPT_ANSWER,              EXEMPT,     "action:late-exempt"),
    shown("late exempt minute action", LATE_EXEMPT_MINUTE_ACTION,       EXEMPT,     *ACTIONS,
          "action:late-exempt-minute"),
    # Agendas and minutes not yet published.
    shown("unpublished minute",        UNPUBLISHED_MINUTE,              DS_ONLY,    UNPUBLISHED_MEETING,
          *UNPUBLISHED_MINUTES, "search:transport"),
    shown("unpublished resolution",    UNPUBLISHED_RECOMMENDATION,      DS_ONLY,    UNPUBLISHED_MEETING,
          *UNPUBLISHED_MINUTES, *RESOLUTIONS, *RECOMMENDATIONS, "search:transport"),
    shown("unpublished agenda item",   UNPUBLISHED_ITEM,                DS_ONLY,    UNPUBLISHED_AGENDA,
          *UNPUBLISHED_PACKS, "search:osprey"),
    shown("unpublished agenda paper",  UNPUBLISHED_PAPER_TEXT,          DS_ONLY,    *UNPUBLISHED_PACKS,
          "document:agenda-unpublished", "search:osprey"),
    # A report commissioned from the owner: its item on their pages; its draft for them and the clerks.
    shown("commissioned report's item", COMMISSIONED_ITEM,              frozenset({OWNER, DS}), "my-reports",
          "my-report", finders=frozenset({OWNER})),
    shown("commissioned report's item", COMMISSIONED_ITEM,              frozenset({OWNER, DS}),
          "admin:meeting-reports", finders=frozenset({DS})),
    shown("commissioned report's draft", COMMISSIONED_DRAFT,            frozenset({OWNER, DS}),
          "report-draft-download"),
    # Actions.
    shown("public action",             PUBLIC_ACTION,                   ALL,        "action:public", *ACTIONS,
          NEXT_MEETING, "indicator", "api:action:public"),
    shown("answered action",           ANSWERED_ACTION,                 ALL,        "action:answered",
          *ACTIONS, "api:action-list"),
    shown("team action",               TEAM_ACTION,                     ALL,        "action:team", *ACTIONS,
          NEXT_MEETING, "search:transport"),
    shown("exempt action",             EXEMPT_ACTION,                   EXEMPT,     "action:exempt", *ACTIONS,
          NEXT_MEETING, "indicator", "search:second-bidder"),
    shown("exempt action: link",       _href("actions", "exempt"),      EXEMPT,     "action-list",
          NEXT_MEETING),
    shown("unpublished action",        UNPUBLISHED_ACTION,              OWNER_DS,   "action:unpublished",
          *ACTIONS, NEXT_MEETING),
    shown("unpublished action: found", UNPUBLISHED_ACTION,              OWNER_DS,   "search:transport",
          finders=DS_ONLY),
    shown("unpublished action link",   _href("actions", "unpublished"), OWNER_DS,   "action-list"),
    # Responses and their attachments.
    shown("accepted answer",           ACCEPTED_ANSWER,                 ALL,        "action:answered",
          *LATEST_RESPONSE, NEXT_MEETING, "api:action-list"),
    shown("accepted: file",            "accepted-strategy",             ALL,        "action:answered"),
    shown("accepted: content",         "accepted strategy document",    ALL,        "attachment:accepted"),
    shown("answer awaiting review",    AWAITING_ANSWER,                 OWNERS_LOG, "action:public",
          *LATEST_RESPONSE, NEXT_MEETING),
    shown("awaiting: file",            "awaiting-answer-figures",       OWNERS_LOG, "action:public"),
    shown("awaiting: file link",       _href("attachments", "awaiting"), OWNERS_LOG, "action:public"),
    shown("awaiting: content",         "awaiting answer figures",       OWNERS_LOG, "attachment:awaiting"),
    shown("returned answer",           RETURNED_ANSWER,                 OWNERS_LOG, "action:public"),
    shown("returned: reason",          RETURN_REASON,                   OWNERS_LOG, "action:public"),
    shown("returned: file",            "returned-answer-draft",         OWNERS_LOG, "action:public"),
    shown("returned: content",         "returned answer draft",         OWNERS_LOG, "attachment:returned"),
    shown("team answer (awaiting)",    TEAM_AWAITING_ANSWER,            TEAMS_LOG,  "action:team",
          *LATEST_RESPONSE, NEXT_MEETING),
    shown("team answer: file",         "team-policy-review",            TEAMS_LOG,  "action:team"),
    shown("team answer: content",      "team policy review notes",      TEAMS_LOG,  "attachment:team"),
    shown("exempt action's answer",    EXEMPT_ANSWER,                   EXEMPT,     "action:exempt",
          *LATEST_RESPONSE, NEXT_MEETING, "search:second-bidder"),
    shown("exempt answer: file",       "exempt-legal-advice",           EXEMPT,     "action:exempt"),
    shown("exempt answer: content",    "exempt legal advice",           EXEMPT,     "attachment:exempt"),
    # Performance: only published figures, except to the officer who submits them and to their reviewers.
    shown("published figure",          written(PUBLISHED_FIGURE),       ALL,        *DASHBOARD, "indicator",
          *REPORT),
    shown("published figure (API)",    f'"value":{PUBLISHED_FIGURE}',   ALL,
          "api:indicatorvalue:published"),
    shown("submitted figure",          written(SUBMITTED_FIGURE),       OWNER_DS,   "my-indicators",
          finders=frozenset({OWNER})),
    shown("submitted, for review",     written(SUBMITTED_FIGURE),       OWNER_DS,   "review-figures",
          finders=DS_ONLY),
    shown("submitted: commentary",     SUBMITTED_COMMENTARY,            OWNER_DS,   "review-figures",
          finders=DS_ONLY),
    shown("draft report",              DRAFT_REPORT,                    DS_ONLY,    *DRAFT_REPORT_PAGES),
    # What the public send: published once Democratic Services accept it, and their addresses never.
    shown("accepted question",         ACCEPTED_QUESTION,               ALL,        NEXT_MEETING),
    shown("question to decide on",     SUBMITTED_QUESTION,              DS_ONLY,    "admin:public-questions"),
    shown("rejected question",         REJECTED_QUESTION,               DS_ONLY,    "admin:public-questions",
          "search:larkspur"),
    shown("questioner's address",      QUESTIONER_EMAIL,                DS_ONLY),
    shown("published petition",        PUBLISHED_PETITION,              ALL,        "petition-list",
          "petition:published", "petition-sign:published", "signature-confirm"),
    shown("petition to moderate",      SUBMITTED_PETITION,              DS_ONLY,    "petition:submitted",
          "admin:online-petitions"),
    shown("rejected petition",         REJECTED_PETITION,               DS_ONLY,    "petition:rejected",
          "admin:online-petitions"),
    shown("petition's rejection",      REJECTION_REASON,                DS_ONLY),
    shown("petitioner's address",      PETITIONER_EMAIL,                DS_ONLY),
    shown("signer's address",          SIGNER_EMAIL,                    DS_ONLY),
]
# fmt: on

# --- reading a response as its reader does -----------------------------------------------------------------

# Markup inside a line of text (a search marks its matches), taken away without a trace; any other tag ends a
# word.
INLINE_TAG = re.compile(r"</?(?:a|abbr|b|em|i|mark|span|strong)\b[^>]*>")
TAG = re.compile(r"<[^>]*>")


def words_of(response) -> str:
    """The response as text_of reads it, and again without its markup and with its character references read
    (twice: a feed holds escaped HTML), so that neither a search's <mark> inside a phrase nor an &#x27; hides
    a word from the matrix. Runs of spaces count as one, as a reader sees them."""
    text = text_of(response)
    plain = text
    for _ in range(2):
        plain = html.unescape(TAG.sub(" ", INLINE_TAG.sub("", plain)))
    return f"{text}\n{' '.join(plain.split())}"


def may_read(role, target, shown: Shown) -> bool:
    return (PUBLIC if target in SAME_FOR_EVERYONE else role) in shown.readers


# --- the matrix -------------------------------------------------------------------------------------------


def test_the_tables_agree():
    assert set(STATUS) == set(TARGETS)
    for row in STATUS.values():
        assert len(row) == len(ROLES)
    for entry in SHOWN:
        assert entry.found_by <= entry.readers, entry.what
        for target in entry.on:
            for role in entry.found_by:
                assert STATUS[target][ROLES.index(role)] == OK, (entry.what, target, role)
                assert may_read(role, target, entry), (entry.what, target, role)


def test_every_url_of_the_site_is_in_the_matrix(world):
    """Each URL pattern is reached by an address of the matrix, known by its name (or, unnamed, its route): a
    page added without a row in STATUS fails here. The admin's own pages are represented by a few."""
    reached = set()
    for address in TARGETS.values():
        match = resolve(urlsplit(address(world)).path)
        reached.add(match.view_name if match.url_name else match.route)
    missing = [
        name or route
        for route, namespace, name, pattern in url_patterns()
        if not namespace.startswith("admin:") and not served_files(pattern)
        if (name or route) not in reached
    ]
    assert not missing, f"URLs with no row in the permission matrix: {missing}"


def test_every_page_of_a_meetings_workspace_is_in_the_matrix(world):
    """The admin is represented by a few pages, but each page of a meeting's workspace (the clerk's own,
    registered by the apps: meetings/admin/workspace.py) has its row: only Democratic Services reach it."""
    reached = {resolve(urlsplit(address(world)).path).view_name for address in TARGETS.values()}
    pages = {f"admin:meetings_meeting_{page.slug}" for page in workspace.meeting_pages()}
    assert pages, "no workspace pages registered"
    assert not pages - reached, f"workspace pages with no row in the permission matrix: {pages - reached}"


def test_the_world_is_as_described(world):
    """What arises from an exempt item became exempt without being told, however late the item (or a minute)
    was made exempt; and both agenda packs of each meeting with papers were built."""
    world.exempt_minute.refresh_from_db()
    assert world.exempt_minute.exempt
    assert world.exempt_document.exempt and world.exempt_appendix.exempt
    assert not world.public_document.exempt
    for action in ("exempt", "late-exempt", "late-exempt-minute"):
        assert Action.objects.get(pk=world.actions[action].pk).exempt, action
    assert not world.actions["public"].exempt
    for meeting in (world.meeting, world.held_meeting, world.unpublished_agenda_meeting):
        packs = AgendaPack.objects.filter(meeting=meeting)
        assert {(pack.kind, pack.status) for pack in packs} == {("public", "ready"), ("full", "ready")}
    assert AgendaPack.objects.get(meeting=world.meeting, kind="full").exempt_papers == 2
    assert world.exempt_item.pages and world.open_item.pages


def cache_directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


# Pages the public gets that show their own personal data: the address an alert's link is for.
PERSONAL = ("alert-confirm", "alert-unsubscribe")


@pytest.mark.parametrize("target", PERSONAL)
def test_a_page_showing_someones_address_is_kept_by_no_cache(client, world, target):
    response = visit(client, world, PUBLIC, target)
    assert "resident@example.org" in text_of(response)
    assert {"private", "no-store"} <= cache_directives(response)


PUBLIC_PAGES = ("home", "meeting:published", "resolution-list:csv", "dashboard", "search")


@pytest.mark.parametrize("target", PUBLIC_PAGES)
def test_the_public_pages_are_left_to_caches_as_before(client, world, target):
    assert not {"private", "no-store"} & cache_directives(visit(client, world, PUBLIC, target))


def _answered(response, expected) -> bool:
    if isinstance(expected, Redirect):
        return response.status_code == 302 and urlsplit(response["Location"]).path == reverse(expected.to)
    return response.status_code == expected


@pytest.mark.parametrize(("role", "target", "expected"), matrix(STATUS))
def test_each_role_gets_what_it_may_and_reads_nothing_else(client, world, role, target, expected):
    """The status each role gets; in whatever it gets (a page, a download, an error page) none of the text it
    may not read; and where it must find text, the text."""
    response = visit(client, world, role, target)
    location = response.get("Location", "")
    assert _answered(response, expected), f"{role} on {target}: {response.status_code} {location}"
    if role != PUBLIC:
        # Nothing sent to someone signed in is kept by a cache, shared or the browser's: not their exempt
        # papers, nor the trackers' exports, nor search results, nor a redirect.
        assert {"private", "no-store"} <= cache_directives(response), (
            f"{role} on {target}: Cache-Control {response.get('Cache-Control')!r}"
        )
    text = words_of(response)
    leaked = [s.what for s in SHOWN if not may_read(role, target, s) and s.in_(world) in text]
    missing = [s.what for s in SHOWN if role in s.found_by and target in s.on and s.in_(world) not in text]
    assert not leaked, f"{role} reads on {target}: {leaked}"
    assert not missing, f"{role} cannot find on {target}: {missing}"
    private = [s.what for s in SHOWN if PUBLIC not in s.readers and s.in_(world) in text]
    if private:
        # What the public may not read is never kept by a shared cache, to be handed to the next reader.
        cache = response.get("Cache-Control", "")
        assert "public" not in cache, f"{target} is cached publicly holding {private}"
        vary = response.get("Vary", "")
        assert "private" in cache or "no-store" in cache or "Cookie" in vary, (
            f"{role} on {target}: a shared cache may keep {private} ({cache!r}, Vary {vary!r})"
        )
