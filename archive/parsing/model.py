"""What the parser understood of a council's papers, as plain dataclasses that depend on no model.

Everything carries `lines`, the (first, last) lines of the source it came from (counted from 1, both ends
included), so a preview can show each record beside its lines, and `doubts`: reasons, in words for the
clerk, why a value is uncertain (a name not among the known people, an agenda item inferred from the order
of the minutes, a kind chosen by default). Names are kept as printed; `person` is the known person a name
was matched to, or "" when none was (or no people were given). Whatever the parser did not understand is
in `ParsedPapers.not_understood` with its lines: nothing is dropped without a word."""

import datetime
from dataclasses import asdict, dataclass, field

Span = tuple[int, int]


@dataclass
class Passage:
    """Lines set aside: not understood (with the reason), or page furniture the parser skipped."""

    lines: Span
    text: str
    reason: str


@dataclass
class ParsedMember:
    """A member of the committee as the agenda lists them."""

    name: str
    role: str  # "chairman", "vice-chairman", "member" or "co_opted"
    person: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedAgendaItem:
    number: int
    title: str
    kind: str = "procedural"  # "procedural" or "report", as meetings.AgendaItem.Kind
    report_by: str = ""
    pages: tuple[int, int] | None = None
    summary: str = ""
    exempt_paragraph: int | None = None
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedAttendance:
    name: str
    status: str  # "present", "apologies", "absent" or "in_attendance", as meetings.Attendance.Status
    in_chair: bool = False
    role: str = ""
    organisation: str = ""
    substitute_for: str = ""
    arrived: str = ""  # as printed: "2.15 pm", "during minute 52"
    left: str = ""
    for_item: int | None = None
    person: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedDiscussionPoint:
    numeral: str
    text: str
    section: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedResolution:
    letter: str  # as printed: "a", "1", "ii"; "" for a resolution in one paragraph
    text: str
    kind: str  # "noted", "request_for_information", "recommendation" or "decision"
    recommended_to: str = ""
    preamble: str = ""  # "That the Committee:-" before lettered parts
    marker: str = ""  # as printed: "RESOLVED:", "The Committee AGREED", "Resolved to RECOMMEND:"
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedVote:
    motion: str = ""
    mover: str = ""
    seconder: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    named_for: list[str] = field(default_factory=list)
    named_against: list[str] = field(default_factory=list)
    named_abstaining: list[str] = field(default_factory=list)
    outcome: str = ""  # "carried", "lost" or ""
    unanimous: bool = False
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedCandidate:
    name: str
    votes: int | None


@dataclass
class ParsedBallot:
    """A choice between candidates (an appointment), by ballot or show of hands."""

    office: str = ""
    secret: bool = False
    candidates: list[ParsedCandidate] = field(default_factory=list)
    abstentions: int | None = None
    elected: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedMinute:
    number: int
    reference: str  # as printed beside the number: "45", "89/25", "Min. 12", "CS.45"
    heading: str
    agenda_item: int | None = None
    text: str = ""
    discussion_points: list[ParsedDiscussionPoint] = field(default_factory=list)
    resolutions: list[ParsedResolution] = field(default_factory=list)
    reason: str = ""  # "REASON FOR DECISION"
    votes: list[ParsedVote] = field(default_factory=list)
    ballots: list[ParsedBallot] = field(default_factory=list)
    time_noted: str = ""  # a time printed against the item
    exempt_paragraph: int | None = None
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedPart:
    """A lettered part of a question or of its answer."""

    label: str
    text: str


