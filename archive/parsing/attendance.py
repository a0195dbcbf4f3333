"""Who attended, from the block at the head of the minutes and from what the minutes say as they go.

The block: "PRESENT" then names, one "(in the Chair)"; "Apologies", "Substitutes", "In Attendance" or "Also
present" (with roles: "Mrs. D. Taylor CC – Cabinet Lead Member for Children and Families"); names one to a
line, several on a line ("Councillors A, B and C"), or a table (a name and its role or status in cells).
The sentences: "Apologies for absence were received from Councillors Spivey and Dale", "Councillor Andrew
Johnson was in attendance as a substitute for Councillor Ghaffari", "Cllr D Stocker for Cllr I Hadley" under a
heading of substitutes, "Councillor Smith arrived at 10.15 am", "… left the meeting at 3.30 pm", and guests
welcomed "from Newton Europe to the meeting for this item"."""

import re

from .model import ParsedAttendance, ParsedMeeting, Span
from .names import (
    PERSON_TITLE,
    PLURAL_TITLE,
    TITLES,
    fold,
    name_and_notes,
    parse_name,
    same_person,
    split_names,
)
from .text import Document

# More names than any meeting has (a full council, its officers and guests) are not a list of those present.
MOST_ATTENDING = 400
HEADINGS = [
    (
        re.compile(r"^(?:PRESENT|Present|Members present|MEMBERS PRESENT|Councillors present)\b\s*:?\s*"),
        "present",
    ),
    (
        re.compile(
            r"^(?:An\s+)?(?:Apolog(?:y|ies)|APOLOG(?:Y|IES))(?:\s+for\s+absence|\s+FOR\s+ABSENCE)?"
            r"(?:\s+(?:were|was)\s+received\s+from)?\s*:?\s*"
        ),
        "apologies",
    ),
    (
        re.compile(r"^(?:Substitutes?|Substitute Members?|SUBSTITUTES?|Substitutions?)\b\s*:?\s*"),
        "substitute",
    ),
    (
        re.compile(
            r"^(?:In Attendance|IN ATTENDANCE|In attendance|Also (?:in attendance|present)|"
            r"ALSO (?:IN ATTENDANCE|PRESENT)"
            r"|Officers(?: present| in attendance)?|OFFICERS(?: PRESENT| IN ATTENDANCE)?)\b\s*:?\s*"
        ),
        "in_attendance",
    ),
    (re.compile(r"^(?:Absent|ABSENT)\b\s*:?\s*"), "absent"),
]
STATUS_WORDS = {
    "present": "present",
    "apologies": "apologies",
    "apology": "apologies",
    "absent": "absent",
    "in attendance": "in_attendance",
    "attending": "in_attendance",
}
CHAIR = re.compile(r"\bin the chair\b|^(?:the\s+)?chair(?:man|woman|person)?$", re.I)
SUBSTITUTE_FOR = re.compile(r"\bsubstitut\w*\s+for\s+(?P<who>.+)$", re.I)
ARRIVED = re.compile(r"\b(?:arrived|joined|from\s+(?:minute|item)|present from)\b", re.I)
LEFT = re.compile(r"\b(?:left|departed|until\s+(?:minute|item)|present until)\b", re.I)
OUTSIDE_BRACKETS = re.compile(r",\s*|\s+and\s+|\s*&\s*|;\s*")

# Sentences in the minutes.
PERSON = rf"(?:{PERSON_TITLE}\s+[A-Z][\w.'’ -]{{0,60}}?)"
APOLOGIES = re.compile(
    r"^(?:An\s+)?apolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:was|were)\s+(?:received|given|submitted)\s+"
    r"(?:from|by|on behalf of)\s+(?P<who>.+?)\.?$",
    re.I,
)
AS_SUBSTITUTE = re.compile(
    rf"(?P<who>{PERSON})\s+(?:was\s+(?:in\s+attendance|present)\s+|attended\s+)?as\s+(?:a\s+|the\s+)?substitute\s+for\s+"
    rf"(?P<for>{PERSON})(?=[.,;]|\s+(?:and|who)\b|$)"
)
FOR_SOMEONE = re.compile(r"^(?P<who>.+?)\s+for\s+(?P<for>.+?)[;.,]?(?:\s+and)?$")
ARRIVAL = re.compile(
    rf"(?P<who>{PERSON})\s+(?P<verb>arrived|joined the meeting|left the meeting|left)"
    r"(?P<when>(?:[^.;]|\.(?=\d))*)"  # to the sentence's end; "10.25" is a time, not one
)
WELCOME_FROM = re.compile(
    r"\bwelcomed\s+(?P<who>[^,]+?)\s+(?:from|of)\s+(?P<org>[A-Z][^,]*?)\s+to\s+the\s+meeting(?P<item>\s+for\s+th(?:is|at)\s+item)?"
)
WELCOME_AS = re.compile(
    r"\bwelcomed\s+(?P<who>[^,]+?),\s+(?P<role>[^,]+?),\s+to\s+the\s+meeting(?P<item>\s+for\s+th(?:is|at)\s+item)?"
)


