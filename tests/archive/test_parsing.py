"""Seed 003, the agenda pack of 5 March 2024, parsed: its minutes of 23 January 2024 equal the transcription
in demo/meetings_data.py field by field (which is this test's expected data), its agenda equals MARCH_MEETING,
each report is found where the pack prints it, and the one passage the parser cannot place is reported with
its lines rather than dropped.

The pack is kept verbatim in tests/archive/archive_papers/ (a copy of shared/seeds/003_bc9149fb7ac2f9bb.txt),
so the line numbers here are those domain.md cites."""

from datetime import date, datetime
from pathlib import Path

import pytest

from archive.parsing import KnownPerson, parse
from archive.reading import read
from demo import followup_data, meetings_data
from meetings.roman import to_roman

PACK = Path(__file__).parent / "archive_papers" / "seed_003_agenda_pack_2024-03-05.txt"
KNOWN = [KnownPerson(person["name"], person.get("job_title", "")) for person in meetings_data.PEOPLE]
JANUARY = meetings_data.JANUARY_MEETING
MARCH = meetings_data.MARCH_MEETING


@pytest.fixture(scope="module")
def pack():
    return parse(read(PACK.name, PACK.read_bytes()), KNOWN)


@pytest.fixture(scope="module")
def minutes(pack):
    return pack.minutes


def expected_minute(number: int) -> dict:
    return next(minute for minute in JANUARY["minutes"] if minute["number"] == number)


def test_the_pack_is_an_agenda_with_the_last_minutes_and_reports(pack):
    assert pack.kind == "agenda pack"
    assert pack.problem == ""
    assert pack.agenda.lines[0] == 1
    assert pack.minutes.lines == (73, 262)


def test_the_minutes_meeting(minutes):
    assert minutes.committee == meetings_data.COMMITTEE["name"]
    assert minutes.date == JANUARY["start"].date()
    assert (minutes.start, minutes.end) == (JANUARY["start"].time(), JANUARY["end"].time())
    assert minutes.place == JANUARY["location"]
    assert minutes.doubts == []


def test_minute_numbers_headings_and_agenda_items(minutes):
    assert [(m.number, m.reference, m.heading, m.agenda_item) for m in minutes.minutes] == [
        (m["number"], str(m["number"]), m["heading"], m["agenda_item"]) for m in JANUARY["minutes"]
    ]
    # Minutes 52-54 name their report ("marked 'Agenda Item 8'"); the rest follow from the order, and say so.
    assert [m.number for m in minutes.minutes if not m.doubts] == [52, 53, 54]
    assert "minute 52 is item 8" in minutes.minutes[0].doubts[0]
    assert minutes.numbering.restarts == "runs on"
    assert (minutes.numbering.first, minutes.numbering.last) == (45, 55)
    assert minutes.gaps == []


@pytest.mark.parametrize("number", range(45, 56))
def test_each_minutes_text(minutes, number):
    parsed = next(m for m in minutes.minutes if m.number == number)
    assert parsed.text == expected_minute(number)["text"]


@pytest.mark.parametrize("number", range(45, 56))
def test_each_minutes_discussion_points(minutes, number):
    parsed = next(m for m in minutes.minutes if m.number == number)
    expected = expected_minute(number).get("discussion_points", [])
    assert [(p.numeral, p.section, p.text) for p in parsed.discussion_points] == [
        (to_roman(position), point.get("section", ""), point["text"])
        for position, point in enumerate(expected, start=1)
    ]


@pytest.mark.parametrize("number", range(45, 56))
def test_each_minutes_resolutions(minutes, number):
    parsed = next(m for m in minutes.minutes if m.number == number)
    expected = expected_minute(number).get("resolutions", [])
    assert [(r.letter, r.kind, r.text, r.recommended_to) for r in parsed.resolutions] == [
        (r["letter"], r["kind"], r["text"], r.get("recommended_to", "")) for r in expected
    ]
    assert all(r.marker == "RESOLVED:" and not r.doubts for r in parsed.resolutions)


def test_attendance(minutes):
    assert [
        (a.person, a.status, a.in_chair, a.role or a.organisation, a.for_item) for a in minutes.attendance
    ] == [
        (a["person"], a["status"], a.get("in_chair", False), a.get("role", ""), a.get("for_item"))
        for a in JANUARY["attendance"]
    ]
    # Names as printed, the stop missing from "Mrs B. Seaton CC" included.
    assert [a.name for a in minutes.attendance] == [a["person"] for a in JANUARY["attendance"]]
    assert all(not a.doubts for a in minutes.attendance)
    # The guests come from the welcome in minute 53, for its item only.
    assert [a.lines for a in minutes.attendance if a.for_item] == [(225, 225), (225, 225)]


def test_public_questions_with_their_parts_responses_and_supplementaries(minutes):
    fields = ["questioner", "question", "response", "supplementary_question", "supplementary_answer"]
    assert len(minutes.questions) == len(JANUARY["public_questions"])
    for parsed, expected in zip(minutes.questions, JANUARY["public_questions"], strict=True):
        for field in fields:
            assert getattr(parsed, field) == expected[field], field
        assert parsed.answered_by == "the Chairman"
        assert parsed.answered_by_person == expected["answered_by"]
        assert parsed.supplementary_answered_by == "the Director of Children and Family Services"
        assert parsed.supplementary_answered_by_person == expected["supplementary_answered_by"]
        assert parsed.minute == 46 and not parsed.by_member and parsed.doubts == []
    whiting, warwick = minutes.questions
    assert [part.label for part in whiting.parts] == ["a", "b", "c"]
    assert whiting.parts[0].text.startswith(
        "How many children, currently in Year 6, with an EHCP, working below Year 5"
    )
    assert whiting.parts[2].text.endswith("for Year 7 in September 2024?”")
    assert [part.label for part in whiting.response_parts] == ["a", "b", "c"]
    assert whiting.supplementary_parts == []
    # Warwick's written response (a) runs to three paragraphs, one cut by a page break (lines 129-131).
    assert warwick.response_parts[0].text.count("\n\n") == 2
    assert "in\n\nmainstream" not in warwick.response and "EHCP in mainstream school" in warwick.response
    assert [part.label for part in warwick.supplementary_parts] == ["a", "b"]
    assert (whiting.lines, warwick.lines) == ((101, 120), (122, 153))


