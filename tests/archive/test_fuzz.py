"""The importer's reader and parser fed what a careless or hostile file holds (hypothesis): any bytes under
any name, and real minutes spoiled line by line (lines lost, repeated, swapped, garbage put in). Never an
exception but UnreadableFile with its message; and whatever a spoiled file holds is kept somewhere the clerk
sees it — in a record, a skipped passage or a passage not understood, with lines inside the file."""

import dataclasses
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.parsing import parse
from archive.parsing.model import ParsedPapers, ParsedReport
from archive.reading import Source, UnreadableFile, read
from tests.fuzzing import FILE_NAMES, examples, file_contents, texts

PAPERS = Path(__file__).parent / "archive_papers"
PACK = (PAPERS / "seed_003_agenda_pack_2024-03-05.txt").read_text(encoding="utf-8").split("\n")
SPOILABLE = {
    # The agenda and the minutes of the pack (its reports are only found, not read).
    "seed pack": PACK[:262],
    "number/year": (PAPERS / "cabinet_2025-02-11_number_year.txt").read_text(encoding="utf-8").split("\n"),
    "Min.": (PAPERS / "scrutiny_panel_2025-06-04_min_dot.txt").read_text(encoding="utf-8").split("\n"),
    "letters": (PAPERS / "corporate_scrutiny_2025-01-16_letters.txt").read_text(encoding="utf-8").split("\n"),
}
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def spans_and_texts(papers: ParsedPapers) -> tuple[list[tuple[int, int]], list[str]]:
    """Every (first, last) and every string anywhere in the parse."""
    spans, found = [], []

    def walk(value):
        if dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                inner = getattr(value, item.name)
                if item.name == "lines" and isinstance(inner, tuple):
                    spans.append(inner)
                else:
                    walk(inner)
        elif isinstance(value, list | tuple):
            for inner in value:
                walk(inner)
        elif isinstance(value, str):
            found.append(value)

    walk(papers)
    return spans, found


def assert_sound(papers: ParsedPapers):
    spans, _ = spans_and_texts(papers)
    for first, last in spans:
        assert (first, last) == (0, 0) or 1 <= first <= last <= papers.line_count
    assert papers.kind in ("agenda pack", "agenda", "minutes", "not recognised")
    assert (papers.kind == "not recognised") <= bool(papers.problem)


@settings(FUZZ, max_examples=examples(150))
@given(st.sampled_from(FILE_NAMES), file_contents)
def test_any_file_is_read_or_refused_with_a_message(name, content):
    try:
        source = read(name, content)
    except UnreadableFile as refused:
        assert str(refused).startswith(name)
        return
    assert_sound(parse(source))


garbage_lines = st.one_of(
    texts(60),
    st.text(string.printable, max_size=200),
    st.sampled_from(
        ["RESOLVED:", "a)", "(ii)", "PRESENT", "45.", "Min. 3", "89/25", "14:00 – 16:01", "CHAIRMAN"]
    ),
)


@st.composite
def spoiled(draw):
    """Real minutes with one to six things done to their lines, a unique token on each line put in; read as
    lines of text, or as the wrapped lines of a PDF's page."""
    lines = list(SPOILABLE[draw(st.sampled_from(sorted(SPOILABLE)))])
    tokens = []
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        match draw(st.sampled_from(["lose", "repeat", "swap", "insert", "replace", "cut"])):
            case "lose":
                del lines[at]
            case "repeat":
                lines.insert(at, lines[at])
            case "swap":
                other = draw(st.integers(0, len(lines) - 1))
                lines[at], lines[other] = lines[other], lines[at]
            case "insert" | "replace" as how:
                token = f"zq{len(tokens)}xj"
                tokens.append(token)
                line = f"{token} {draw(garbage_lines)}"
                if how == "insert":
                    lines.insert(at, line)
                else:
                    lines[at] = line
            case "cut":
                del lines[at + 1 :]
        if not lines:
            lines = [""]
    return lines, tokens, draw(st.booleans())


@settings(FUZZ, max_examples=examples(120))
@given(spoiled())
def test_spoiled_minutes_parse_and_lose_nothing(spoilt):
    lines, tokens, wrapped = spoilt
    papers = parse(Source("spoiled.txt", "text", lines, wrapped=wrapped))
    assert_sound(papers)
    spans, found = spans_and_texts(papers)
    everything = "\n".join(found)
    reports = [report.lines for report in papers.reports if isinstance(report, ParsedReport)]
    for token in tokens:
        if not any(token in line for line in lines):
            continue  # put in, then lost or cut by a later change
        number = next(index for index, line in enumerate(lines, start=1) if token in line)
        assert token in everything or any(first <= number <= last for first, last in reports), token


@settings(FUZZ, max_examples=examples(60))
@given(st.lists(st.one_of(texts(300), garbage_lines), max_size=80), st.booleans())
def test_lines_of_anything_parse(lines, wrapped):
    assert_sound(parse(Source("anything.txt", "text", lines or [""], wrapped=wrapped)))


@pytest.mark.parametrize("copies", [30])
def test_a_large_pack_parses_in_proportion_to_its_size(copies):
    # Thirty packs end to end: ~48,000 lines, read and parsed in a few seconds, not minutes.
    import time

    started = time.monotonic()
    papers = parse(read("packs.txt", "\n".join(PACK * copies).encode()))
    assert time.monotonic() - started < 30
    assert papers.kind == "agenda pack"
    assert len(papers.minutes.minutes) == 11
