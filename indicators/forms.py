"""Forms for officers submitting figures and reviewers approving them, and for members raising an action
from an indicator. In GOV.UK voice; bad input gets a message and saves nothing."""

from crispy_forms_gds.layout import Layout
from django import forms

from scrutiny.forms import GovUKForm, ModelIdsField
from scrutiny.models import Committee
from scrutiny.uploads import validate_upload

from . import periods
from .models import Indicator, IndicatorValue, Period
from .periods import Finality, PeriodError
from .rag import RAG

# As IndicatorValue keeps them: figures and averages to six decimal places, numerators and denominators
# to four.
DECIMAL = {"max_digits": 18, "decimal_places": 6}
COUNT = {"max_digits": 18, "decimal_places": 4}


class FigureForm(GovUKForm):
    """One figure for one period: the officer records it, sees the checks, and submits it for approval."""

    period = forms.CharField(
        label="Period",
        help_text='For example "Q3 2023/24", "Autumn 2023" or "2023/24".',
        error_messages={"required": "Enter the period the figure is for"},
    )
    value = forms.DecimalField(
        label="Figure",
        **DECIMAL,
        error_messages={"required": "Enter the figure", "invalid": "Enter the figure as a number, like 82.6"},
    )
    numerator = forms.DecimalField(label="Numerator (optional)", required=False, min_value=0, **COUNT)
    denominator = forms.DecimalField(label="Denominator (optional)", required=False, min_value=0, **COUNT)
    finality = forms.ChoiceField(
        label="Is the figure final?",
        choices=Finality.choices,
        initial=Finality.FINAL,
        widget=forms.RadioSelect,
    )
    quartile = forms.TypedChoiceField(
        label="National quartile (optional)",
        choices=[("", "Not benchmarked"), ("1", "1 (top)"), ("2", "2"), ("3", "3"), ("4", "4 (bottom)")],
        coerce=int,
        empty_value=None,
        required=False,
    )
    sn_average = forms.DecimalField(
        label="Statistical neighbour average (optional)", required=False, **DECIMAL
    )
    england_average = forms.DecimalField(label="England average (optional)", required=False, **DECIMAL)
    commentary = forms.CharField(
        label="Commentary for the committee (optional)",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
    officer_comment = forms.CharField(
        label="Your explanation (needed when the checks question the figure)",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    rag_override = forms.ChoiceField(
        label="Override the suggested RAG status (optional)",
        choices=[("", "Keep the suggestion"), *RAG.choices],
        required=False,
    )
    rag_override_reason = forms.CharField(
        label="Why override the RAG status?", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator

    def clean_period(self):
        try:
            span = periods.parse(self.cleaned_data["period"], self.indicator.period_type)
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from error
        kind = self.indicator.period_type
        if span.type != kind:
            raise forms.ValidationError(
                f"{self.indicator} is reported by {periods.PeriodType(kind).label.lower()}: "
                f"give a period such as {periods.label_for(kind, span.start)}."
            )
        return span

    def clean(self):
        data = super().clean()
        if data.get("denominator") == 0:
            self.add_error("denominator", "A denominator cannot be nought")
        if data.get("rag_override") and not data.get("rag_override_reason", "").strip():
            self.add_error("rag_override_reason", "Enter why you are overriding the suggested RAG status")
        return data

    def period_object(self) -> Period:
        return Period.objects.get_or_create_span(self.cleaned_data["period"])


class UploadForm(GovUKForm):
    file = forms.FileField(
        label="Spreadsheet of figures",
        help_text="CSV or Excel, with the columns Indicator, Period and Value, and optionally Numerator, "
        "Denominator, Quartile, Commentary and Comment.",
        error_messages={"required": "Choose a CSV or Excel file to upload"},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        validate_upload(upload)
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError("Upload a CSV or Excel (.xlsx) file")
        return upload


class ReviewFiguresForm(GovUKForm):
    APPROVE, RETURN = "approve", "return"

    figures = ModelIdsField(
        queryset=IndicatorValue.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label="Figures",
        error_messages={"required": "Select the figures to approve or return"},
    )
    decision = forms.ChoiceField(
        label="What do you want to do with them?",
        choices=[(APPROVE, "Approve them"), (RETURN, "Return them to the officer")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether to approve or return the figures"},
    )
    reason = forms.CharField(
        label="Why are they being returned?", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["figures"].queryset = queryset
        self.helper.layout = Layout("decision", "reason")  # the page lists the figures with their checks

    def clean(self):
        data = super().clean()
        if data.get("decision") == self.RETURN and not data.get("reason", "").strip():
            self.add_error("reason", "Enter why the figures are being returned")
        return data


class RaiseActionForm(GovUKForm):
    """A member asks, from an indicator, for something to be done about it."""

    committee = forms.ModelChoiceField(
        queryset=Committee.objects.none(),
        label="For which committee?",
        empty_label=None,
        error_messages={"required": "Select the committee asking"},
    )
    description = forms.CharField(
        label="What should the officer do?",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": "Enter what the officer should do"},
    )

    def __init__(self, *args, committees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["committee"].queryset = committees