def test_declarations(minutes):
    assert [
        (d.person, d.agenda_item, d.kind, d.text, d.withdrew, d.minute) for d in minutes.declarations
    ] == [
        (d["person"], d["agenda_item"], d["kind"], d["text"], d["withdrew"], 49)
        for d in JANUARY["declarations"]
    ]
    assert minutes.declarations[0].lines == (167, 167) and minutes.declarations[0].doubts == []


def test_actions(minutes):
    # The minutes promise in words only one thing: the Director "did not have the breakdown … to report to
    # the meeting" (minute 46, line 152), which the follow-up demo made an action for Jane Moore. Its other
    # actions (the table on page 30, the data for EHCP decisions, the Secretary of State's reply) are the
    # demo's own reading of the discussion, not words the parser could take as a promise.
    assert [(a.minute, a.person, a.owner, a.source, a.lines) for a in minutes.actions] == [
        (46, "Jane Moore", "The Director", "discussion", (152, 152))
    ]
    assert (46, "Jane Moore") in [(a["minute"], a.get("owner")) for a in followup_data.ACTIONS]
    action = minutes.actions[0]
    assert action.description.startswith("The Director did not have the breakdown of how many of those were")
    assert any("implied" in doubt for doubt in action.doubts)


def test_the_minutes_approved_at_the_meeting(minutes):
    assert minutes.approves.meeting_date == date(2023, 11, 7)
    assert minutes.approves.minute == 45
    assert minutes.approves.amended == ""


def test_no_votes_ballots_or_petitions(minutes):
    assert [m.votes for m in minutes.minutes] == [[]] * 11
    assert [m.ballots for m in minutes.minutes] == [[]] * 11
    assert minutes.petitions == []


def test_the_agenda(pack):
    agenda = pack.agenda
    assert agenda.committee == meetings_data.COMMITTEE["name"]
    assert datetime.combine(agenda.date, agenda.start, tzinfo=meetings_data.LONDON) == MARCH["start"]
    assert agenda.place == MARCH["location"]
    assert agenda.contact == MARCH["contact_officer"]
    buckley = next(person for person in meetings_data.PEOPLE if person["name"] == "Damien Buckley")
    assert (agenda.contact_phone, agenda.contact_email) == (buckley["phone"], buckley["email"])
    assert agenda.webcast_url == MARCH["webcast_url"]
    assert agenda.approves.meeting_date == date(2024, 1, 23)


def test_the_agenda_items(pack):
    assert [
        (item.number, item.title, item.kind, item.report_by, item.pages, item.summary)
        for item in pack.agenda.items
    ] == [
        (
            item["number"],
            item["title"],
            item["kind"],
            item.get("report_by", ""),
            (item["page_start"], item["page_end"]) if "page_start" in item else None,
            item.get("summary", ""),
        )
        for item in MARCH["agenda"]
    ]
    assert len(pack.agenda.items) == 14
    assert all(not item.doubts for item in pack.agenda.items)


def test_the_membership(pack):
    assert {member.name: member.role for member in pack.agenda.membership} == meetings_data.MEMBERSHIPS
    assert {member.person for member in pack.agenda.membership} == set(meetings_data.MEMBERSHIPS)
    # Co-opted because, unlike the others, no "CC" follows their names: said with a doubt.
    assert [member.name for member in pack.agenda.membership if member.doubts] == [
        "Mrs. C. Lewis",
        "Mr. R. Martin",
    ]


def test_each_report_is_found_where_the_pack_prints_it(pack):
    lines = PACK.read_text(encoding="utf-8").split("\n")
    text = {report.item: "\n".join(lines[report.lines[0] - 1 : report.lines[1]]) for report in pack.reports}
    assert [(report.item, report.found_by) for report in pack.reports] == [(n, "title") for n in range(8, 13)]
    for item in MARCH["agenda"]:
        for document in item.get("documents", []):
            if document["kind"] == "minutes":
                continue
            paper = [line for line in meetings_data.paper(document["filename"]).split("\n") if line.strip()]
            assert paper[0].split("\t")[0] in text[item["number"]], document["filename"]
    spans = [report.lines for report in pack.reports]
    assert spans[0][0] > pack.minutes.lines[1]
    assert all(one[1] < other[0] for one, other in zip(spans, spans[1:], strict=False))
    assert spans[-1][1] == 1583  # the dashboard's last row; a blank page ends the pack
    assert [part.lines for part in pack.reports[1].parts] == [(615, 939), (943, 943), (949, 1044)]


def test_what_is_not_understood_is_reported_with_its_lines(pack):
    # The guidance on questioning after the agenda's items is not an item, nor anything else the agenda has.
    assert [(passage.lines, passage.text.split("\n")[0]) for passage in pack.not_understood] == [
        ((50, 65), "QUESTIONING BY MEMBERS OF OVERVIEW AND SCRUTINY")
    ]
    # The blank pages are skipped, and said to be.
    assert [passage.lines[0] for passage in pack.skipped] == [69, 263, 611, 941, 947, 1048, 1155, 1425, 1585]
