"""The summons: once a meeting's agenda is published, each member of the committee (on the meeting's date) is
summoned to it by email, with the agenda (Local Government Act 1972 Schedule 12 paragraph 4: the summons
goes with the agenda, five clear days before). Through the outbox, so that publishing once summons each member
once, whoever and whatever sends it; the same rules as the alerts (feeds/alerts.py) decide when it is no
longer wanted."""

from django.conf import settings

from scrutiny.models import Membership, Message
from scrutiny.notifications import outbox

from .models import AgendaItem, Meeting

KIND = outbox.kind("meetings", "summons")


def memberships(meeting: Meeting):
    """The committee's members on the meeting's date, with their people: those summoned."""
    return (
        Membership.objects.current(on=meeting.date)
        .filter(committee_id=meeting.committee_id)
        .for_committee_page()
    )


def plan(meeting: Meeting) -> int:
    """Put the summons in the outbox for every member with an email address; returns how many are new."""
    if not meeting.agenda_is_published or meeting.is_cancelled:
        return 0
    recipients = {m.person.email.lower() for m in memberships(meeting) if m.person.email}
    return outbox.record(
        outbox.messages(KIND, f"summons:meeting-{meeting.pk}", sorted(recipients), about=meeting)
    )


def _context(meeting: Meeting) -> dict:
    return {
        "meeting": meeting,
        "committee": meeting.committee,
        "meeting_url": f"{settings.SITE_URL}{meeting.get_absolute_url()}",
        # Every item by number and title, an exempt one with its paragraph: members may read exempt papers.
        "agenda_items": list(
            AgendaItem.objects.filter(meeting=meeting).only(
                "number", "suffix", "title", "exempt", "exempt_paragraph"
            )
        ),
    }


@outbox.writes("meetings", outbox.name_of(KIND))
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    meeting = Meeting.objects.select_related("committee").filter(pk=message.about_id).first()
    if meeting is None or not meeting.agenda_is_published or meeting.is_cancelled:
        return None  # deleted, or cancelled, before the summons went: a notice of that is another email
    context = run.once((message.kind, message.key), lambda: _context(meeting))
    return outbox.Draft("meetings/email/summons", context)