def parse_block(document: Document, meeting: ParsedMeeting, span: Span) -> None:
    """The attendance block: every line it understands is claimed; the rest is left to be reported."""
    status = None
    for number in range(span[0], span[1] + 1):
        if document.is_blank(number):
            continue
        line = document.line(number)
        text = line.plain
        heading = next(((pattern, kind) for pattern, kind in HEADINGS if pattern.match(text)), None)
        if heading:
            status = heading[1]
            rest = text[heading[0].match(text).end() :].strip()
            if not rest or _line(meeting, rest, status, number):
                document.claim((number, number))
            continue
        if status and _row(meeting, line.cells, status, number):
            document.claim((number, number))


def _row(meeting: ParsedMeeting, cells: list[str], status: str, number: int) -> bool:
    if len(cells) > 1 and not all(parse_name(name_and_notes(cell)[0]) for cell in cells):
        # A table's row: a name, then its role or status.
        if all(
            cell.lower() in ("name", "role", "status", "attendance", "councillor", "member") for cell in cells
        ):
            return True  # the table's headings
        name, notes, role = name_and_notes(cells[0])
        if not parse_name(name):
            return False
        cell_status = status
        for cell in cells[1:]:
            word = cell.lower().strip(" .")
            if word in STATUS_WORDS:
                cell_status = STATUS_WORDS[word]
            else:
                notes.append(cell)  # a role, "Chair", "Substitute for …": read as a note in brackets is
        return _add(meeting, name, notes, role, cell_status, number) is not None
    return all(_line(meeting, cell, status, number) for cell in cells)


def _line(meeting: ParsedMeeting, text: str, status: str, number: int) -> bool:
    """One cell or line: a name with notes, or a list of names."""
    if status == "substitute":
        found = FOR_SOMEONE.match(text)
        if found and parse_name(name_and_notes(found["who"])[0]) and parse_name(found["for"]):
            name, notes, role = name_and_notes(found["who"])
            return (
                _add(meeting, name, [*notes, f"substitute for {found['for']}"], role, "present", number)
                is not None
            )
    name, notes, role = name_and_notes(text)
    if parse_name(name):
        return _add(meeting, name, notes, role, status, number) is not None
    names = _names_with_notes(text)
    if names is None:
        return False
    added = [_add(meeting, name, notes, role, status, number) for name, notes, role in names]
    return None not in added


def _names_with_notes(text: str) -> list[tuple[str, list[str], str]] | None:
    """ "Councillors A (Chair), B and C": each name with its notes, or None if any part is not a name."""
    title = ""
    plural = PLURAL_TITLE.match(text)
    if plural:
        title = "Councillor " if plural[1].lower().startswith("councillor") else "Cllr "
        text = text[plural.end() :]
    parts, depth, current = [], 0, ""
    for piece in re.split(r"(\(|\)|,\s*|\s+and\s+|\s*&\s*|;\s*)", text):
        depth += piece == "("
        depth -= piece == ")"
        if depth == 0 and OUTSIDE_BRACKETS.fullmatch(piece or "x"):
            parts.append(current)
            current = ""
        else:
            current += piece
    parts.append(current)
    result = []
    for part in (part.strip(" .") for part in parts):
        if not part:
            continue
        if title and fold(part.split()[0]).rstrip(".") not in TITLES:
            part = title + part
        name, notes, role = name_and_notes(part)
        if not parse_name(name):
            return None
        result.append((name, notes, role))
    return result or None


