"""Meetings, agendas and minutes in the admin: the tool Democratic Services run the committees with.
One module for each thing edited; importing them here registers their pages with the admin site."""

from . import (  # noqa: F401
    attendance,
    cycle,
    declarations,
    items,
    meetings,
    minute_parts,
    minutes,
    next_step,
    petitions,
    questions,
    reports,
    rooms,
    to_do,
)
