"""Factories and data the search tests add to tests/factories.py: documents with their text, as papers.tasks
reads it, and the demo committee with its papers' text."""

from io import StringIO

import factory
from django.core.management import call_command
from django.test import TestCase

from meetings.models import Document
from papers.tasks import extract_text
from tests.factories import DocumentFactory, ExemptDocumentFactory, Factory


class DocumentTextFactory(Factory):
    """The text of a document, as the background extraction stores it once the upload is committed (which a
    test inside a transaction never reaches)."""

    class Meta:
        model = "papers.DocumentText"

    document = factory.SubFactory(DocumentFactory)
    text = "The Committee considered the report of the Director of Children and Family Services."


class ExemptDocumentTextFactory(DocumentTextFactory):
    document = factory.SubFactory(ExemptDocumentFactory)
    text = "Tender prices: Provider A £1.2m, Provider B £1.4m. Not for publication."


class TextDocumentFactory(DocumentFactory):
    """A plain-text paper, whose text the extraction really reads (in tests whose transactions commit)."""

    file = factory.django.FileField(
        filename="report.txt",
        data=(
            b"Report of the Director of Children and Family Services.\n\n"
            b"Youth centre opening hours: the consultation on evening opening closed in February."
        ),
    )


def load_demo_with_its_papers_text():
    """manage.py load_demo, then each paper's text read as papers.tasks reads it once the upload commits (in a
    test the commit never comes). The rest of the work queued for the commit, such as building agenda packs,
    is not search's and takes most of the time, so it is dropped."""
    with TestCase.captureOnCommitCallbacks(execute=False):
        call_command("load_demo", stdout=StringIO())
    for document in Document.objects.all():
        extract_text(document.pk)
