"""The public's forms: a question for Question Time, a new petition, a signature, and the confirmation of a
signature. In GOV.UK style and voice; each carries a honeypot field that people never see."""

import re

from crispy_forms_gds.layout import Div, Field, Layout
from django import forms

from scrutiny.forms import GovUKForm

QUESTION_MAX_CHARACTERS = 3000
PRAYER_MAX_CHARACTERS = 1500
# A UK postcode: outward code (area, district) and inward code (sector, unit), e.g. "LE3 8RA", "SW1A 1AA".
POSTCODE = re.compile(r"^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$")


def name_field(label: str) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=200, error_messages={"required": f"Enter {label[0].lower()}{label[1:]}"}
    )


def email_field(label: str, help_text: str) -> forms.EmailField:
    return forms.EmailField(
        label=label,
        help_text=help_text,
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )


class TextareaField(forms.CharField):
    """Text typed in a box. Browsers send each line break as two characters (CR LF) but count it as one, in
    the box's maxlength and in the GOV.UK character count; so does this field. Otherwise a question in parts,
    each on a line of its own as the hint asks, could fit the box and still be refused as too long."""

    widget = forms.Textarea

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class PublicForm(GovUKForm):
    """A form anyone may send. `website` is a honeypot, hidden from people and from screen readers alike: only
    a program filling in every field fills it, and such a submission is answered as usual, then dropped."""

    website = forms.CharField(label="Leave this field empty", required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        visible = [name for name in self.fields if name != "website"]
        self.helper.layout = Layout(
            *(self.layout_field(name) for name in visible),
            Div(Field.text("website", autocomplete="off", tabindex="-1"), hidden="hidden"),
        )

    def layout_field(self, name: str):
        return name

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class QuestionForm(PublicForm):
    questioner = name_field("Your full name")
    email = email_field(
        "Email address",
        "We will email you to say whether your question is accepted. Your address will not be published.",
    )
    question = TextareaField(
        label="Your question",
        help_text="If your question has parts, letter them (a), (b), (c). Your name and question will be "
        "published on the meeting's page if it is accepted.",
        max_length=QUESTION_MAX_CHARACTERS,
        error_messages={
            "required": "Enter your question",
            "max_length": f"Your question must be {QUESTION_MAX_CHARACTERS} characters or fewer",
        },
    )
    attending = forms.BooleanField(
        label="I will come to the meeting and may ask a supplementary question",
        help_text="A supplementary question follows from the answer to your question and is asked in person.",
        required=False,
    )

    def layout_field(self, name):
        if name == "question":
            return Field.textarea(name, rows=8, max_characters=QUESTION_MAX_CHARACTERS)
        if name == "attending":
            return Field.checkbox(name)
        if name == "email":
            return Field.text(name, autocomplete="email", spellcheck="false")
        return Field.text(name, autocomplete="name")


class PetitionForm(PublicForm):
    title = forms.CharField(
        label="Title of your petition",
        help_text='Say briefly what you want, for example "Keep the Braunstone youth centre open".',
        max_length=150,
        error_messages={
            "required": "Enter a title for your petition",
            "max_length": "The title must be 150 characters or fewer",
        },
    )
    prayer = TextareaField(
        label="What do you want the council to do?",
        help_text="Explain what the council should do and why. This is published with your petition.",
        max_length=PRAYER_MAX_CHARACTERS,
        error_messages={
            "required": "Enter what you want the council to do",
            "max_length": f"What you want the council to do must be {PRAYER_MAX_CHARACTERS} characters "
            "or fewer",
        },
    )
    lead_petitioner = name_field("Your full name")
    email = email_field(
        "Email address",
        "We will email you when your petition is checked. Your address will not be published.",
    )

    def layout_field(self, name):
        if name == "prayer":
            return Field.textarea(name, rows=8, max_characters=PRAYER_MAX_CHARACTERS)
        if name == "email":
            return Field.text(name, autocomplete="email", spellcheck="false")
        if name == "lead_petitioner":
            return Field.text(name, autocomplete="name")
        return Field.text(name)


class SignatureForm(PublicForm):
    name = name_field("Your full name")
    email = email_field(
        "Email address",
        "We will email you a link to confirm your signature. Your address will not be published.",
    )
    postcode = forms.CharField(
        label="Postcode (optional)",
        help_text="So the council can see where support for the petition comes from. It is not published.",
        max_length=10,
        required=False,
    )

    def layout_field(self, name):
        if name == "postcode":
            return Field.text(name, field_width=10, autocomplete="postal-code")
        if name == "email":
            return Field.text(name, autocomplete="email", spellcheck="false")
        return Field.text(name, autocomplete="name")

    def clean_postcode(self):
        postcode = re.sub(r"\s+", "", self.cleaned_data["postcode"]).upper()
        if not postcode:
            return ""
        if not POSTCODE.match(postcode):
            raise forms.ValidationError("Enter a real postcode, like LE3 8RA")
        return f"{postcode[:-3]} {postcode[-3:]}"


class ConfirmSignatureForm(PublicForm):
    """Only the button: the emailed link shows it, so that a mail scanner opening links confirms nothing."""
