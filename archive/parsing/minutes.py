"""Minutes: the meeting (committee, place, date, start and end), who attended, and each minute with its
number as printed, heading, agenda item, text, discussion points (i), (ii) … under their section headings,
resolutions (a), (b) … with their kind, reasons, votes and ballots; and what the minutes record along the
way: declarations of interest, questions, petitions, the approval of earlier minutes, and actions.

The layout follows seed 003 lines 73-262 and the other councils' styles in styles.py. Every line is either
understood (claimed in the document's ledger) or, at the end, reported as not understood."""

import bisect
import re

from . import actions, attendance, declarations, petitions, questions, resolution_kinds, styles, votes
from .dates import find_date, find_time, find_time_range, is_time_range, only_when
from .fields import field_of
from .model import (
    ParsedApproval,
    ParsedDiscussionPoint,
    ParsedGap,
    ParsedMeeting,
    ParsedMinute,
    ParsedResolution,
    ParsedVote,
    Span,
)
from .sections import BODIES, COUNCIL, MINUTES_TITLE, MINUTES_WORD
from .text import ROMAN, Block, Document, ends_open, paragraphs, roman_value, sentences

TITLE = re.compile(r"\bmeeting\s+(?:of\s+(?:the\s+)?(?P<committee>.+?)\s+)?held\s+(?P<rest>.+)$", re.I)
PLACE = re.compile(
    r"(?:^|\s)(?:at|in)\s+(?:the\s+(?!morning|afternoon|evening))?(?P<place>(?!\d)[A-Z][^.]*?)"
    r"(?=\s+on\s+|\s+at\s+\d|\s+(?:commencing|starting)\b|,\s*(?:on\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\.?$)"
)
CLOSED = re.compile(
    r"^\(?(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated|rose)\s+at\b|"
    r"^\(?(?:The\s+)?meeting\s+(?:commenced|started|began)\s+at\b.*\b(?:closed|ended|finished|concluded)\s+at\b",
    re.I,
)
STARTED = re.compile(r"\b(?:commenced|started|began|opened)\s+at\s+(?P<time>.+)", re.I)
ENDED = re.compile(r"\b(?:closed|ended|finished|concluded|terminated|rose)\s+at\s+(?P<time>.+)", re.I)
SIGNATURE = re.compile(
    r"^(?:(?:Signed|SIGNED)\b[\s:._…]*)?(?:CHAIRMAN|Chairman|CHAIR|Chair|Chairperson|CHAIRPERSON|Chairwoman|Signed|"
    r"SIGNED|Date|DATE)\b[\s:._…]*$"
)
AGENDA_ITEM = re.compile(
    r"\bmarked\s+['‘’\"“]?Agenda\s+Item\s+(?P<item>\d{1,3})|\(\s*Agenda\s+Item\s+(?P<item2>\d{1,3})\s*\)",
    re.I,
)
APPROVED = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b(?:[^.]*?)\bheld\s+on\b[^.]*?"
    r"\b(?:were|was|be|are)\s+(?:duly\s+)?(?:taken\s+as\s+read|approved|confirmed|agreed|signed|APPROVED|AGREED)",
    re.I,
)
AMENDED = re.compile(r"\bsubject\s+to\s+(?P<amendment>.+)$", re.I)
EXCLUDED = re.compile(
    r"\bpress\s+and\s+public\s+be\s+excluded\b|\bexclude\s+the\s+press\s+and\s+public\b|\bexempt\s+information\b",
    re.I,
)
EXEMPT_HEADING = re.compile(
    r"\bexempt\b|\bconfidential\b|\bpart\s+(?:ii|2)\b|\bnot\s+for\s+publication\b", re.I
)
SCHEDULE_12A = re.compile(r"\bparagraphs?\s+(?P<paragraph>[1-7])\b[^.]*\bSchedule\s+12A\b", re.I)
FOLLOWING_POINTS = re.compile(r"\bfollowing\s+(?:points|issues|comments|matters|questions)\b.*:$", re.I)
SUBSTITUTES = re.compile(r"\bsubstitut", re.I)
ELECTION = re.compile(
    r"\b(?:Election|Appointment)\s+of\s+(?:a\s+|the\s+)?(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)", re.I
)
SECTION_LONGEST = 80
MOST_POINTS_MISSING = 3
WHEN = ("date", "time", "date and time")


