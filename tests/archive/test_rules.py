"""The importer's small rules one by one: people's names as printed and matched; minute number styles and
whether the numbering restarts; resolution kinds; dates and times as papers print them."""

from datetime import date, time

import pytest

from archive.parsing import dates, resolution_kinds, styles
from archive.parsing.names import KnownPerson, People, name_and_notes, parse_name, split_names

SEED_PEOPLE = People(
    [
        KnownPerson("Mrs. H. J. Fryer CC"),
        KnownPerson("Mrs B. Seaton CC"),
        KnownPerson("Mr. R. Martin"),
        KnownPerson("Stephen Knight"),
        KnownPerson("Mr. E. L. Bamford"),
        KnownPerson("Mrs. S. Jordan CC"),
        KnownPerson("Mr. T. Jordan CC"),
        KnownPerson("Jane Moore", "Director of Children and Family Services"),
    ]
)


@pytest.mark.parametrize(
    ("printed", "titles", "initials", "family", "suffixes"),
    [
        ("Mrs. H. J. Fryer CC", ("mrs",), ("H", "J"), "Fryer", ("cc",)),
        ("Mrs B. Seaton CC", ("mrs",), ("B",), "Seaton", ("cc",)),
        ("Mr. L. Hadji-Nikolaou CC", ("mr",), ("L",), "Hadji-Nikolaou", ("cc",)),
        ("Councillor Mrs J L Fleming", ("councillor", "mrs"), ("J", "L"), "Fleming", ()),
        ("Cllr D Stocker", ("cllr",), ("D",), "Stocker", ()),
        ("Stephen Knight", (), ("S",), "Knight", ()),
        ("Councillor Douglas de Lacey", ("councillor",), ("D",), "de Lacey", ()),
        ("Dr Anusree Biswas Sasidharan", ("dr",), ("A", "B"), "Sasidharan", ()),
        ("Mr. R.J. O'Brien OBE", ("mr",), ("R", "J"), "O'Brien", ("obe",)),
    ],
)
def test_names_read_into_their_parts(printed, titles, initials, family, suffixes):
    name = parse_name(printed)
    assert (name.titles, name.initials, name.family, name.suffixes) == (titles, initials, family, suffixes)


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Executive reported",
        "Cabinet Lead Member",
        "Newton",
        "Item 7",
        "PRESENT",
        "",
        "Mr",
        "12 Smith",
    ],
)
def test_what_is_not_a_name(text):
    assert parse_name(text) is None


@pytest.mark.parametrize(
    ("printed", "person"),
    [
        ("Mrs. B. Seaton CC", "Mrs B. Seaton CC"),  # a stop more
        ("Mrs H.J. Fryer CC", "Mrs. H. J. Fryer CC"),
        ("Councillor Fryer", "Mrs. H. J. Fryer CC"),  # no initials at all
        ("S. Knight", "Stephen Knight"),  # an initial for the forename
        ("Councillor Bamford", "Mr. E. L. Bamford"),
        ("Mr Martin", "Mr. R. Martin"),
        ("Mrs Jordan", "Mrs. S. Jordan CC"),  # the title tells the two Jordans apart
    ],
)
def test_printings_of_the_same_person_match(printed, person):
    assert SEED_PEOPLE.match(printed).person == person
    assert SEED_PEOPLE.match(printed).doubts == []


@pytest.mark.parametrize(
    ("printed", "doubt"),
    [
        ("Mr. B. Seaton CC", "is not among the known people"),  # Mr, not Mrs
        ("Mrs. K. Fryer CC", "is not among the known people"),  # K, not H
        ("Councillor Jordan", "could be any of Mrs. S. Jordan CC, Mr. T. Jordan CC: choose one"),
        ("Susan Knight", "is not among the known people"),  # Susan, not Stephen
        ("the Cabinet", "does not read as a person's name"),
    ],
)
def test_printings_that_disagree_or_could_be_several_are_doubts(printed, doubt):
    match = SEED_PEOPLE.match(printed)
    assert match.person == ""
    assert doubt in match.doubts[0]


def test_officers_by_their_post():
    assert SEED_PEOPLE.by_title("the Director of Children and Family Services").person == "Jane Moore"
    assert SEED_PEOPLE.by_title("the Director of Finance").doubts == [
        "no known person is “the Director of Finance”"
    ]
    assert (
        People().match("Mrs. H. J. Fryer CC").doubts == []
    )  # nobody known: nothing to match, nothing to doubt


def test_lists_of_names_and_names_with_notes():
    assert split_names("Councillors E L Bamford, R G Boyce, Mrs J L Fleming and C P Morley.") == [
        "Councillor E L Bamford",
        "Councillor R G Boyce",
        "Mrs J L Fleming",
        "Councillor C P Morley",
    ]
    assert split_names("Stephen Knight and Ashley Page") == ["Stephen Knight", "Ashley Page"]
    assert split_names("the Chief Executive and the Monitoring Officer") is None
    assert name_and_notes("Mrs. H. J. Fryer CC (in the Chair)") == (
        "Mrs. H. J. Fryer CC",
        ["in the Chair"],
        "",
    )
    assert name_and_notes("Mrs. D. Taylor CC – Cabinet Lead Member for Children and Families") == (
        "Mrs. D. Taylor CC",
        [],
        "Cabinet Lead Member for Children and Families",
    )
    assert name_and_notes("Jane Smith, Director of Finance") == ("Jane Smith", [], "Director of Finance")


