"""Generated papers in the packs (meetings/generated_papers.py: the report of actions arising): typeset from
what their writer says; generated afresh at each build until the agenda is published, then frozen as
published (FrozenPaper) and printed from that copy."""

from django.core.files.base import ContentFile
from reportlab.lib.units import cm
from reportlab.platypus import Table, TableStyle

from meetings.generated_papers import GeneratedPaper, generated_kinds, is_generated, papers_of
from meetings.models import AgendaItem, Document, Meeting

from . import typesetting
from .models import FrozenPaper
from .typesetting import para


def typeset(paper: GeneratedPaper) -> bytes:
    story = [para(paper.title, "title")]
    if paper.exempt_paragraph:
        story.append(
            para(
                f"NOT FOR PUBLICATION: exempt information under paragraph {paper.exempt_paragraph} of Part 1 "
                "of Schedule 12A to the Local Government Act 1972.",
                "marking",
            )
        )
    story.append(para(paper.introduction))
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    for entry in paper.entries:
        story.append(para(entry.heading, "subheading"))
        rows = [[para(label, "small"), para(value, "small")] for label, value in entry.details]
        if rows:
            story.append(Table(rows, colWidths=[3.5 * cm, 13.5 * cm], hAlign="LEFT", style=style))
    return typesetting.pdf_from(story, title=paper.title)


def _as_document(item: AgendaItem, title: str, exempt_paragraph: int | None) -> Document:
    """An unsaved Document standing for the paper, so the pack lays it out as it does an uploaded one."""
    return Document(
        agenda_item=item,
        title=title,
        kind=Document.Kind.REPORT,
        exempt=exempt_paragraph is not None,
        exempt_paragraph=exempt_paragraph,
    )


def papers_for_pack(item: AgendaItem) -> list[tuple[Document, bytes]]:
    """The item's generated papers, each as a document and its PDF: the frozen copies once the agenda was
    published, otherwise generated now. None for an item whose papers were uploaded instead."""
    if not is_generated(item) or item.documents.all():
        return []
    frozen = list(item.frozen_papers.all())
    if frozen:
        papers = []
        for paper in frozen:
            with paper.file.open("rb") as file:
                papers.append((_as_document(item, paper.title, paper.exempt_paragraph), file.read()))
        return papers
    return [
        (_as_document(item, paper.title, paper.exempt_paragraph), typeset(paper)) for paper in papers_of(item)
    ]


def freeze(meeting: Meeting) -> int:
    """Keep the generated papers of the meeting's items as they are now, its agenda being published; returns
    how many were kept. Items already frozen, or with uploaded papers, are left as they are."""
    items = (
        meeting.agenda_items.filter(
            kind__in=generated_kinds(), frozen_papers__isnull=True, documents__isnull=True
        )
        .select_related("meeting__committee")
        .distinct()
    )
    kept = 0
    for item in items:
        for position, paper in enumerate(papers_of(item), start=1):
            frozen = FrozenPaper(
                agenda_item=item,
                position=position,
                title=paper.title,
                exempt_paragraph=paper.exempt_paragraph,
            )
            frozen.file.save(f"item-{item.number}-{position}.pdf", ContentFile(typeset(paper)), save=True)
            kept += 1
    return kept
