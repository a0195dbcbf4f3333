"""factory-boy factories for every model; state subclasses name the situations tests need."""

from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from indicators import periods
from meetings.models import AgendaItem, Meeting
from scrutiny import keeping, roles

# What the factories hold back while they build: most tests never search or print the worlds they make, and a
# world of papers would otherwise index its words and build its agenda packs at every save. A test marked
# `search_index` or `agenda_packs` (tests/conftest.py), or a world built inside `keeping_in_step()`, has them.
HELD_IN_FACTORIES = {keeping.SEARCH_INDEX, keeping.AGENDA_PACKS, keeping.PAPERS_TEXT}
_lifted: set[str] = set()


@contextmanager
def keeping_in_step(*kinds: str):
    """Factories inside this block keep these derived records in step (all of them if none is named)."""
    lifted = set(kinds or HELD_IN_FACTORIES) - _lifted
    _lifted.update(lifted)
    try:
        yield
    finally:
        _lifted.difference_update(lifted)


class Factory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _generate(cls, strategy, params):
        with keeping.holding(*(HELD_IN_FACTORIES - _lifted)):
            return super()._generate(strategy, params)


class UserFactory(Factory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.gov.uk")
    password = factory.django.Password("correct horse battery staple")


class DemocraticServicesUserFactory(UserFactory):
    """Staff who run the committees: admin access and every meetings permission, exempt papers included."""

    is_staff = True

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def permissions(user, create, extracted, **kwargs):
        if create:
            user.user_permissions.set(
                Permission.objects.filter(content_type__app_label__in=roles.DEMOCRATIC_SERVICES_APPS)
            )
            user.groups.add(Group.objects.get_or_create(name=roles.DEMOCRATIC_SERVICES)[0])


class CommitteeFactory(Factory):
    class Meta:
        model = "scrutiny.Committee"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Overview and Scrutiny Committee {n}")
    slug = factory.Sequence(lambda n: f"committee-{n}")
    description = "Scrutinises the services the council provides."


class PersonFactory(Factory):
    class Meta:
        model = "scrutiny.Person"

    family_name = factory.Faker("last_name", locale="en_GB")
    name = factory.LazyAttribute(lambda p: f"Mr. A. {p.family_name} CC")
    kind = "councillor"
    party = "Independent"


class OfficerFactory(PersonFactory):
    name = factory.LazyAttribute(lambda p: f"Alex {p.family_name}")
    kind = "officer"
    party = ""
    job_title = "Director of Children and Family Services"
    email = factory.LazyAttribute(lambda p: f"{p.family_name.lower()}@example.gov.uk")


class MembershipFactory(Factory):
    class Meta:
        model = "scrutiny.Membership"

    committee = factory.SubFactory(CommitteeFactory)
    person = factory.SubFactory(PersonFactory)
    role = "member"


class MeetingFactory(Factory):
    class Meta:
        model = "meetings.Meeting"

    committee = factory.SubFactory(CommitteeFactory)
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=30))
    location = "Sparkenhoe Committee Room, County Hall, Glenfield"
    status = Meeting.Status.SCHEDULED


class PublishedAgendaMeetingFactory(MeetingFactory):
    status = Meeting.Status.AGENDA_PUBLISHED
    agenda_published_at = factory.LazyAttribute(lambda m: m.start - timedelta(days=14))


class HeldMeetingFactory(MeetingFactory):
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) - timedelta(days=30))
    status = Meeting.Status.HELD
    agenda_published_at = factory.LazyAttribute(lambda m: m.start - timedelta(days=14))


class MinutesPublishedMeetingFactory(HeldMeetingFactory):
    status = Meeting.Status.MINUTES_DRAFT
    minutes_published_at = factory.LazyAttribute(lambda m: m.start + timedelta(days=7))


