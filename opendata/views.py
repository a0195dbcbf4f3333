"""The open data API: read-only JSON lists and details of committees' public record, and a page that
documents it.

Every list is paginated, filtered by its FilterSet, and ordered by fields that end in a unique one, so a
row never moves between pages of the same data. Each list costs a fixed number of queries, however many
rows a page holds. What a list may contain is decided in public.py, the same for every caller."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.settings import api_settings

from meetings.models import Meeting
from scrutiny.models import Membership, Person

from . import docs, filters, public, serializers
from .pagination import OpenDataPagination
from .schema import OpenDataSchema
from .throttling import OpenDataRateThrottle


def summaries(of_list: str, of_one: str):
    return extend_schema_view(list=extend_schema(summary=of_list), retrieve=extend_schema(summary=of_one))


class OpenDataViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_value_converter = "int"
    schema = OpenDataSchema()

    def filter_queryset(self, queryset):
        # A detail address names its object: the filters (and defaults) of the list do not apply to it.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)


class MeetingPartViewSet(OpenDataViewSet):
    """Also served as /api/meetings/<meeting_pk>/<part>/: the part of that meeting (404: no such meeting)."""

    meeting_path = "meeting"

    def get_queryset(self):
        queryset = self.public_queryset()
        if "meeting_pk" in self.kwargs:
            meeting = get_object_or_404(Meeting, pk=self.kwargs["meeting_pk"])
            queryset = queryset.filter(**{self.meeting_path: meeting})
        return queryset

    def public_queryset(self):
        raise NotImplementedError


# A committee's address ends in its slug: the schema says what one can be, as the address's converter does.
SLUG = OpenApiParameter(
    "slug",
    str,
    OpenApiParameter.PATH,
    required=True,
    pattern=r"^[-a-zA-Z0-9_]+$",
    description="The committee's slug.",
)


@summaries("Committees", "A committee")
@extend_schema_view(retrieve=extend_schema(parameters=[SLUG]))
class CommitteeViewSet(OpenDataViewSet):
    """Committees, by name, each with the people who sit on it today (Chairman, Vice-Chairman, members,
    co-opted members)."""

    serializer_class = serializers.CommitteeSerializer
    filterset_class = filters.CommitteeFilter
    lookup_field = "slug"
    lookup_value_converter = "slug"

    def get_queryset(self):
        # Membership.current() takes today's date, so the queryset is made for each request.
        members = Membership.objects.current().for_committee_page()
        return (
            public.committees()
            .prefetch_related(Prefetch("memberships", queryset=members, to_attr="current_memberships"))
            .order_by("name", "pk")
        )


@summaries("People and their committee memberships", "A person")
class PersonViewSet(OpenDataViewSet):
    """Councillors, co-opted members and officers, by family name, with every committee membership. Names,
    kinds, parties and roles only; officers' job titles and departments; never an email address or phone
    number."""

    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter

    def get_queryset(self):
        memberships = Membership.objects.select_related("committee").order_by(
            "committee__name", "start_date", "pk"
        )
        return (
            public.people()
            .prefetch_related(Prefetch("memberships", queryset=memberships))
            .order_by("family_name", "name", "pk")
        )


@summaries("Meetings", "A meeting")
class MeetingViewSet(OpenDataViewSet):
    """Meetings of every committee, earliest first (use `from` and `to` for a range of dates), including
    those scheduled and cancelled. Their agenda items, papers and minutes are at the addresses given, once
    published."""

    serializer_class = serializers.MeetingSerializer
    filterset_class = filters.MeetingFilter

    def get_queryset(self):
        return public.meetings().select_related("committee", "contact_officer").order_by("start", "pk")


@summaries("Agenda items", "An agenda item")
class AgendaItemViewSet(MeetingPartViewSet):
    """Items of published agendas, in meeting order and item number. An exempt item (Schedule 12A of the
    Local Government Act 1972) is listed as the public agenda prints it: its number, title and the paragraph
    that makes it exempt; its summary, report details, papers and contacts are never given."""

    serializer_class = serializers.AgendaItemSerializer
    filterset_class = filters.AgendaItemFilter

    def public_queryset(self):
        return (
            public.agenda_items()
            .select_related("meeting__committee")
            .prefetch_related(
                Prefetch("documents", queryset=public.documents().order_by("position", "pk")),
                Prefetch("contacts", queryset=Person.objects.order_by("family_name", "name", "pk")),
            )
            .order_by("meeting__start", "meeting_id", "number", "suffix", "pk")
        )


@summaries("Documents (reports, appendices, presentations …)", "A document")
class DocumentViewSet(MeetingPartViewSet):
    """Reports, appendices and other papers of published agendas, with their download addresses. Exempt
    papers, and papers of exempt items, are never listed."""

    serializer_class = serializers.DocumentSerializer
    filterset_class = filters.DocumentFilter
    meeting_path = "agenda_item__meeting"

    def public_queryset(self):
        return (
            public.documents()
            .select_related("agenda_item__meeting__committee")
            .order_by(
                "agenda_item__meeting__start",
                "agenda_item__meeting_id",
                "agenda_item__number",
                "agenda_item__suffix",
                "position",
                "pk",
            )
        )


@summaries("Minutes with their discussion points, resolutions, votes and ballots", "A minute")
class MinuteViewSet(MeetingPartViewSet):
    """Minutes of meetings whose minutes are published (draft or approved), in minute order, with their
    discussion points, resolutions, votes (named votes and the casting vote where recorded) and ballots.
    Minutes of exempt items are never listed."""

    serializer_class = serializers.MinuteSerializer
    filterset_class = filters.MinuteFilter

    def public_queryset(self):
        return (
            public.minutes()
            .with_record()
            .select_related("meeting__committee")
            .order_by("meeting__start", "meeting_id", "number", "pk")
        )


@summaries("Resolutions", "A resolution")
class ResolutionViewSet(MeetingPartViewSet):
    """What committees resolved, from the published minutes, in minute order."""

    serializer_class = serializers.ResolutionSerializer
    filterset_class = filters.ResolutionFilter
    meeting_path = "minute__meeting"

    def public_queryset(self):
        return (
            public.resolutions()
            .select_related("minute__meeting__committee")
            .order_by("minute__meeting__start", "minute__meeting_id", "minute__number", "position", "pk")
        )


@summaries("Actions and their accepted responses", "An action")
class ActionViewSet(OpenDataViewSet):
    """What committees asked officers to do, by due date, with the responses the committee accepted.
    Exempt actions, and actions of unpublished minutes, are never listed."""

    serializer_class = serializers.ActionSerializer
    filterset_class = filters.ActionFilter

    def get_queryset(self):
        responses = (
            public.action_responses()
            .select_related("responded_by")
            .prefetch_related("attachments")
            .order_by("submitted_at", "pk")
        )
        return (
            public.actions()
            .select_related("committee", "meeting", "minute", "resolution__minute", "owner", "team")
            .prefetch_related(Prefetch("responses", queryset=responses, to_attr="accepted_responses"))
            .with_is_overdue()
            .order_by("due_date", "pk")
        )


@summaries("Recommendations to the executive", "A recommendation")
class RecommendationViewSet(OpenDataViewSet):
    """Recommendations to the Cabinet and other bodies, by the date their response is due (two months
    after they were sent: Local Government Act 2000 s.9FE), and the responses received."""

    serializer_class = serializers.RecommendationSerializer
    filterset_class = filters.RecommendationFilter

    def get_queryset(self):
        return (
            public.recommendations()
            .select_related("resolution__minute__meeting__committee")
            .with_is_overdue()
            .order_by("response_due", "pk")
        )


@summaries("Published performance figures", "A published performance figure")
class IndicatorValueViewSet(OpenDataViewSet):
    """Published performance figures, each with its indicator and period, by indicator and then period.
    Only the current revision of each figure is listed unless `include_superseded=true`."""

    serializer_class = serializers.IndicatorValueSerializer
    filterset_class = filters.IndicatorValueFilter

    def get_queryset(self):
        return (
            public.indicator_values()
            .select_related("indicator__outcome", "indicator__theme", "period")
            .prefetch_related("indicator__committees")
            .order_by(
                "indicator__theme__name", "indicator__name", "indicator_id", "period__start", "revision", "pk"
            )
        )


@csrf_exempt  # it never writes; any method but GET or HEAD is 405, not a CSRF failure
@require_safe
def api_docs(request):
    """The API's documentation as a plain page of the site, with nothing from another site: the Content
    Security Policy allows no third-party scripts, which Swagger UI and ReDoc would need."""
    rate = api_settings.DEFAULT_THROTTLE_RATES.get(OpenDataRateThrottle.scope)
    if rate:
        requests, period = rate.split("/")
        rate = f"{requests} requests a {period}"
    context = {
        "endpoints": docs.endpoints(),
        "page_size": OpenDataPagination.page_size,
        "max_page_size": OpenDataPagination.max_page_size,
        "rate": rate,
    }
    return render(request, "opendata/docs.html", context)
