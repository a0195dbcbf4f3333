"""Large spreadsheets of figures: an upload through the site has at most FIGURE_UPLOAD_MAX_ROWS rows, is read
a row at a time and refused once it has more (the rest is never read), and its page lists a bounded number
of problems with how many more there are. `manage.py import_dashboard` takes files of any length.

The caps are set low here, so that the files stay quick to make and to send."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from indicators import spreadsheets
from indicators.models import IndicatorValue, ReportLine
from scrutiny.settings import base
from tests.factories import (
    IndicatorFactory,
    IndicatorValueFactory,
    OfficerFactory,
    OfficerUserFactory,
    PeriodFactory,
)
from tests.responses import text_of

pytestmark = pytest.mark.django_db
UPLOAD = reverse("upload-figures")
HEADING = ["Indicator", "Period", "Value", "Comment"]
SEED = Path(__file__).resolve().parents[2] / "demo" / "dashboards" / "cfs_dashboard_q3_2023-24.csv"


@pytest.fixture
def officer(client):
    person = OfficerFactory()
    client.force_login(OfficerUserFactory(person=person))
    IndicatorFactory(name="Quarterly Indicator", owner=person)
    return person


@pytest.fixture
def rows_read(monkeypatch):
    """How many rows (the heading row included) the upload read from its file."""
    read = [0]
    real = spreadsheets.iter_table

    def counted(name, file):
        for row in real(name, file):
            read[0] += 1
            yield row

    monkeypatch.setattr(spreadsheets, "iter_table", counted)
    return read


def csv_file(rows, name="figures.csv") -> SimpleUploadedFile:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return SimpleUploadedFile(name, text.getvalue().encode())


def xlsx_file(rows, name="figures.xlsx") -> SimpleUploadedFile:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    workbook.save(content)
    return SimpleUploadedFile(name, content.getvalue())


def good_rows(count: int) -> list[list[str]]:
    return [
        ["Quarterly Indicator", f"Q{n % 4 + 1} {2000 + n // 4}/{(2001 + n // 4) % 100:02d}", "62.0", ""]
        for n in range(count)
    ]


def test_the_default_cap_is_ten_thousand_rows():
    assert base.FIGURE_UPLOAD_MAX_ROWS == 10_000


@pytest.mark.parametrize(("make", "count"), [(csv_file, 50_000), (xlsx_file, 3_000)], ids=["csv", "xlsx"])
def test_a_file_over_the_cap_is_refused_without_reading_the_rest(
    client, officer, settings, rows_read, make, count
):
    """400,000 rows (4.4 MB of CSV) once took two minutes and made a page of 27 MB. Here, a file a thousand
    times the cap, sent to a temporary file on disk as a large one is."""
    settings.FIGURE_UPLOAD_MAX_ROWS = 50
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post(UPLOAD, {"file": make([HEADING, *good_rows(count)])})
    assert response.status_code == 200
    assert response.context["problems"] == [
        "The file has more than 50 rows under its heading row: upload at most 50 at a time, or ask "
        "Democratic Services to import a larger file."
    ]
    assert rows_read[0] == 1 + 51  # the heading row, and one row past the cap
    assert len(response.content) < 50_000
    assert not IndicatorValue.objects.exists()


def test_a_file_at_the_cap_is_taken(client, officer, settings):
    settings.FIGURE_UPLOAD_MAX_ROWS = 3
    response = client.post(UPLOAD, {"file": csv_file([HEADING, *good_rows(3)])})
    assert response.status_code == 302
    assert IndicatorValue.objects.filter(status=IndicatorValue.Status.SUBMITTED).count() == 3


def test_a_file_of_many_bad_rows_lists_a_hundred_problems_and_counts_the_rest(client, officer, settings):
    settings.FIGURE_UPLOAD_MAX_ROWS = 5_000
    rows = [["Quarterly Indicator", "Q3 2023/24", f"about {n}", ""] for n in range(4_012)]
    response = client.post(UPLOAD, {"file": csv_file([HEADING, *rows])})
    problems = response.context["problems"]
    assert len(problems) == 101
    assert problems[:2] == ['Row 2: "about 0" is not a number.', 'Row 3: "about 1" is not a number.']
    assert problems[-1] == "… and 3,912 more problems."
    page = text_of(response)
    assert "… and 3,912 more problems." in page and "about 4011" not in page
    assert not IndicatorValue.objects.exists()


def test_a_cell_longer_than_a_csv_field_may_be_is_a_message_not_an_error(client, officer):
    response = client.post(
        UPLOAD, {"file": csv_file([HEADING, ["Quarterly Indicator", "Q3 2023/24", "62.0", "x" * 200_000]])}
    )
    assert response.status_code == 200
    [problem] = response.context["problems"]
    assert problem.startswith("Row 2: field larger than field limit")


def test_a_file_that_stops_being_utf_8_part_way_is_a_message_not_an_error(client, officer):
    """Past the start, which the upload's own check reads."""
    good = "".join(f"Quarterly Indicator,Q3 2023/24,{n}\n" for n in range(200)).encode()
    content = b"Indicator,Period,Value\n" + good + b"Quarterly \xff,Q4 2023/24,1\n"
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("figures.csv", content)})
    assert response.status_code == 200
    assert response.context["problems"] == [
        "figures.csv is not a UTF-8 CSV file: save it as CSV UTF-8 and try again."
    ]