class AgendaItemFactory(Factory):
    class Meta:
        model = "meetings.AgendaItem"

    meeting = factory.SubFactory(PublishedAgendaMeetingFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Report on service {n}")
    kind = AgendaItem.Kind.REPORT
    report_by = "Director of Children and Family Services"


class ExemptAgendaItemFactory(AgendaItemFactory):
    title = "Children's home contract award"
    summary = "Confidential: the bids received and the prices offered."
    exempt = True
    exempt_paragraph = 3


class DocumentFactory(Factory):
    class Meta:
        model = "meetings.Document"

    agenda_item = factory.SubFactory(AgendaItemFactory)
    title = factory.Sequence(lambda n: f"Report {n}")
    kind = "report"
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4 report")


class ExemptDocumentFactory(DocumentFactory):
    title = "Appendix B: tender prices"
    kind = "appendix"
    exempt = True
    exempt_paragraph = 3
    file = factory.django.FileField(filename="appendix-b.pdf", data=b"%PDF-1.4 confidential prices")


class AttendanceFactory(Factory):
    class Meta:
        model = "meetings.Attendance"

    meeting = factory.SubFactory(HeldMeetingFactory)
    person = factory.SubFactory(PersonFactory)
    status = "present"


class DeclarationFactory(Factory):
    class Meta:
        model = "meetings.Declaration"

    meeting = factory.SubFactory(HeldMeetingFactory)
    person = factory.SubFactory(PersonFactory)
    kind = "registerable"
    text = "Chair of the Leicestershire Parent Carer Forum."


class PublicQuestionFactory(Factory):
    class Meta:
        model = "meetings.PublicQuestion"

    meeting = factory.SubFactory(HeldMeetingFactory)
    questioner = "Mrs Sue Whiting"
    question = "How many children with an EHCP have been allocated a mainstream place?"
    response = "There are 428 Year 6 children with an EHCP."


class MemberQuestionFactory(Factory):
    class Meta:
        model = "meetings.MemberQuestion"

    meeting = factory.SubFactory(HeldMeetingFactory)
    asked_by = factory.SubFactory(PersonFactory)
    standing_order = "7(3)"
    question = "What is the waiting time for assessments?"


class PetitionFactory(Factory):
    class Meta:
        model = "meetings.Petition"

    meeting = factory.SubFactory(HeldMeetingFactory)
    title = "Keep the youth centre open"
    lead_petitioner = "Ms J. Smith"
    prayer = "We ask the council to keep the youth centre open."
    signature_count = 1250


class MinuteFactory(Factory):
    class Meta:
        model = "meetings.Minute"

    meeting = factory.SubFactory(MinutesPublishedMeetingFactory)
    heading = factory.Sequence(lambda n: f"Report on service {n}.")
    text = "The Committee considered a report of the Director."


class DiscussionPointFactory(Factory):
    class Meta:
        model = "meetings.DiscussionPoint"

    minute = factory.SubFactory(MinuteFactory)
    position = factory.Sequence(lambda n: n + 1)
    text = "Members noted the information provided."


class ResolutionFactory(Factory):
    class Meta:
        model = "meetings.Resolution"

    minute = factory.SubFactory(MinuteFactory)
    letter = ""
    text = factory.Sequence(lambda n: f"That the report on service {n} be noted.")
    kind = "noted"


class VoteFactory(Factory):
    class Meta:
        model = "meetings.Vote"

    minute = factory.SubFactory(MinuteFactory)
    motion = "That Mrs. H. J. Fryer CC be elected Chairman."
    votes_for = 7
    votes_against = 2


# --- roles ----------------------------------------------------------------------------------------------


class MemberUserFactory(UserFactory):
    """A councillor who signs in: a Person with a current membership of `committee`."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def committee(user, create, extracted, **kwargs):
        if create and extracted is not None:
            person = PersonFactory(user=user, email=user.email)
            MembershipFactory(committee=extracted, person=person)


class OfficerUserFactory(UserFactory):
    """An officer who signs in, as `person` when given (else a new officer)."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def person(user, create, extracted, **kwargs):
        if create:
            person = extracted or OfficerFactory()
            person.user = user
            person.save(update_fields=["user"])


# --- follow-up ------------------------------------------------------------------------------------------


class TeamFactory(Factory):
    class Meta:
        model = "scrutiny.Team"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"SEND Service team {n}")
    lead = factory.SubFactory(OfficerFactory)
    email = factory.Sequence(lambda n: f"send-team-{n}@example.gov.uk")

    @factory.post_generation
    def members(team, create, extracted, **kwargs):
        if create and extracted:
            team.members.set(extracted)


class ActionFactory(Factory):
    """An action from a request-for-information resolution in published minutes, owned by an officer."""

    class Meta:
        model = "followup.Action"

    resolution = factory.SubFactory(ResolutionFactory, kind="request_for_information")
    # Action.save() sets the committee from the resolution; an action raised directly needs one given.
    committee = factory.LazyAttribute(lambda a: a.resolution.minute.committee if a.resolution else None)
    description = factory.Sequence(
        lambda n: f"The Director to provide the committee with the number of tribunal appeals ({n})."
    )
    owner = factory.SubFactory(OfficerFactory)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class OverdueActionFactory(ActionFactory):
    due_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))


