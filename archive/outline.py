"""A parse as a readable outline: each record with the lines it came from ("[93-96]"), each doubt under it
("? …"), then the page furniture skipped and everything not understood, with its lines and the reason. For
the clerk checking an import, and for whoever writes the step that commits one."""

from .parsing.model import (
    ParsedAttendance,
    ParsedMeeting,
    ParsedMinute,
    ParsedPapers,
    ParsedQuestion,
    Span,
)

INDENT = "    "
SHORTEST = 90  # characters of a long text shown; the JSON has all of it


def outline(papers: ParsedPapers) -> str:
    out = _Out()
    out.line(0, f"{papers.name}: {_kind(papers.kind)}, {papers.line_count} lines")
    if papers.problem:
        out.line(0, f"Problem: {papers.problem}")
    if papers.agenda:
        _agenda(out, papers.agenda)
    if papers.minutes:
        _minutes(out, papers.minutes)
    if papers.reports:
        out.heading("REPORTS")
        for report in papers.reports:
            pages = f" (pages {report.pages[0]}-{report.pages[1]})" if report.pages else ""
            out.record(
                1, report.lines, f"item {report.item}: {report.title}{pages}, found by {report.found_by}"
            )
            for part in report.parts:
                out.record(2, part.lines, f"part: {_short(part.title)}")
            out.doubts(2, report.doubts)
    if papers.skipped:
        out.heading(f"SKIPPED ({len(papers.skipped)} lines of page furniture)")
        for passage in papers.skipped:
            out.record(1, passage.lines, f"{passage.reason}: {_short(passage.text)}")
    out.heading("NOT UNDERSTOOD" if papers.not_understood else "NOT UNDERSTOOD: nothing")
    for passage in papers.not_understood:
        out.record(1, passage.lines, f"{passage.reason}:")
        for text in passage.text.split("\n"):
            out.line(2, _short(text))
    return out.text()


class _Out:
    def __init__(self):
        self.lines: list[str] = []

    def line(self, depth: int, text: str):
        self.lines.append(INDENT * depth + text)

    def heading(self, text: str):
        self.lines += ["", text]

    def record(self, depth: int, span: Span, text: str):
        self.line(depth, f"{_span(span)} {text}")

    def doubts(self, depth: int, doubts: list[str]):
        for doubt in doubts:
            self.line(depth, f"? {doubt}")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _span(span: Span) -> str:
    first, last = span
    return f"[{first}]" if first == last else f"[{first}-{last}]"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORTEST else text[: SHORTEST - 1] + "…"


def _kind(kind: str) -> str:
    return {"agenda pack": "an agenda pack", "agenda": "an agenda", "minutes": "minutes"}.get(kind, kind)


def _when(meeting: ParsedMeeting) -> str:
    parts = [meeting.committee or "committee not found"]
    parts.append(f"{meeting.date:%-d %B %Y}" if meeting.date else "date not found")
    if meeting.start:
        parts.append(f"{meeting.start:%H:%M}" + (f"-{meeting.end:%H:%M}" if meeting.end else ""))
    if meeting.place:
        parts.append(meeting.place)
    return ", ".join(parts)


def _agenda(out: _Out, agenda: ParsedMeeting):
    out.heading(f"AGENDA {_span(agenda.lines)}")
    out.line(1, _when(agenda))
    if agenda.contact or agenda.contact_email:
        contact = ", ".join(
            part for part in (agenda.contact, agenda.contact_phone, agenda.contact_email) if part
        )
        out.line(1, f"Contact: {contact}")
    if agenda.webcast_url:
        out.line(1, f"Webcast: {agenda.webcast_url}")
    out.doubts(1, agenda.doubts)
    if agenda.membership:
        out.line(1, "Membership:")
        for member in agenda.membership:
            out.record(2, member.lines, f"{member.name}: {member.role}{_person(member.person, member.name)}")
            out.doubts(3, member.doubts)
    out.line(1, "Items:")
    for item in agenda.items:
        by = f" — report by {item.report_by}" if item.report_by else ""
        pages = f" (pages {item.pages[0]}-{item.pages[1]})" if item.pages else ""
        exempt = f" [exempt, paragraph {item.exempt_paragraph}]" if item.exempt_paragraph else ""
        out.record(2, item.lines, f"{item.number}. {item.title}{by}{pages}{exempt} ({item.kind})")
        if item.summary:
            out.line(3, _short(item.summary))
        out.doubts(3, item.doubts)
    if agenda.approves:
        out.line(1, f"Approves the minutes of {agenda.approves.meeting_date:%-d %B %Y}")


