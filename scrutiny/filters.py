"""The one base for every tracker's filters: GOV.UK classes on the widgets, dates as date pickers."""

import django_filters
from django import forms

from .models import Committee


class GovUKDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(attrs={"class": "govuk-input govuk-input--width-10"})


def committees(request):
    return Committee.objects.all()


class GovUKFilterSet(django_filters.FilterSet):
    WIDGET_CLASSES = {forms.Select: "govuk-select", forms.TextInput: "govuk-input"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            css_class = self.WIDGET_CLASSES.get(type(field.widget))
            if css_class:
                field.widget.attrs["class"] = css_class
