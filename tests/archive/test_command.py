"""manage.py parse_papers: the outline a clerk reads (each record beside its lines, doubts marked, what was
not understood), the JSON for whoever commits an import, names matched to the people recorded; a bad file is
refused with its reason; nothing is ever written."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from demo import meetings_data
from tests.factories import OfficerFactory, PersonFactory
from tests.fuzzing import database_rows

pytestmark = pytest.mark.django_db

PACK = Path(__file__).parent / "archive_papers" / "seed_003_agenda_pack_2024-03-05.txt"


def run(*arguments) -> str:
    out = io.StringIO()
    call_command("parse_papers", *arguments, stdout=out)
    return out.getvalue()


@pytest.fixture
def people():
    for person in meetings_data.PEOPLE:
        if person["kind"] == "officer":
            OfficerFactory(
                name=person["name"],
                family_name=person["family_name"],
                job_title=person.get("job_title", ""),
            )
        else:
            PersonFactory(name=person["name"], family_name=person["family_name"], kind=person["kind"])


def test_the_outline_shows_each_record_beside_its_lines(people):
    before = database_rows()
    out = run(str(PACK))
    assert out.startswith("seed_003_agenda_pack_2024-03-05.txt: an agenda pack, 1585 lines\n")
    for expected in [
        "    Children and Families Overview and Scrutiny Committee, 23 January 2024, 14:00-16:01, "
        "County Hall, Glenfield",
        "        [77] Mrs. H. J. Fryer CC: present, in the chair (known)",
        "        [225] Stephen Knight: in attendance, Newton Europe, for item 9 (known)",
        "            [219] RESOLVED: (b) recommendation to Scrutiny Commission: That the comments now made "
        "be forwarded to the Scrutiny Commission for consideration at i…",
        "        [101-120] public question from Mrs Sue Whiting (parts abc), answered by Mrs. H. J. Fryer "
        "CC; supplementary answered by Jane Moore",
        "        [167] Mr. R. Martin (known): registerable, item 9, withdrew",
        "            ? agenda item 1 worked out from the order of the minutes (minute 52 is item 8)",
        "    [615-1044] item 9: Children and Family Services Department. (pages 33-54), found by title",
        "    [50-65] in the agenda, but not an item, the membership or the meeting's details:",
        "        QUESTIONING BY MEMBERS OF OVERVIEW AND SCRUTINY",
    ]:
        assert expected + "\n" in out, expected
    # The action's owner, "The Director", is the director the minute names, matched by post.
    assert "from the discussion: The Director → Jane Moore" in out
    assert database_rows() == before


def test_names_not_among_the_people_recorded_are_doubts():
    PersonFactory(name="Mrs. H. J. Fryer CC", family_name="Fryer")
    out = run(str(PACK))
    assert "        [77] Mrs. H. J. Fryer CC: present, in the chair (known)\n" in out
    assert (
        "        [79] Mr. M. Frisby CC: present\n"
        "            ? “Mr. M. Frisby CC” is not among the known people" in out
    )
    unmatched = run(str(PACK), "--no-people")
    assert "(known)" not in unmatched and "is not among the known people" not in unmatched
    assert unmatched.endswith("\nNames were not matched to people (--no-people).\n")


def test_with_no_people_recorded_names_are_not_matched():
    out = run(str(PACK))
    assert "(known)" not in out and "is not among the known people" not in out
    assert out.endswith("\nNames were not matched to people (no people are recorded).\n")


def test_json_for_the_step_that_commits_an_import(people):
    papers = json.loads(run(str(PACK), "--json"))
    assert papers["kind"] == "agenda pack"
    minutes = papers["minutes"]
    assert (minutes["date"], minutes["start"], minutes["end"]) == ("2024-01-23", "14:00:00", "16:01:00")
    budget = next(minute for minute in minutes["minutes"] if minute["number"] == 52)
    assert budget["resolutions"][1] == {
        "letter": "b",
        "text": "That the comments now made be forwarded to the Scrutiny Commission for consideration at its "
        "meeting on 29 January 2024.",
        "kind": "recommendation",
        "recommended_to": "Scrutiny Commission",
        "preamble": "",
        "marker": "RESOLVED:",
        "lines": [219, 219],
        "doubts": [],
    }
    assert [item["pages"] for item in papers["agenda"]["items"]][7:12] == [
        [15, 32],
        [33, 54],
        [55, 60],
        [61, 68],
        [69, 76],
    ]
    assert papers["not_understood"][0]["lines"] == [50, 65]


def test_a_file_that_is_not_papers_prints_what_it_saw_and_fails(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("Shopping list\n\nbread\n", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="holds neither an agenda .* nothing can be imported from it"):
        call_command("parse_papers", str(path), stdout=out)
    assert (
        "    [1-3] not part of an agenda, minutes or a report:\n        Shopping list\n        bread\n"
        in out.getvalue()
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "minutes.txt is empty."),
        (b"MZ\x90\x00\x03\x00\x00\x00 junk", "minutes.txt is not a PDF, a Word document or text"),
    ],
)
def test_an_unreadable_file_is_refused_with_the_reason_and_nothing_is_written(tmp_path, content, message):
    before = database_rows()
    path = tmp_path / "minutes.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))
    assert database_rows() == before


def test_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="cannot be read: No such file or directory"):
        run(str(tmp_path / "nowhere.pdf"))


def test_a_file_over_the_limit_is_not_read(tmp_path, settings):
    settings.DOCUMENT_MAX_MEGABYTES = 1
    path = tmp_path / "pack.txt"
    path.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(CommandError, match="larger than the largest paper the importer reads"):
        run(str(path))
