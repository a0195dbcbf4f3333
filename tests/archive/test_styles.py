"""Other councils' house styles, from minutes written for these tests in the common forms their published
minutes take (modern.gov and PDF minutes of district, city and county councils): "89/25" numbers with
"Resolved to RECOMMEND" and "REASON FOR DECISION"; "Min. 1" numbering from 1 with "The Committee AGREED",
numbered resolutions, a secret ballot and a petition; "CS.45" with "RESOLVED (unanimously)", "The
Committee resolved:-" and a recorded vote; a Word document with a table of those present; a PDF whose
paragraphs run over pages under a running header. And what is not understood is reported with its lines."""

import io
from datetime import date, time
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from archive.parsing import KnownPerson, parse
from archive.reading import Source, read

PAPERS = Path(__file__).parent / "archive_papers"


def parsed(name: str, known=()):
    return parse(read(name, (PAPERS / name).read_bytes()), known)


def minute(meeting, number):
    return next(m for m in meeting.minutes if m.number == number)


@pytest.fixture(scope="module")
def cabinet():
    return parsed("cabinet_2025-02-11_number_year.txt").minutes


@pytest.fixture(scope="module")
def panel():
    return parsed("scrutiny_panel_2025-06-04_min_dot.txt").minutes


@pytest.fixture(scope="module")
def corporate():
    return parsed("corporate_scrutiny_2025-01-16_letters.txt").minutes


# "89/25": number/year, numbering each calendar year.


def test_number_year_references_kept_as_printed(cabinet):
    assert [(m.number, m.reference) for m in cabinet.minutes] == [
        (89, "89/25"),
        (90, "90/25"),
        (91, "91/25"),
        (92, "92/25"),
        (93, "93/25"),
        (94, "94/25"),
        (96, "96/25"),
    ]
    assert cabinet.numbering.style == "number/year"
    assert cabinet.numbering.restarts == "each calendar year"
    assert cabinet.numbering.doubts == []


def test_a_gap_after_the_press_and_public_were_excluded_carries_that_reason(cabinet):
    [gap] = cabinet.gaps
    assert gap.missing == [95]
    assert "press and public were excluded" in gap.reason


def test_the_meeting_from_the_title_and_the_close(cabinet):
    assert cabinet.council == "WESTBRIDGE DISTRICT COUNCIL"
    assert cabinet.committee == "Cabinet"
    assert cabinet.date == date(2025, 2, 11)
    assert (cabinet.start, cabinet.end) == (time(18, 0), time(19, 42))
    assert cabinet.place == "Council Chamber, Civic Offices, Market Street"


def test_a_present_list_in_one_paragraph_with_officers_and_apologies(cabinet):
    assert [(a.name, a.status, a.in_chair, a.role) for a in cabinet.attendance] == [
        ("Councillor A. Hughes", "present", True, ""),
        ("Councillor B. Patel", "present", False, "Vice-Chair"),
        ("Councillor C. Okafor", "present", False, ""),
        ("Councillor D. Lewis", "present", False, ""),
        ("Mrs G. Wright", "present", False, ""),
        ("Councillor E. Grant", "in_attendance", False, ""),
        ("Jane Smith", "in_attendance", False, "Chief Executive"),
        ("Tom Marsh", "in_attendance", False, "Head of Finance"),
        ("Priya Shah", "in_attendance", False, "Democratic Services Officer"),
        ("Councillor F. Moss", "apologies", False, ""),
    ]