def parse_minutes(document: Document, span: Span) -> ParsedMeeting:
    meeting = ParsedMeeting(source="minutes", lines=span)
    first, last = span
    filled = [(n, document.line(n).plain) for n in range(first, last + 1) if not document.is_blank(n)]
    run = styles.best_run(styles.candidates(filled))
    head_last = run[0].line - 1 if run else last
    attendance_from = _header(document, meeting, first, head_last)
    attendance.parse_block(document, meeting, (attendance_from, head_last))
    closing = _closing(document, meeting, run[-1].last_line + 1 if run else last + 1, last)
    for heading, following in zip(run, [*run[1:], None], strict=False):
        body_last = following.line - 1 if following else closing - 1
        meeting.minutes.append(_minute(document, meeting, heading, body_last))
    if run:
        meeting.numbering = styles.numbering(run, meeting.date)
        _gaps(meeting)
        _agenda_items(meeting)
    else:
        meeting.doubts.append("no numbered minutes were found")
    if not meeting.date:
        meeting.doubts.append("the date of the meeting was not found")
    return meeting


# The head: title, labelled lines.


def _header(document: Document, meeting: ParsedMeeting, first: int, last: int) -> int:
    """The minutes' title and labelled lines; the line the attendance starts at."""
    for block in document.blocks(first, last):
        text = block.text
        if any(pattern.match(text) for pattern, _ in attendance.HEADINGS):
            return block.first
        understood = True
        found = field_of(text)
        if COUNCIL.match(text) and not meeting.council:
            meeting.council = text
        elif (MINUTES_TITLE.match(text) or TITLE.search(text)) and not meeting.title:
            meeting.title = text
            _title(meeting, text)
        elif MINUTES_WORD.match(text):
            pass
        elif found and (found[0] in ("committee", "place") or (found[0] in WHEN and only_when(found[1]))):
            _field(meeting, *found)
        elif only_when(text):
            _when(meeting, text)
        elif (
            not meeting.committee
            and BODIES.search(text)
            and len(text.split()) <= 12
            and not re.search(r"\d", text)
        ):
            meeting.committee = text.strip(" .")
        else:
            understood = False
        if understood:
            document.claim(block.span)
    return last + 1


def _title(meeting: ParsedMeeting, text: str):
    found = TITLE.search(text)
    if not found:
        return
    meeting.committee = (found["committee"] or meeting.committee).strip()
    rest = found["rest"]
    place = PLACE.search(rest)
    if place:
        meeting.place = place["place"].strip(" ,")
    _when(meeting, rest)


def _when(meeting: ParsedMeeting, text: str):
    day, doubts = find_date(text)
    if day and not meeting.date:
        meeting.date = day
        meeting.doubts += doubts
    span = find_time_range(text)
    if span:
        meeting.start, meeting.end = span
    elif find_time(text) and not meeting.start:
        meeting.start = find_time(text)


def _field(meeting: ParsedMeeting, name: str, value: str):
    if name == "committee":
        meeting.committee = value
    elif name == "place":
        meeting.place = value
    else:
        _when(meeting, value)


# The foot: times and the signature.


def _closing(document: Document, meeting: ParsedMeeting, first: int, last: int) -> int:
    """Where the minutes' foot starts (the meeting's span, its close, the Chairman's signature): the line, or
    `last` + 1 when there is none."""
    start = None
    for number in range(first, last + 1):
        if document.is_blank(number):
            continue
        text = document.line(number).plain
        if start is None and (is_time_range(text) or CLOSED.match(text) or SIGNATURE.match(text)):
            start = number
        if start is None:
            continue
        if is_time_range(text) or CLOSED.match(text):
            _times(meeting, text)
            document.claim((number, number))
        elif SIGNATURE.match(text) or (find_date(text)[0] and len(text.split()) <= 5):
            document.claim((number, number))
    return start or last + 1


def _times(meeting: ParsedMeeting, text: str):
    span = find_time_range(text)
    if span:
        meeting.start, meeting.end = span
        return
    started, ended = STARTED.search(text), ENDED.search(text)
    if started and find_time(started["time"]):
        meeting.start = find_time(started["time"])
    if ended and find_time(ended["time"]):
        meeting.end = find_time(ended["time"])


# A minute.


