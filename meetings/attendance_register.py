"""The attendance register of a meeting: the committee's members on the meeting's date, each present, giving
apologies or absent (a substitute taking an absent member's place), the one in the Chair, who came late or
left early at which item, and the others in attendance (officers, Cabinet members, other councillors).

The register is saved whole, in one transaction holding the meeting's row: all of it or, on any fault, none.
Rows are matched by person, never moved from one person to another, and a Chair stepping down is saved before
the new one takes the Chair, so neither of the database's rules (one row per person, one Chair) is met
half-way through a save that ends within them."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from scrutiny.models import Membership, Person

from . import quorum
from .models import AgendaItem, Attendance, Meeting, MinutesApprovedError

Status = Attendance.Status
MEMBER_STATUSES = (Status.PRESENT, Status.APOLOGIES, Status.ABSENT)


def members_on(meeting: Meeting) -> list[Membership]:
    """The committee's memberships on the meeting's date, Chairman first: one for each person."""
    memberships = (
        Membership.objects.filter(committee_id=meeting.committee_id)
        .current(meeting.date)
        .for_committee_page()
    )
    seen, members = set(), []
    for membership in memberships:
        if membership.person_id not in seen:
            seen.add(membership.person_id)
            members.append(membership)
    return members


@dataclass
class Entry:
    """One person's line of the register as it is to be saved."""

    person: Person
    status: str
    in_chair: bool = False
    substitute_for: Person | None = None
    role: str = ""
    for_item: AgendaItem | None = None
    arrived_at_item: AgendaItem | None = None
    left_at_item: AgendaItem | None = None

    FIELDS = ("status", "in_chair", "substitute_for", "role", "for_item", "arrived_at_item", "left_at_item")


@dataclass
class Quorum:
    members: int  # voting members on the meeting's date
    present: int  # of them present, and substitutes present in their place
    needed: int

    @property
    def is_quorate(self) -> bool:
        return self.present >= self.needed

    def __str__(self):
        counted = f"{self.present} present of {self.members} members; quorum {self.needed}"
        return f"Quorate: {counted}" if self.is_quorate else f"Not quorate: {counted}"


def quorum_of(meeting: Meeting, members: list[Membership], attendances: list[Attendance]) -> Quorum:
    voting = {membership.person_id for membership in members if membership.is_voting}
    present = sum(
        1
        for attendance in attendances
        if attendance.status == Status.PRESENT
        and (attendance.person_id in voting or attendance.substitute_for_id in voting)
    )
    needed = quorum.quorum(meeting, members=len(voting))
    return Quorum(members=len(voting), present=present, needed=needed)


@dataclass
class Faults:
    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)


def check(entries: list[Entry], *, members: set[int]) -> list[str]:
    """What is wrong with a register as a whole (each line's own fields are checked by its form)."""
    faults = Faults()
    seen: dict[int, Person] = {}
    for entry in entries:
        if entry.person.pk in seen:
            faults.add(f"{entry.person} is entered twice: each person has one line of the register.")
        seen[entry.person.pk] = entry.person
    chairs = [entry for entry in entries if entry.in_chair]
    if len(chairs) > 1:
        names = " and ".join(str(entry.person) for entry in chairs)
        faults.add(f"Only one person can be in the Chair: {names} are both ticked.")
    for entry in chairs:
        if entry.status != Status.PRESENT:
            faults.add(f"{entry.person} is in the Chair, so must be present.")
    status_of = {entry.person.pk: entry.status for entry in entries}
    substituted: dict[int, Person] = {}
    for entry in entries:
        member = entry.substitute_for
        if member is None:
            continue
        if entry.person.pk in members:
            faults.add(f"{entry.person} is a member of the committee, so cannot be a substitute.")
        if status_of.get(member.pk) == Status.PRESENT:
            faults.add(f"{member} is present, so nobody can substitute for them.")
        if member.pk in substituted:
            faults.add(f"{member} has two substitutes: {substituted[member.pk]} and {entry.person}.")
        substituted[member.pk] = entry.person
    for entry in entries:
        if (entry.arrived_at_item or entry.left_at_item) and entry.status != Status.PRESENT:
            faults.add(f"{entry.person} was not present, so cannot have arrived late or left early.")
        arrived, left = entry.arrived_at_item, entry.left_at_item
        if arrived and left and left.number < arrived.number:
            faults.add(
                f"{entry.person} cannot leave (item {left.number}) before arriving (item {arrived.number})."
            )
    return faults.messages


@transaction.atomic
def save_register(*, meeting: Meeting, entries: list[Entry], new_people: list[Person] = ()) -> None:
    """Record `entries` as the meeting's whole register: the lines of anyone not in them are removed. People
    added on the register (`new_people`, unsaved) are created with it. Raises ValidationError, having saved
    nothing, if the register breaks a rule or the minutes are approved meanwhile."""
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.minutes_are_approved:
        raise MinutesApprovedError("The minutes of this meeting are approved: its attendance cannot change.")
    members = {membership.person_id for membership in members_on(locked)}
    for person in new_people:
        person.save()
    faults = check(entries, members=members)
    if faults:
        raise ValidationError(faults)
    existing = {attendance.person_id: attendance for attendance in locked.attendances.all()}
    wanted = {entry.person.pk: entry for entry in entries}
    for person_id, attendance in existing.items():
        if person_id not in wanted:
            attendance.delete()
    # The Chair leaves it before another takes it: the database allows one at a time.
    for person_id, attendance in existing.items():
        if attendance.in_chair and person_id in wanted and not wanted[person_id].in_chair:
            attendance.in_chair = False
            attendance.save(update_fields=["in_chair"])
    for person_id, entry in wanted.items():
        attendance = existing.get(person_id) or Attendance(meeting=locked, person=entry.person)
        changed = attendance.pk is None
        for name in Entry.FIELDS:
            value = getattr(entry, name)
            current = getattr(attendance, f"{name}_id" if name in _RELATED else name)
            new = value.pk if name in _RELATED and value is not None else value
            if current != new:
                setattr(attendance, name, value)
                changed = True
        if changed:
            attendance.save()


_RELATED = {"substitute_for", "for_item", "arrived_at_item", "left_at_item"}
