"""The Chair's comment on the draft minutes sent to them (papers/chair_preview.py)."""

from django import forms

from scrutiny.forms import GovUKForm

from .models import ChairComment


class ChairCommentForm(GovUKForm):
    text = forms.CharField(
        label="Your comments on the draft minutes",
        help_text="Corrections and anything missing, with the minute's number. Democratic Services read them "
        "before the minutes are published.",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=ChairComment.MAX_LENGTH,
        error_messages={"required": "Enter your comments"},
    )

    def clean_text(self):
        return self.cleaned_data["text"].replace("\r\n", "\n")
