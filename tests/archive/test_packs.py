"""Agenda packs as PDFs (ReportLab, made here): each report found so the pack can be split into one document
per report — by the "Agenda Item 3" stamped on its first page, else by the page its "(Pages 5 - 6)" names
(from the page numbers printed at the foot, or the file's own pages, said with a doubt); the minutes of the
last meeting end where the first report begins. A pack without minutes is a pack too."""

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from archive.parsing import parse
from archive.reading import read

AGENDA = [
    "Meeting: Audit Committee",
    "Date/Time: Monday, 7 April 2025 at 10.00 am",
    "Venue: Committee Room 1, Town Hall",
    "Contact: Sam Lee (Tel: 01234 567890)",
    "",
    "AGENDA",
    "",
    "1. Minutes of the meeting held on 3 March 2025. (Pages 3 - 4)",
    "2. Declarations of interest.",
    "3. Internal Audit Plan 2025/26. (Pages 5 - 6)",
    "4. Treasury Management Strategy. (Pages 7 - 7)",
    "5. Date of next meeting.",
]
MINUTES = [
    [
        "Minutes of a meeting of the Audit Committee held at the Town Hall on Monday, 3 March 2025.",
        "",
        "PRESENT",
        "",
        "Councillor A. Smith (in the Chair)",
        "Councillor B. Jones",
        "",
        "12. Internal Audit Progress Report",
        "",
        "RESOLVED: That the report be noted.",
    ],
    [
        "13. Risk Register",
        "",
        "RESOLVED: That the risk register be noted.",
        "",
        "10.00 am - 11.15 am",
        "CHAIRMAN",
    ],
]
PLAN = [
    [
        "AUDIT COMMITTEE - 7 APRIL 2025",
        "",
        "INTERNAL AUDIT PLAN 2025/26",
        "",
        "REPORT OF THE HEAD OF INTERNAL AUDIT",
        "",
        "1. The purpose of this report is to present the plan.",
    ],
    ["2. The plan covers 40 audits.", "", "Appendix A: the plan"],
]
STRATEGY = [
    [
        "AUDIT COMMITTEE - 7 APRIL 2025",
        "",
        "TREASURY MANAGEMENT STRATEGY",
        "",
        "1. The purpose of this report is to present the strategy.",
    ]
]


def pack(*, stamps: bool, numbers: bool, minutes: bool = True, agenda: list[str] = AGENDA) -> bytes:
    stamp = {3: ["Agenda Item 3"], 4: ["Agenda Item 4"]} if stamps else {}
    pages = [agenda, ["This page is intentionally left blank"]]
    pages += MINUTES if minutes else [["This page is intentionally left blank"]] * 2
    pages += [stamp.get(3, []) + PLAN[0], PLAN[1], stamp.get(4, []) + STRATEGY[0]]
    content = io.BytesIO()
    sheet = canvas.Canvas(content, pagesize=A4)
    for number, lines in enumerate(pages, start=1):
        for index, line in enumerate(lines):
            sheet.drawString(72, A4[1] - 72 - 14 * index, line)
        if numbers:
            sheet.drawString(A4[0] / 2, 30, f"Page {number}")
        sheet.showPage()
    sheet.save()
    return content.getvalue()


def text_of(source, span) -> str:
    return "\n".join(line for line in source.lines[span[0] - 1 : span[1]] if line)


@pytest.mark.parametrize(
    ("stamps", "numbers", "found_by", "doubts"),
    [
        (True, True, "agenda item stamp", []),
        (False, True, "page numbers", []),
        (
            False,
            False,
            "page numbers",
            ["no page numbers are printed: the file's pages are taken as the pack's"],
        ),
    ],
)
def test_each_report_is_found_by_the_best_sign_the_pack_gives(stamps, numbers, found_by, doubts):
    source = read("pack.pdf", pack(stamps=stamps, numbers=numbers))
    papers = parse(source)
    assert papers.kind == "agenda pack" and papers.not_understood == []
    assert [(r.item, r.title, r.pages, r.found_by, r.doubts) for r in papers.reports] == [
        (3, "Internal Audit Plan 2025/26.", (5, 6), found_by, doubts),
        (4, "Treasury Management Strategy.", (7, 7), found_by, doubts),
    ]
    plan, strategy = (text_of(source, report.lines) for report in papers.reports)
    assert "INTERNAL AUDIT PLAN 2025/26" in plan and "Appendix A: the plan" in plan
    assert "TREASURY" not in plan and "Page 7" not in plan
    assert strategy.endswith("1. The purpose of this report is to present the strategy.")
    # The minutes stop where the first report starts, and read as minutes.
    minutes = papers.minutes
    assert minutes.lines[1] < papers.reports[0].lines[0]
    assert [m.number for m in minutes.minutes] == [12, 13]
    assert minutes.end.strftime("%H:%M") == "11:15"
    assert [a.name for a in minutes.attendance] == ["Councillor A. Smith", "Councillor B. Jones"]


def test_the_agenda_of_a_pack():
    agenda = parse(read("pack.pdf", pack(stamps=True, numbers=True))).agenda
    assert (agenda.committee, agenda.place, agenda.contact, agenda.contact_phone) == (
        "Audit Committee",
        "Committee Room 1, Town Hall",
        "Sam Lee",
        "01234 567890",
    )
    assert (agenda.date.isoformat(), agenda.start.isoformat()) == ("2025-04-07", "10:00:00")
    assert [(i.number, i.kind, i.pages) for i in agenda.items] == [
        (1, "procedural", (3, 4)),
        (2, "procedural", None),
        (3, "report", (5, 6)),
        (4, "report", (7, 7)),
        (5, "procedural", None),
    ]


def test_a_pack_without_minutes():
    papers = parse(read("pack.pdf", pack(stamps=True, numbers=True, minutes=False)))
    assert papers.kind == "agenda pack" and papers.minutes is None
    assert [r.item for r in papers.reports] == [3, 4]
    assert papers.not_understood == []


def test_a_report_over_more_pages_than_the_agenda_gives_is_a_doubt():
    agenda = [line.replace("(Pages 5 - 6)", "(Pages 5 - 5)") for line in AGENDA]
    [plan, _] = parse(read("pack.pdf", pack(stamps=True, numbers=True, agenda=agenda))).reports
    assert plan.doubts == ["found over 2 pages, but the agenda gives it 1"]
