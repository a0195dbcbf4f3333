"""Keeping the search index in step with the records, in the same transaction as each change.

Fixture loading (raw saves) is skipped: its related records may not exist yet; run rebuild_search_index."""

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from followup.models import Action, ActionResponse
from indicators import signals as indicator_signals
from indicators.models import Indicator
from meetings import signals as meeting_signals
from meetings.models import (
    AgendaItem,
    DiscussionPoint,
    Document,
    Meeting,
    MemberQuestion,
    Minute,
    PublicQuestion,
    Resolution,
)
from papers.models import DocumentText

from . import index

# Records with a row of their own: saved, their row is rewritten; deleted, it goes.
INDEXED = [Document, Resolution, PublicQuestion, MemberQuestion, Action]
# What an indicator's entry holds (search.sources): saves of anything else, such as its owner or latest
# figures, leave the entry as it is.
INDICATOR_FIELDS = {"name", "definition", "theme"}


def _deleted_directly(model, origin) -> bool:
    """True when `delete()` was called on this kind of record, not cascaded from its parent (whose own
    receiver deals with the index, and which must not be indexed again while it is being deleted)."""
    return isinstance(origin, model) or (isinstance(origin, QuerySet) and origin.model is model)


def index_record(sender, instance, raw=False, **kwargs):
    if not raw:
        index.index_records(sender, [instance.pk])


def remove_record(sender, instance, **kwargs):
    index.remove_records(sender, [instance.pk])


for model in INDEXED:
    post_save.connect(index_record, sender=model, dispatch_uid=f"search.index.{model._meta.label}")
    post_delete.connect(remove_record, sender=model, dispatch_uid=f"search.remove.{model._meta.label}")


@receiver(post_save, sender=Meeting, dispatch_uid="search.meeting_saved")
def meeting_saved(sender, instance: Meeting, raw=False, created=False, **kwargs):
    """Publishing (or withdrawing) an agenda or minutes, a new date: every row of the meeting changes."""
    if not raw and not created:
        index.index_meeting(instance)


@receiver(meeting_signals.agenda_published, dispatch_uid="search.agenda_published")
@receiver(meeting_signals.minutes_published, dispatch_uid="search.minutes_published")
def meeting_published(sender, meeting: Meeting, **kwargs):
    """Sent by meetings.workflow once the step is committed. The save above has already updated the rows
    (in the step's own transaction); this makes sure of them, read again from the database, whichever way
    the step changed the meeting."""
    index.index_meeting(meeting)


@receiver(post_save, sender=AgendaItem, dispatch_uid="search.agenda_item_saved")
def agenda_item_saved(sender, instance: AgendaItem, raw=False, **kwargs):
    """Its number and title are part of where its papers sit, and its exemption is theirs."""
    if raw:
        return
    index.index_records(AgendaItem, [instance.pk])
    index.index_records(Document, instance.documents.values_list("pk", flat=True))


@receiver(meeting_signals.item_made_exempt, dispatch_uid="search.item_made_exempt")
def item_made_exempt(sender, item: AgendaItem, **kwargs):
    """Its minute is exempt with it, and so are the minute's resolutions and the actions arising."""
    if minute := Minute.objects.filter(agenda_item=item).first():
        minute_saved(Minute, minute)


@receiver(post_delete, sender=AgendaItem, dispatch_uid="search.agenda_item_deleted")
def agenda_item_deleted(sender, instance: AgendaItem, **kwargs):
    index.remove_records(AgendaItem, [instance.pk])


@receiver(post_save, sender=Minute, dispatch_uid="search.minute_saved")
def minute_saved(sender, instance: Minute, raw=False, **kwargs):
    """The minute's heading and exemption are on its resolutions' rows too, and its exemption on the rows of
    the actions arising from it."""
    if raw:
        return
    index.index_records(Minute, [instance.pk])
    index.index_records(Resolution, instance.resolutions.values_list("pk", flat=True))
    index.index_records(Action, Action.objects.filter(minute=instance).values_list("pk", flat=True))


@receiver(post_delete, sender=Minute, dispatch_uid="search.minute_deleted")
def minute_deleted(sender, instance: Minute, **kwargs):
    index.remove_records(Minute, [instance.pk])


@receiver(post_save, sender=DiscussionPoint, dispatch_uid="search.discussion_point_saved")
def discussion_point_saved(sender, instance: DiscussionPoint, raw=False, **kwargs):
    if not raw:
        index.index_records(Minute, [instance.minute_id])


@receiver(post_delete, sender=DiscussionPoint, dispatch_uid="search.discussion_point_deleted")
def discussion_point_deleted(sender, instance: DiscussionPoint, origin=None, **kwargs):
    if _deleted_directly(DiscussionPoint, origin):
        index.index_records(Minute, [instance.minute_id])


@receiver(post_save, sender=DocumentText, dispatch_uid="search.document_text_saved")
def document_text_saved(sender, instance: DocumentText, raw=False, **kwargs):
    """The text of a document arrives after its upload, from papers.tasks.extract_text."""
    if not raw:
        index.index_records(Document, [instance.document_id])


@receiver(post_delete, sender=DocumentText, dispatch_uid="search.document_text_deleted")
def document_text_deleted(sender, instance: DocumentText, origin=None, **kwargs):
    if _deleted_directly(DocumentText, origin):
        index.index_records(Document, [instance.document_id])


@receiver(post_save, sender=ActionResponse, dispatch_uid="search.action_response_saved")
def action_response_saved(sender, instance: ActionResponse, raw=False, **kwargs):
    """An accepted answer becomes findable with its action; a returned one is not."""
    if not raw:
        index.index_records(Action, [instance.action_id])


@receiver(post_delete, sender=ActionResponse, dispatch_uid="search.action_response_deleted")
def action_response_deleted(sender, instance: ActionResponse, origin=None, **kwargs):
    if _deleted_directly(ActionResponse, origin):
        index.index_records(Action, [instance.action_id])


@receiver(post_save, sender=Indicator, dispatch_uid="search.indicator_saved")
def indicator_saved(sender, instance: Indicator, raw=False, update_fields=None, **kwargs):
    if not raw and (update_fields is None or INDICATOR_FIELDS & set(update_fields)):
        index.index_records(Indicator, [instance.pk])


@receiver(indicator_signals.indicators_changed_in_bulk, dispatch_uid="search.indicators_changed_in_bulk")
def indicators_changed_in_bulk(sender, pks, **kwargs):
    index.index_records(Indicator, pks)


@receiver(post_delete, sender=Indicator, dispatch_uid="search.indicator_deleted")
def indicator_deleted(sender, instance: Indicator, **kwargs):
    index.remove_records(Indicator, [instance.pk])


@receiver(m2m_changed, sender=Indicator.committees.through, dispatch_uid="search.indicator_committees")
def indicator_committees_changed(sender, instance, action, reverse, pk_set, **kwargs):
    # add() sends the signal even when everything was already there (every row of a dashboard import).
    if not action.startswith("post_") or (action != "post_clear" and not pk_set):
        return
    if reverse:  # committee.indicators.add(…): `instance` is the committee
        pks = pk_set if pk_set is not None else Indicator.objects.values_list("pk", flat=True)
        index.index_records(Indicator, pks)
    else:
        index.index_records(Indicator, [instance.pk])
