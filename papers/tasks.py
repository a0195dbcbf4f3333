"""Background work on papers: reading the text of an uploaded document."""

from celery import shared_task
from django.utils import timezone

from meetings.models import Document

from .extraction import text_of
from .models import DocumentText


@shared_task
def extract_text(document_id: int) -> int:
    """Read the document's text into DocumentText; returns its length (0 if the document has gone)."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None or not document.file:
        return 0
    with document.file.open("rb") as file:
        text, pages = text_of(document.file.name, file.read())
    DocumentText.objects.update_or_create(
        document=document, defaults={"text": text, "pages": pages, "extracted_at": timezone.now()}
    )
    return len(text)
