"""The open data API's test world: a committee's public record with exempt and unpublished material mixed
in, each secret written in words that appear nowhere else, so a test can look for them in any response.

`open_data_world()` builds it (for a committee slug of your choice, so it can be built twice):

- a meeting with published (draft) minutes: an open item with a public report and an exempt appendix, an
  exempt item with an exempt paper and a paper filed under it, and the minutes of both items with their
  discussion points and resolutions; actions (one exempt), responses in every outcome, recommendations;
- a held meeting whose minutes are not published yet, and a meeting to come whose agenda is not published;
- members past and present, an officer and a councillor with email addresses and telephone numbers, a guest;
- an indicator's figures in every state: published, revised and republished, draft, submitted, approved
  but not published, returned.
"""

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from followup.models import ResponseAttachment
from indicators.workflow import refresh_dashboard
from meetings.models import Meeting
from tests.factories.followup import ActionFactory, ActionResponseFactory, RecommendationFactory
from tests.factories.indicators import IndicatorFactory, IndicatorValueFactory, PeriodFactory
from tests.factories.meetings import (
    AgendaItemFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    ResolutionFactory,
)
from tests.factories.scrutiny import (
    CommitteeFactory,
    MembershipFactory,
    OfficerFactory,
    PersonFactory,
    TeamFactory,
)

# The API's resources, as its root lists them.
RESOURCES = [
    "committees",
    "people",
    "meetings",
    "agenda-items",
    "documents",
    "minutes",
    "resolutions",
    "actions",
    "recommendations",
    "indicator-values",
]

# Words only exempt or unpublished material holds: none may appear in any response of the API.
EXEMPT_WORDS = [
    "Acme Care",  # the exempt item's summary, its minute, resolution, action and recommendation
    "Appendix B: tender prices",  # an exempt paper of the exempt item
    "Evaluation matrix",  # an open paper filed under the exempt item, so exempt too
    "Appendix C: salary details",  # an exempt appendix of an open item
    "Redacted bidders",  # the exempt item's discussion point
]
UNPUBLISHED_WORDS = [
    "Kestrel Lodge",  # unpublished minutes of a held meeting: minute, resolution, action, recommendation
    "Osprey review",  # an item and paper of an agenda not yet published
    "awaiting review: 97",  # an answer the committee has not accepted yet
    "Returned answer",  # an answer the committee returned
    "Progress so far",  # a progress update, never accepted
]
UNPUBLISHED_FIGURES = ["13.579", "24.681", "35.791", "46.802"]  # draft, submitted, approved, returned
# Email addresses, telephone numbers, a councillor's job title: only officers' work details are published.
PERSONAL_DETAILS = [
    "jane.moore@example.gov.uk",
    "0116 305 2649",
    "fryer@councillor.example.org",
    "0116 305 0001",
    "Retired headteacher",
]
SECRETS = EXEMPT_WORDS + UNPUBLISHED_WORDS + UNPUBLISHED_FIGURES + PERSONAL_DETAILS


