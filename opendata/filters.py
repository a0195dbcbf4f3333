"""The query parameters each list takes. A committee is named by its slug, as in the site's addresses; dates
are YYYY-MM-DD and ranges include both ends. An unknown value is refused with 400 and the reason."""

from copy import deepcopy

from django import forms
from django.db.models import Exists, OuterRef
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from followup.models import Action, Recommendation
from indicators.periods import PeriodType
from meetings.models import AgendaItem, Document, Meeting, Resolution
from scrutiny.filters import BoundedSearchTerms
from scrutiny.forms import LARGEST_ID
from scrutiny.models import Membership, Person


def committee_filter(path: str) -> filters.CharFilter:
    return filters.CharFilter(
        field_name=f"{path}__slug", help_text="The committee's slug, e.g. children-and-families-osc."
    )


class IdFilter(filters.NumberFilter):
    """A whole number that can be an id: 1.5 is refused (not read as 1), and so is a number beyond the
    database's integers (which SQLite cannot compare)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=LARGEST_ID, **kwargs)


def id_filter(path: str, description: str) -> IdFilter:
    # An id, whose type the schema cannot tell from a foreign key's name.
    schema = {"type": "integer", "minimum": 1, "maximum": LARGEST_ID, "description": description}
    return extend_schema_field(schema)(IdFilter(field_name=path))


def meeting_filter(path: str = "meeting") -> IdFilter:
    return id_filter(path, "The meeting's id.")


def date_range(field: str, what: str, *, on_dates=False) -> dict:
    """`from` and `to`: the range of `field`. `on_dates`: `field` is a date and time, compared by its day
    in the council's time zone."""
    day = "date__" if on_dates else ""
    return {
        "from": filters.DateFilter(
            field_name=field, lookup_expr=f"{day}gte", help_text=f"{what} on or after this date."
        ),
        "to": filters.DateFilter(
            field_name=field, lookup_expr=f"{day}lte", help_text=f"{what} on or before this date."
        ),
    }


class OpenDataFilterSet(BoundedSearchTerms, filters.FilterSet):
    """A filter set whose `from` and `to` come from `range_filters`: Python keywords cannot be declared as
    class attributes, which is how django-filter names its parameters. Its text filters are bounded as the
    site's are."""

    by_name = True  # a refusal names the parameter

    range_filters: dict = {}

    @classmethod
    def get_filters(cls):
        return {**super().get_filters(), **deepcopy(cls.range_filters)}


class CommitteeFilter(OpenDataFilterSet):
    active = filters.BooleanFilter(field_name="is_active", help_text="Only committees still sitting (true).")


class PersonFilter(OpenDataFilterSet):
    kind = filters.ChoiceFilter(choices=Person.Kind.choices)
    # Both narrow the same membership ("sits on this committee today"), so filter_queryset applies them
    # together.
    committee = filters.CharFilter(
        method="applied_in_filter_queryset", help_text="Sits or sat on this committee (its slug)."
    )
    current = filters.BooleanFilter(
        method="applied_in_filter_queryset",
        help_text="true: sits on a committee (or on `committee`) today; false: used to, and no longer does.",
    )

    def applied_in_filter_queryset(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        committee, current = self.form.cleaned_data.get("committee"), self.form.cleaned_data.get("current")
        if not committee and current is None:
            return queryset
        memberships = Membership.objects.filter(person=OuterRef("pk"))
        if committee:
            memberships = memberships.filter(committee__slug=committee)
        if current is None:
            return queryset.filter(Exists(memberships))
        if current:
            return queryset.filter(Exists(memberships.current()))
        return queryset.filter(Exists(memberships)).exclude(Exists(memberships.current()))


class MeetingFilter(OpenDataFilterSet):
    committee = committee_filter("committee")
    status = filters.ChoiceFilter(choices=Meeting.Status.choices)
    range_filters = date_range("start", "Meetings", on_dates=True)


class AgendaItemFilter(OpenDataFilterSet):
    committee = committee_filter("meeting__committee")
    meeting = meeting_filter()
    kind = filters.ChoiceFilter(choices=AgendaItem.Kind.choices)
    exempt = filters.BooleanFilter(help_text="Exempt items (true) or open ones (false).")
    range_filters = date_range("meeting__start", "Items of meetings", on_dates=True)


class DocumentFilter(OpenDataFilterSet):
    committee = committee_filter("agenda_item__meeting__committee")
    meeting = meeting_filter("agenda_item__meeting")
    kind = filters.ChoiceFilter(choices=Document.Kind.choices)
    range_filters = date_range("agenda_item__meeting__start", "Papers of meetings", on_dates=True)


class MinuteFilter(OpenDataFilterSet):
    committee = committee_filter("meeting__committee")
    meeting = meeting_filter()
    range_filters = date_range("meeting__start", "Minutes of meetings", on_dates=True)


class ResolutionFilter(OpenDataFilterSet):
    committee = committee_filter("minute__meeting__committee")
    meeting = meeting_filter("minute__meeting")
    kind = filters.ChoiceFilter(choices=Resolution.Kind.choices)
    range_filters = date_range("minute__meeting__start", "Resolutions of meetings", on_dates=True)


class ActionFilter(OpenDataFilterSet):
    committee = committee_filter("committee")
    meeting = meeting_filter()
    status = filters.ChoiceFilter(choices=Action.Status.choices)
    overdue = filters.BooleanFilter(
        field_name="is_overdue", help_text="Still waiting on the officer after the due date (true)."
    )
    range_filters = date_range("due_date", "Actions due")


class RecommendationFilter(OpenDataFilterSet):
    committee = committee_filter("resolution__minute__meeting__committee")
    body = filters.CharFilter(lookup_expr="iexact", help_text='Who it went to, e.g. "Cabinet".')
    outcome = filters.ChoiceFilter(choices=Recommendation.Outcome.choices)
    awaiting_response = filters.BooleanFilter(
        field_name="response_received_on",
        lookup_expr="isnull",
        help_text="No response received yet (true), or received (false).",
    )
    overdue = filters.BooleanFilter(
        field_name="is_overdue", help_text="No response, and the response was due before today (true)."
    )
    range_filters = date_range("sent_on", "Recommendations sent")


class IndicatorValueFilter(OpenDataFilterSet):
    committee = committee_filter("indicator__committees")
    indicator = id_filter("indicator", "The indicator's id (see each figure's `indicator`).")
    theme = filters.CharFilter(field_name="indicator__theme__name", lookup_expr="iexact")
    period_type = filters.ChoiceFilter(field_name="period__type", choices=PeriodType.choices)
    include_superseded = filters.BooleanFilter(
        method="applied_in_filter_queryset",
        help_text="Also list revisions a later published revision replaced (true). By default only the "
        "current figure of each indicator and period is listed.",
    )
    range_filters = {
        "from": filters.DateFilter(
            field_name="period__start", lookup_expr="gte", help_text="Periods starting on or after this date."
        ),
        "to": filters.DateFilter(
            field_name="period__end", lookup_expr="lte", help_text="Periods ending on or before this date."
        ),
    }

    def applied_in_filter_queryset(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("include_superseded"):
            queryset = queryset.filter(superseded=False)
        return queryset
