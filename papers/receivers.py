"""Keeping the papers up to date when documents, agendas and minutes change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from meetings import signals
from meetings.models import (
    AgendaItem,
    Attendance,
    Declaration,
    DiscussionPoint,
    Document,
    Meeting,
    MemberQuestion,
    Minute,
    Petition,
    PublicQuestion,
    Resolution,
    Vote,
)
from scrutiny.after_commit import after_commit
from scrutiny.keeping import PAPERS_TEXT, is_held

from . import generated
from .rebuilding import rebuild_after_commit
from .tasks import extract_text

# Saving only these changes the meeting's state, not what its pack prints (publishing has its own signal).
STATE_FIELDS = {"status", "agenda_published_at", "minutes_published_at", "minutes_approved_at"}
# The parts of a meeting's minutes (printed in the pack of the committee's next meeting).
RECORD_MODELS = [Attendance, Declaration, PublicQuestion, MemberQuestion, Petition]
MINUTE_PARTS = [DiscussionPoint, Resolution, Vote]


@receiver(post_save, sender=Document, dispatch_uid="papers.extract_text")
def read_the_text(sender, instance: Document, **kwargs):
    """A new or replaced file is read again, in the background once the upload is committed."""
    if not is_held(PAPERS_TEXT):
        after_commit(extract_text.delay, instance.pk)


@receiver(post_save, sender=Document, dispatch_uid="papers.document_saved")
@receiver(post_delete, sender=Document, dispatch_uid="papers.document_deleted")
def document_changed(sender, instance: Document, **kwargs):
    # By the item's id: when a meeting is deleted its documents go before the item, which is looked up later.
    rebuild_after_commit("item", instance.agenda_item_id)


@receiver(post_save, sender=AgendaItem, dispatch_uid="papers.agenda_item_saved")
@receiver(post_delete, sender=AgendaItem, dispatch_uid="papers.agenda_item_deleted")
def agenda_changed(sender, instance: AgendaItem, **kwargs):
    rebuild_after_commit("meeting", instance.meeting_id)


@receiver(signals.item_made_exempt, dispatch_uid="papers.item_made_exempt")
def item_made_exempt(sender, item: AgendaItem, **kwargs):
    """The pack of the committee's next meeting prints these minutes, and must withhold the item's minute."""
    rebuild_after_commit("minutes", item.meeting_id)


@receiver(post_save, sender=Meeting, dispatch_uid="papers.meeting_saved")
def meeting_changed(sender, instance: Meeting, created, update_fields=None, **kwargs):
    """The cover prints the meeting's date, place and contact; a new meeting has no agenda yet."""
    if created or (update_fields is not None and set(update_fields) <= STATE_FIELDS):
        return
    rebuild_after_commit("meeting", instance.pk)


def minutes_changed(sender, instance, **kwargs):
    rebuild_after_commit("minutes", instance.meeting_id)


def minute_part_changed(sender, instance, **kwargs):
    rebuild_after_commit("minute", instance.minute_id)


for model in [Minute, *RECORD_MODELS]:
    post_save.connect(minutes_changed, sender=model, dispatch_uid=f"papers.minutes_saved.{model.__name__}")
    post_delete.connect(
        minutes_changed, sender=model, dispatch_uid=f"papers.minutes_deleted.{model.__name__}"
    )
for model in MINUTE_PARTS:
    post_save.connect(minute_part_changed, sender=model, dispatch_uid=f"papers.part_saved.{model.__name__}")
    post_delete.connect(
        minute_part_changed, sender=model, dispatch_uid=f"papers.part_deleted.{model.__name__}"
    )


@receiver(signals.agenda_published, dispatch_uid="papers.agenda_published")
def agenda_published(sender, meeting: Meeting, **kwargs):
    """The generated papers are kept as published, then the packs built with them."""
    generated.freeze(meeting)
    rebuild_after_commit("meeting", meeting.pk)


@receiver(signals.minutes_published, dispatch_uid="papers.minutes_published")
def minutes_published(sender, meeting: Meeting, **kwargs):
    """Minutes published in draft go into the next meeting's pack for approval; approved, their marking
    changes there."""
    rebuild_after_commit("minutes", meeting.pk)
