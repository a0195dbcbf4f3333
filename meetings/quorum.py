"""How many members make a meeting quorate. Standing orders commonly set a quarter of the voting members
(LGA 1972 Sch. 12 para. 6 for full Council) and never fewer than a minimum: the committee type's rule, the
settings for a committee of no type (scrutiny.committee_rules)."""

from math import ceil

from scrutiny.committee_rules import Rules


def quorum(meeting, *, members: int) -> int:
    """The members who must be present at `meeting` of a committee of `members` voting members (None for a
    meeting: the settings' rule)."""
    rules = meeting.rules if meeting is not None else Rules.from_settings()
    needed = max(rules.quorum_minimum, ceil(members * rules.quorum_fraction))
    return min(members, needed) if members else 0


def is_quorate(meeting, *, members: int, present: int) -> bool:
    return present >= quorum(meeting, members=members)