def test_resolved_to_recommend_with_numbered_resolutions_and_the_reason(cabinet):
    budget = minute(cabinet, 92)
    assert budget.heading == "REVENUE BUDGET AND COUNCIL TAX 2025/26"
    assert budget.time_noted == "6.15 pm"
    assert [(r.letter, r.kind, r.recommended_to, r.marker) for r in budget.resolutions] == [
        ("1", "recommendation", "Council", "Resolved to RECOMMEND to Council that:"),
        ("2", "recommendation", "Council", "Resolved to RECOMMEND to Council that:"),
    ]
    assert (
        budget.resolutions[1].text
        == "the Band D council tax for 2025/26 be set at £212.43, an increase of 2.99%."
    )
    assert (
        budget.reason
        == "The Council must set a balanced budget and its council tax before 11 March each year."
    )
    [moved] = budget.votes
    assert (moved.mover, moved.seconder, moved.outcome, moved.votes_for) == (
        "Councillor A. Hughes",
        "Councillor B. Patel",
        "carried",
        None,
    )


def test_a_lost_amendment_with_its_counts(cabinet):
    fees = minute(cabinet, 93)
    [amendment] = fees.votes
    assert amendment.motion == "An amendment to freeze car parking charges"
    assert (amendment.mover, amendment.seconder) == ("Councillor D. Lewis", "Councillor Mrs G. Wright")
    assert (amendment.votes_for, amendment.votes_against, amendment.abstentions) == (2, 3, 0)
    assert amendment.outcome == "lost"
    assert [(r.letter, r.kind) for r in fees.resolutions] == [("", "decision")]
    assert fees.reason == "To recover the cost of discretionary services."


def test_declarations_of_the_code_and_of_older_kinds(cabinet):
    okafor, lewis = cabinet.declarations
    assert (okafor.member, okafor.kind, okafor.agenda_item, okafor.withdrew) == (
        "Councillor C. Okafor",
        "disclosable_pecuniary",
        7,
        True,
    )
    assert okafor.doubts == []
    # "personal" is not one of the three kinds since 2012: left for the clerk, not guessed.
    assert (lewis.kind, lewis.kind_as_printed, lewis.agenda_item, lewis.withdrew) == (
        "",
        "personal",
        6,
        False,
    )
    assert "choose the kind" in lewis.doubts[0]


def test_a_promise_in_the_discussion_becomes_an_action(cabinet):
    [action] = cabinet.actions
    assert (action.owner, action.source, action.minute, action.due) == (
        "the Head of Finance",
        "discussion",
        92,
        "before the next meeting",
    )
    assert action.doubts == []


def test_the_approval_of_the_previous_minutes(cabinet):
    assert (cabinet.approves.meeting_date, cabinet.approves.minute) == (date(2025, 1, 14), 91)


# "Min. 1": numbered from 1, "The Committee AGREED", a ballot, a petition.


def test_min_references_numbered_from_one(panel):
    assert [m.reference for m in panel.minutes] == [f"Min. {n}" for n in range(1, 7)]
    assert panel.numbering.restarts == "each meeting"
    assert panel.numbering.doubts  # or the year's first meeting: said, not assumed
    assert (panel.committee, panel.date, panel.start, panel.end) == (
        "HOUSING SCRUTINY PANEL",
        date(2025, 6, 4),
        time(10, 0),
        time(12, 5),
    )
    assert panel.place == "Guildhall, High Street, Kingsford"


def test_substitutes_apologies_arrivals_and_departures(panel):
    people = {a.name: a for a in panel.attendance}
    assert people["Councillor P. Ng"].substitute_for == "Councillor W. Evans"
    assert people["Councillor P. Ng"].status == "present"
    assert [a.name for a in panel.attendance if a.status == "apologies"] == [
        "Councillor W. Evans",
        "Councillor K. Fisher",
    ]
    assert people["Councillor T. Brennan"].arrived == "10.25 am"
    assert people["Councillor S. Akhtar"].left == "11.50 am"
    assert people["Mark Owen"].role == "Director of Housing"
    assert all(not a.doubts for a in panel.attendance)


def test_a_secret_ballot(panel):
    [ballot] = minute(panel, 1).ballots
    assert ballot.office == "Vice-Chairman"
    assert ballot.secret
    assert [(c.name, c.votes) for c in ballot.candidates] == [
        ("Councillor Mrs V. Cole", 4),
        ("Councillor P. Ng", 1),
    ]
    assert ballot.elected == "Councillor Mrs V. Cole"
    assert minute(panel, 1).votes == []


