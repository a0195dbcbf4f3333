"""The demo's papers are text files (demo/papers), one for each document: every file is loaded, and each
loaded document, and the text read from it for search, is exactly its file."""

import pytest

from demo import meetings_data
from meetings.models import Document
from papers.models import DocumentText
from tests.factories import load_demo_with_its_papers_text

FILES = sorted(path.name for path in meetings_data.PAPERS.iterdir())


def documents_in_the_data() -> list[str]:
    march = meetings_data.MARCH_MEETING["agenda"]
    named = [document["filename"] for item in march for document in item.get("documents", [])]
    return [*named, meetings_data.EXEMPT_DEMO_APPENDIX["filename"]]


def test_every_paper_is_a_document_of_the_demo_once():
    assert len(FILES) == 10
    assert sorted(documents_in_the_data()) == FILES


@pytest.mark.django_db
def test_each_loaded_document_is_its_paper_byte_for_byte(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo_with_its_papers_text()
    loaded = {}
    for document in Document.objects.filter(agenda_item__meeting__committee__slug="children-and-families"):
        with document.file.open("rb") as file:
            loaded[document.file.name.rsplit("/", 1)[-1]] = file.read()
    assert sorted(loaded) == FILES
    for name, content in loaded.items():
        assert content == (meetings_data.PAPERS / name).read_bytes(), name
    texts = {text.document.file.name.rsplit("/", 1)[-1]: text.text for text in DocumentText.objects.all()}
    assert texts == {name: meetings_data.paper(name) for name in FILES}
    assert (
        "Minutes of a meeting of the Children and Families Overview and Scrutiny Committee"
        in texts["minutes-2024-01-23.txt"]
    )
