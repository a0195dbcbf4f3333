"""Reading papers into lines: PDF text layers, Word paragraphs and tables in order, text in UTF-8 and
Windows-1252; and every file that gives no text (empty, binary junk, a 0-page, encrypted or image-only PDF,
a broken Word document, one too big or too long) refused with a message that says why, never an exception
of another kind. A file with no structure of papers parses to "not recognised", every line reported."""

import io
import zipfile

import docx
import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from archive import reading
from archive.parsing import parse
from archive.reading import UnreadableFile, read


def pdf_of(*pages: list[str], drawing_only: bool = False) -> bytes:
    content = io.BytesIO()
    sheet = canvas.Canvas(content, pagesize=A4)
    for lines in pages:
        if drawing_only:
            sheet.rect(100, 100, 300, 300, fill=1)  # a scanned page: a picture, no text
        for index, line in enumerate(lines):
            sheet.drawString(72, A4[1] - 72 - 14 * index, line)
        sheet.showPage()
    sheet.save()
    return content.getvalue()


def test_text_in_utf8_with_its_curly_quotes_and_pound_signs():
    source = read("minutes.txt", "“Could the Chair please state:\n£10.8m – a) How many?”\n".encode())
    assert source.kind == "text"
    assert source.lines == ["“Could the Chair please state:", "£10.8m – a) How many?”", ""]


def test_text_saved_by_word_in_windows_1252():
    source = read("minutes.txt", "“Question Time” costs £5 – or more\r\n".encode("cp1252"))
    assert source.lines[0] == "“Question Time” costs £5 – or more"


def test_text_with_a_byte_order_mark_and_form_feeds_between_pages():
    source = read("minutes.txt", "\ufeffPage one\fPage two\n".encode("utf-8"))
    assert source.lines == ["Page one", "Page two", ""]
    assert source.page_starts == [1, 2]
    assert read("utf16.txt", "Question Time\n".encode("utf-16")).lines[0] == "Question Time"


def test_non_breaking_spaces_and_ligatures_are_plain_but_dashes_and_quotes_are_kept():
    source = read("minutes.txt", "RESOLVED:\u00a0That the ﬁgures – “as printed” – be noted.".encode())
    assert source.lines == ["RESOLVED: That the figures – “as printed” – be noted."]


def test_text_wrapped_at_a_fixed_width_is_known_for_what_it_is():
    wrapped = (
        "The Committee considered a report of the Director of Finance which set out the\n"
        "position at the end of the third quarter and the forecast for the year, which\n"
        "showed an overspend of two million pounds on the placements budget.\n"
    )
    assert read("wrapped.txt", wrapped.encode()).wrapped
    assert not read("paragraphs.txt", b"One paragraph on its line.\n\nAnother on its own.\n").wrapped


def test_a_pdf_page_by_page_with_its_columns_apart():
    source = read("minutes.pdf", pdf_of(["PRESENT", "Mr A. Smith CC"], ["45. Question Time."]))
    assert source.kind == "pdf" and source.wrapped
    assert [line for line in source.lines if line] == ["PRESENT", "Mr A. Smith CC", "45. Question Time."]
    assert len(source.page_starts) == 2
    assert source.lines[source.page_starts[1] - 1] == "45. Question Time."


def test_a_word_document_in_order_with_its_tables_row_by_row():
    document = docx.Document()
    document.add_paragraph("PRESENT")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Councillor A. Smith", "Chair"
    table.cell(1, 0).text, table.cell(1, 1).text = "Councillor B. Jones", ""
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Apologies: none"
    document.add_paragraph("45. Question Time.")
    content = io.BytesIO()
    document.save(content)
    source = read("minutes.docx", content.getvalue())
    assert source.kind == "docx" and not source.wrapped
    assert source.lines == [
        "PRESENT",
        "Councillor A. Smith\tChair",
        "Councillor B. Jones",
        "Apologies: none",
        "45. Question Time.",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minutes.txt", b"", "minutes.txt is empty."),
        ("minutes.txt", b"   \n\n\t\n", "minutes.txt holds no text."),
        (
            "minutes.txt",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00 a program",
            "not a PDF, a Word document or text",
        ),
        ("minutes.txt", b"text with a NUL\x00 in it", "not a PDF, a Word document or text"),
        ("minutes.txt", bytes(range(1, 32)) * 40, "minutes.txt is not text: it holds binary data."),
        ("minutes.txt", b"\x81\x8d\x8f\x90\x9d" * 3, "not a PDF, a Word document or text"),
        ("minutes.txt", b"\xff\xfe\x00\xd8 broken UTF-16", "says it is utf-16 text but is not"),
        (
            "scan.png",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
            "an image (scanned papers need their text recognised first)",
        ),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "an Office 97-2003 document"),
        ("figures.xlsx", b"PK\x03\x04" + b"\x00" * 40, "an office document other than Word (.docx)"),
        ("minutes.docx", b"PK\x03\x04\x14\x00\x00\x00 broken", "is not a readable Word document"),
        ("minutes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n garbage", "is not a readable PDF"),
    ],
)
def test_files_that_give_no_text_are_refused_with_the_reason(name, content, message):
    with pytest.raises(UnreadableFile) as refused:
        read(name, content)
    assert message in str(refused.value)