class ActionResponseFactory(Factory):
    class Meta:
        model = "followup.ActionResponse"

    action = factory.SubFactory(ActionFactory, status="response_submitted")
    kind = "answer"
    text = "Of 120 tribunal appeals in 2023, 114 were decided in favour of the parent."
    responded_by = factory.LazyAttribute(lambda r: r.action.owner)
    outcome = "awaiting_review"


class ResponseAttachmentFactory(Factory):
    class Meta:
        model = "followup.ResponseAttachment"

    response = factory.SubFactory(ActionResponseFactory)
    file = factory.django.FileField(filename="evidence.pdf", data=b"%PDF-1.4 evidence")


class RecommendationFactory(Factory):
    class Meta:
        model = "followup.Recommendation"

    resolution = factory.SubFactory(
        ResolutionFactory,
        kind="recommendation",
        recommended_to="Cabinet",
        text="That the draft Departmental Plan be presented to the Cabinet.",
    )
    body = "Cabinet"
    sent_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))


class MessageFactory(Factory):
    """An email in the outbox, not sent yet: telling an action's officer it is theirs."""

    class Meta:
        model = "scrutiny.Message"

    kind = "followup.assigned"
    about = factory.SubFactory(ActionFactory)
    recipient = factory.LazyAttribute(lambda n: n.about.owner.email)
    key = factory.LazyAttribute(lambda n: f"{n.about.reference}:officer-{n.about.owner_id}")


# --- performance indicators -----------------------------------------------------------------------------


class OutcomeFactory(Factory):
    class Meta:
        model = "indicators.Outcome"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Help children to live in safe, stable environments ({n})")
    position = factory.Sequence(lambda n: n)


class ThemeFactory(Factory):
    class Meta:
        model = "indicators.Theme"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Social Care {n}")


class IndicatorFactory(Factory):
    """A quarterly percentage, High = Good, shown to one decimal place, owned by an officer; the committees
    given as `committees` see it."""

    class Meta:
        model = "indicators.Indicator"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Children in care in a stable placement ({n})")
    outcome = factory.SubFactory(OutcomeFactory)
    theme = factory.SubFactory(ThemeFactory)
    value_type = "percent"
    decimals = 1
    polarity = "high"
    frequency = "quarter"
    period_type = "financial_quarter"
    owner = factory.SubFactory(OfficerFactory)

    @factory.post_generation
    def committees(indicator, create, extracted, **kwargs):
        if create and extracted:
            indicator.committees.set(extracted)


class TargetFactory(Factory):
    class Meta:
        model = "indicators.Target"
        django_get_or_create = ("indicator", "financial_year")

    indicator = factory.SubFactory(IndicatorFactory)
    financial_year = 2023
    comparator = ">="
    value = Decimal("60")


class PeriodFactory(Factory):
    """The period a `label` names ("Q3 2023/24", "Autumn 2023", "2023/24" …)."""

    class Meta:
        model = "indicators.Period"
        django_get_or_create = ("type", "start")
        exclude = ("span",)

    class Params:
        label = "Q1 2023/24"

    span = factory.LazyAttribute(lambda p: periods.parse(p.label))
    type = factory.LazyAttribute(lambda p: p.span.type)
    start = factory.LazyAttribute(lambda p: p.span.start)
    end = factory.LazyAttribute(lambda p: p.span.end)


class IndicatorValueFactory(Factory):
    """A published figure (revision 1) unless told otherwise; its times follow its status. After making
    published ones, call indicators.workflow.refresh_dashboard, as publishing does."""

    class Meta:
        model = "indicators.IndicatorValue"

    indicator = factory.SubFactory(IndicatorFactory)
    period = factory.SubFactory(PeriodFactory)
    revision = 1
    value = Decimal("61.3")
    status = "published"
    submitted_at = factory.LazyAttribute(lambda v: None if v.status == "draft" else timezone.now())
    approved_at = factory.LazyAttribute(
        lambda v: timezone.now() if v.status in ("approved", "published") else None
    )
    published_at = factory.LazyAttribute(lambda v: timezone.now() if v.status == "published" else None)
    return_reason = factory.LazyAttribute(
        lambda v: "Check the figure against the case system." if v.status == "returned" else ""
    )


class PerformanceReportFactory(Factory):
    class Meta:
        model = "indicators.PerformanceReport"

    label = factory.Sequence(lambda n: f"Q{n % 4 + 1} {2000 + n}/{(2001 + n) % 100:02d}")
    committee = factory.SubFactory(CommitteeFactory)
    period = factory.SubFactory(PeriodFactory, label="Q2 2023/24")
    status = "draft"
