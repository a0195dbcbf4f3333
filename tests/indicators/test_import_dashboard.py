"""`import_dashboard` and `performance_summary`, the fixed command-line contract, on the seed dashboards."""

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from indicators.models import (
    Indicator,
    IndicatorValue,
    Outcome,
    PerformanceReport,
    Period,
    ReportLine,
    Target,
    Theme,
)
from tests.factories import CommitteeFactory, DemocraticServicesUserFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[2] / "demo" / "dashboards"
Q3_2023_24 = (
    DATA / "cfs_dashboard_q3_2023-24.csv"
)  # seed 003's dashboard (shared/data), as the papers print it
# Seed 003, paragraph 5 (line 1449): the paper's own sentence.
PARAGRAPH_5 = (
    "From 22 measures reported that have a national benchmark, three are in the top quartile, six are in the "
    "second quartile, nine are in the third quartile and four are in the bottom quartile."
)
MODELS = [Outcome, Theme, Indicator, Target, Period, IndicatorValue, PerformanceReport, ReportLine]


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def summary(label: str, *extra) -> dict:
    return json.loads(run("performance_summary", "--report", label, "--format", "json", *extra))


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS}


def rows_of(path: Path) -> list[list[str]]:
    return list(csv.reader(path.open(encoding="utf-8")))


def write_csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


@pytest.fixture
def imported():
    return run("import_dashboard", str(Q3_2023_24))


def test_the_seed_dashboard_imports_into_an_empty_database(imported):
    assert "Performance report Q3 2023/24: created; 30 new indicators, 60 new figures." in imported
    report = PerformanceReport.objects.get()
    assert (report.label, report.committee, report.is_published) == ("Q3 2023/24", None, True)
    assert report.period.label == "Q3 2023/24"
    assert report.lines.count() == 30
    data_rows = [row for row in rows_of(Q3_2023_24)[1:] if row[2]]
    assert Outcome.objects.count() == len({row[0] for row in data_rows}) == 4
    assert set(Theme.objects.values_list("name", flat=True)) == {
        "SEND",
        "Social Care",
        "Early Years",
        "Education",
    }


def test_the_quartile_summary_equals_the_papers_paragraph_5(imported):
    data = summary("Q3 2023/24")
    assert data["summary"] == PARAGRAPH_5
    assert (data["benchmarked"], data["quartiles"]) == (22, {"1": 3, "2": 6, "3": 9, "4": 4})


def test_the_summary_json_carries_every_indicator(imported):
    data = summary("Q3 2023/24")
    assert data["report"] == "Q3 2023/24"
    assert len(data["indicators"]) == 30
    keys = {
        "indicator",
        "theme",
        "topic",
        "previous_period",
        "previous_value",
        "latest_period",
        "latest_value",
    }
    keys |= {"trend", "direction", "rag", "quartile", "warnings"}
    assert all(keys <= set(line) for line in data["indicators"])
    by_name = {line["indicator"]: line for line in data["indicators"]}
    rereferrals = by_name["Re-referrals to CSC within 12 mths"]
    assert (
        rereferrals.items()
        >= {
            "theme": "Social Care",
            "previous_period": "Q2 2023/24",
            "previous_value": "23.5%",
            "latest_period": "Q3 2023/24",
            "latest_value": "24.1%",
            "trend": "increase",
            "direction": "declined",  # Low = Good
            "rag": "red",
            "quartile": 4,
        }.items()
    )
    assert {line["trend"] for line in data["indicators"]} <= {"increase", "decrease", "no change"}
    assert {line["direction"] for line in data["indicators"]} <= {
        "improved",
        "declined",
        "no change",
        "not judged",
    }
    assert by_name["Children Electively Educated at Home"]["direction"] == "not judged"  # N/A polarity


def test_the_seeds_own_mistakes_are_caught(imported):
    by_name = {line["indicator"]: line for line in summary("Q3 2023/24")["indicators"]}
    primary = by_name["Primary schools rated 'Good' or 'Outstanding'"]
    assert primary["trend"] == "increase"  # 90.2% -> 90.3%, printed "Decline"
    assert any('printed as "Decline"' in warning for warning in primary["warnings"])
    reviews = by_name["Child protection cases which were reviewed within timescales"]
    assert any("compared with Q4 2022/23" in warning for warning in reviews["warnings"])
    assert any("no target to judge it by" in warning for warning in primary["warnings"])
    assert (
        "Row 16, Primary schools rated 'Good' or 'Outstanding': The Trend printed as \"Decline\"" in imported
    )


