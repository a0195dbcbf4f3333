"""Forms officers and Democratic Services use on the public site, in GOV.UK voice."""

from django import forms

from scrutiny import uploads
from scrutiny.forms import GovUKForm
from scrutiny.uploads import ACCEPTED, validate_upload

from .models import ActionResponse

MAX_ATTACHMENTS = 5


class MultipleFileField(uploads.MultipleFileField):
    """Several files from one input, each checked by content and size."""

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(f"Attach up to {MAX_ATTACHMENTS} files at a time.")
        cleaned = super().clean(data, initial)
        errors = []
        for file in cleaned:
            try:
                validate_upload(file)
            except forms.ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return cleaned


class ResponseForm(GovUKForm):
    kind = forms.ChoiceField(
        label="What are you sending?",
        choices=ActionResponse.Kind.choices,
        initial=ActionResponse.Kind.ANSWER,
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether this is an answer or a progress update"},
    )
    text = forms.CharField(
        label="Your response",
        help_text="Written for the committee: it may be published with the minutes.",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={"required": "Enter your response"},
    )
    attachments = MultipleFileField(
        label="Attach files (optional)",
        help_text=f"Up to {MAX_ATTACHMENTS} files: {ACCEPTED}.",
        required=False,
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError("Enter your response")
        return text


class ReviewForm(GovUKForm):
    ACCEPT, RETURN = "accept", "return"

    decision = forms.ChoiceField(
        label="Does the response answer what the committee asked?",
        choices=[
            (ACCEPT, "Yes: accept it and complete the action"),
            (RETURN, "No: return it to the officer"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether to accept or return the response"},
    )
    reason = forms.CharField(
        label="Why is it being returned?",
        help_text="The officer sees this.",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )

    def clean(self):
        cleaned_data = super().clean()
        given = "reason" in self.errors or cleaned_data.get("reason", "").strip()  # too long is given
        if cleaned_data.get("decision") == self.RETURN and not given:
            self.add_error("reason", "Enter why the response is being returned")
        return cleaned_data
