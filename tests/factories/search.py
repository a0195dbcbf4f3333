"""The demo committee with its papers' text, as the search tests need it."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from meetings.models import Document
from papers.tasks import extract_text


def load_demo_with_its_papers_text():
    """manage.py load_demo, then each paper's text read as papers.tasks reads it once the upload commits (in a
    test the commit never comes). The rest of the work queued for the commit, such as building agenda packs,
    is not search's and takes most of the time, so it is dropped."""
    with TestCase.captureOnCommitCallbacks(execute=False):
        call_command("load_demo", stdout=StringIO())
    for document in Document.objects.all():
        extract_text(document.pk)
