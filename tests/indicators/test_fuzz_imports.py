"""`import_dashboard` and the officers' spreadsheet upload fed the seed dashboard spoiled (hypothesis): wrong
headings, blank and garbage cells, short rows, enormous cells, other encodings, binary junk, broken workbooks.
Never a traceback: the file imports, or a message lists its problems row by row and nothing is written."""

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from indicators.models import IndicatorValue
from tests.factories import IndicatorFactory, OfficerFactory, OfficerUserFactory, TargetFactory
from tests.fuzzing import database_rows, examples, malformed_values, project_models, rolled_back, texts
from tests.responses import error_summary

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "demo" / "dashboards" / "cfs_dashboard_q3_2023-24.csv"
SEED_TABLE = list(csv.reader(SEED.open(encoding="utf-8", newline="")))
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "shift_jis"]
LONGEST_PROBLEM = 400  # characters: a problem quotes the cell it is about, not all of an enormous one


def heading_or_garbage():
    return st.one_of(st.sampled_from(SEED_TABLE[0]).map(str.upper), texts(), st.just(""))


@st.composite
def spoiled_tables(draw, table):
    """`table` with one to four things done to it: a heading renamed, a cell blanked, filled with garbage or
    made enormous, a row cut short or given extra cells, a row repeated."""
    table = [list(row) for row in table]

    def cell():
        row = draw(st.integers(0, len(table) - 1))
        return row, draw(st.integers(0, max(len(table[row]) - 1, 0)))

    for _ in range(draw(st.integers(1, 4))):
        row, column = cell()
        match draw(st.sampled_from(["heading", "blank", "garbage", "short", "long", "repeat"])):
            case "heading" if table[0]:
                table[0][min(column, len(table[0]) - 1)] = draw(heading_or_garbage())
            case "blank" if table[row]:
                table[row][column] = ""
            case "garbage" if table[row]:
                table[row][column] = draw(malformed_values)
            case "short":
                del table[row][draw(st.integers(0, len(table[row]))) :]
            case "long":
                table[row] += draw(st.lists(malformed_values, min_size=1, max_size=3))
            case "repeat":
                table.insert(draw(st.integers(1, len(table))), list(table[row]))
    return table


def seed_rows():
    """The heading and some of the seed's rows, in order: a smaller file reads (and shrinks) faster."""
    rows = st.sets(st.integers(1, len(SEED_TABLE) - 1), min_size=1).map(sorted)
    return rows.map(lambda chosen: [SEED_TABLE[0], *(SEED_TABLE[number] for number in chosen)])


def as_csv(table, encoding) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(table)
    return text.getvalue().encode(encoding, errors="replace")


def as_xlsx(table) -> bytes:
    workbook = openpyxl.Workbook()
    for row in table:
        # Only characters a workbook can hold: openpyxl refuses to write the others.
        workbook.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()


@st.composite
def spoiled_files(draw, table):
    """(name, content): the table spoiled, written as CSV in some encoding or as a workbook, and perhaps cut
    short, followed by junk, or junk alone."""
    spoiled = draw(spoiled_tables(table))
    if draw(st.booleans()):
        name, content = "dashboard.csv", as_csv(spoiled, draw(st.sampled_from(ENCODINGS)))
    else:
        name, content = "dashboard.xlsx", as_xlsx(spoiled)
    match draw(st.sampled_from(["whole", "cut", "junk after", "junk"])):
        case "cut":
            # Cut at a share of its length: a workbook's length moves by a byte with the time it was written,
            # and a draw bounded by it would not replay.
            content = content[: round(len(content) * draw(st.floats(0, 1)))]
        case "junk after":
            content += draw(st.binary(min_size=1, max_size=200))
        case "junk":
            content = draw(st.binary(max_size=2_000))
    return name, content


def problems_are_clear(problems: list[str], name: str) -> None:
    """Each problem names its row (the heading row is row 1), or is about the whole file."""
    assert problems, "refused without saying why"
    for problem in problems:
        about_a_row = re.match(r"Row \d+: \S", problem)
        assert about_a_row or problem.startswith((f"{name} ", "The file ", "The submitted file ")), problem
        assert len(problem) <= LONGEST_PROBLEM, problem[:LONGEST_PROBLEM]