@dataclass
class ParsedQuestion:
    questioner: str
    by_member: bool = False
    minute: int | None = None
    question: str = ""
    parts: list[ParsedPart] = field(default_factory=list)
    response: str = ""
    response_parts: list[ParsedPart] = field(default_factory=list)
    answered_by: str = ""  # as printed: "the Chairman"
    supplementary_by: str = ""  # as printed: "Mrs Whiting asked the following supplementary question"
    supplementary_question: str = ""
    supplementary_parts: list[ParsedPart] = field(default_factory=list)
    supplementary_answer: str = ""
    supplementary_answered_by: str = ""
    person: str = ""  # the questioner, when a known person (a member)
    answered_by_person: str = ""
    supplementary_answered_by_person: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedDeclaration:
    member: str
    kind: str  # "disclosable_pecuniary", "registerable", "non_registerable", or "" when not one of them
    kind_as_printed: str = ""
    agenda_item: int | None = None
    item_as_printed: str = ""
    minute: int | None = None
    text: str = ""
    withdrew: bool = False
    person: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedPetition:
    text: str
    minute: int | None = None
    lead_petitioner: str = ""
    presented_by: str = ""
    signatures: int | None = None
    prayer: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedAction:
    """Something an officer is to do: asked in a resolution or promised in the discussion."""

    description: str
    owner: str  # as printed: "the Director of Children and Family Services", "The Director"
    source: str  # "resolution" or "discussion"
    minute: int | None = None
    resolution: str = ""  # the resolution's letter, when from one
    due: str = ""  # as printed: "before the next meeting"
    person: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedGap:
    """Minute numbers missing between two minutes, with the importer's reason."""

    missing: list[int]
    reason: str
    lines: Span = (0, 0)


@dataclass
class ParsedNumbering:
    style: str  # the style's name in archive.parsing.styles: "number", "number/year", "Min.", "prefix"
    first: int | None = None
    last: int | None = None
    restarts: str = ""  # "each meeting", "each calendar year", "each municipal year" or "runs on"
    evidence: str = ""
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedApproval:
    """The minutes of an earlier meeting approved at this one."""

    meeting_date: datetime.date | None
    minute: int | None = None
    amended: str = ""
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedMeeting:
    """A meeting as its agenda calls it, or as its minutes record it."""

    source: str  # "agenda" or "minutes"
    title: str = ""  # the minutes' title as printed: "Minutes of a meeting of … held at … on …"
    council: str = ""
    committee: str = ""
    date: datetime.date | None = None
    start: datetime.time | None = None
    end: datetime.time | None = None
    place: str = ""
    contact: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    webcast_url: str = ""
    membership: list[ParsedMember] = field(default_factory=list)
    items: list[ParsedAgendaItem] = field(default_factory=list)
    attendance: list[ParsedAttendance] = field(default_factory=list)
    minutes: list[ParsedMinute] = field(default_factory=list)
    numbering: ParsedNumbering | None = None
    gaps: list[ParsedGap] = field(default_factory=list)
    declarations: list[ParsedDeclaration] = field(default_factory=list)
    questions: list[ParsedQuestion] = field(default_factory=list)
    petitions: list[ParsedPetition] = field(default_factory=list)
    actions: list[ParsedAction] = field(default_factory=list)
    approves: ParsedApproval | None = None
    notices: list[Passage] = field(default_factory=list)
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedReportPart:
    """A stretch of a report between blank pages: the report itself, an appendix, slides."""

    title: str
    lines: Span


@dataclass
class ParsedReport:
    """A report in an agenda pack, found so the pack can be split into one document per report."""

    item: int
    title: str
    pages: tuple[int, int] | None
    found_by: str  # "agenda item stamp", "page numbers" or "title"
    parts: list[ParsedReportPart] = field(default_factory=list)
    lines: Span = (0, 0)
    doubts: list[str] = field(default_factory=list)


@dataclass
class ParsedPapers:
    name: str
    kind: str  # "agenda pack", "agenda", "minutes" or "not recognised"
    line_count: int
    agenda: ParsedMeeting | None = None
    minutes: ParsedMeeting | None = None
    reports: list[ParsedReport] = field(default_factory=list)
    problem: str = ""  # why nothing can be imported, in words; "" when something can
    skipped: list[Passage] = field(default_factory=list)  # page furniture
    not_understood: list[Passage] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)
