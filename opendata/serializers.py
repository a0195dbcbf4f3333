"""How each kind of open data reads in JSON.

People appear by name, kind, party and role; officers also by their published job title and department.
No email address or telephone number is ever serialized. Documents and attachments are given by the site's
permission-checked download address, never by where the file is stored.
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from followup.models import Action, ActionResponse, Recommendation, ResponseAttachment
from indicators.models import Indicator, IndicatorValue, Period
from meetings.models import (
    AgendaItem,
    Ballot,
    BallotCandidate,
    DiscussionPoint,
    Document,
    Meeting,
    Minute,
    Resolution,
    Vote,
    VoteCast,
)
from scrutiny.models import Committee, Membership, Person


def absolute(serializer, path: str) -> str:
    return serializer.context["request"].build_absolute_uri(path)


@extend_schema_field(OpenApiTypes.URI)
class WebAddressField(serializers.Field):
    """The object's page on the site (or its download), from its get_absolute_url(), as a full address."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return absolute(self, value.get_absolute_url())


def api_url(view_name: str, **kwargs):
    """A link to the object's own endpoint in this API."""
    return serializers.HyperlinkedIdentityField(view_name=f"opendata:{view_name}", **kwargs)


# --- references from one kind of data to another ------------------------------------------------------


class CommitteeReferenceSerializer(serializers.ModelSerializer):
    url = api_url("committee-detail", lookup_field="slug")

    class Meta:
        model = Committee
        fields = ["slug", "name", "url"]


class MeetingReferenceSerializer(serializers.ModelSerializer):
    url = api_url("meeting-detail")

    class Meta:
        model = Meeting
        fields = ["id", "start", "url"]


def work_detail(person: Person, name: str) -> str | None:
    """Officers' job titles and departments are published work contact details; nobody else's are given."""
    return getattr(person, name) if person.kind == Person.Kind.OFFICER else None


class PersonReferenceSerializer(serializers.ModelSerializer):
    """A person named in the papers: a report's contact, a meeting's contact, an action's owner."""

    job_title = serializers.SerializerMethodField()

    class Meta:
        model = Person
        fields = ["id", "name", "kind", "job_title"]

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Officers only."))
    def get_job_title(self, person):
        return work_detail(person, "job_title")


def reference_field():
    return serializers.CharField(
        read_only=True, help_text='How the papers cite it, e.g. "52(b)": minute 52, resolution (b).'
    )


class MinuteReferenceSerializer(serializers.ModelSerializer):
    url = api_url("minute-detail")

    class Meta:
        model = Minute
        fields = ["id", "number", "heading", "url"]


class ResolutionReferenceSerializer(serializers.ModelSerializer):
    url = api_url("resolution-detail")
    reference = reference_field()

    class Meta:
        model = Resolution
        fields = ["id", "reference", "kind", "text", "url"]


# --- committees and people ----------------------------------------------------------------------------


class CommitteeMemberSerializer(serializers.ModelSerializer):
    person = PersonReferenceSerializer()

    class Meta:
        model = Membership
        fields = ["person", "role", "is_voting", "voting_note", "start_date", "end_date"]


class CommitteeSerializer(serializers.ModelSerializer):
    url = api_url("committee-detail", lookup_field="slug")
    web_url = WebAddressField()
    members = CommitteeMemberSerializer(
        source="current_memberships", many=True, help_text="Who sits on the committee today."
    )

    class Meta:
        model = Committee
        fields = ["slug", "name", "description", "is_active", "url", "web_url", "members"]


class MembershipSerializer(serializers.ModelSerializer):
    committee = CommitteeReferenceSerializer()

    class Meta:
        model = Membership
        fields = ["committee", "role", "is_voting", "voting_note", "start_date", "end_date"]


class PersonSerializer(serializers.ModelSerializer):
    url = api_url("person-detail")
    job_title = serializers.SerializerMethodField()
    department = serializers.SerializerMethodField()
    memberships = MembershipSerializer(many=True, help_text="Every committee they sit or sat on.")

    class Meta:
        model = Person
        fields = [
            "id",
            "url",
            "name",
            "family_name",
            "kind",
            "party",
            "job_title",
            "department",
            "memberships",
        ]

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Officers only."))
    def get_job_title(self, person):
        return work_detail(person, "job_title")

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Officers only."))
    def get_department(self, person):
        return work_detail(person, "department")