INDICATOR_MODELS = [
    model for model in project_models() if model._meta.app_label in ("indicators", "scrutiny")
]


def import_or_refuse(path: Path, name: str, content: bytes) -> None:
    """Import the file: it is imported, or refused with every problem listed and nothing written."""
    path.write_bytes(content)
    before = database_rows(INDICATOR_MODELS)
    try:
        call_command("import_dashboard", str(path), stdout=io.StringIO())
    except CommandError as error:
        first, *problems = str(error).splitlines()
        assert first == f"{name} was not imported: nothing has been changed."
        problems_are_clear(problems, name)
        assert database_rows(INDICATOR_MODELS) == before


def seed_with(**cells) -> tuple[str, bytes]:
    """The seed's first indicator as CSV, its cells named by column (Latest_Value=...) replaced."""
    heading, row = SEED_TABLE[0], list(SEED_TABLE[1])
    for column, cell in cells.items():
        row[heading.index(column.replace("_", " "))] = cell
    return "dashboard.csv", as_csv([heading, row], "utf-8")


@settings(
    max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(file=seed_rows().flatmap(spoiled_files))
@example(file=seed_with(Latest_Value="9" * 40))  # more digits than the figures' column holds
@example(file=seed_with(Target=">" + "9" * 20))
@example(file=seed_with(Indicator="Children\x00in care"))  # NUL, which PostgreSQL cannot store in text
@example(file=seed_with(Indicator="Children in care " * 30))  # longer than an indicator's name may be
@example(file=seed_with(Value_Type="Percent\nor so " * 100))  # quoted on one line, cut short
def test_a_spoiled_dashboard_is_imported_or_refused_with_its_problems_and_nothing_written(tmp_path, file):
    name, content = file
    with rolled_back():
        import_or_refuse(tmp_path / name, name, content)


@pytest.fixture
def seed_imported():
    call_command("import_dashboard", str(SEED), stdout=io.StringIO())


@settings(
    max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(file=spoiled_files(SEED_TABLE))
def test_a_spoiled_dashboard_over_one_already_imported_changes_nothing_when_refused(
    seed_imported, tmp_path, file
):
    """Over the seed already imported, a spoiled copy of it revises figures or is refused."""
    name, content = file
    with rolled_back():
        import_or_refuse(tmp_path / name, name, content)


# --- the officers' spreadsheet of figures (indicators/spreadsheets.py) -----------------------------------

FIGURES_TABLE = [
    [
        "Indicator",
        "Theme",
        "Period",
        "Value",
        "Numerator",
        "Denominator",
        "Quartile",
        "Commentary",
        "Comment",
    ],
    ["Children in care in a stable placement", "", "Q1 2023/24", "61.3", "291", "475", "2", "Up again.", ""],
    ["Care leavers in education", "Social Care", "Q1 2023/24", "58.4%", "", "", "", "", ""],
    ["care leavers in education", "social care", "Q2 2023/24", "59", "", "", "N/A", "", "A new service."],
]


@pytest.fixture
def officer(client):
    """An officer signed in, owning the two indicators the spreadsheet gives figures for."""
    person = OfficerFactory()
    for name in ("Children in care in a stable placement", "Care leavers in education"):
        TargetFactory(indicator=IndicatorFactory(name=name, owner=person, theme__name="Social Care"))
    client.force_login(OfficerUserFactory(person=person))
    return client


@settings(
    max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(file=spoiled_files(FIGURES_TABLE))
@example(file=("figures.csv", as_csv([FIGURES_TABLE[0], [*FIGURES_TABLE[1][:5], "sNaN"]], "utf-8")))
def test_a_spoiled_spreadsheet_of_figures_is_submitted_or_refused_with_its_problems_and_nothing_saved(
    officer, file
):
    name, content = file
    with rolled_back():
        before = database_rows()
        response = officer.post(reverse("upload-figures"), {"file": SimpleUploadedFile(name, content)})
        if response.status_code == 302:  # every row was good
            assert IndicatorValue.objects.filter(status=IndicatorValue.Status.SUBMITTED).exists()
            return
        assert response.status_code == 200
        problems_are_clear(error_summary(response), name)
        assert database_rows() == before
