"""Factories for meetings, their agendas and papers, minutes, resolutions and votes."""

from datetime import timedelta

import factory
from django.utils import timezone

from meetings.models import AgendaItem, Meeting
from tests.factories.base import Factory
from tests.factories.scrutiny import CommitteeFactory, OfficerFactory, PersonFactory, UserFactory


class RoomFactory(Factory):
    class Meta:
        model = "meetings.Room"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Committee Room {n}")
    address = "County Hall, Glenfield, Leicestershire LE3 8RA"


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


class ReportRequestFactory(Factory):
    """A report commissioned from an officer who signs in, for an item of a meeting still to be published."""

    class Meta:
        model = "meetings.ReportRequest"

    agenda_item = factory.SubFactory(AgendaItemFactory, meeting=factory.SubFactory(MeetingFactory))
    officer = factory.SubFactory(
        OfficerFactory, user=factory.SubFactory(UserFactory, email=factory.SelfAttribute("..email"))
    )
    draft_due = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))
    final_due = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class OverdueReportRequestFactory(ReportRequestFactory):
    draft_due = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=7))
    final_due = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=3))
