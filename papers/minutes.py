"""The minutes of a meeting as the council prints them, read in a fixed number of queries and shared by the
web page, the PDF, the Word document and the agenda pack of the next meeting.

The council's format (seed 003, lines 73-262): who was present (the Chairman "in the Chair"), in attendance
and gave apologies; numbered minutes with their text, discussion points (i), (ii) … under their headings,
votes, and a RESOLVED: block lettered (a), (b) …; the times the meeting ran ("14:00 – 16:01"); and the
Chairman's signature. Questions, declarations and petitions are printed under the procedural minute they
belong to. An exempt minute is replaced, for those who may not read it, by a line saying so."""

from dataclasses import dataclass, field

from django.utils import timezone

from meetings.models import Attendance, Meeting, Minute, Schedule12AParagraph

# The procedural minute each kind of record is printed under, found by words of its heading or agenda item.
RECORDS_UNDER = {
    "public_questions": ("question time", "public questions"),
    "member_questions": ("questions asked by members", "questions by members", "members' questions"),
    "declarations": ("declarations of interest",),
    "petitions": ("petition",),
}
RECORD_HEADINGS = {
    "public_questions": "Public questions",
    "member_questions": "Questions by members",
    "declarations": "Declarations of interest",
    "petitions": "Petitions",
}


def long_date(day) -> str:
    return f"{day:%A, %-d %B %Y}"


def exempt_paragraph_text(paragraph: int | None) -> str:
    """What Schedule 12A's paragraph covers: "the financial or business affairs of …"."""
    if paragraph is None:
        return ""
    return Schedule12AParagraph(paragraph).label.split(": ", 1)[1]


@dataclass
class MinuteEntry:
    """One numbered minute as its reader gets it."""

    minute: Minute
    withheld: bool  # exempt, and the reader may not read it
    records: dict[str, list] = field(default_factory=dict)  # questions, declarations … printed under it

    @property
    def number(self) -> int:
        return self.minute.number

    @property
    def heading(self) -> str:
        return self.minute.heading

    @property
    def paragraph(self) -> int | None:
        item = self.minute.agenda_item
        return item.exempt_paragraph if item is not None else None

    @property
    def withheld_notice(self) -> str:
        paragraph = f" (paragraph {self.paragraph})" if self.paragraph else ""
        return f"Exempt minute: not for publication{paragraph}."

    @property
    def text(self) -> str:
        return "" if self.withheld else self.minute.text

    @property
    def points(self) -> list:
        return [] if self.withheld else list(self.minute.discussionpoints.all())

    @property
    def point_groups(self) -> list[tuple[str, list]]:
        """The discussion points under the headings they sit under ("Savings"), in order."""
        groups: list[tuple[str, list]] = []
        for point in self.points:
            if not groups or point.section != groups[-1][0]:
                groups.append((point.section, []))
            groups[-1][1].append(point)
        return groups

    @property
    def votes(self) -> list:
        return [] if self.withheld else list(self.minute.votes.all())

    @property
    def ballots(self) -> list:
        return [] if self.withheld else list(self.minute.ballots.all())

    @property
    def resolutions(self) -> list:
        return [] if self.withheld else list(self.minute.resolutions.all())

    @property
    def record_sections(self) -> list[tuple[str, str, list]]:
        return [(kind, RECORD_HEADINGS[kind], records) for kind, records in self.records.items() if records]


@dataclass
class MeetingMinutes:
    meeting: Meeting
    can_read_exempt: bool
    present: list[Attendance]
    in_attendance: list[Attendance]
    apologies: list[Attendance]
    entries: list[MinuteEntry]
    # Records with no procedural minute to go under, printed after the attendance.
    unattached: dict[str, list]

    @property
    def committee(self):
        return self.meeting.committee

    @property
    def title(self) -> str:
        return f"Minutes of the meeting held on {self.meeting.date:%-d %B %Y}"

    @property
    def opening(self) -> str:
        where = f" held at {self.meeting.location}" if self.meeting.location else ""
        return f"Minutes of a meeting of the {self.committee}{where} on {long_date(self.meeting.date)}."

    @property
    def is_approved(self) -> bool:
        return self.meeting.minutes_are_approved

    @property
    def approval(self) -> str:
        approved_at = self.meeting.minutes_approved_at
        at = f" at the meeting held on {long_date(approved_at.date)}" if approved_at is not None else ""
        return f"confirmed as a correct record{at}"

    @property
    def marking(self) -> str:
        """What the document is: a draft circulated for approval, or the approved record."""
        if self.is_approved:
            return f"Approved minutes: {self.approval}"
        if self.meeting.minutes_are_published:
            return "DRAFT – for circulation"
        return "DRAFT – not published (preview for Democratic Services)"

    @property
    def signed_on(self) -> str:
        """The date beside the Chairman's signature: the day the approving meeting confirmed them."""
        approved_at = self.meeting.minutes_approved_at
        return f"{approved_at.date:%-d %B %Y}" if self.is_approved and approved_at is not None else ""

    @property
    def times(self) -> str:
        start = timezone.localtime(self.meeting.start)
        if self.meeting.end is None:
            return f"{start:%H:%M}"
        return f"{start:%H:%M} – {timezone.localtime(self.meeting.end):%H:%M}"

    @property
    def unattached_sections(self) -> list[tuple[str, str, list]]:
        return [
            (kind, RECORD_HEADINGS[kind], records) for kind, records in self.unattached.items() if records
        ]

    @property
    def has_withheld(self) -> bool:
        return any(entry.withheld for entry in self.entries)

    @property
    def has_exempt(self) -> bool:
        return any(entry.minute.exempt for entry in self.entries)


def _matches(minute: Minute, words: tuple[str, ...]) -> bool:
    titles = [minute.heading.lower()]
    if minute.agenda_item is not None:
        titles.append(minute.agenda_item.title.lower())
    return any(word in title for title in titles for word in words)


def minutes_of(meeting: Meeting, *, can_read_exempt: bool) -> MeetingMinutes:
    """The minutes of `meeting` for a reader who may (or may not) read exempt minutes. Twelve queries, however
    long the minutes; the meeting should come with its committee and minutes_approved_at selected."""
    attendance = {status: [] for status in Attendance.Status.values}
    for record in meeting.attendances.select_related("person", "substitute_for", "for_item"):
        attendance[record.status].append(record)
    minutes = meeting.minutes.with_record()
    entries = [MinuteEntry(minute, withheld=minute.exempt and not can_read_exempt) for minute in minutes]
    records = {
        "public_questions": list(
            meeting.publicquestions.accepted().select_related("answered_by", "supplementary_answered_by")
        ),
        "member_questions": list(
            meeting.memberquestions.select_related("asked_by", "answered_by", "supplementary_answered_by")
        ),
        "declarations": list(meeting.declarations.select_related("person", "agenda_item")),
        "petitions": list(meeting.petitions.select_related("presented_by")),
    }
    unattached = {}
    for kind, found in records.items():
        home = next(
            (e for e in entries if not e.withheld and _matches(e.minute, RECORDS_UNDER[kind])),
            None,
        )
        if home is not None:
            home.records[kind] = found
        else:
            unattached[kind] = found
    return MeetingMinutes(
        meeting=meeting,
        can_read_exempt=can_read_exempt,
        present=attendance[Attendance.Status.PRESENT],
        in_attendance=attendance[Attendance.Status.IN_ATTENDANCE],
        apologies=attendance[Attendance.Status.APOLOGIES],
        entries=entries,
        unattached=unattached,
    )
