"""The forms of signing in and of passwords, in GOV.UK style and voice: Django's own, relabelled."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Layout, Size
from django import forms
from django.contrib.auth import forms as auth_forms

from .forms import GovUKForm

PASSWORD_LABELS = {
    "old_password": ("Your current password", "Enter your current password"),
    "new_password1": ("New password", "Enter a new password"),
    "new_password2": ("Type the new password again", "Enter the new password again"),
}
PASSWORD_HINT = (
    "At least 8 characters. Not a common password, not only numbers, and not like your name, username or "
    "email address. A few unrelated words make a good one."
)


def _helper() -> FormHelper:
    helper = FormHelper()
    helper.form_tag = False
    helper.label_size = Size.SMALL
    return helper


def govuk_password_form(form_class):
    """Django's form to set or change a password (`form_class`), with GOV.UK labels and messages."""

    class GovUKPasswordForm(form_class):
        error_messages = {
            **form_class.error_messages,
            "password_mismatch": "The two passwords are not the same: type the new password twice",
            "password_incorrect": "Your current password is not right: enter it again",
        }

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for name, field in self.fields.items():
                field.label, required = PASSWORD_LABELS[name]
                field.error_messages["required"] = required
                field.help_text = PASSWORD_HINT if name == "new_password1" else ""
            self.helper = _helper()
            self.helper.layout = Layout(*(Field.text(name) for name in self.fields))

    return GovUKPasswordForm


PasswordChangeForm = govuk_password_form(auth_forms.PasswordChangeForm)
SetPasswordForm = govuk_password_form(auth_forms.SetPasswordForm)


class PasswordResetRequestForm(auth_forms.PasswordResetForm):
    """The address to send the link to. Django finds the active sign-ins with that address and a password
    (one invited but never set up is sent a new invitation by Democratic Services instead)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.label = "Email address"
        email.help_text = "The address your sign-in has. We will email a link to choose a new password."
        email.error_messages = {
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.gov.uk",
            "max_length": "Enter an email address of 254 characters or fewer",
        }
        self.helper = _helper()
        self.helper.layout = Layout(Field.text("email", spellcheck="false"))


class CodeForm(GovUKForm):
    code = forms.CharField(
        label="Code from your authenticator app",
        help_text="The 6 numbers the app shows for this site now.",
        max_length=20,
        error_messages={"required": "Enter the code from your authenticator app"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(
            Field.text(
                "code", field_width=5, inputmode="numeric", autocomplete="one-time-code", spellcheck="false"
            )
        )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())  # "123 456", as some apps show it
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError("Enter the 6 numbers the app shows, like 123456")
        return code
