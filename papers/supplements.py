"""Supplements: a paper added or replaced once the agenda is published is a supplement. It goes in the
supplementary pack, is marked "Supplement" on the meeting's page and in the admin, and is announced to the
committee's subscribers. Added after the publication deadline (the clear days the law requires before the
meeting), it needs the Chairman's reason for urgency, as a late agenda does."""

from datetime import datetime

from django.urls import reverse
from django.utils import timezone

from meetings.admin.workspace import Blocker
from meetings.models import Document, Meeting


def is_supplement(meeting: Meeting) -> bool:
    return meeting.agenda_is_published


def needs_late_reason(meeting: Meeting, *, now: datetime | None = None) -> bool:
    """A paper added now would be a supplement after the deadline."""
    return is_supplement(meeting) and timezone.localdate(now) > meeting.publication_deadline


def late_without_reason(meeting: Meeting) -> list[Document]:
    """The meeting's supplements uploaded after its deadline with no reason for urgency (added by another
    way than the papers page, which refuses them), in one query."""
    if not meeting.agenda_is_published:
        return []
    deadline = meeting.publication_deadline
    return [
        document
        for document in Document.objects.filter(
            agenda_item__meeting=meeting,
            late_reason="",
            supplement=True,
        ).select_related("agenda_item")
        if timezone.localdate(document.uploaded_at) > deadline
    ]


def late_paper_blockers(meeting: Meeting) -> list[Blocker]:
    """Registered with the workspace: the meeting is not held with a late paper unexplained."""
    url = reverse("admin:meetings_meeting_papers", args=[meeting.pk])
    return [
        Blocker(
            step=Meeting.Status.HELD,
            text=f'A late paper with no reason: "{document.title}" (item {document.agenda_item.reference}) '
            "was added after the publication deadline; give the Chairman's reason for urgency.",
            url=url,
        )
        for document in late_without_reason(meeting)
    ]