def test_a_rag_that_differs_from_the_suggestion_is_kept_as_an_override_with_its_reason(imported):
    value = IndicatorValue.objects.get(indicator__name="KS4 - Progress 8", period__label="2022/23")
    assert value.rag_override == "amber"
    assert "As printed in the Q3 2023/24 dashboard" in value.rag_override_reason


def test_a_rag_printed_for_a_figure_already_published_is_kept_in_a_new_revision(tmp_path):
    """The published figure is the record and stays as it was; the printed RAG is a correction of it."""
    header, *rows = rows_of(Q3_2023_24)
    progress_8 = next(row for row in rows if row[2] == "KS4 - Progress 8")
    progress_8[header.index("Status RAG")] = ""
    run(
        "import_dashboard",
        str(write_csv(tmp_path / "earlier.csv", [header, progress_8])),
        "--report",
        "Earlier",
    )
    run("import_dashboard", str(Q3_2023_24))
    figures = IndicatorValue.objects.filter(indicator__name="KS4 - Progress 8", period__label="2022/23")
    assert list(figures.order_by("revision").values_list("revision", "value", "rag_override", "status")) == [
        (1, Decimal("-0.09"), "", "published"),
        (2, Decimal("-0.09"), "amber", "published"),
    ]
    line = PerformanceReport.objects.get(label="Q3 2023/24").lines.get(name="KS4 - Progress 8")
    assert (line.latest_value, line.rag) == (Decimal("-0.09"), "amber")
    assert Indicator.objects.get(name="KS4 - Progress 8").latest_value.revision == 2
    run("import_dashboard", str(Q3_2023_24))  # and again: nothing changes
    assert figures.count() == 2


def test_page_furniture_is_skipped_and_reported(imported):
    assert (
        'Row 32: no indicator and no figures ("This page is intentionally left blank"): skipped.' in imported
    )


def test_running_it_again_changes_nothing(imported):
    before = counts()
    lines = list(ReportLine.objects.values_list("name", "latest_value", "rag", "trend"))
    again = run("import_dashboard", str(Q3_2023_24))
    assert counts() == before
    assert list(ReportLine.objects.values_list("name", "latest_value", "rag", "trend")) == lines
    assert "already imported, left as it was; 0 new indicators, 0 new figures" in again


def test_excel_gives_the_same_as_csv(tmp_path):
    workbook = openpyxl.Workbook()
    for row in rows_of(Q3_2023_24):
        workbook.active.append(row)
    path = tmp_path / "dashboard.xlsx"
    workbook.save(path)
    run("import_dashboard", str(path), "--report", "Q3 2023/24 (Excel)")
    assert summary("Q3 2023/24 (Excel)")["summary"] == PARAGRAPH_5
    assert Indicator.objects.count() == 30


def test_the_report_goes_to_a_committee_when_asked():
    committee = CommitteeFactory(slug="children-and-families")
    run("import_dashboard", str(Q3_2023_24), "--committee", "children-and-families", "--report", "Quarter 3")
    report = PerformanceReport.objects.get()
    assert (report.committee, report.label) == (committee, "Quarter 3")
    assert Indicator.objects.for_committee(committee).count() == 30
    assert summary("Quarter 3", "--committee", "children-and-families")["committee"] == committee.name


def test_an_unknown_committee_or_report_is_a_clear_error():
    with pytest.raises(CommandError, match='no committee with the slug "nowhere"'):
        run("import_dashboard", str(Q3_2023_24), "--committee", "nowhere")
    with pytest.raises(CommandError, match='There is no performance report "Q9 2099/00"'):
        run("performance_summary", "--report", "Q9 2099/00")
    assert counts() == dict.fromkeys(counts(), 0)


def test_bad_rows_reject_the_whole_file_listing_every_problem(tmp_path):
    rows = rows_of(Q3_2023_24)
    rows[3][9] = "lots"  # row 4: Latest Value
    rows[5][8] = "Q5 2023/24"  # row 6: Latest Period
    rows[7][4] = "Higher is better"  # row 8: Polarity
    rows[9][11] = "about 90"  # row 10: Target
    rows[11][13] = "5"  # row 12: quartile
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(CommandError) as error:
        run("import_dashboard", str(path))
    message = str(error.value)
    assert "bad.csv was not imported: nothing has been changed." in message
    for expected in [
        'Row 4: Latest Value "lots" is not a number.',
        'Row 6: Latest Period: "Q5 2023/24" is not a period we recognise',
        'Row 8: Polarity "Higher is better" is not High = Good, Low = Good or N/A.',
        'Row 10: Target: "about 90" is not a target',
        'Row 12: National benchmark (quartile 1 = top) "5" is not 1, 2, 3, 4 or N/A.',
    ]:
        assert expected in message
    assert message.index("Row 4") < message.index("Row 6") < message.index("Row 12")
    assert counts() == dict.fromkeys(counts(), 0)