def _add(meeting, name, notes, role, status, number, *, listed=True) -> ParsedAttendance | None:
    """Record someone's attendance; someone already recorded gains what is new (a substitution, an arrival),
    and a second listing or a different status is a doubt. None past the most a meeting has."""
    record = ParsedAttendance(name=name, status=status if status != "substitute" else "present", role=role)
    record.lines = (number, number)
    for note in notes:
        substitute = SUBSTITUTE_FOR.search(note)
        if CHAIR.search(note):
            record.in_chair = True
            if re.search(r"vice", note, re.I):
                record.role = record.role or "Vice-Chairman"
        elif substitute:
            record.substitute_for = substitute["who"].strip()
        elif ARRIVED.search(note):
            record.arrived = note
        elif LEFT.search(note):
            record.left = note
        else:
            record.role = f"{record.role}, {note}".strip(", ") if record.role else note
    if status == "substitute" and not record.substitute_for:
        record.doubts.append("listed as a substitute, but for whom is not printed")
    if record.in_chair and record.status != "present":
        record.doubts.append("in the chair, but not listed as present")
    existing = find(meeting, name)
    if existing is None:
        if len(meeting.attendance) >= MOST_ATTENDING:
            return None
        meeting.attendance.append(record)
        return record
    if existing.status != record.status:
        existing.doubts.append(f"also recorded as {record.status.replace('_', ' ')} at line {number}")
    elif listed:
        existing.doubts.append(f"listed again at line {number}")
    for field in ("substitute_for", "arrived", "left", "role"):
        if not getattr(existing, field):
            setattr(existing, field, getattr(record, field))
    return existing


def find(meeting: ParsedMeeting, name: str) -> ParsedAttendance | None:
    wanted = parse_name(name)
    for record in meeting.attendance:
        known = parse_name(record.name)
        if wanted and known and same_person(wanted, known):
            return record
    return None


def from_sentence(
    meeting: ParsedMeeting,
    sentence: str,
    span: Span,
    *,
    minute: int | None,
    item: int | None,
    substitutes_heading: bool = False,
) -> bool:
    """Attendance the minutes record as they go; True when the sentence gave some."""
    number = span[0]
    found = APOLOGIES.match(sentence)
    if found:
        names = split_names(re.split(r",?\s+(?:who|as|because|due)\b", found["who"])[0])
        for name in names or []:
            _add(meeting, name, [], "", "apologies", number, listed=False)
        if names is None:
            meeting.doubts.append(f"apologies at line {number}: the names could not be read")
        return True
    found = AS_SUBSTITUTE.search(sentence)
    if not found and substitutes_heading:
        found = FOR_SOMEONE.match(sentence)
        found = found if found and parse_name(found["who"]) and parse_name(found["for"]) else None
    if found:
        note = f"substitute for {found['for'].strip()}"
        _add(meeting, found["who"].strip(), [note], "", "present", number, listed=False)
        return True
    gave = False
    for found in ARRIVAL.finditer(sentence):
        record = find(meeting, found["who"])
        when = re.sub(r"^at\s+", "", found["when"].strip(" ,")) or (
            f"during minute {minute}" if minute else ""
        )
        if record is None:
            record = _add(meeting, found["who"].strip(), [], "", "present", number, listed=False)
            if record is None:
                continue
            record.doubts.append("arrives or leaves in the minutes but is not listed as present")
        if found["verb"].startswith(("arrived", "joined")):
            record.arrived = when
        else:
            record.left = when
        gave = True
    return _welcome(meeting, sentence, span, item) or gave


def _welcome(meeting: ParsedMeeting, sentence: str, span: Span, item: int | None) -> bool:
    found = WELCOME_FROM.search(sentence) or WELCOME_AS.search(sentence)
    if not found:
        return False
    names = split_names(found["who"])
    if not names:
        return False
    for name in names:
        if find(meeting, name) or len(meeting.attendance) >= MOST_ATTENDING:
            continue  # already recorded, in the block at the head
        record = ParsedAttendance(name=name, status="in_attendance", lines=span)
        if found.groupdict().get("org"):
            record.organisation = found["org"].strip()
        else:
            record.role = found["role"].strip()
        if found["item"]:
            record.for_item = item
            if item is None:
                record.doubts.append("attended for one item, whose number is not known")
        meeting.attendance.append(record)
    return True
