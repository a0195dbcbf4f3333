"""The one base for every tracker's filters: GOV.UK classes on the widgets, dates as date pickers; and the
bound on every word filter and search box of the site (the trackers', the search page's, the open data API's
and the admin's, scrutiny/admin_search.py)."""

import django_filters
from django import forms

from .forms import bound_text_fields
from .models import Committee

# The words a filter or search box is given are matched against the records' text (LIKE, full-text search).
# SQLite refuses a LIKE pattern longer than 50,000 bytes (a server error) and every database slows with one:
# nobody searches for more than a few words.
SEARCH_TERM_MAX_LENGTH = 200


class BoundedSearchTerms:
    """For a FilterSet: its text filters take SEARCH_TERM_MAX_LENGTH characters at most, saying so by their
    label (or, `by_name`, by the parameter's name)."""

    by_name = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound_text_fields(self.form, most=SEARCH_TERM_MAX_LENGTH, by_name=self.by_name)


class GovUKDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(attrs={"class": "govuk-input govuk-input--width-10"})


def committees(request):
    return Committee.objects.all()


class GovUKFilterSet(BoundedSearchTerms, django_filters.FilterSet):
    WIDGET_CLASSES = {forms.Select: "govuk-select", forms.TextInput: "govuk-input"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            css_class = self.WIDGET_CLASSES.get(type(field.widget))
            if css_class:
                field.widget.attrs["class"] = css_class
