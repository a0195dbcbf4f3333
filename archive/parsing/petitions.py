"""Petitions presented to the meeting: "A petition containing 1,542 signatures was presented by Mrs A Brown,
the lead petitioner, asking the Council to …". "No petitions had been received" is none."""

import re

from .model import ParsedPetition
from .names import PERSON
from .text import Block

PETITION = re.compile(r"\bpetition\b", re.I)
NO_PETITIONS = re.compile(
    r"\bno\s+petitions?\b|\bpetitions?\s+(?:had\s+been|were)\s+not\b|\bthere\s+were\s+no\b", re.I
)
SIGNATURES = re.compile(r"\b(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s+(?:signatures|signatories|names)\b", re.I)
LEAD = re.compile(
    rf"(?P<who>{PERSON}),?\s+(?:the\s+)?lead\s+petitioner|lead\s+petitioner,?\s+(?P<who2>{PERSON})", re.I
)
PRESENTED = re.compile(rf"\b(?:presented|submitted)\s+by\s+(?P<who>{PERSON})")
PRAYER = re.compile(
    r"\b(?:asking|calling\s+on|requesting|which\s+(?:asked|called\s+on|requested))\s+(?P<prayer>[^.]+\.)",
    re.I,
)


def parse_petition(block: Block, minute: int | None) -> ParsedPetition | None:
    text = block.text
    if not PETITION.search(text) or NO_PETITIONS.search(text):
        return None
    if not (SIGNATURES.search(text) or LEAD.search(text) or PRESENTED.search(text) or PRAYER.search(text)):
        return None  # mentions a petition, but presents none ("the petition scheme")
    petition = ParsedPetition(text=text, minute=minute, lines=block.span)
    signatures = SIGNATURES.search(text)
    if signatures:
        petition.signatures = int(signatures["count"].replace(",", ""))
    lead = LEAD.search(text)
    if lead:
        petition.lead_petitioner = (lead["who"] or lead["who2"]).strip()
    presented = PRESENTED.search(text)
    if presented:
        petition.presented_by = presented["who"].strip()
    prayer = PRAYER.search(text)
    if prayer:
        petition.prayer = prayer["prayer"].strip()
    for value, missing in (
        (petition.lead_petitioner or petition.presented_by, "who presented it"),
        (petition.prayer, "what it asks"),
        (petition.signatures, "how many signed it"),
    ):
        if not value:
            petition.doubts.append(f"{missing} is not printed")
    return petition
