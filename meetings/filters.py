import django_filters

from scrutiny.filters import GovUKDateInput, GovUKFilterSet, committees

from .models import Resolution


class ResolutionFilter(GovUKFilterSet):
    committee = django_filters.ModelChoiceFilter(
        field_name="minute__committee",
        queryset=committees,
        empty_label="All committees",
        label="Committee",
    )
    date_from = django_filters.DateFilter(
        field_name="minute__meeting__start",
        lookup_expr="date__gte",
        label="Meetings from",
        widget=GovUKDateInput(),
    )
    date_to = django_filters.DateFilter(
        field_name="minute__meeting__start",
        lookup_expr="date__lte",
        label="Meetings to",
        widget=GovUKDateInput(),
    )
    kind = django_filters.ChoiceFilter(choices=Resolution.Kind.choices, empty_label="All kinds", label="Kind")
    text = django_filters.CharFilter(
        field_name="text", lookup_expr="icontains", label="Words in the resolution"
    )

    class Meta:
        model = Resolution
        fields = ["committee", "date_from", "date_to", "kind", "text"]
