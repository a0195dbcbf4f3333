"""Minutes as documents: PDF (ReportLab) and Word (python-docx).

The minutes are laid out once, as a list of blocks in the council's format, and each writer sets the same
blocks in its own way, so the PDF, the Word document and the minutes in the next agenda pack never differ."""

import io
from dataclasses import dataclass

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.platypus import Spacer

from . import typesetting
from .minutes import MeetingMinutes
from .typesetting import para

SIGNATURE_LINE = "." * 50


@dataclass(frozen=True)
class Block:
    """A paragraph of a document: its style (title, marking, opening, heading, subheading, body, numbered,
    signature), its text, and for a numbered paragraph its label, "(ii)" or "(b)"."""

    style: str
    text: str
    label: str = ""


def _question_blocks(question, asker: str) -> list[Block]:
    standing_order = getattr(question, "standing_order", "")
    under = f" under Standing Order {standing_order}" if standing_order else ""
    blocks = [Block("subheading", f"Question asked by {asker}{under}:"), Block("body", question.question)]
    if question.response:
        by = f" by {question.answered_by.name}" if question.answered_by else ""
        blocks += [Block("subheading", f"Response{by}:"), Block("body", question.response)]
    if question.supplementary_question:
        blocks += [
            Block("subheading", "Supplementary question:"),
            Block("body", question.supplementary_question),
        ]
    if question.supplementary_answer:
        answerer = question.supplementary_answered_by
        by = f" by {answerer.name}" if answerer else ""
        if answerer and answerer.job_title:
            by += f", {answerer.job_title}"
        blocks += [Block("subheading", f"Answer{by}:"), Block("body", question.supplementary_answer)]
    return blocks


def _record_blocks(kind: str, records: list) -> list[Block]:
    blocks = []
    for record in records:
        if kind == "public_questions":
            blocks += _question_blocks(record, record.questioner)
        elif kind == "member_questions":
            blocks += _question_blocks(record, record.asked_by.name)
        elif kind == "declarations":
            item = f" in respect of agenda item {record.agenda_item.reference}" if record.agenda_item else ""
            withdrew = " They took no part in the item." if record.withdrew else ""
            blocks.append(
                Block(
                    "body",
                    f"{record.person.name} declared a {record.get_kind_display().lower()}{item}: "
                    f"{record.text}{withdrew}",
                )
            )
        elif kind == "petitions":
            presented = f", presented by {record.presented_by.name}" if record.presented_by else ""
            signatures = f"{record.signature_count} signature{'' if record.signature_count == 1 else 's'}"
            blocks += [
                Block("subheading", record.title),
                Block("body", f"Lead petitioner: {record.lead_petitioner}. {signatures}{presented}."),
                Block("body", record.prayer),
            ]
            if record.response:
                blocks += [Block("subheading", "Response:"), Block("body", record.response)]
    return blocks