@pytest.mark.parametrize(
    ("line", "style", "number", "reference", "heading"),
    [
        (
            "45. Minutes of the meeting held on 7 November 2023.",
            "number",
            45,
            "45",
            "Minutes of the meeting held on 7 November 2023.",
        ),
        ("89/25 APOLOGIES FOR ABSENCE", "number/year", 89, "89/25", "APOLOGIES FOR ABSENCE"),
        ("12/2024 Budget", "number/year", 12, "12/2024", "Budget"),
        ("Min. 12 Work Programme", "Min.", 12, "Min. 12", "Work Programme"),
        ("Minute No. 7 – Petitions", "Min.", 7, "Minute No. 7", "Petitions"),
        ("CS.45 Apologies and substitutions", "letters", 45, "CS.45", "Apologies and substitutions"),
        ("OSC/12 Call-in", "letters", 12, "OSC/12", "Call-in"),
        ("3 Chair's Communications", "number without a stop", 3, "3", "Chair's Communications"),
    ],
)
def test_minute_number_styles(line, style, number, reference, heading):
    found = [c for c in styles.candidates([(1, line)]) if c.style == style]
    assert [(c.number, c.reference, c.heading) for c in found] == [(number, reference, heading)]


def test_the_number_alone_with_the_heading_on_the_next_line():
    [found] = styles.candidates([(1, "35."), (3, "Public Participation Period")])
    assert (found.number, found.heading, found.line, found.last_line) == (
        35,
        "Public Participation Period",
        1,
        3,
    )


def test_a_numbered_list_inside_a_minute_is_not_taken_for_minutes():
    lines = [
        (1, "12. Budget Monitoring"),
        (2, "RESOLVED:"),
        (3, "1. That the report be noted;"),
        (4, "2. That the forecast be referred to Cabinet;"),
        (5, "3. That officers report again in June."),
        (6, "13. Work Programme"),
        (7, "14. Date of next meeting"),
    ]
    assert [h.number for h in styles.best_run(styles.candidates(lines))] == [12, 13, 14]


@pytest.mark.parametrize(
    ("reference", "first", "meeting", "restarts"),
    [
        ("45", 45, date(2024, 1, 23), "runs on"),
        ("1", 1, date(2025, 6, 4), "each meeting"),
        ("5/25", 5, date(2025, 2, 11), "each calendar year"),
        ("45/24", 45, date(2025, 2, 11), "each municipal year"),
        ("12/24/25", 12, date(2025, 2, 11), "each municipal year"),
        ("30/25", 30, date(2025, 9, 1), "each year"),  # May to December: either
    ],
)
def test_whether_numbering_restarts(reference, first, meeting, restarts):
    year = reference.split("/", 1)[1] if "/" in reference else ""
    heading = styles.Heading(
        1, 1, first, reference, "Heading", "number/year" if year else "number", year=year
    )
    assert styles.numbering([heading], meeting).restarts == restarts


@pytest.mark.parametrize(
    ("text", "kind", "body"),
    [
        ("That the report be noted;", "noted", ""),
        (
            "That the Director be requested to provide the Committee with the figures.",
            "request_for_information",
            "",
        ),
        (
            "to ask the Director of Finance to report the savings to the March meeting.",
            "request_for_information",
            "",
        ),
        (
            "That the comments now made be forwarded to the Scrutiny Commission for consideration.",
            "recommendation",
            "Scrutiny Commission",
        ),
        (
            "That the plan be presented to the Cabinet at its meeting on 9 February 2024.",
            "recommendation",
            "Cabinet",
        ),
        ("That an update be presented to a future meeting of the Committee.", "decision", ""),
        ("It was noted that the next meeting would be held on 5 March 2024 at 14:00.", "decision", ""),
        ("That Councillor Bell be elected Chairman for the municipal year.", "decision", ""),
    ],
)
def test_resolution_kinds(text, kind, body):
    assert resolution_kinds.kind_of(text)[:2] == (kind, body)


def test_a_resolution_of_no_known_kind_is_a_decision_with_a_doubt():
    assert resolution_kinds.kind_of("That the matter lie on the table.") == (
        "decision",
        "",
        ["the words fit no kind of resolution: taken as a decision"],
    )
    assert resolution_kinds.kind_of("the budget be approved;", marker_kind="recommendation")[:2] == (
        "recommendation",
        "",
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("held at County Hall, Glenfield on Tuesday, 23 January 2024.", date(2024, 1, 23)),
        ("Wednesday 4th June 2025 at 10.00 am", date(2025, 6, 4)),
        ("on the 3rd of Sept. 2024", date(2024, 9, 3)),
        ("23/01/2024", date(2024, 1, 23)),
    ],
)
def test_dates_as_printed(text, day):
    assert dates.find_date(text) == (day, [])


def test_a_weekday_that_disagrees_with_its_date_is_a_doubt():
    day, doubts = dates.find_date("Wednesday, 23 January 2024")
    assert day == date(2024, 1, 23)
    assert doubts == ["printed “Wednesday, 23 January 2024”, but 23 January 2024 was a Tuesday"]
    assert dates.find_date("31 February 2024") == (None, ["“31 February 2024” is not a date"])


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("2.00 pm", time(14)),
        ("2pm", time(14)),
        ("14:00", time(14)),
        ("10.30am", time(10, 30)),
        ("noon", time(12)),
    ],
)
def test_times_as_printed(text, clock):
    assert dates.find_time(f"at {text}") == clock


def test_a_meetings_span():
    assert dates.find_time_range("14:00 – 16:01") == (time(14), time(16, 1))
    assert dates.is_time_range("(2.00 pm - 4.01 pm)")
    assert not dates.is_time_range("The meeting closed at 4.01 pm")
    assert dates.find_time("£0.4m by 2027/28 under Standing Order 7(3)") is None
