"""Alerts follow what happens to meetings: each event queues a task once the change is committed."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from meetings.models import Document
from meetings.signals import agenda_published, meeting_changed, minutes_published, notice_audience
from scrutiny.after_commit import after_commit

from . import alerts, tasks


@receiver(agenda_published, dispatch_uid="feeds.alert_agenda_published")
def alert_agenda_published(sender, meeting, **kwargs):
    after_commit(tasks.alert_agenda_published.delay, meeting.pk)


@receiver(minutes_published, dispatch_uid="feeds.alert_minutes_published")
def alert_minutes_published(sender, meeting, approved, **kwargs):
    after_commit(tasks.alert_minutes_published.delay, meeting.pk, approved)


@receiver(post_save, sender=Document, dispatch_uid="feeds.alert_paper_added")
def alert_paper_added(sender, instance: Document, created, raw=False, **kwargs):
    """A paper added once the agenda is published is a supplementary paper: subscribers have the agenda
    already. Papers uploaded while the agenda is being built go out with it."""
    if created and not raw and instance.agenda_item.meeting.agenda_is_published:
        after_commit(tasks.alert_paper_added.delay, instance.pk)


@receiver(meeting_changed, dispatch_uid="feeds.alert_meeting_changed")
def alert_meeting_changed(sender, meeting, key, **kwargs):
    """A meeting cancelled, postponed or moved, or an extraordinary one called: the subscribers are told."""
    after_commit(tasks.alert_meeting_changed.delay, meeting.pk, key)


@receiver(notice_audience, dispatch_uid="feeds.notice_audience")
def subscribers_told(sender, meeting, **kwargs) -> str:
    return alerts.notice_audience(meeting)