def test_a_pdf_with_no_pages():
    content = io.BytesIO()
    PdfWriter().write(content)
    with pytest.raises(UnreadableFile, match="has no pages"):
        read("empty.pdf", content.getvalue())


def test_an_encrypted_pdf_and_one_encrypted_only_against_changes():
    locked, owner_only = io.BytesIO(), io.BytesIO()
    for password, target in (("secret", locked), ("", owner_only)):
        writer = PdfWriter(clone_from=io.BytesIO(pdf_of(["45. Question Time."])))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-128")
        writer.write(target)
    with pytest.raises(UnreadableFile, match="is encrypted: save a copy without a password"):
        read("locked.pdf", locked.getvalue())
    # No password is needed to read it, only to change it: read.
    assert "45. Question Time." in read("owner.pdf", owner_only.getvalue()).lines


def test_a_scanned_pdf_with_no_text_layer():
    with pytest.raises(UnreadableFile, match="has no text layer: it is probably scanned images"):
        read("scan.pdf", pdf_of([], [], drawing_only=True))


def test_a_file_over_the_size_limit(settings):
    settings.DOCUMENT_MAX_MEGABYTES = 1
    with pytest.raises(UnreadableFile, match="larger than 1 MB"):
        read("pack.txt", b"Question Time.\n" * 80_000)


def test_a_pdf_with_too_many_pages(monkeypatch):
    monkeypatch.setattr(reading, "MAX_PAGES", 2)
    with pytest.raises(UnreadableFile, match="has 3 pages, more than the 2"):
        read("pack.pdf", pdf_of(["one"], ["two"], ["three"]))


def test_a_text_with_too_many_lines(monkeypatch):
    monkeypatch.setattr(reading, "MAX_LINES", 100)
    with pytest.raises(UnreadableFile, match="more than 100 lines"):
        read("pack.txt", b"line\n" * 200)


def test_a_word_document_that_unpacks_to_far_more_than_it_holds(monkeypatch):
    monkeypatch.setattr(reading, "MAX_UNPACKED_RATIO", 0)
    document = io.BytesIO()
    docx.Document().save(document)
    with pytest.raises(UnreadableFile, match="unpacks to far more than a document holds"):
        read("bomb.docx", document.getvalue())


def test_a_zip_named_docx_that_is_not_a_word_document():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as files:
        files.writestr("hello.txt", "hello")
    with pytest.raises(UnreadableFile, match="is not a Word document"):
        read("minutes.docx", archive.getvalue())


def test_a_very_long_line_is_broken_at_a_space():
    source = read("long.txt", ("word " * 3_000).encode())
    assert all(len(line) <= reading.MAX_LINE_CHARACTERS for line in source.lines)
    assert " ".join(source.lines).split() == ["word"] * 3_000


def test_a_file_with_no_agenda_or_minutes_says_so_and_reports_every_line():
    text = "Shopping list\n\nbread\nmilk\n\n3 eggs\n"
    papers = parse(read("list.txt", text.encode()))
    assert papers.kind == "not recognised"
    assert "holds neither an agenda" in papers.problem and "nothing can be imported" in papers.problem
    assert [(p.lines, p.text) for p in papers.not_understood] == [
        ((1, 6), "Shopping list\nbread\nmilk\n3 eggs")
    ]
    assert papers.agenda is None and papers.minutes is None


def test_minutes_with_a_title_but_no_numbered_minutes():
    text = "Minutes of a meeting of the Audit Committee held on 3 March 2025.\n\nPRESENT\n\nMr A. Smith\n"
    papers = parse(read("short.txt", text.encode()))
    assert papers.kind == "minutes"
    assert papers.problem == "short.txt has the heading of minutes but no numbered minutes were found in it."
    assert papers.minutes.doubts == ["no numbered minutes were found"]