def _minute(
    document: Document, meeting: ParsedMeeting, heading: styles.Heading, body_last: int
) -> ParsedMinute:
    title, time_noted = styles.split_time(heading.heading)
    minute = ParsedMinute(heading.number, heading.reference, title, time_noted=time_noted)
    minute.lines = (heading.line, max(body_last, heading.last_line))
    document.claim((heading.line, heading.last_line))
    blocks = document.blocks(heading.last_line + 1, body_last)
    if EXEMPT_HEADING.search(title):
        minute.exempt_paragraph = _paragraph(blocks)
        if minute.exempt_paragraph is None:
            minute.doubts.append("exempt: the paragraph of Schedule 12A is not printed")
    if any(questions.is_question_start(block.text) for block in blocks):
        found, taken = questions.parse_questions(blocks, minute=minute.number, heading=title)
        meeting.questions += found
        for block in blocks:
            if block.first in taken:
                document.claim(block.span)
        _discussion_actions(meeting, minute, [block for block in blocks if block.first in taken])
        blocks = [block for block in blocks if block.first not in taken]
    _Body(document, meeting, minute, blocks).read()
    return minute


def _paragraph(blocks: list[Block]) -> int | None:
    for block in blocks:
        found = SCHEDULE_12A.search(block.text)
        if found:
            return int(found["paragraph"])
    return None


