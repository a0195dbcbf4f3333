"""Forms of the signed-in site, in GOV.UK voice: an officer's upload of a report commissioned from them."""

from django import forms
from django.conf import settings

from scrutiny.forms import GovUKForm
from scrutiny.uploads import ACCEPTED, validate_upload


class ReportUploadForm(GovUKForm):
    DRAFT, FINAL = "draft", "final"

    stage = forms.ChoiceField(
        label="What are you uploading?",
        choices=[(DRAFT, "The draft, for Democratic Services to read"), (FINAL, "The final report")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether this is the draft or the final report"},
    )
    file = forms.FileField(
        label="The report",
        help_text=f"{ACCEPTED}, up to {settings.DOCUMENT_MAX_MEGABYTES} MB.",
        error_messages={"required": "Choose the file of the report", "empty": "The file is empty"},
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        validate_upload(file, settings.DOCUMENT_MAX_MEGABYTES)
        return file
