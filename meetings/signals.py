"""What happens in a meeting's life, for other parts of the system to act on (alerts, agenda packs, search).

Each is sent once the change is committed: a receiver never acts on a step that was rolled back."""

from django.dispatch import Signal

# sender: Meeting; meeting=the meeting whose agenda was published.
agenda_published = Signal()
# sender: Meeting; meeting=…, approved=True when the minutes were approved, False when published in draft.
minutes_published = Signal()
