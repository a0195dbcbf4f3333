import django_filters
from django import forms

from scrutiny.models import Committee

from .models import Resolution


class GovUKDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(attrs={"class": "govuk-input govuk-input--width-10"})


def committees(request):
    return Committee.objects.all()


class ResolutionFilter(django_filters.FilterSet):
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        css = {forms.Select: "govuk-select", forms.TextInput: "govuk-input"}
        for field in self.form.fields.values():
            for widget_class, css_class in css.items():
                if type(field.widget) is widget_class:
                    field.widget.attrs["class"] = css_class
