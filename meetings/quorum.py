"""How many members make a meeting quorate. Standing orders commonly set a quarter of the voting members
(LGA 1972 Sch. 12 para. 6 for full Council) and never fewer than a minimum; the committee's type may set its
own (committee types), the settings being the defaults."""

from math import ceil

from django.conf import settings


def quorum(meeting, *, members: int) -> int:
    """The members who must be present at `meeting` of a committee of `members` voting members."""
    fraction = settings.QUORUM_FRACTION
    minimum = settings.QUORUM_MINIMUM
    return min(members, max(minimum, ceil(members * fraction))) if members else 0


def is_quorate(meeting, *, members: int, present: int) -> bool:
    return present >= quorum(meeting, members=members)