def test_agreed_with_numbered_resolutions_and_bulleted_points(panel):
    repairs = minute(panel, 3)
    assert repairs.time_noted == "10.20 am"
    assert [p.text for p in repairs.discussion_points] == [
        "the time taken to complete urgent repairs had risen from 3.1 to 4.6 days;",
        "tenants were not always told when a contractor would call;",
        "the number of damp and mould cases reported had doubled.",
    ]
    assert [(r.letter, r.kind, r.recommended_to) for r in repairs.resolutions] == [
        ("1", "noted", ""),
        ("2", "request_for_information", ""),
        ("3", "recommendation", "Cabinet Member for Housing"),
    ]
    assert {r.marker for r in repairs.resolutions} == {"The Committee AGREED:"}


def test_actions_from_a_promise_and_from_a_request(panel):
    assert [(a.source, a.owner, a.minute, a.resolution, a.due) for a in panel.actions] == [
        ("discussion", "The Director of Housing", 3, "", "after the meeting"),
        ("resolution", "the Director of Housing", 3, "2", "to the next meeting"),
    ]


def test_a_petition(panel):
    [petition] = panel.petitions
    assert (petition.minute, petition.signatures, petition.lead_petitioner) == (4, 1204, "Mrs J. Patterson")
    assert petition.prayer == "the Council to keep the Orchard Road play area open."
    assert [(r.letter, r.kind, r.recommended_to) for r in minute(panel, 4).resolutions] == [
        ("", "recommendation", "Cabinet")
    ]


def test_agreed_and_resolved_in_one_paragraph(panel):
    [work] = minute(panel, 5).resolutions
    assert (work.letter, work.kind, work.marker) == ("", "decision", "Resolved:")
    assert work.text.startswith("That the work programme be approved")


# "CS.45": a committee's letters; unanimous and recorded votes; "resolved:-" with roman numerals.


def test_letters_before_the_number(corporate):
    assert [(m.number, m.reference) for m in corporate.minutes] == [
        (45, "CS.45"),
        (46, "CS.46"),
        (47, "CS.47"),
        (48, "CS.48"),
    ]
    assert corporate.numbering.style == "letters"
    assert corporate.numbering.restarts == "runs on"
    assert (corporate.committee, corporate.date, corporate.end) == (
        "Corporate Scrutiny Committee",
        date(2025, 1, 16),
        time(20, 40),
    )


def test_a_substitute_named_in_a_sentence(corporate):
    people = {a.name: a for a in corporate.attendance}
    assert people["Councillor Mensah"].substitute_for == "Councillor Nolan"
    assert people["Councillor Nolan"].status == "apologies"
    assert people["Councillor Hart"].in_chair


def test_resolved_unanimously_and_amended_minutes(corporate):
    approval = minute(corporate, 46)
    [vote] = approval.votes
    assert (vote.unanimous, vote.outcome) == (True, "carried")
    assert corporate.approves.meeting_date == date(2024, 12, 5)
    assert corporate.approves.amended.startswith(
        "the correction of the spelling of Councillor Ibbotson's name"
    )


def test_a_recorded_vote_checked_against_its_counts(corporate):
    call_in = minute(corporate, 47)
    [vote] = call_in.votes
    assert vote.motion == "the motion to take no further action"
    assert vote.named_for == ["Councillor Hart", "Councillor Ibbotson", "Councillor Kaur"]
    assert vote.named_against == ["Councillor Jenkins", "Councillor Lowe"]
    assert vote.named_abstaining == ["Councillor Mensah"]
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (3, 2, 1, "carried")
    assert vote.doubts == []
    assert [(r.letter, r.kind) for r in call_in.resolutions] == [
        ("i", "decision"),
        ("ii", "request_for_information"),
    ]
    assert call_in.resolutions[0].marker == "The Committee resolved:-"


