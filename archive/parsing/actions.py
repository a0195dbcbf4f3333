"""Actions: what an officer is to do for the committee (domain.md, "Action"), with its owner as printed.

From a resolution that requests information: "That the Director of Adults and Communities be requested to
provide the Committee with …": the owner is who is requested.

From the discussion, a promise: "The Director agreed to respond to concerns … outside of the meeting",
"… stated that she would provide this figure to members after the meeting", "officers undertook to
circulate …"; or an answer that could not be given: "The Director did not have the breakdown … to report to
the meeting" (implied, so with a doubt: the clerk decides whether it is an action).

The owner is the sentence's subject; "she" or "he" is the officer the sentence names earlier ("The Head of
Service stated that she would …"); "the Director" alone is the director the same minute named in full."""

import re

from .model import ParsedAction, ParsedResolution, Span
from .text import sentences

# A post, as minutes name officers: "the Director of Housing", "the Chief Finance Officer", "officers".
OFFICER = (
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
    r"(?:Director|Head|Chief\s+Executive|Officer|Manager|Lead|Member|Holder|Clerk|Treasurer|officers?)"
    r"(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:and|&|of|the|for|(?-i:[A-Z])[\w'’-]*))*)?"
)
REQUESTED = re.compile(
    rf"(?:^|\b(?:that|and)\s+)(?P<owner>{OFFICER})\s+(?:be|is|are)\s+(?:requested|asked|invited|instructed)\s+to\s+|"
    rf"^(?:That\s+(?:the\s+\w+\s+)?)?(?:to\s+)?(?:ask|asks|request|requests)\s+(?P<owner2>{OFFICER})\s+to\s+",
    re.I,
)
PROMISE = re.compile(
    r"\b(?P<verb>agreed|undertook|offered|promised|committed|would|will)\s+(?:to\s+)?(?:(?:also|further|then)\s+)?"
    r"(?P<what>provide|circulate|send|share|supply|report\s+back|respond|write\s+to|look\s+into|investigate|"
    r"confirm|clarify|forward|email|e-mail|update\s+members|update\s+the\s+committee|arrange|check|find\s+out|"
    r"follow\s+up|liaise|bring\s+a\s+report|report\s+to\s+a\s+future)\b",
    re.I,
)
# "would provide" promises only when it says when or to whom; "agreed to provide" always does.
FIRM_VERBS = {"agreed", "undertook", "offered", "promised", "committed"}
WHEN_OR_WHOM = re.compile(
    r"\b(?:after|outside(?:\s+of)?|following|before)\s+the\s+(?:meeting|next\s+meeting)|\bto\s+(?:members|the\s+committee|"
    r"all\s+members|the\s+member)\b|\bin\s+due\s+course\b|\bby\s+email\b|\bat\s+a\s+(?:future|later)\s+(?:date|meeting)\b",
    re.I,
)
NOT_TO_HAND = re.compile(
    r"\b(?:did\s+not|does\s+not|didn't)\s+have\s+(?:the|that|this|those|these|any)?\s*(?:information|figures?|data|"
    r"breakdown|details?|answer|numbers?)\b",
    re.I,
)
DUE = re.compile(
    r"\b(?:before|by|for|to)\s+the\s+next\s+meeting\b|\b(?:after|following|outside(?:\s+of)?)\s+the\s+meeting\b|"
    r"\bin\s+due\s+course\b|\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?",
    re.I,
)
PRONOUN = re.compile(r"^(?:he|she|they|it)$", re.I)
LEAD_IN = re.compile(
    r"^(?:In\s+response(?:\s+to\s+[^,]+)?|However|Furthermore|Additionally|Also|Further|In\s+addition)\s*,\s*",
    re.I,
)
# Who a sentence is about: its subject, before what they said or undertook.
SUBJECT = re.compile(
    rf"(?:^|\b(?:that|and)\s+)(?P<owner>{OFFICER}|he|she|they)\s+(?:\w+\s+){{0,2}}?"
    r"(?:agreed|undertook|offered|promised|committed|would|will|did\s+not|does\s+not|stated|confirmed|advised|"
    r"replied|responded|explained|said|reported|assured)\b",
    re.I,
)


def from_resolution(resolution: ParsedResolution, minute: int | None) -> ParsedAction | None:
    found = REQUESTED.search(resolution.text)
    if resolution.kind != "request_for_information" or not found:
        if resolution.kind == "request_for_information":
            return ParsedAction(
                resolution.text,
                "",
                "resolution",
                minute,
                resolution.letter,
                _due(resolution.text),
                lines=resolution.lines,
                doubts=["a request for information, but who is asked is not printed"],
            )
        return None
    owner = (found["owner"] or found["owner2"]).strip()
    return ParsedAction(
        resolution.text,
        owner,
        "resolution",
        minute,
        resolution.letter,
        _due(resolution.text),
        lines=resolution.lines,
    )


def from_discussion(text: str, span: Span, minute: int | None) -> list[ParsedAction]:
    actions = []
    subject = ""
    for sentence in sentences(text):
        named = SUBJECT.search(LEAD_IN.sub("", sentence))
        if named and not PRONOUN.match(named["owner"]):
            subject = named["owner"]
        promise = PROMISE.search(sentence)
        firm = promise and (promise["verb"].lower() in FIRM_VERBS or WHEN_OR_WHOM.search(sentence))
        implied = not firm and NOT_TO_HAND.search(sentence)
        if not (firm or implied):
            continue
        action = ParsedAction(sentence, "", "discussion", minute, due=_due(sentence), lines=span)
        owner = named["owner"] if named else ""
        if owner and PRONOUN.match(owner):
            owner = subject if subject and not PRONOUN.match(subject) else ""
            if owner:
                action.doubts.append(f"“{named['owner']}” taken as {owner}")
        action.owner = owner.strip()
        if not action.owner:
            action.doubts.append("who is to do it is not printed")
        if implied:
            action.doubts.append("implied: an answer not to hand at the meeting; confirm it is an action")
        actions.append(action)
    return actions


def _due(text: str) -> str:
    found = DUE.search(text)
    return found[0] if found else ""
