"""The search box and its filters, in GOV.UK's words."""

from django import forms

from scrutiny.filters import SEARCH_TERM_MAX_LENGTH, GovUKDateInput
from scrutiny.models import Committee

from .models import Kind

MAX_QUERY_LENGTH = SEARCH_TERM_MAX_LENGTH  # the site's bound on words searched for


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search agendas, reports, minutes, questions, actions and performance indicators",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": f"Search for {MAX_QUERY_LENGTH} characters or fewer"},
    )
    committee = forms.ModelChoiceField(
        queryset=Committee.objects.all(),
        required=False,
        empty_label="All committees",
        error_messages={"invalid_choice": "Select a committee from the list"},
    )
    kind = forms.ChoiceField(
        label="Type",
        choices=[("", "Everything"), *Kind.choices],
        required=False,
        error_messages={"invalid_choice": "Select a type from the list"},
    )
    date_from = forms.DateField(
        label="Meetings from",
        required=False,
        widget=GovUKDateInput(),
        error_messages={"invalid": "Enter a real date for ‘Meetings from’"},
    )
    date_to = forms.DateField(
        label="Meetings to",
        required=False,
        widget=GovUKDateInput(),
        error_messages={"invalid": "Enter a real date for ‘Meetings to’"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("committee", "kind"):
            self.fields[name].widget.attrs["class"] = "govuk-select govuk-!-width-full"

    def clean(self):
        data = super().clean()
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", "‘Meetings to’ must be the same as or after ‘Meetings from’")
        return data

    @property
    def filters(self):
        """The filter fields, shown beside the results."""
        return [self[name] for name in ("committee", "kind", "date_from", "date_to")]