# --- meetings, agendas and papers ---------------------------------------------------------------------


class MeetingSerializer(serializers.ModelSerializer):
    url = api_url("meeting-detail")
    web_url = WebAddressField()
    committee = CommitteeReferenceSerializer()
    contact_officer = PersonReferenceSerializer(allow_null=True)
    minutes_approved_at = serializers.PrimaryKeyRelatedField(
        read_only=True,
        allow_null=True,
        help_text="The meeting at which these minutes were confirmed and signed.",
    )
    agenda_items_url = serializers.SerializerMethodField()
    documents_url = serializers.SerializerMethodField()
    minutes_url = serializers.SerializerMethodField()
    resolutions_url = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = [
            "id",
            "url",
            "web_url",
            "committee",
            "start",
            "end",
            "location",
            "status",
            "webcast_url",
            "contact_officer",
            "agenda_published_at",
            "minutes_published_at",
            "minutes_approved_at",
            "agenda_items_url",
            "documents_url",
            "minutes_url",
            "resolutions_url",
        ]

    def _part(self, meeting, name):
        return absolute(self, reverse(f"opendata:meeting-{name}", kwargs={"meeting_pk": meeting.pk}))

    @extend_schema_field(OpenApiTypes.URI)
    def get_agenda_items_url(self, meeting):
        return self._part(meeting, "agenda-items")

    @extend_schema_field(OpenApiTypes.URI)
    def get_documents_url(self, meeting):
        return self._part(meeting, "documents")

    @extend_schema_field(OpenApiTypes.URI)
    def get_minutes_url(self, meeting):
        return self._part(meeting, "minutes")

    @extend_schema_field(OpenApiTypes.URI)
    def get_resolutions_url(self, meeting):
        return self._part(meeting, "resolutions")


class DocumentInItemSerializer(serializers.ModelSerializer):
    url = api_url("document-detail")
    download_url = WebAddressField(help_text="The site's download, which checks who may read it.")

    class Meta:
        model = Document
        fields = ["id", "url", "title", "kind", "position", "download_url"]


# The number as the agenda prints it: "8", or "8A" for a late item added after publication after item 8.
REFERENCE = serializers.CharField(
    read_only=True, help_text='The number as printed: "8", or "8A" for a late item.'
)


class AgendaItemSerializer(serializers.ModelSerializer):
    """An agenda item. An exempt one reads as the public agenda prints it: its number, title and Schedule 12A
    paragraph. Everything else about it is null or empty, never filled from the item."""

    # The fields an exempt item shows; the rest are withheld.
    SHOWN_WHEN_EXEMPT = ("id", "url", "web_url", "meeting", "committee") + (
        "number",
        "reference",
        "title",
        "kind",
        "exempt",
    )

    url = api_url("agendaitem-detail")
    web_url = serializers.SerializerMethodField()
    meeting = MeetingReferenceSerializer()
    committee = CommitteeReferenceSerializer(source="meeting.committee")
    reference = REFERENCE
    exempt_paragraph = serializers.IntegerField(
        allow_null=True, help_text="The paragraph of Schedule 12A to the LGA 1972, for an exempt item."
    )
    exempt_reason = serializers.SerializerMethodField()
    report_by = serializers.CharField(allow_null=True, help_text="Null for an exempt item.")
    page_start = serializers.IntegerField(allow_null=True)
    page_end = serializers.IntegerField(allow_null=True)
    summary = serializers.CharField(allow_null=True, help_text="Null for an exempt item.")
    documents = DocumentInItemSerializer(
        many=True, help_text="The item's public papers; none for an exempt item."
    )
    contacts = PersonReferenceSerializer(many=True, help_text="Officers to contact; none for an exempt item.")

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "url",
            "web_url",
            "meeting",
            "committee",
            "number",
            "reference",
            "title",
            "kind",
            "exempt",
            "exempt_paragraph",
            "exempt_reason",
            "report_by",
            "page_start",
            "page_end",
            "summary",
            "documents",
            "contacts",
        ]

    def to_representation(self, item):
        if not item.exempt:
            return super().to_representation(item)
        # Withheld fields are never read from the item, so nothing exempt can reach the output.
        data = dict.fromkeys(self.fields)
        for name in self.SHOWN_WHEN_EXEMPT:
            field = self.fields[name]
            data[name] = field.to_representation(field.get_attribute(item))
        data |= {
            "exempt_paragraph": item.exempt_paragraph,
            "exempt_reason": self.get_exempt_reason(item),
            "documents": [],
            "contacts": [],
        }
        return data

    @extend_schema_field(OpenApiTypes.URI)
    def get_web_url(self, item):
        return absolute(self, f"{item.meeting.get_absolute_url()}#item-{item.reference}")

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_exempt_reason(self, item):
        return item.get_exempt_paragraph_display() if item.exempt else None