def minutes_blocks(minutes: MeetingMinutes) -> list[Block]:
    blocks = [
        Block("subheading" if minutes.is_approved else "marking", minutes.marking),
        Block("title", minutes.title),
        Block("opening", minutes.opening),
    ]
    if minutes.present:
        blocks.append(Block("heading", "PRESENT"))
        for attendance in minutes.present:
            chair = " (in the Chair)" if attendance.in_chair else ""
            substitute = (
                f" (substitute for {attendance.substitute_for.name})" if attendance.substitute_for else ""
            )
            blocks.append(Block("body", f"{attendance.person.name}{chair}{substitute}"))
    if minutes.in_attendance:
        blocks.append(Block("heading", "In Attendance"))
        for attendance in minutes.in_attendance:
            role = f" – {attendance.role}" if attendance.role else ""
            item = f" (for item {attendance.for_item.reference})" if attendance.for_item else ""
            blocks.append(Block("body", f"{attendance.person.name}{role}{item}"))
    if minutes.apologies:
        blocks.append(Block("heading", "Apologies"))
        blocks += [Block("body", attendance.person.name) for attendance in minutes.apologies]
    for kind, heading, records in minutes.unattached_sections:
        blocks.append(Block("heading", heading))
        blocks += _record_blocks(kind, records)

    for entry in minutes.entries:
        blocks.append(Block("heading", f"{entry.number}. {entry.heading}"))
        if entry.withheld:
            blocks.append(Block("body", entry.withheld_notice))
            continue
        if entry.minute.exempt:
            blocks.append(Block("marking", entry.withheld_notice))
        if entry.text:
            blocks.append(Block("body", entry.text))
        for kind, _, records in entry.record_sections:
            blocks += _record_blocks(kind, records)
        section = ""
        for point in entry.points:
            if point.section and point.section != section:
                blocks.append(Block("subheading", point.section))
            section = point.section
            blocks.append(Block("numbered", point.text, f"({point.numeral})"))
        for vote in entry.votes:
            moved = f" Moved by {vote.mover.name}" if vote.mover else ""
            seconded = f", seconded by {vote.seconder.name}" if vote.seconder else ""
            secret = " (secret ballot)" if vote.secret_ballot else ""
            blocks.append(
                Block(
                    "body",
                    f"Motion: {vote.motion}{moved}{seconded}.{secret} For {vote.votes_for}, against "
                    f"{vote.votes_against}, abstentions {vote.abstentions}: {vote.outcome}.",
                )
            )
            blocks += [Block("body", f"{how}: {', '.join(names)}.") for how, names in vote.named_votes]
        for ballot in entry.ballots:
            secret = "Secret ballot" if ballot.secret else "Ballot"
            blocks.append(Block("body", f"{secret}: {ballot.office}. {ballot.result}."))
        if entry.resolutions:
            blocks.append(Block("subheading", "RESOLVED:"))
            for resolution in entry.resolutions:
                if resolution.letter:
                    blocks.append(Block("numbered", resolution.text, f"({resolution.letter})"))
                else:
                    blocks.append(Block("body", resolution.text))
    blocks += [
        Block("signature", minutes.times),
        Block("signature", f"{minutes.meeting.date:%-d %B %Y}"),
        Block("signature", SIGNATURE_LINE),
        Block("signature", "CHAIRMAN"),
        Block("signature", f"Date: {minutes.signed_on or SIGNATURE_LINE}"),
    ]
    return blocks


# --- PDF ----------------------------------------------------------------------------------------------


def _flowables(blocks: list[Block]) -> list:
    flowables = []
    for block in blocks:
        if block.style == "numbered":
            flowables.append(para(block.text, "numbered", bullet=block.label))
        elif block.style == "body":
            flowables += typesetting.text_flowables(block.text, tables=False)
        elif block.style == "signature":
            if block.text == SIGNATURE_LINE:
                flowables.append(Spacer(1, 30))
            flowables.append(para(block.text))
        else:
            style = {"opening": "subheading", "title": "title"}.get(block.style, block.style)
            flowables.append(para(block.text, style))
    return flowables


def minutes_pdf(minutes: MeetingMinutes, *, numbered: bool = True) -> bytes:
    """The minutes as a PDF. A draft says so at the top of every page. `numbered`: page numbers of its own
    (not in the agenda pack, which numbers every page itself)."""
    return typesetting.pdf_from(
        _flowables(minutes_blocks(minutes)),
        title=f"{minutes.committee}: {minutes.title}",
        header=None if minutes.is_approved else minutes.marking,
        numbered=numbered,
    )


# --- Word ---------------------------------------------------------------------------------------------

RED = RGBColor(0xD4, 0x35, 0x1C)


def minutes_docx(minutes: MeetingMinutes) -> bytes:
    document = docx.Document()
    document.core_properties.title = f"{minutes.committee}: {minutes.title}"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    if not minutes.is_approved:
        header = document.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(minutes.marking)
        run.bold, run.font.color.rgb = True, RED
    for block in minutes_blocks(minutes):
        if block.style == "title":
            document.add_heading(block.text, level=1)
        elif block.style == "heading":
            document.add_heading(block.text, level=2)
        elif block.style in ("marking", "opening", "subheading"):
            run = document.add_paragraph().add_run(block.text)
            run.bold = True
            if block.style == "marking":
                run.font.color.rgb = RED
        elif block.style == "numbered":
            paragraph = document.add_paragraph(f"{block.label}\t{block.text}")
            paragraph.paragraph_format.left_indent = Cm(1.2)
            paragraph.paragraph_format.first_line_indent = Cm(-1.2)
        else:
            for text in block.text.split("\n\n"):
                paragraph = document.add_paragraph(text.strip())
                if block.text == "CHAIRMAN":
                    paragraph.runs[0].bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