def _minutes(out: _Out, minutes: ParsedMeeting):
    out.heading(f"MINUTES {_span(minutes.lines)}")
    out.line(1, _when(minutes))
    out.doubts(1, minutes.doubts)
    if minutes.numbering:
        numbering = minutes.numbering
        out.line(
            1, f"Numbering: {numbering.first}-{numbering.last}, {numbering.restarts} ({numbering.evidence})"
        )
        out.doubts(2, numbering.doubts)
    for gap in minutes.gaps:
        out.record(1, gap.lines, f"gap: {gap.reason}")
    if minutes.approves:
        day = (
            f"{minutes.approves.meeting_date:%-d %B %Y}"
            if minutes.approves.meeting_date
            else "an unknown date"
        )
        amended = f", amended: {minutes.approves.amended}" if minutes.approves.amended else ""
        out.record(1, minutes.approves.lines, f"approves the minutes of {day}{amended}")
    out.line(1, "Attendance:")
    for record in minutes.attendance:
        out.record(2, record.lines, _attendance(record))
        out.doubts(3, record.doubts)
    out.line(1, "Minutes:")
    for minute in minutes.minutes:
        _minute(out, minute)
    _found(out, "Questions:", minutes.questions, _question)
    _found(
        out,
        "Declarations of interest:",
        minutes.declarations,
        lambda d: (
            f"{d.member}{_person(d.person, d.member)}: {d.kind or d.kind_as_printed or 'kind not printed'}, "
            f"item {d.agenda_item}{', withdrew' if d.withdrew else ''}"
        ),
    )
    _found(
        out,
        "Petitions:",
        minutes.petitions,
        lambda p: (
            f"minute {p.minute}: {p.signatures or '?'} signatures, "
            f"lead petitioner {p.lead_petitioner or '?'}: {_short(p.prayer or p.text)}"
        ),
    )
    _found(
        out,
        "Actions:",
        minutes.actions,
        lambda a: (
            f"minute {a.minute}{f'({a.resolution})' if a.resolution else ''}, from the {a.source}: "
            f"{a.owner or 'owner not printed'}{_person(a.person, a.owner)}"
            f"{f', due {a.due}' if a.due else ''}: {_short(a.description)}"
        ),
    )


def _found(out: _Out, heading: str, records: list, describe):
    if not records:
        return
    out.line(1, heading)
    for record in records:
        out.record(2, record.lines, describe(record))
        out.doubts(3, record.doubts)


def _person(person: str, printed: str) -> str:
    return f" → {person}" if person and person != printed else (" (known)" if person else "")


def _attendance(record: ParsedAttendance) -> str:
    details = [record.status.replace("_", " ")]
    details += ["in the chair"] if record.in_chair else []
    details += [f"substitute for {record.substitute_for}"] if record.substitute_for else []
    details += [part for part in (record.role, record.organisation) if part]
    details += [f"arrived {record.arrived}"] if record.arrived else []
    details += [f"left {record.left}"] if record.left else []
    details += [f"for item {record.for_item}"] if record.for_item else []
    return f"{record.name}: {', '.join(details)}{_person(record.person, record.name)}"


def _minute(out: _Out, minute: ParsedMinute):
    item = f" (agenda item {minute.agenda_item})" if minute.agenda_item else ""
    time = f" at {minute.time_noted}" if minute.time_noted else ""
    out.record(2, minute.lines, f"{minute.reference} {minute.heading}{item}{time}")
    out.doubts(3, minute.doubts)
    if minute.text:
        out.line(3, f"text: {_short(minute.text)}")
    for point in minute.discussion_points:
        section = f"[{point.section}] " if point.section else ""
        out.record(3, point.lines, f"({point.numeral or '•'}) {section}{_short(point.text)}")
        out.doubts(4, point.doubts)
    for resolution in minute.resolutions:
        letter = f"({resolution.letter}) " if resolution.letter else ""
        to = f" to {resolution.recommended_to}" if resolution.recommended_to else ""
        out.record(
            3,
            resolution.lines,
            f"{resolution.marker} {letter}{resolution.kind}{to}: {_short(resolution.text)}",
        )
        out.doubts(4, resolution.doubts)
    if minute.reason:
        out.line(3, f"reason: {_short(minute.reason)}")
    for vote in minute.votes:
        counts = (
            "unanimous"
            if vote.unanimous
            else f"{vote.votes_for} for, {vote.votes_against} against, {vote.abstentions} abstaining"
        )
        moved = f", moved by {vote.mover}, seconded by {vote.seconder}" if vote.mover else ""
        out.record(3, vote.lines, f"vote: {counts}, {vote.outcome or 'outcome not printed'}{moved}")
        out.doubts(4, vote.doubts)
    for ballot in minute.ballots:
        candidates = ", ".join(f"{c.name} {c.votes}" for c in ballot.candidates)
        secret = "secret ballot" if ballot.secret else "ballot"
        out.record(
            3,
            ballot.lines,
            f"{secret} for {ballot.office or 'an office'}: {candidates}; elected {ballot.elected or '?'}",
        )
        out.doubts(4, ballot.doubts)


def _question(question: ParsedQuestion) -> str:
    parts = "".join(part.label for part in question.parts)
    kind = "member's question" if question.by_member else "public question"
    answered = question.answered_by_person or question.answered_by or "no response found"
    text = f"{kind} from {question.questioner}{f' (parts {parts})' if parts else ''}, answered by {answered}"
    if question.supplementary_question:
        by = question.supplementary_answered_by_person or question.supplementary_answered_by or "?"
        text += f"; supplementary answered by {by}"
    return text