class AgendaItemReferenceSerializer(serializers.ModelSerializer):
    url = api_url("agendaitem-detail")
    reference = REFERENCE

    class Meta:
        model = AgendaItem
        fields = ["id", "number", "reference", "title", "url"]


class DocumentSerializer(serializers.ModelSerializer):
    url = api_url("document-detail")
    download_url = WebAddressField(help_text="The site's download, which checks who may read it.")
    agenda_item = AgendaItemReferenceSerializer()
    meeting = MeetingReferenceSerializer(source="agenda_item.meeting")
    committee = CommitteeReferenceSerializer(source="agenda_item.meeting.committee")

    class Meta:
        model = Document
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "position",
            "uploaded_at",
            "download_url",
            "agenda_item",
            "meeting",
            "committee",
        ]


# --- minutes and resolutions --------------------------------------------------------------------------


class DiscussionPointSerializer(serializers.ModelSerializer):
    numeral = serializers.CharField(read_only=True, help_text="(i), (ii) …: the position in roman numerals.")

    class Meta:
        model = DiscussionPoint
        fields = ["position", "numeral", "section", "text"]


class ResolutionInMinuteSerializer(serializers.ModelSerializer):
    url = api_url("resolution-detail")
    reference = reference_field()

    class Meta:
        model = Resolution
        fields = ["id", "url", "letter", "reference", "kind", "text", "recommended_to"]


class NamedVoteSerializer(serializers.ModelSerializer):
    person = PersonReferenceSerializer()

    class Meta:
        model = VoteCast
        fields = ["person", "how"]


class VoteSerializer(serializers.ModelSerializer):
    mover = PersonReferenceSerializer(allow_null=True)
    seconder = PersonReferenceSerializer(allow_null=True)
    carried = serializers.BooleanField(read_only=True, help_text="A tie is decided by the casting vote.")
    named_votes = NamedVoteSerializer(source="casts", many=True, help_text="Where the minutes name them.")

    class Meta:
        model = Vote
        fields = [*Vote.RECORDED_FIELDS, "carried", "named_votes"]


class BallotCandidateSerializer(serializers.ModelSerializer):
    person = PersonReferenceSerializer(allow_null=True)
    name = serializers.CharField(source="display_name", read_only=True)

    class Meta:
        model = BallotCandidate
        fields = ["name", "person", "votes", "elected"]


class BallotSerializer(serializers.ModelSerializer):
    candidates = BallotCandidateSerializer(many=True)

    class Meta:
        model = Ballot
        fields = ["office", "secret", "abstentions", "candidates"]