def test_a_missing_letter_is_a_doubt(corporate):
    treasury = minute(corporate, 48)
    assert [r.letter for r in treasury.resolutions] == ["a", "c"]
    assert treasury.resolutions[1].doubts == ["(c) follows (a): a part may be missing"]
    assert treasury.resolutions[1].recommended_to == "Audit Committee"


def test_officers_named_only_by_their_posts_are_reported_not_guessed():
    papers = parsed("corporate_scrutiny_2025-01-16_letters.txt")
    assert [(p.lines, p.text) for p in papers.not_understood] == [
        ((9, 9), "Officers present: Director of Finance, Monitoring Officer")
    ]


# Word and PDF.


def word_minutes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Audit and Governance Committee")
    document.add_paragraph(
        "Minutes of the meeting of the Audit and Governance Committee held on Monday, 3 March 2025 at "
        "10.00 am in Committee Room 2, County Offices."
    )
    document.add_paragraph("Present")
    table = document.add_table(rows=0, cols=2)
    for name, role in [
        ("Name", "Role"),
        ("Councillor Amy Booth", "Chair"),
        ("Councillor Ben Carter", "Vice-Chair"),
        ("Councillor Dev Rao", ""),
        ("Mr Ian Hale", "Independent member"),
        ("Councillor Zoe Quinn", "Substitute for Councillor Tom Pike"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, role
    document.add_paragraph("Apologies")
    document.add_paragraph("Councillor Tom Pike")
    document.add_paragraph("12. Internal Audit Progress Report")
    document.add_paragraph("The Head of Internal Audit presented the report.")
    document.add_paragraph("RESOLVED: That the report be noted.")
    document.add_paragraph("13. Risk Register")
    document.add_paragraph(
        "The Committee AGREED that the risk register be noted, and that the Chief Finance Officer be asked "
        "to report on cyber security to the next meeting."
    )
    document.add_paragraph("The meeting closed at 11.15 am.")
    content = io.BytesIO()
    document.save(content)
    return content.getvalue()


def test_a_word_document_with_a_table_of_those_present():
    known = [KnownPerson("Cllr A. Booth"), KnownPerson("Dr Ian Hale"), KnownPerson("Councillor T. Pike")]
    papers = parse(read("audit.docx", word_minutes()), known)
    minutes = papers.minutes
    assert papers.kind == "minutes" and papers.not_understood == []
    assert (minutes.committee, minutes.date, minutes.start, minutes.end, minutes.place) == (
        "Audit and Governance Committee",
        date(2025, 3, 3),
        time(10, 0),
        time(11, 15),
        "Committee Room 2, County Offices",
    )
    assert [
        (a.name, a.status, a.in_chair, a.role, a.substitute_for, a.person) for a in minutes.attendance
    ] == [
        ("Councillor Amy Booth", "present", True, "", "", "Cllr A. Booth"),
        ("Councillor Ben Carter", "present", False, "Vice-Chair", "", ""),
        ("Councillor Dev Rao", "present", False, "", "", ""),
        ("Mr Ian Hale", "present", False, "Independent member", "", "Dr Ian Hale"),
        ("Councillor Zoe Quinn", "present", False, "", "Councillor Tom Pike", ""),
        ("Councillor Tom Pike", "apologies", False, "", "", "Councillor T. Pike"),
    ]
    # Each row is a line of the source: the preview shows the row beside the record.
    assert [a.lines[0] for a in minutes.attendance] == [5, 6, 7, 8, 9, 11]
    assert "is not among the known people" in minutes.attendance[1].doubts[0]
    risk = minute(minutes, 13)
    [agreed] = risk.resolutions
    assert (agreed.kind, agreed.marker) == ("request_for_information", "The Committee AGREED")
    [action] = minutes.actions
    assert (action.owner, action.source, action.due) == (
        "the Chief Finance Officer",
        "resolution",
        "to the next meeting",
    )


LONG = " ".join(
    ["The Committee discussed the findings of the external auditor and noted the progress made on each one."]
    * 7
)


def pdf_minutes() -> bytes:
    styles = getSampleStyleSheet()

    def furniture(canvas, document):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Audit Committee - 3 March 2025")
        canvas.drawString(A4[0] / 2, 30, f"Page {document.page}")

    story = [
        Paragraph(
            "Minutes of a meeting of the Audit Committee held at the Town Hall on Monday, 3 March 2025.",
            styles["Normal"],
        ),
        Spacer(1, 12),
        Paragraph("PRESENT", styles["Normal"]),
        Spacer(1, 12),
        Table(
            [
                ["Councillor A. Smith (in the Chair)", "Councillor B. Jones"],
                ["Councillor C. Patel", "Mr D. Ode"],
            ]
        ),
        Spacer(1, 12),
    ]
    for number in range(12, 20):
        story += [
            Paragraph(f"{number}. Report number {number}", styles["Normal"]),
            Spacer(1, 12),
            Paragraph(LONG, styles["Normal"]),
            Spacer(1, 12),
            Paragraph("RESOLVED:", styles["Normal"]),
            Paragraph("(a) That the report be noted;", styles["Normal"]),
            Paragraph("(b) That the comments now made be forwarded to the Cabinet.", styles["Normal"]),
            Spacer(1, 12),
        ]
    story += [Paragraph("2.00 pm - 3.35 pm", styles["Normal"]), Paragraph("CHAIRMAN", styles["Normal"])]
    content = io.BytesIO()
    SimpleDocTemplate(content, pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return content.getvalue()


def test_a_pdf_whose_paragraphs_run_over_pages_under_a_running_header():
    source = read("minutes.pdf", pdf_minutes())
    assert source.kind == "pdf" and len(source.page_starts) >= 2
    papers = parse(source)
    minutes = papers.minutes
    assert papers.not_understood == []
    assert [m.number for m in minutes.minutes] == list(range(12, 20))
    for parsed_minute in minutes.minutes:
        # Wrapped lines are one paragraph again, whichever page they fell on; the header and page numbers
        # between them are skipped.
        assert parsed_minute.text.replace("\n\n", " ") == LONG
        assert [(r.letter, r.kind) for r in parsed_minute.resolutions] == [
            ("a", "noted"),
            ("b", "recommendation"),
        ]
    assert {p.reason for p in papers.skipped} == {"a running header or footer", "a page number"}
    assert [(a.name, a.in_chair) for a in minutes.attendance] == [
        ("Councillor A. Smith", True),
        ("Councillor B. Jones", False),
        ("Councillor C. Patel", False),
        ("Mr D. Ode", False),
    ]
    assert (minutes.start, minutes.end) == (time(14, 0), time(15, 35))


# What is not understood.


def test_odd_passages_are_reported_with_their_lines_not_dropped():
    lines = (PAPERS / "cabinet_2025-02-11_number_year.txt").read_text(encoding="utf-8").split("\n")
    lines.insert(3, "Ref: WDC/CAB/2025/02")  # between the title and those present
    lines.insert(6, "§§ 4471-XZ ?? ~~")  # inside the list of those present
    lines.append("Printed by the Westbridge Print Unit, job 0099")  # after the signature
    papers = parse(Source("odd.txt", "text", lines))
    assert [(p.lines, p.text) for p in papers.not_understood] == [
        ((4, 4), "Ref: WDC/CAB/2025/02"),
        ((7, 7), "§§ 4471-XZ ?? ~~"),
        ((len(lines), len(lines)), "Printed by the Westbridge Print Unit, job 0099"),
    ]
    assert all(p.reason for p in papers.not_understood)
    # The rest reads as before.
    assert [m.reference for m in papers.minutes.minutes][-1] == "96/25"
    assert len(papers.minutes.attendance) == 10


MEMBERS_QUESTION = """\
Minutes of a meeting of the Scrutiny Commission held at County Hall on Monday, 2 September 2024.

PRESENT

Mr. M. Hunt CC (in the Chair)
Mrs. S. Jordan CC

7. Questions asked by members under Standing Order 7(3) and 7(5).

Question asked by Mrs. S. Jordan CC:

“How many looked after children are placed out of county?”

Response by the Chairman:

There are 212 children placed outside the county.

Mrs. S. Jordan CC asked the following supplementary question:

“How many of those are more than 20 miles away?”

The Director of Children and Family Services replied that she did not have that figure to hand but would \
provide it to members after the meeting.

9. Date of next meeting.

It was noted that the next meeting would be held on 7 October 2024.
"""


def test_a_members_question_its_answers_and_the_promise_in_its_reply():
    known = [
        KnownPerson("Mr. M. Hunt CC"),
        KnownPerson("Mrs. S. Jordan CC"),
        KnownPerson("Jane Moore", "Director of Children and Family Services"),
    ]
    minutes = parse(read("commission.txt", MEMBERS_QUESTION.encode()), known).minutes
    [question] = minutes.questions
    assert (question.by_member, question.questioner, question.person) == (
        True,
        "Mrs. S. Jordan CC",
        "Mrs. S. Jordan CC",
    )
    assert question.answered_by_person == "Mr. M. Hunt CC"  # "the Chairman": who was in the chair
    assert question.supplementary_by == "Mrs. S. Jordan CC"
    assert question.supplementary_question == "“How many of those are more than 20 miles away?”"
    assert question.supplementary_answered_by_person == "Jane Moore"
    assert minute(minutes, 7).text == ""
    [action] = minutes.actions
    assert (action.owner, action.person, action.due, action.minute) == (
        "The Director of Children and Family Services",
        "Jane Moore",
        "after the meeting",
        7,
    )
    assert action.doubts == []


def test_a_gap_with_no_reason_printed_is_said_to_be_the_archives():
    [gap] = parse(read("commission.txt", MEMBERS_QUESTION.encode())).minutes.gaps
    assert gap.missing == [8]
    assert gap.reason == "minute 8 is not in this copy of the minutes: an archive's gap, or a number skipped"


EXEMPT_AGENDA = """\
Meeting: Cabinet
Date/Time: Tuesday, 8 April 2025 at 6.00 pm

AGENDA

1. Apologies for absence.
2. Leisure contract award (Exempt - paragraph 3 of Part 1 of Schedule 12A). (Pages 3 - 9)
"""
EXEMPT_MINUTES = """\
Minutes of the meeting of the Cabinet held on Tuesday, 8 April 2025.

Present: Councillors A. Hughes (Chair) and B. Patel

12. Exclusion of the press and public

RESOLVED that the press and public be excluded from the meeting for the following item.

13. Leisure Contract Award (Exempt)

The Cabinet considered the report, which contains information as defined in paragraph 3 of Part 1 of \
Schedule 12A to the Local Government Act 1972.

RESOLVED that the contract be awarded to the preferred bidder.

14. Staffing Restructure (Exempt)

RESOLVED that the restructure be approved.
"""


def test_exempt_items_and_minutes_with_their_paragraph():
    [_, item] = parse(read("agenda.txt", EXEMPT_AGENDA.encode())).agenda.items
    assert (item.number, item.exempt_paragraph, item.kind, item.pages) == (2, 3, "report", (3, 9))
    minutes = parse(read("minutes.txt", EXEMPT_MINUTES.encode())).minutes
    assert [(m.number, m.exempt_paragraph) for m in minutes.minutes] == [(12, None), (13, 3), (14, None)]
    assert minute(minutes, 14).doubts == ["exempt: the paragraph of Schedule 12A is not printed"]
