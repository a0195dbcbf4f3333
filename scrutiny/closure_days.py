"""The council's closure days, read from their records once and kept in the cache until one changes, so that
a deadline, which asks about every day it counts back over, reads them in a single query at most."""

from datetime import date

from django.db.models.signals import post_delete, post_save

from .generations import Generation

CLOSURE_DAYS = Generation("closure-days", seconds=24 * 60 * 60)


def closure_days() -> frozenset[date]:
    from .models import ClosureDay

    return CLOSURE_DAYS.get_or_build(
        "all", lambda: frozenset(ClosureDay.objects.values_list("date", flat=True))
    )


def from_setting(configured) -> set[date]:
    """COUNCIL_CLOSURE_DAYS as dates (the records' first value). The setting comes from a comma-separated
    environment variable, so "2024-12-27, 2024-12-30" arrives with a space before the second date: a closure
    day must not be silently ignored for that (or for being given as a date rather than a string)."""
    days = set()
    for value in configured:
        if isinstance(value, date):
            days.add(value)
        elif str(value).strip():
            days.add(date.fromisoformat(str(value).strip()))
    return days


def connect() -> None:
    """A closure day added, changed or removed makes the kept ones old (called when the app is ready)."""
    from .models import ClosureDay

    post_save.connect(CLOSURE_DAYS.forget, sender=ClosureDay, dispatch_uid="closure_days.saved")
    post_delete.connect(CLOSURE_DAYS.forget, sender=ClosureDay, dispatch_uid="closure_days.deleted")