def open_data_world(slug: str = "children-and-families") -> SimpleNamespace:
    w = SimpleNamespace()
    now = timezone.now().replace(microsecond=0)
    today = timezone.localdate()
    w.committee = CommitteeFactory(slug=slug, name=f"Overview and Scrutiny Committee ({slug})")

    # --- people -------------------------------------------------------------------------------------------
    w.chairman = PersonFactory(
        name="Mrs. H. J. Fryer CC",
        family_name="Fryer",
        party="Conservative",
        email="fryer@councillor.example.org",
        phone="0116 305 0001",
        job_title="Retired headteacher",  # not an officer: never published
    )
    MembershipFactory(committee=w.committee, person=w.chairman, role="chairman")
    w.co_opted = PersonFactory(name="Mr. P. Cowell", family_name="Cowell", kind="co_opted", party="")
    MembershipFactory(
        committee=w.committee,
        person=w.co_opted,
        role="co_opted",
        is_voting=False,
        voting_note="Votes on education matters only",
    )
    w.former_member = PersonFactory(name="Mr. T. Gillard CC", family_name="Gillard")
    MembershipFactory(
        committee=w.committee,
        person=w.former_member,
        start_date=today - timedelta(days=800),
        end_date=today - timedelta(days=400),
    )
    w.officer = OfficerFactory(
        name="Jane Moore",
        family_name="Moore",
        department="Children and Family Services",
        email="jane.moore@example.gov.uk",
        phone="0116 305 2649",
    )
    w.guest = PersonFactory(name="Stephen Knight", family_name="Knight", kind="guest", party="")

    # --- a meeting with published minutes -------------------------------------------------------------
    w.meeting = MinutesPublishedMeetingFactory(
        committee=w.committee, start=now - timedelta(days=60), contact_officer=w.officer
    )
    w.open_item = AgendaItemFactory(
        meeting=w.meeting, number=1, title="Budget monitoring", summary="The quarterly budget report."
    )
    w.open_item.contacts.set([w.officer])
    w.public_document = DocumentFactory(agenda_item=w.open_item, title="Budget monitoring report")
    w.exempt_appendix = ExemptDocumentFactory(
        agenda_item=w.open_item,
        title="Appendix C: salary details of named staff",
        file=SimpleUploadedFile("appendix-c-salaries.pdf", b"%PDF-1.4 salaries"),
    )
    w.exempt_item = ExemptAgendaItemFactory(
        meeting=w.meeting,
        number=2,
        title="Children's home contract award",
        summary="Confidential: the bids received from Acme Care Ltd and their prices.",
        report_by="Director of Corporate Resources",
    )
    w.exempt_item.contacts.set([w.officer])
    w.exempt_document = ExemptDocumentFactory(agenda_item=w.exempt_item)
    # Filed as an open paper, but under an exempt item: Document.save() makes it exempt.
    w.paper_of_exempt_item = DocumentFactory(agenda_item=w.exempt_item, title="Evaluation matrix of the bids")

    w.minute = MinuteFactory(
        meeting=w.meeting,
        agenda_item=w.open_item,
        heading="Budget monitoring.",
        text="The Committee considered the quarterly budget report.",
    )
    w.discussion_point = DiscussionPointFactory(
        minute=w.minute, position=1, section="Savings", text="Members asked about the savings target."
    )
    w.noted = ResolutionFactory(
        minute=w.minute, letter="a", kind="noted", text="That the budget monitoring report be noted."
    )
    w.request = ResolutionFactory(
        minute=w.minute,
        letter="b",
        kind="request_for_information",
        text="That the Director provide the number of tribunal appeals.",
    )
    w.to_cabinet = ResolutionFactory(
        minute=w.minute,
        letter="c",
        kind="recommendation",
        recommended_to="Cabinet",
        text="That the comments be forwarded to the Cabinet.",
    )
    w.minute_without_item = MinuteFactory(meeting=w.meeting, heading="Apologies for absence.", text="")

    w.exempt_minute = MinuteFactory(
        meeting=w.meeting,
        agenda_item=w.exempt_item,
        heading="Children's home contract award.",
        text="Members questioned the Acme Care Ltd bid.",
    )
    DiscussionPointFactory(minute=w.exempt_minute, position=1, text="Redacted bidders were compared.")
    w.exempt_resolution = ResolutionFactory(
        minute=w.exempt_minute,
        kind="recommendation",
        recommended_to="Cabinet",
        text="That the contract be awarded to Acme Care Ltd.",
    )

    # --- follow-up --------------------------------------------------------------------------------------
    w.action = ActionFactory(resolution=w.request, owner=w.officer, status="response_submitted")
    w.accepted = ActionResponseFactory(
        action=w.action,
        responded_by=w.officer,
        text="Of 120 tribunal appeals, 114 were decided for the parent.",
        outcome="accepted",
        submitted_at=now - timedelta(days=20),
        reviewed_at=now - timedelta(days=19),
    )
    w.attachment = ResponseAttachment.objects.create(
        response=w.accepted, file=SimpleUploadedFile("tribunal-appeals.xlsx", b"appeals")
    )
    ActionResponseFactory(
        action=w.action,
        text="Progress so far: the figures are being collected.",
        kind="progress",
        outcome="not_for_review",
    )
    ActionResponseFactory(action=w.action, text="Draft answer awaiting review: 97 appeals.")
    ActionResponseFactory(action=w.action, text="Returned answer: the wrong year.", outcome="returned")
    w.exempt_action = ActionFactory(
        resolution=w.exempt_resolution, description="Report the Acme Care Ltd mobilisation plan."
    )
    # Raised by Democratic Services about the exempt item: exempt by its own flag alone.
    w.exempt_raised_action = ActionFactory(
        resolution=None, committee=w.committee, exempt=True, description="Check Acme Care Ltd's accounts."
    )
    w.team = TeamFactory(lead=w.officer)
    w.raised_action = ActionFactory(
        resolution=None,
        committee=w.committee,
        owner=None,
        team=w.team,
        description="Review the home to school transport policy.",
        due_date=today - timedelta(days=3),
    )
    w.recommendation = RecommendationFactory(resolution=w.to_cabinet, sent_on=today - timedelta(days=30))
    w.exempt_recommendation = RecommendationFactory(resolution=w.exempt_resolution)

    # --- a held meeting whose minutes are not published ---------------------------------------------------
    w.held_meeting = HeldMeetingFactory(committee=w.committee, start=now - timedelta(days=20))
    w.held_item = AgendaItemFactory(meeting=w.held_meeting, number=1, title="Residential care review")
    w.held_document = DocumentFactory(agenda_item=w.held_item, title="Residential care review report")
    w.unpublished_minute = MinuteFactory(
        meeting=w.held_meeting,
        agenda_item=w.held_item,
        heading="Residential care review.",
        text="Members discussed the Kestrel Lodge closure.",
    )
    w.unpublished_resolution = ResolutionFactory(
        minute=w.unpublished_minute,
        kind="recommendation",
        recommended_to="Cabinet",
        text="That Kestrel Lodge stay open.",
    )
    w.unpublished_action = ActionFactory(
        resolution=w.unpublished_resolution, description="Cost keeping Kestrel Lodge open."
    )
    w.unpublished_recommendation = RecommendationFactory(resolution=w.unpublished_resolution)

    # --- a meeting to come, its agenda not published ------------------------------------------------------
    w.upcoming_meeting = MeetingFactory(
        committee=w.committee, start=now + timedelta(days=30), status=Meeting.Status.SCHEDULED
    )
    w.unpublished_item = AgendaItemFactory(
        meeting=w.upcoming_meeting, number=1, title="Osprey review", summary="The Osprey review findings."
    )
    w.unpublished_document = DocumentFactory(agenda_item=w.unpublished_item, title="Osprey review report")

    # --- performance figures ----------------------------------------------------------------------------
    w.indicator = IndicatorFactory(committees=[w.committee])
    w.q1 = PeriodFactory(label="Q1 2023/24")
    w.q2 = PeriodFactory(label="Q2 2023/24")
    w.q3 = PeriodFactory(label="Q3 2023/24")
    w.q4 = PeriodFactory(label="Q4 2023/24")
    w.figure_q1 = IndicatorValueFactory(indicator=w.indicator, period=w.q1, value=Decimal("61.3"))
    w.superseded_q2 = IndicatorValueFactory(indicator=w.indicator, period=w.q2, value=Decimal("58.1"))
    w.figure_q2 = IndicatorValueFactory(indicator=w.indicator, period=w.q2, revision=2, value=Decimal("58.4"))
    IndicatorValueFactory(indicator=w.indicator, period=w.q3, value=Decimal("35.791"), status="approved")
    IndicatorValueFactory(
        indicator=w.indicator, period=w.q3, revision=2, value=Decimal("13.579"), status="draft"
    )
    IndicatorValueFactory(indicator=w.indicator, period=w.q4, value=Decimal("46.802"), status="returned")
    w.other_indicator = IndicatorFactory(committees=[w.committee])
    IndicatorValueFactory(
        indicator=w.other_indicator, period=w.q4, value=Decimal("24.681"), status="submitted"
    )
    refresh_dashboard(w.indicator)
    return w


def path_parameters(world) -> dict:
    """A value for each path parameter, by the resource whose address it is in."""
    rows = {
        "people": world.chairman,
        "meetings": world.meeting,
        "agenda-items": world.exempt_item,  # the exempt shape must match the schema too
        "documents": world.public_document,
        "minutes": world.minute,
        "resolutions": world.to_cabinet,
        "actions": world.action,
        "recommendations": world.recommendation,
        "indicator-values": world.figure_q2,
    }
    return {resource: {"id": row.pk, "meeting_pk": world.meeting.pk} for resource, row in rows.items()} | {
        "committees": {"slug": world.committee.slug}
    }
