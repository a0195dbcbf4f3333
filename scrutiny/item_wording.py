"""The wording of a committee type's standard agenda items, with placeholders filled in when the items are
added to an agenda: "Minutes of {previous_meeting}." becomes "Minutes of the meeting held on 23 January
2024." (or "Minutes of the previous meeting." at a committee's first meeting)."""

import re
import string
from datetime import date

from django.core.exceptions import ValidationError

PLACEHOLDERS = {
    "previous_meeting": 'the committee\'s last meeting: "the meeting held on 23 January 2024", or "the '
    'previous meeting" when there is none',
    "committee": "the committee's name",
}


def placeholders_in(wording: str) -> list[str | None]:
    """What is written between each pair of braces, in order; None for a brace left alone."""
    try:
        return [
            name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            for _, name, spec, conversion in string.Formatter().parse(wording)
            if name is not None
        ]
    except ValueError:  # a brace opened and never closed, or closed and never opened
        return [None]


def check(wording: str) -> None:
    unknown = [name for name in placeholders_in(wording) if name not in PLACEHOLDERS]
    if unknown:
        allowed = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        named = ", ".join(f"{{{name}}}" for name in unknown if name) or "a lone { or }"
        raise ValidationError(
            f"The wording uses {named}, which is not a placeholder. The placeholders are {allowed}.",
            code="unknown_placeholder",
        )


def fill(wording: str, *, previous_meeting_on: date | None, committee: str) -> str:
    previous = (
        f"the meeting held on {previous_meeting_on:%-d %B %Y}"
        if previous_meeting_on
        else "the previous meeting"
    )
    return wording.format(previous_meeting=previous, committee=committee)


def matcher(wording: str) -> re.Pattern:
    """Matches the item however its placeholders were filled (the previous meeting was another, or none), so
    that an item already on the agenda is not added again."""
    pattern = "".join(
        re.escape(text) + (".+?" if name is not None else "")
        for text, name, _, _ in string.Formatter().parse(wording)
    )
    return re.compile(pattern + r"\Z")
