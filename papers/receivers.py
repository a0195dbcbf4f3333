"""Keeping the papers up to date when documents change."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from meetings.models import Document

from .tasks import extract_text


@receiver(post_save, sender=Document, dispatch_uid="papers.extract_text")
def read_the_text(sender, instance: Document, **kwargs):
    """A new or replaced file is read again, in the background once the upload is committed."""
    transaction.on_commit(lambda: extract_text.delay(instance.pk))
