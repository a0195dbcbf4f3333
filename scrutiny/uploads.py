"""Uploaded files are accepted by what they contain, not by what they are called, and only up to a size.

Councils exchange papers as PDF, Word, Excel, PowerPoint, images and plain text or CSV; anything else (an
executable renamed to .pdf, say) is refused with a message that says what is accepted."""

from django.conf import settings
from django.core.exceptions import ValidationError

ACCEPTED = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, plain text or CSV"
# Leading bytes of the formats accepted. Office files from 2007 on are zip archives.
SIGNATURES = {
    b"%PDF-": "pdf",
    b"PK\x03\x04": "office",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "legacy office",  # .doc, .xls, .ppt
}
OFFICE_SUFFIXES = (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp")


def kind_of(head: bytes, name: str) -> str | None:
    for signature, kind in SIGNATURES.items():
        if head.startswith(signature):
            # A zip is accepted only as an office document, not as an archive of anything.
            if kind == "office" and not name.lower().endswith(OFFICE_SUFFIXES):
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


def validate_upload(upload) -> None:
    limit = settings.ATTACHMENT_MAX_MEGABYTES
    if upload.size > limit * 1024 * 1024:
        raise ValidationError(f"{upload.name} is larger than {limit} MB: upload a smaller file.")
    if upload.size == 0:
        raise ValidationError(f"{upload.name} is empty.")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if kind_of(head, upload.name) is None:
        raise ValidationError(f"{upload.name} is not a file type we accept. Upload a {ACCEPTED} file.")
