"""The cycle on a meeting's page: its stages with where the meeting stands, what must be fixed before its
next step, and the button to that step (its confirmation page is next_step.py). What meetings itself knows
stands in the way is registered here with the workspace; the apps above register theirs from their own admin
modules."""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from meetings import cycle
from meetings.models import AgendaItem, Document, Meeting

from . import workspace
from .base import long_date

Status = Meeting.Status
Blocker = workspace.Blocker

# Items that are reports, whose paper must be on the agenda when it goes out. Procedural items have none;
# an urgent item may be oral; the actions arising have theirs generated.
NEEDS_A_PAPER = (AgendaItem.Kind.REPORT,)


def _change_url(meeting: Meeting, anchor: str = "") -> str:
    return reverse("admin:meetings_meeting_change", args=[meeting.pk]) + anchor


def agenda_blockers(meeting: Meeting) -> list[Blocker]:
    """Before the agenda is published: items, each report with its paper, and each exempt paper's ground
    printed on the agenda. One query."""
    if meeting.status != Status.SCHEDULED:
        return []
    papers = Document.objects.filter(agenda_item=OuterRef("pk"))
    items = list(
        meeting.agenda_items.annotate(
            has_paper=Exists(papers),
            exempt_paper_paragraph=Subquery(
                papers.filter(exempt=True).order_by("position", "pk").values("exempt_paragraph")[:1]
            ),
        ).order_by("number")
    )
    step = Status.AGENDA_PUBLISHED
    if not items:
        return [Blocker(step, "The agenda has no items yet.", _change_url(meeting, "#agenda_items-group"))]
    found = []
    for item in items:
        url = reverse("admin:meetings_agendaitem_change", args=[item.pk])
        if item.kind in NEEDS_A_PAPER and not item.has_paper:
            found.append(Blocker(step, f"Item {item.number}, {item.title}, has no paper.", url, warning=True))
        if not item.exempt and item.exempt_paper_paragraph:
            found.append(
                Blocker(
                    step,
                    f"Item {item.number}, {item.title}, has an exempt paper (paragraph "
                    f"{item.exempt_paper_paragraph}) but the item is not exempt, so the agenda gives no "
                    "paragraph for it.",
                    url,
                    warning=True,
                )
            )
    return found


def record_blockers(meeting: Meeting) -> list[Blocker]:
    """Before the meeting is marked held, its minutes published and approved. At most two queries."""
    if meeting.status == Status.AGENDA_PUBLISHED and meeting.start > timezone.now():
        start = timezone.localtime(meeting.start)
        return [
            Blocker(
                Status.HELD,
                f"The meeting has not started yet: it starts on {long_date(start)} at {start:%H:%M}.",
                _change_url(meeting),
            )
        ]
    if meeting.status == Status.HELD:
        found = []
        if not meeting.minutes.exists():
            add_minute = reverse("admin:meetings_minute_add") + "?" + urlencode({"meeting": meeting.pk})
            found.append(Blocker(Status.MINUTES_DRAFT, "No minutes are written yet.", add_minute))
        if not meeting.attendances.exists():
            found.append(
                Blocker(
                    Status.MINUTES_DRAFT,
                    "No attendance is recorded.",
                    _change_url(meeting, "#attendances-group"),
                    warning=True,
                )
            )
        return found
    if meeting.status == Status.MINUTES_DRAFT and Meeting.objects.next_after(meeting) is None:
        add_meeting = (
            reverse("admin:meetings_meeting_add") + "?" + urlencode({"committee": meeting.committee_id})
        )
        return [
            Blocker(
                Status.MINUTES_APPROVED,
                f"No later meeting of {meeting.committee} is scheduled to approve the minutes at.",
                add_meeting,
            )
        ]
    return []


workspace.add_blocker(agenda_blockers)
workspace.add_blocker(record_blockers)


def blockers_of_step(meeting: Meeting, step: cycle.NextStep | None) -> list[Blocker]:
    """What stands in the way of `step`: those that refuse it first, then the warnings to confirm."""
    if step is None:
        return []
    found = [blocker for blocker in workspace.blockers(meeting) if blocker.step == step.status]
    return sorted(found, key=lambda blocker: blocker.warning)


def panel(meeting: Meeting) -> dict:
    """What the meeting's page shows of its cycle."""
    step = cycle.next_step(meeting)
    return {
        "stages": cycle.stages(meeting),
        "next_step": step,
        "next_step_url": reverse("admin:meetings_meeting_next-step", args=[meeting.pk]) if step else "",
        "blockers": blockers_of_step(meeting, step),
    }
