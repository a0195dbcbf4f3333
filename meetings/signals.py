"""What happens in a meeting's life, for other parts of the system to act on (alerts, agenda packs, search).

Each step of the workflow is announced once the change is committed: a receiver never acts on a step that
was rolled back. An item made exempt is announced in its saving transaction, as its own save is, so that
what follows it (the search index, the actions arising) changes with it or not at all."""

from django.dispatch import Signal

# sender: Meeting; meeting=the meeting whose agenda was published.
agenda_published = Signal()
# sender: Meeting; meeting=…, approved=True when the minutes were approved, False when published in draft.
minutes_published = Signal()
# sender: AgendaItem; item=the exempt item saved, its papers and minute now exempt with it (exemption.py).
item_made_exempt = Signal()
# sender: Meeting; meeting=…, change=the Change (meetings/notices.py), key=the outbox key naming this change.
# The app that keeps the committee's subscribers puts a notice for each of them in the outbox.
meeting_changed = Signal()
# sender: Meeting; meeting=…. Each receiver answers who else it would tell of a change to the meeting, in a
# few words ("2 subscribers to the committee's email alerts"), for the clerk's confirmation; or "".
notice_audience = Signal()
