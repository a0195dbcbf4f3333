"""The text of the papers, extracted so they can be searched, and the agenda packs built from them."""

from django.db import models
from django.utils import timezone

from meetings.models import Document


class DocumentText(models.Model):
    """What a document says, as text, and how many pages it has: read from the file once it is uploaded."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="extracted")
    text = models.TextField(blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True, help_text="Pages, for a PDF.")
    extracted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "text of a document"
        verbose_name_plural = "texts of documents"

    def __str__(self):
        return f"Text of {self.document}"
