"""What happens to indicators in bulk, for other parts of the system to act on (the search index).

Sent in the transaction of the change, as the save signals are."""

from django.dispatch import Signal

# sender: Indicator; pks=the indicators an import made, or linked to a committee, in bulk: no save signal,
# nor many-to-many signal, was sent for each.
indicators_changed_in_bulk = Signal()
