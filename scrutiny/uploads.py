"""Uploaded files are accepted by what they contain, not by what they are called, and only up to a size.

Councils exchange papers as PDF, Word, Excel, PowerPoint, images and plain text or CSV; anything else (an
executable renamed to .pdf, say) is refused with a message that says what is accepted. The name must agree
with the content too: files are served under their name, so a page of HTML or script called "report.pdf",
or a PDF called "report.html", is never sent back as something a browser would run."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

ACCEPTED = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, plain text or CSV"
# Leading bytes of the formats accepted. Office files from 2007 on are zip archives.
SIGNATURES = {
    b"%PDF-": "pdf",
    b"PK\x03\x04": "office",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "legacy office",  # .doc, .xls, .ppt
}
# The names each kind of content may have, and the kind in words.
SUFFIXES = {
    "pdf": (".pdf",),
    "office": (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"),
    "legacy office": (".doc", ".xls", ".ppt"),
    "png": (".png",),
    "jpeg": (".jpg", ".jpeg"),
    "text": (".txt", ".csv"),
}
IN_WORDS = {
    "pdf": "a PDF",
    "legacy office": "an Office 97-2003 document",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "text": "plain text",
}


def kind_of(head: bytes, name: str) -> str | None:
    """What the first bytes of a file say it is, or None if it is nothing accepted."""
    for signature, kind in SIGNATURES.items():
        if head.startswith(signature):
            # A zip is accepted only as an office document, not as an archive of anything.
            if kind == "office" and not name.lower().endswith(SUFFIXES["office"]):
                return None
            return kind
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # The sample may end mid-character; anything earlier that fails is not text.
            if error.start < len(head) - 3:
                return None
        return "text"
    return None


def validate_upload(upload, max_megabytes: int | None = None) -> None:
    """Refuse a file that is too big (ATTACHMENT_MAX_MEGABYTES unless told), empty, of a kind not accepted,
    or named as another kind."""
    limit = settings.ATTACHMENT_MAX_MEGABYTES if max_megabytes is None else max_megabytes
    if upload.size > limit * 1024 * 1024:
        raise ValidationError(f"{upload.name} is larger than {limit} MB: upload a smaller file.")
    if upload.size == 0:
        raise ValidationError(f"{upload.name} is empty.")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    kind = kind_of(head, upload.name)
    if kind is None:
        raise ValidationError(f"{upload.name} is not a file type we accept. Upload a {ACCEPTED} file.")
    if not upload.name.lower().endswith(SUFFIXES[kind]):
        endings = " or ".join(SUFFIXES[kind])
        raise ValidationError(
            f"{upload.name} holds {IN_WORDS[kind]}, which its name does not say: rename it to end in "
            f"{endings}, then upload it again."
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input, as Django's documentation shows: a list, each file cleaned as one would
    be (checking them is for the field that uses it). None chosen, it is required unless told otherwise."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            return [super().clean(None, initial)] if self.required else []  # raises "This field is required."
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class CheckedUploadForm(forms.ModelForm):
    """An admin form whose `file` is checked as above when a new one is uploaded (a file already stored was
    checked when it came). Over its limit (the setting `upload_limit` names), or of a kind not accepted, the
    form shows why and nothing is saved."""

    upload_limit = "ATTACHMENT_MAX_MEGABYTES"

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            validate_upload(file, getattr(settings, self.upload_limit))
        return file