def test_a_file_without_the_columns_is_refused(tmp_path):
    path = write_csv(tmp_path / "wrong.csv", [["Indicator", "Value"], ["Care leavers EET", "61.6%"]])
    with pytest.raises(CommandError, match="Row 1: the heading row lacks the column"):
        run("import_dashboard", str(path))
    with pytest.raises(CommandError, match="is not a file"):
        run("import_dashboard", str(tmp_path / "missing.csv"))


def test_an_indicator_twice_in_one_file_is_refused(tmp_path):
    rows = rows_of(Q3_2023_24)
    path = write_csv(tmp_path / "twice.csv", [*rows, rows[5]])
    with pytest.raises(CommandError, match="appears more than once"):
        run("import_dashboard", str(path))
    assert not Indicator.objects.exists()


def test_a_later_dashboard_revises_a_figure_and_the_earlier_report_stays_as_it_was(imported, tmp_path):
    rows = [rows_of(Q3_2023_24)[0], rows_of(Q3_2023_24)[6]]  # row 7: assessments within 45 days
    rows[1][6:10] = ["Q3 2023/24", "89.4%", "Q4 2023/24", "90.5%"]  # Q3 revised from 88.9%
    run("import_dashboard", str(write_csv(tmp_path / "q4.csv", rows)), "--report", "Q4 2023/24")
    revisions = IndicatorValue.objects.filter(
        indicator__name="Assessments completed within 45 days", period__label="Q3 2023/24"
    ).order_by("revision")
    assert [(value.revision, str(value.value.normalize())) for value in revisions] == [
        (1, "88.9"),
        (2, "89.4"),
    ]
    q3_line = PerformanceReport.objects.get(label="Q3 2023/24").lines.get(
        name="Assessments completed within 45 days"
    )
    assert q3_line.latest_value == Decimal("88.9")  # what the committee saw in March stays
    indicator = Indicator.objects.get(name="Assessments completed within 45 days")
    assert (indicator.latest_value.period.label, indicator.previous_value.value) == (
        "Q4 2023/24",
        revisions[1].value,
    )


def test_a_published_reports_lines_cannot_change(imported):
    line = ReportLine.objects.first()
    line.rag = "green"
    with pytest.raises(ValidationError, match="is published"):
        line.save()
    with pytest.raises(ValidationError, match="is published"):
        line.delete()


@pytest.mark.parametrize(
    "name, indicator, phrase",
    [
        # seed 001: "Increase" printed for 23.08% -> 22.40%
        ("cfs_dashboard_q2_2022-23.csv", "Re-referrals to CSC within 12 mths", 'printed as "Increase"'),
        # seed 001: 84.0% of 853 of 1,071 (79.6%)
        ("cfs_dashboard_q2_2022-23.csv", "Single Assessments completed within 45 days", "disagrees with 853"),
        # seed 000 para 45: 0.9% -> 0.8% called "a slight increase"
        ("cfs_dashboard_q2_2024-25.csv", "NEET young people aged 16-17", 'printed as "Increase"'),
    ],
)
def test_the_other_seed_papers_mistakes_are_caught(name, indicator, phrase):
    output = run("import_dashboard", str(DATA / name))
    assert any(indicator in line and phrase in line for line in output.splitlines())


def test_democratic_services_export_the_report_as_a_word_document(imported, client):
    report = PerformanceReport.objects.get()
    client.force_login(DemocraticServicesUserFactory())
    response = client.get(f"/performance/reports/{report.pk}/document/")
    assert response["Content-Disposition"] == 'attachment; filename="performance-report-Q3 2023-24.docx"'
    document = docx.Document(io.BytesIO(response.content))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert PARAGRAPH_5 in paragraphs
    [table] = document.tables
    rows = {row.cells[1].text: [cell.text for cell in row.cells] for row in table.rows[1:]}
    assert len(rows) == 30
    assert rows["Re-referrals to CSC within 12 mths"] == [
        "Social Care",
        "Re-referrals to CSC within 12 mths",
        "Q2 2023/24",
        "23.5%",
        "Q3 2023/24",
        "24.1%",
        "Increase",
        "Declined",
        "Red",
        "4",
    ]
    assert any(
        text.startswith("Re-referrals to CSC within 12 mths increased to 24.1%") for text in paragraphs
    )
