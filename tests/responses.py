"""Reading what a response gives its reader, page or download alike (the permission matrices use it)."""

import csv
import html
import io
import re

import openpyxl
from django.contrib.messages import get_messages

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def content_of(response) -> bytes:
    if not response.streaming:
        return response.content
    try:
        return b"".join(response.streaming_content)
    finally:
        response.close()


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
    """Everything a reader gets from the response: the page, the download, every cell of a spreadsheet."""
    if response.get("Content-Type", "").startswith(XLSX):
        return "\n".join(" | ".join(row.values()) for row in rows_of(response))
    return content_of(response).decode("utf-8", errors="replace")


def error_summary(response) -> list[str]:
    """The messages of a page's GOV.UK error summary, each a link to its field."""
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', text_of(response), re.S)
    assert summary, "no error summary on the page"
    return [html.unescape(message) for message in re.findall(r'<a href="#[^"]+">([^<]+)</a>', summary[0])]


def messages_of(response) -> list[tuple[str, str]]:
    """The messages (level, text) that the request left for the next page, as the admin's actions do."""
    return [(message.level_tag, message.message) for message in get_messages(response.wsgi_request)]