def test_the_command_line_import_takes_files_longer_than_the_cap(settings):
    settings.FIGURE_UPLOAD_MAX_ROWS = 5
    out = io.StringIO()
    call_command("import_dashboard", str(SEED), stdout=out)
    assert "30 new indicators, 60 new figures" in out.getvalue()
    assert ReportLine.objects.count() == 30
    assert IndicatorValue.objects.filter(value=Decimal("-0.09")).exists()


def test_an_uploads_queries_do_not_grow_with_its_rows(client, officer, django_assert_max_num_queries):
    """Written in bulk: the figures, their history and their periods a batch at a time, not a row at a time
    (10,000 rows once took eight minutes, a figure at a time)."""
    # the request's savepoint and its release; the session and user; the user's and their groups'
    # permissions; the officer's person and indicators, with their targets; the periods (made, then read);
    # the published figures the checks compare with; the figures already there; the figures and their
    # history written; the spreadsheet's and the workflow's savepoints, and their releases
    budget = 19
    for count in (2, 30):
        with django_assert_max_num_queries(budget):
            response = client.post(UPLOAD, {"file": csv_file([HEADING, *good_rows(count)])})
        assert response.status_code == 302
        IndicatorValue.objects.all().delete()


def test_an_upload_finishes_a_returned_figure_and_revises_a_published_one(client, officer):
    indicator = officer.indicators.get()
    returned = IndicatorValueFactory(
        indicator=indicator, period=PeriodFactory(label="Q3 2023/24"), value=Decimal("1"), status="returned"
    )
    published = IndicatorValueFactory(indicator=indicator, period=PeriodFactory(label="Q2 2023/24"))
    rows = [
        HEADING,
        ["Quarterly Indicator", "Q3 2023/24", "62.0", ""],
        ["Quarterly Indicator", "Q2 2023/24", "64.0", ""],
    ]
    assert client.post(UPLOAD, {"file": csv_file(rows)}).status_code == 302
    user = officer.user
    figures = IndicatorValue.objects.order_by("period__start", "revision")
    assert list(figures.values_list("period__label", "revision", "value", "status", "entered_by")) == [
        ("Q2 2023/24", 1, Decimal("61.3"), "published", None),  # kept as it was
        ("Q2 2023/24", 2, Decimal("64.0"), "submitted", user.pk),
        ("Q3 2023/24", 1, Decimal("62.0"), "submitted", user.pk),
    ]
    assert (figures[0].pk, figures[2].pk) == (published.pk, returned.pk)  # the returned one, in place
    assert returned.history.latest().history_user == user  # its history says who


def test_a_figure_given_more_than_once_is_refused_naming_the_row_it_was_first_given_in(client, officer):
    rows = [HEADING, *good_rows(3), ["Quarterly Indicator", "Q2 2000/01", "70.0", ""]]
    response = client.post(UPLOAD, {"file": csv_file(rows)})
    assert response.context["problems"] == [
        "Row 5: The Q2 2000/01 figure for Quarterly Indicator is given more than once: see Row 3."
    ]
    assert not IndicatorValue.objects.exists()
