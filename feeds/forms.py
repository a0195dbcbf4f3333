from crispy_forms_gds.layout import Div, Layout
from django import forms

from scrutiny.forms import GovUKForm

from .subscriptions import ALERT_CHOICES, normalise


class SubscriptionForm(GovUKForm):
    """Email alerts from a committee. `website` is a trap for robots: hidden from people (and from screen
    readers), so a form that fills it in was not filled in by a person."""

    HONEYPOT = "website"

    email = forms.EmailField(
        label="Email address",
        help_text="We will send you an email to check it is yours. Nothing else is sent until you confirm.",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    alerts = forms.MultipleChoiceField(
        label="Which alerts do you want?",
        help_text="Select all that apply.",
        choices=ALERT_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select which alerts you want"},
    )
    website = forms.CharField(
        label="Leave this field empty", required=False, max_length=200, widget=forms.TextInput()
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "alerts")  # the committee page may hold other forms
        super().__init__(*args, **kwargs)
        self.fields[self.HONEYPOT].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.helper.layout = Layout(
            "email",
            "alerts",
            Div(self.HONEYPOT, css_class="govuk-!-display-none", aria_hidden="true"),
        )

    def clean_email(self):
        return normalise(self.cleaned_data["email"])

    @property
    def is_from_a_robot(self) -> bool:
        return bool(self.is_bound and self.data.get(self.add_prefix(self.HONEYPOT), "").strip())
