"""Keeping actions exempt with what they arose from.

An action copies its exemption from its minute when it is saved (Action.sync_from_source). A minute, or the
agenda item it records, is often made exempt later, once its actions exist: Democratic Services decide the
item was taken in private. Those actions must then be exempt too, or the action tracker, the action's page
and the next meeting's list of actions arising would show the public what the exempt minute withholds."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from meetings.models import AgendaItem, Minute
from meetings.signals import item_made_exempt

from .models import Action


def _make_exempt(actions) -> None:
    # Saved one by one, not updated in bulk, so that each change is in the action's history and the search
    # index takes it (its receivers listen for saves).
    for action in actions.filter(exempt=False):
        action.exempt = True
        action.save(update_fields=["exempt", "updated_at"])


@receiver(post_save, sender=Minute, dispatch_uid="followup.minute_made_exempt")
def minute_saved(sender, instance: Minute, raw=False, **kwargs):
    if not raw and instance.exempt:
        _make_exempt(Action.objects.filter(minute=instance))


@receiver(item_made_exempt, dispatch_uid="followup.agenda_item_made_exempt")
def agenda_item_made_exempt(sender, item: AgendaItem, **kwargs):
    """Its minute was made exempt with it, by an update that sends no save signal of its own."""
    _make_exempt(Action.objects.filter(minute__agenda_item=item))
