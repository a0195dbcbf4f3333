"""Parsing a council's published papers into a model-independent record (archive.parsing.model).

    papers = parse(read(name, content), known=[KnownPerson("Mrs. H. J. Fryer CC"), …])

`papers.kind` says what the file is ("agenda pack", "agenda", "minutes", or "not recognised" with
`papers.problem` saying why nothing can be imported); `papers.agenda` is the meeting an agenda calls,
`papers.minutes` the meeting minutes record, `papers.reports` the reports of a pack. Every line of the file
is understood, skipped as page furniture (`papers.skipped`), or reported in `papers.not_understood`."""

from collections.abc import Iterable

from archive.reading import Source

from .agenda import parse_agenda
from .matching import match_people
from .minutes import parse_minutes
from .model import ParsedPapers
from .names import KnownPerson, People
from .sections import find_reports, find_sections
from .text import Document

__all__ = ["KnownPerson", "parse"]


def parse(source: Source, known: Iterable[KnownPerson] = ()) -> ParsedPapers:
    document = Document(source)
    people = People(known)
    sections = find_sections(document)
    papers = ParsedPapers(name=source.name, kind="not recognised", line_count=document.count)
    if sections.agenda:
        papers.agenda = parse_agenda(document, sections.agenda)
        match_people(papers.agenda, people)
        document.sweep(
            sections.agenda, "in the agenda, but not an item, the membership or the meeting's details"
        )
    minutes = sections.minutes
    # In a pack the reports follow the minutes: where the first starts, the minutes have ended.
    reports_from = minutes[0] + 1 if minutes else sections.reports_from
    if papers.agenda and reports_from:
        papers.reports, doubts = find_reports(document, reports_from, papers.agenda.items)
        papers.agenda.doubts += doubts
        if minutes and papers.reports:
            minutes = (minutes[0], min(minutes[1], papers.reports[0].lines[0] - 1))
    if minutes:
        papers.minutes = parse_minutes(document, minutes)
        match_people(papers.minutes, people)
        document.sweep(minutes, "in the minutes, but not understood")
    for report in papers.reports:
        document.claim(report.lines)
    papers.kind = _kind(papers)
    if papers.kind == "not recognised":
        papers.problem = (
            f"{source.name} holds neither an agenda (a list of numbered items) nor minutes (“Minutes of a "
            "meeting of …” with those present and numbered minutes): nothing can be imported from it."
        )
    elif papers.minutes and not papers.minutes.minutes:
        papers.problem = f"{source.name} has the heading of minutes but no numbered minutes were found in it."
    document.sweep((1, document.count), "not part of an agenda, minutes or a report")
    papers.skipped = document.skipped
    papers.not_understood = sorted(document.not_understood, key=lambda passage: passage.lines)
    return papers


def _kind(papers: ParsedPapers) -> str:
    if papers.agenda and papers.agenda.items and (papers.minutes or papers.reports):
        return "agenda pack"
    if papers.minutes:
        return "minutes"
    if papers.agenda and papers.agenda.items:
        return "agenda"
    return "not recognised"