class MinuteSerializer(serializers.ModelSerializer):
    url = api_url("minute-detail")
    web_url = serializers.SerializerMethodField()
    meeting = MeetingReferenceSerializer()
    committee = CommitteeReferenceSerializer(source="meeting.committee")
    agenda_item = AgendaItemReferenceSerializer(allow_null=True)
    approved = serializers.BooleanField(
        source="meeting.minutes_are_approved", help_text="False while the minutes are a draft."
    )
    discussion_points = DiscussionPointSerializer(source="discussionpoints", many=True)
    resolutions = ResolutionInMinuteSerializer(many=True)
    votes = VoteSerializer(many=True)
    ballots = BallotSerializer(many=True)

    class Meta:
        model = Minute
        fields = [
            "id",
            "url",
            "web_url",
            "meeting",
            "committee",
            "number",
            "heading",
            "text",
            "agenda_item",
            "approved",
            "discussion_points",
            "resolutions",
            "votes",
            "ballots",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_web_url(self, minute):
        return absolute(self, f"{minute.meeting.get_absolute_url()}#minute-{minute.number}")


class ResolutionSerializer(serializers.ModelSerializer):
    url = api_url("resolution-detail")
    reference = reference_field()
    web_url = serializers.SerializerMethodField()
    minute = MinuteReferenceSerializer()
    meeting = MeetingReferenceSerializer(source="minute.meeting")
    committee = CommitteeReferenceSerializer(source="minute.meeting.committee")

    class Meta:
        model = Resolution
        fields = [
            "id",
            "url",
            "web_url",
            "reference",
            "letter",
            "kind",
            "text",
            "recommended_to",
            "minute",
            "meeting",
            "committee",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_web_url(self, resolution):
        return absolute(self, f"{resolution.minute.meeting.get_absolute_url()}#resolution-{resolution.pk}")


# --- follow-up ----------------------------------------------------------------------------------------


class AttachmentSerializer(serializers.ModelSerializer):
    download_url = WebAddressField(help_text="The site's download, which checks who may read it.")

    class Meta:
        model = ResponseAttachment
        fields = ["filename", "download_url"]


class ActionResponseSerializer(serializers.ModelSerializer):
    responded_by = PersonReferenceSerializer(allow_null=True)
    attachments = AttachmentSerializer(many=True)

    class Meta:
        model = ActionResponse
        fields = ["kind", "text", "responded_by", "submitted_at", "reviewed_at", "attachments"]


class ActionSerializer(serializers.ModelSerializer):
    url = api_url("action-detail")
    web_url = WebAddressField()
    committee = CommitteeReferenceSerializer()
    meeting = MeetingReferenceSerializer(allow_null=True)
    minute = MinuteReferenceSerializer(allow_null=True)
    resolution = ResolutionReferenceSerializer(allow_null=True)
    source = serializers.CharField(
        help_text='Where it came from: "Minute 52(b)", or raised by Democratic Services.'
    )
    owner = PersonReferenceSerializer(allow_null=True, help_text="The officer who answers it, if not a team.")
    team = serializers.StringRelatedField(
        allow_null=True, help_text="The team that answers it, if not an officer."
    )
    is_overdue = serializers.BooleanField(help_text="Still waiting on its owner after its due date.")
    responses = ActionResponseSerializer(
        source="accepted_responses", many=True, help_text="The responses the committee accepted."
    )

    class Meta:
        model = Action
        fields = [
            "id",
            "reference",
            "url",
            "web_url",
            "committee",
            "meeting",
            "minute",
            "resolution",
            "source",
            "description",
            "owner",
            "team",
            "due_date",
            "status",
            "is_overdue",
            "closed_at",
            "created_at",
            "responses",
        ]


class RecommendationSerializer(serializers.ModelSerializer):
    url = api_url("recommendation-detail")
    resolution = ResolutionReferenceSerializer()
    meeting = MeetingReferenceSerializer(source="resolution.minute.meeting")
    committee = CommitteeReferenceSerializer(source="resolution.minute.meeting.committee")
    is_overdue = serializers.BooleanField(help_text="No response yet, and its due date has passed.")

    class Meta:
        model = Recommendation
        fields = [
            "id",
            "url",
            "resolution",
            "meeting",
            "committee",
            "body",
            "sent_on",
            "response_due",
            "response_received_on",
            "outcome",
            "response_text",
            "is_overdue",
        ]


# --- performance --------------------------------------------------------------------------------------


class IndicatorSerializer(serializers.ModelSerializer):
    web_url = WebAddressField()
    topic = serializers.CharField(source="outcome.name", help_text="The strategic outcome it reports on.")
    theme = serializers.CharField(source="theme.name")
    committees = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "id",
            "web_url",
            "name",
            "topic",
            "theme",
            "definition",
            "value_type",
            "unit",
            "decimals",
            "polarity",
            "frequency",
            "period_type",
            "comparison",
            "source",
            "is_active",
            "committees",
        ]


class PeriodSerializer(serializers.ModelSerializer):
    class Meta:
        model = Period
        fields = ["type", "label", "start", "end"]


class IndicatorValueSerializer(serializers.ModelSerializer):
    url = api_url("indicatorvalue-detail")
    indicator = IndicatorSerializer()
    period = PeriodSerializer()
    superseded = serializers.BooleanField(help_text="A later revision of this figure has been published.")

    class Meta:
        model = IndicatorValue
        fields = [
            "id",
            "url",
            "indicator",
            "period",
            "revision",
            "superseded",
            "value",
            "numerator",
            "denominator",
            "finality",
            "quartile",
            "sn_average",
            "england_average",
            "published_at",
        ]