class _Body:
    """Reads a minute's paragraphs in order: text, section headings, discussion points, resolutions, reasons,
    votes. Each paragraph it understands is claimed."""

    def __init__(self, document: Document, meeting: ParsedMeeting, minute: ParsedMinute, blocks: list[Block]):
        self.document, self.meeting, self.minute, self.blocks = document, meeting, minute, blocks
        self.text: list[Block] = []
        self.section = ""
        self.points_follow = False
        self.marker: styles.ResolutionMarker | None = None
        self.single = False  # a resolution in one paragraph has been read under the marker
        self.preamble: Block | None = None
        self.current: list[ParsedResolution] = []  # the resolutions under the marker being read
        self.reason: list[Block] = []
        self.in_reason = False
        self.vote: list[Block] = []

    def read(self):
        for index, block in enumerate(self.blocks):
            following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            self._read(block, following)
            self.document.claim(block.span)
        self._close_marker()
        self._end_vote(resolved=False)
        self.minute.text = paragraphs(self.text)
        self.minute.reason = paragraphs(self.reason)
        self._ballots()
        self._sentences()

    def _read(self, block: Block, following: Block | None):
        text = block.text
        marker = styles.resolution_marker(text)
        if marker:
            self._end_vote(resolved=True)
            if votes.UNANIMOUS.search(marker.printed):
                self.minute.votes.append(ParsedVote(outcome="carried", unanimous=True, lines=block.span))
            self._resolutions(block, marker)
            return
        reason = styles.REASON.match(text)
        if reason:
            self._close_marker()
            self.in_reason = True
            rest = text[reason.end() :].strip()
            if rest:
                self.reason.append(Block(block.first, block.last, rest, block.lines, None, rest))
            return
        if self.in_reason:
            if block.marker or not self.reason:
                self.reason.append(block)
                return
            self.in_reason = False
        if self.marker and self._in_resolutions(block):
            return
        self._close_marker()
        if self._point(block):
            return
        if self._section(block, following):
            return
        if votes.is_vote(text):
            self.vote.append(block)
        else:
            self._end_vote(resolved=False)
        self.points_follow = self.points_follow or bool(FOLLOWING_POINTS.search(text))
        self.text.append(block)

    def _point_number(self, block: Block | None) -> int | None:
        """The numeral of the discussion point `block` is, if it can be the next: (i), (ii) … in turn, or a
        few further on (one lost from the copy)."""
        marker = block.marker if block else None
        if not (marker and marker.is_roman):
            return None
        value = roman_value(marker.label)
        expected = len(self.minute.discussion_points) + 1
        return value if expected <= value <= expected + MOST_POINTS_MISSING else None

    def _point(self, block: Block) -> bool:
        points = self.minute.discussion_points
        value = self._point_number(block)
        bulleted = self.points_follow and block.lines[0].bullet and not block.marker
        if value is None and not bulleted:
            return False
        marker = block.marker
        point = ParsedDiscussionPoint(
            marker.label if marker else "", block.body if marker else block.text, self.section
        )
        point.lines = block.span
        if value and value != len(points) + 1:
            before = f"({points[-1].numeral})" if points else "the start"
            point.doubts.append(f"({marker.label}) follows {before}: a point may be missing")
        points.append(point)
        return True

    def _section(self, block: Block, following: Block | None) -> bool:
        """A short heading the discussion points below it sit under ("Savings", "High Needs")."""
        text = block.text
        if (
            block.marker
            or self._point_number(following) is None
            or len(text) > SECTION_LONGEST
            or not ends_open(text)
            or not text[0].isupper()
        ):
            return False
        self.section = text
        return True

    def _resolutions(self, block: Block, marker: styles.ResolutionMarker):
        self._close_marker()
        self.marker, self.single, self.preamble, self.current = marker, False, None, []
        rest = marker.rest
        if not rest:
            return
        if rest.endswith((":", ":-", "–", "-")):
            self.preamble = Block(block.first, block.last, rest, block.lines, None, rest)
            return
        sub = Block(block.first, block.last, rest, block.lines, None, rest)
        self._resolution(sub, "")
        self.single = True

    def _close_marker(self):
        """The resolutions under a marker are over. A preamble nothing followed is kept as a resolution
        (with a doubt); a marker nothing followed is a doubt."""
        if self.marker and not self.current:
            if self.preamble:
                self.preamble, preamble = None, self.preamble
                self._resolution(preamble, "")
                self.current[-1].doubts.append("printed to introduce resolutions, but none follow it")
            else:
                self.minute.doubts.append(f"“{self.marker.printed}” with no resolution after it")
        self.marker = None

    def _in_resolutions(self, block: Block) -> bool:
        resolutions = [r for r in self.current if r.letter]
        if block.marker:
            if self.single:
                return False
            self._resolution(block, block.marker.label, numbered=resolutions)
            return True
        if resolutions or self.single:
            return False  # the resolutions are over: this paragraph is text, a vote or a reason
        if block.text.endswith((":", ":-")) and not self.preamble:
            self.preamble = block
            return True
        self._resolution(block, "")
        self.single = True
        return True

    def _resolution(self, block: Block, label: str, numbered: list[ParsedResolution] | None = None):
        text = block.body if label else block.text
        kind, body, doubts = resolution_kinds.kind_of(
            text, marker_kind=self.marker.kind, marker_body=self.marker.body
        )
        preamble = self.preamble.text if self.preamble else ""
        resolution = ParsedResolution(
            label, text, kind, body, preamble, self.marker.printed, block.span, doubts
        )
        if numbered and not _follows(numbered[-1].letter, label):
            resolution.doubts.append(f"({label}) follows ({numbered[-1].letter}): a part may be missing")
        elif not numbered and label and not _follows("", label):
            resolution.doubts.append(f"the first resolution is ({label}): a part may be missing")
        self.minute.resolutions.append(resolution)
        self.current.append(resolution)

    def _end_vote(self, *, resolved: bool):
        if not self.vote:
            return
        vote = votes.read_vote(self.vote)
        if resolved and vote.mover and not vote.outcome:
            vote.outcome = "carried"  # "It was moved …, seconded … and RESOLVED"
        self.minute.votes.append(vote)
        self.vote = []

    def _ballots(self):
        everything = self.blocks
        if not any(
            votes.BALLOT.search(b.text) or votes.VOTES_FOR_CANDIDATE.search(b.text) for b in everything
        ):
            return
        chosen = [b for b in everything if votes.is_ballot(b.text) or votes.ELECTED.search(b.text)]
        office = ELECTION.search(self.minute.heading)
        self.minute.ballots.append(votes.read_ballot(chosen, office["office"] if office else ""))
        # A ballot's candidate lines are not votes for or against a motion.
        self.minute.votes = [
            v for v in self.minute.votes if v.votes_for is not None or v.named_for or v.outcome
        ]

    def _sentences(self):
        """What the minute records along the way, in its text and discussion points."""
        minute, meeting = self.minute, self.meeting
        item = _item_reference(minute)
        if item:
            minute.agenda_item = item
        substitutes = bool(SUBSTITUTES.search(minute.heading))
        for block in self.text:
            for sentence in sentences(block.text):
                attendance.from_sentence(
                    meeting,
                    sentence,
                    block.span,
                    minute=minute.number,
                    item=minute.agenda_item,
                    substitutes_heading=substitutes,
                )
            if substitutes and block.marker:
                attendance.from_sentence(
                    meeting, block.body, block.span, minute=minute.number, item=None, substitutes_heading=True
                )
            petition = petitions.parse_petition(block, minute.number)
            if petition:
                meeting.petitions.append(petition)
            self._approval(block.text, block.span)
        for resolution in minute.resolutions:
            self._approval(resolution.text, resolution.lines)
        for block in [*self.text, *self._point_blocks()]:
            meeting.declarations += declarations.parse_declarations(
                block, minute=minute.number, item=minute.agenda_item
            )
        _discussion_actions(meeting, minute, [*self.text, *self._point_blocks()])
        for resolution in minute.resolutions:
            action = actions.from_resolution(resolution, minute.number)
            if action:
                meeting.actions.append(action)

    def _point_blocks(self) -> list[Block]:
        return [b for b in self.blocks if any(p.lines == b.span for p in self.minute.discussion_points)]

    def _approval(self, text: str, span: Span):
        found = APPROVED.search(text)
        if not found or self.meeting.approves:
            return
        day, doubts = find_date(found[0])
        amended = AMENDED.search(text)
        self.meeting.approves = ParsedApproval(
            day, self.minute.number, amended["amendment"].strip() if amended else "", span, doubts
        )


