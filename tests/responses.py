"""Reading what a response gives its reader, page or download alike (the permission matrices use it)."""

import csv
import html
import io
import re
from html.parser import HTMLParser

import docx
import openpyxl
from django.contrib.messages import get_messages
from pypdf import PdfReader

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CALENDAR = "text/calendar"


def content_of(response) -> bytes:
    # The test client closes a streamed response once it is read. Closing it again would send
    # request_finished, which closes the database connection, and with it the test's transaction.
    return b"".join(response.streaming_content) if response.streaming else response.content


def rows_of(response) -> list[dict]:
    """A CSV or Excel download as one dict per row, keyed by the column headings."""
    content = content_of(response)
    if response["Content-Type"].startswith(XLSX):
        sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
        header, *rows = [["" if cell is None else str(cell) for cell in row] for row in sheet.values]
        return [dict(zip(header, row, strict=True)) for row in rows]
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(content.decode())))


def text_of(response) -> str:
    """Everything a reader gets from the response: the page, the download, every cell of a spreadsheet,
    the text of every page of a PDF, every paragraph, table and header of a Word document, every property
    of a calendar."""
    kind = response.get("Content-Type", "")
    if kind.startswith(XLSX):
        return "\n".join(" | ".join(row.values()) for row in rows_of(response))
    if kind.startswith(PDF):
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content_of(response))).pages)
    if kind.startswith(DOCX):
        return _text_of_word(docx.Document(io.BytesIO(content_of(response))))
    if kind.startswith(CALENDAR):
        return _unfolded(content_of(response))
    return content_of(response).decode("utf-8", errors="replace")


def _text_of_word(document) -> str:
    paragraphs = [paragraph.text for section in document.sections for paragraph in section.header.paragraphs]
    paragraphs += [paragraph.text for paragraph in document.paragraphs]
    paragraphs += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(paragraphs)


def _unfolded(calendar: bytes) -> str:
    """iCalendar as its reader's program reads it: long lines unfolded, and the escapes of TEXT values read
    (RFC 5545 3.1 and 3.3.11), so that no word is split across lines or hidden behind a backslash."""
    text = re.sub(rb"\r?\n[ \t]", b"", calendar).decode("utf-8", errors="replace")
    escapes = {"\\n": "\n", "\\N": "\n", "\\,": ",", "\\;": ";", "\\\\": "\\"}
    return re.sub(r"\\[nN,;\\]", lambda match: escapes[match.group()], text)


def error_summary(response) -> list[str]:
    """The messages of a page's GOV.UK error summary: each a link to its field, or plain text for a problem
    no field holds (a row of an uploaded file)."""
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', text_of(response), re.S)
    assert summary, "no error summary on the page"
    items = re.findall(r"<li>(.*?)</li>", summary[0], re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]


def messages_of(response) -> list[tuple[str, str]]:
    """The messages (level, text) that the request left for the next page, as the admin's actions do."""
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]


class FormFields(HTMLParser):
    """The fields of the page's form named `form_id`, as a browser sends them when nothing is changed."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, {}
        self.select = self.textarea = None
        self.templates = 0

    def add(self, name, value):
        if name:
            self.fields.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":  # a template's content is not part of the page's form until a script adds it
            self.templates += 1
        if self.templates:
            return
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file", "image", "reset"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.add(name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else ""))
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea, self.text = name, ""

    def handle_data(self, data):
        if self.textarea:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "template":
            self.templates -= 1
        if self.templates:
            return
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.add(self.textarea, self.text.removeprefix("\n"))
            self.textarea = None


def unchanged_submission(client, url: str, model_name: str) -> dict:
    """The admin page's form as it stands: saving it unchanged is accepted."""
    reader = FormFields(f"{model_name}_form")
    reader.feed(client.get(url).content.decode())
    return {name: values[0] if len(values) == 1 else values for name, values in reader.fields.items()}


def admin_errors(response) -> list[str]:
    """The admin's note that the form has errors, and each error."""
    page = response.content.decode()
    return re.findall(r'<p class="errornote">\s*([^<]+)', page) + re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>(?:<li>([^<]*)</li>)', page
    )


def queries_to_show(client, url: str) -> int:
    """How many queries the page at `url` costs, after a first visit has read the sign-in's permissions."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)
