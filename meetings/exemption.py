"""Exempt information: Local Government Act 1972 Schedule 12A (paragraphs 1-7), applied by s.100A(4).

An item taken in private withholds everything filed under it, on the same ground: its papers, and its
minute, even when the minutes are approved (withholding it changes no word of the signed record). The
papers and minute follow by queryset updates, which send no signal of their own, so the change is
announced once, by `signals.item_made_exempt`, for what the public can see to follow it (search, the
agenda packs, the actions arising)."""

from django.core.exceptions import ValidationError
from django.db import transaction

from . import signals
from .models import AgendaItem, Minute, Schedule12AParagraph


def withhold_what_is_filed_under(item: AgendaItem) -> None:
    """Make the papers and minute of the exempt `item` exempt with it, and announce it. AgendaItem.save
    calls this each time an exempt item is saved."""
    item.documents.filter(exempt=False).update(exempt=True, exempt_paragraph=item.exempt_paragraph)
    Minute.objects.filter(agenda_item=item, exempt=False).update(exempt=True)
    # In the saving transaction, as a save's own signals are: the search index changes with the records.
    signals.item_made_exempt.send(sender=AgendaItem, item=item)


@transaction.atomic
def make_exempt(item: AgendaItem, *, paragraph: int) -> AgendaItem:
    """Take `item` in private because it holds exempt information of Schedule 12A `paragraph`."""
    if paragraph not in Schedule12AParagraph.values:
        raise ValidationError(
            f"Schedule 12A has no paragraph {paragraph}: exempt information falls under paragraphs 1 to 7."
        )
    item = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if item.exempt and item.exempt_paragraph == paragraph:
        return item  # already withheld on that ground: nothing changes, nothing to announce
    item.exempt, item.exempt_paragraph = True, paragraph
    item.save(update_fields=["exempt", "exempt_paragraph"])
    return item