def _discussion_actions(meeting: ParsedMeeting, minute: ParsedMinute, blocks: list[Block]):
    for block in blocks:
        meeting.actions += actions.from_discussion(block.text, block.span, minute.number)


def _follows(previous: str, label: str) -> bool:
    """ "b" after "a", "3" after "2", "iv" after "iii" (and "a", "1" or "i" first)."""
    if previous.isdigit() or label.isdigit():
        return (
            label.isdigit() and (previous.isdigit() or not previous) and int(label) == int(previous or 0) + 1
        )
    if (
        len(previous) <= 1
        and len(label) == 1
        and ord(label.lower()) == (ord(previous.lower()) if previous else ord("a") - 1) + 1
    ):
        return True
    if ROMAN.match(label.lower()) and (not previous or ROMAN.match(previous.lower())):
        return roman_value(label.lower()) == (roman_value(previous.lower()) if previous else 0) + 1
    return False


def _item_reference(minute: ParsedMinute) -> int | None:
    for text in (minute.heading, minute.text):
        found = AGENDA_ITEM.search(text)
        if found:
            return int(found["item"] or found["item2"])
    return None


# Across minutes.


def _gaps(meeting: ParsedMeeting):
    """Numbers missing between minutes, each with the reason the importer gives."""
    excluded = False
    for before, after in zip(meeting.minutes, meeting.minutes[1:], strict=False):
        excluded = excluded or bool(
            EXCLUDED.search(before.text + " " + " ".join(r.text for r in before.resolutions))
        )
        if after.number - before.number <= 1:
            continue
        missing = list(range(before.number + 1, after.number))
        numbers = ", ".join(map(str, missing))
        if excluded:
            reason = (
                f"minute {numbers} is not in these minutes: taken after the press and public were excluded "
                "(exempt)"
            )
        else:
            reason = (
                f"minute {numbers} is not in this copy of the minutes: an archive's gap, or a number skipped"
            )
        meeting.gaps.append(ParsedGap(missing, reason, (before.lines[1], after.lines[0])))


def _agenda_items(meeting: ParsedMeeting):
    """Minutes take the items in order, so one minute that names its item ("a copy of the report marked
    'Agenda Item 8'") gives its neighbours': from the nearest that does, with a doubt."""
    anchors = [(index, m.agenda_item - m.number) for index, m in enumerate(meeting.minutes) if m.agenda_item]
    if not anchors:
        return
    places = [index for index, _ in anchors]
    for index, minute in enumerate(meeting.minutes):
        if minute.agenda_item:
            continue
        nearest = bisect.bisect_left(places, index)
        near = anchors[max(nearest - 1, 0) : nearest + 1]
        anchor, offset = min(near, key=lambda pair: (abs(pair[0] - index), pair[0] < index))
        item = minute.number + offset
        if item >= 1:
            minute.agenda_item = item
            named = meeting.minutes[anchor]
            minute.doubts.append(
                f"agenda item {item} worked out from the order of the minutes (minute {named.number} is item "
                f"{named.agenda_item})"
            )
