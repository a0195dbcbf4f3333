"""What meetings itself does when a step of a meeting's life is announced (meetings/signals.py)."""

from django.dispatch import receiver

from scrutiny.after_commit import after_commit

from . import signals, tasks


@receiver(signals.agenda_published, dispatch_uid="meetings.summons")
def summon_the_members(sender, meeting, **kwargs):
    after_commit(tasks.send_summons.delay, meeting.pk)
