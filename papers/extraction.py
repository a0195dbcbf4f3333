"""Reading the text out of a document: a PDF page by page (pypdf), a Word document paragraph by paragraph
(python-docx), plain text as it is. Anything else yields no text (it can still be downloaded)."""

import io
import logging

import docx
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from scrutiny.uploads import kind_of

logger = logging.getLogger(__name__)


def text_of(name: str, content: bytes) -> tuple[str, int | None]:
    """The text and, for a PDF, the number of pages."""
    kind = kind_of(content[:2048], name)
    try:
        if kind == "pdf":
            reader = PdfReader(io.BytesIO(content))
            return "\n\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)
        if kind == "office" and name.lower().endswith(".docx"):
            return "\n".join(
                paragraph.text for paragraph in docx.Document(io.BytesIO(content)).paragraphs
            ), None
        if kind == "text":
            return content.decode("utf-8", errors="replace"), None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        logger.warning("Could not read the text of %s: %s", name, error)
    return "", None
