"""Meetings, agendas and minutes in the admin: the tool Democratic Services run the committees with.
One module for each thing edited; importing them here registers their pages with the admin site."""

from . import (  # noqa: F401
    agenda,
    attendance,
    cycle,
    declarations,
    items,
    meetings,
    minute_parts,
    minutes,
    minutes_page,
    next_step,
    petitions,
    questions,
    register,
    reports,
    rooms,
    to_do,
)
