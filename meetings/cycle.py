"""A meeting's cycle, as Democratic Services run it: reports due, agenda published, meeting held, attendance
recorded, draft minutes written and published, minutes approved at the next meeting. Where the meeting
stands in it, and the one step that moves it on (a change of status, taken by meetings.workflow)."""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from . import report_timetable, workflow
from .models import Meeting

Status = Meeting.Status

DONE, CURRENT, TO_COME, MISSED = "done", "current", "to come", "not recorded"

# The status each status moves on to, and the step's name on its button.
NEXT_STEPS = {
    Status.SCHEDULED: (Status.AGENDA_PUBLISHED, "Publish the agenda"),
    Status.AGENDA_PUBLISHED: (Status.HELD, "Mark the meeting as held"),
    Status.HELD: (Status.MINUTES_DRAFT, "Publish the draft minutes"),
    Status.MINUTES_DRAFT: (Status.MINUTES_APPROVED, "Approve the minutes"),
}
HELD_OR_LATER = (Status.HELD, *Meeting.MINUTES_PUBLISHED_STATUSES)


@dataclass(frozen=True)
class Stage:
    name: str
    state: str  # DONE, CURRENT, TO_COME, or MISSED: passed over, later stages done
    when: str  # its date, as the panel prints it: "deadline 22 February 2024", "published 23 February 2024"


@dataclass(frozen=True)
class NextStep:
    status: str  # the status the meeting moves to
    label: str


def next_step(meeting: Meeting) -> NextStep | None:
    """The step that moves the meeting on; None once its minutes are approved, or it is cancelled."""
    if meeting.status not in NEXT_STEPS:
        return None
    return NextStep(*NEXT_STEPS[meeting.status])


def _day(day: date | None) -> str:
    return f"{day:%-d %B %Y}" if day else ""


def stages(meeting: Meeting) -> list[Stage]:
    """The seven stages in order, with the state of each; four queries whatever the meeting holds."""
    held = meeting.status in HELD_OR_LATER
    attendance = held and meeting.attendances.exists()
    minutes = held and meeting.minutes.exists()
    approved_at = meeting.minutes_approved_at
    if approved_at is None and meeting.status in (Status.HELD, Status.MINUTES_DRAFT):
        upcoming = Meeting.objects.next_after(meeting)
        approving = f"at the next meeting, {_day(upcoming.date)}" if upcoming else "no next meeting scheduled"
    else:
        approving = f"at the meeting of {_day(approved_at.date)}" if approved_at else ""
    published_on = timezone.localdate(meeting.agenda_published_at) if meeting.agenda_published_at else None
    minutes_on = timezone.localdate(meeting.minutes_published_at) if meeting.minutes_published_at else None
    rows = [
        (
            "Reports due",
            meeting.agenda_is_published,
            f"final reports due {_day(report_timetable.final_due(meeting))}",
        ),
        (
            "Agenda published",
            meeting.agenda_is_published,
            f"published {_day(published_on)}"
            if published_on
            else f"deadline {_day(meeting.publication_deadline)}",
        ),
        ("Meeting held", held, f"{'held' if held else 'to be held'} {_day(meeting.date)}"),
        ("Attendance recorded", attendance, ""),
        ("Draft minutes written", minutes, ""),
        (
            "Minutes published",
            meeting.minutes_are_published,
            f"published {_day(minutes_on)}" if minutes_on and meeting.minutes_are_published else "",
        ),
        ("Minutes approved", meeting.minutes_are_approved, approving),
    ]
    last_done = max((index for index, (_, done, _) in enumerate(rows) if done), default=-1)
    result, current_found = [], meeting.is_cancelled
    for index, (name, done, when) in enumerate(rows):
        if done:
            state = DONE
        elif index < last_done:
            state = MISSED
        elif not current_found:
            state, current_found = CURRENT, True
        else:
            state = TO_COME
        result.append(Stage(name, state, when))
    return result


@transaction.atomic
def take_next_step(meeting: Meeting, *, to: str, approved_at: Meeting | None = None):
    """Take the meeting's next step, the one confirmed (moving it `to` that status), by its workflow function.
    The row is held, so that two clerks confirming at once, or one confirming twice, take it once: the second
    finds the meeting moved on and is refused, rather than taking the step after. Returns the workflow's
    result (for the agenda, whether it was published late)."""
    meeting = Meeting.objects.select_for_update(of=("self",)).select_related("committee").get(pk=meeting.pk)
    step = next_step(meeting)
    if step is None or step.status != to:
        raise ValidationError(
            f"That step has already been taken: {meeting} is {meeting.get_status_display().lower()}."
        )
    if step.status == Status.AGENDA_PUBLISHED:
        return workflow.publish_agenda(meeting)
    if step.status == Status.HELD:
        return workflow.mark_held(meeting)
    if step.status == Status.MINUTES_DRAFT:
        return workflow.publish_draft_minutes(meeting)
    if approved_at is None:
        raise ValidationError("Choose the meeting at which the minutes were approved.")
    return workflow.approve_minutes(meeting, approved_at=approved_at)
