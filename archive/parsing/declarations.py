"""Declarations of interest, wherever the minutes record them: "Mr. R. Martin declared a registerable
interest, in respect of agenda item 9, as the Chair of the Leicestershire Parent Carer Forum. He undertook to
not participate in the discussion of that item." (seed 003 line 167).

The kinds are those of the members' code since 2012: disclosable pecuniary, other registerable and
non-registerable. Older or other words ("personal", "prejudicial", "non-pecuniary") are not translated into
one of them: the kind is left blank with a doubt, for the clerk to choose."""

import re

from .model import ParsedDeclaration
from .names import split_names
from .text import Block, sentences

DECLARED = re.compile(
    r"^(?P<who>.+?)\s+(?:each\s+|both\s+)?declared\s+(?:an?\s+|the\s+following\s+|their\s+|his\s+|her\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,3}?)interests?\b(?P<rest>.*)$",
    re.IGNORECASE,
)
KINDS = [
    (re.compile(r"^disclosable\s+pecuniary$"), "disclosable_pecuniary", ""),
    (re.compile(r"^(?:other\s+)?regist(?:e)?rable$"), "registerable", ""),
    (re.compile(r"^non[- ]regist(?:e)?rable$"), "non_registerable", ""),
    (
        re.compile(r"^pecuniary$"),
        "disclosable_pecuniary",
        "printed “pecuniary”: taken as disclosable pecuniary",
    ),
]
ITEM = re.compile(r"\b(?:agenda\s+)?items?\s+(?:no\.?\s*)?(?P<item>\d{1,3})(?P<sub>\(\w+\))?", re.IGNORECASE)
MINUTE = re.compile(r"\bminute\s+(?:no\.?\s*)?(?P<minute>\d{1,4})", re.IGNORECASE)
WITHDREW = re.compile(
    r"\b(?:left\s+the\s+(?:room|meeting|chamber)|leave\s+the\s+(?:room|meeting|chamber)|withdrew|withdraw|"
    r"(?:took|take|taking)\s+no\s+part|not\s+(?:to\s+)?(?:participate|take\s+part|vote|speak)|to\s+not\s+participate|"
    r"did\s+not\s+(?:participate|take\s+part|vote|speak))",
    re.IGNORECASE,
)
NONE_DECLARED = re.compile(
    r"\bno\s+(?:declarations?|interests?)\b|\bnone\s+(?:were\s+)?declared\b", re.IGNORECASE
)


def parse_declarations(block: Block, *, minute: int | None, item: int | None) -> list[ParsedDeclaration]:
    """The declarations in a paragraph: each with the sentences that follow it, up to the next."""
    said = sentences(block.text)
    starts = [index for index, sentence in enumerate(said) if DECLARED.match(sentence)]
    found = []
    for position, index in enumerate(starts):
        sentence = said[index]
        following = starts[position + 1] if position + 1 < len(starts) else len(said)
        text = block.text if len(starts) == 1 else " ".join(said[index:following])
        match = DECLARED.match(sentence)
        names = split_names(
            re.sub(r"^(?:At this point|At this stage|In respect of [^,]+),\s*", "", match["who"])
        )
        if not names:
            continue  # not a member declaring ("The Chairman invited members … to declare")
        kind, printed, doubts = _kind(match["kind"])
        item_found = ITEM.search(match["rest"]) or ITEM.search(text)
        minute_found = MINUTE.search(match["rest"])
        for name in names:
            declaration = ParsedDeclaration(
                member=name,
                kind=kind,
                kind_as_printed=printed,
                minute=minute,
                text=text,
                withdrew=bool(WITHDREW.search(text)),
                lines=block.span,
                doubts=list(doubts),
            )
            if item_found:
                declaration.agenda_item = int(item_found["item"])
                declaration.item_as_printed = item_found[0].strip()
            elif minute_found:
                declaration.item_as_printed = minute_found[0].strip()
                declaration.doubts.append(
                    f"declared in respect of {minute_found[0].strip()}: its agenda item is not printed"
                )
            elif item is not None:
                declaration.agenda_item = item
                declaration.doubts.append("no item is printed: taken as this minute's item")
            else:
                declaration.doubts.append("the item it concerns is not printed")
            found.append(declaration)
    return found


def _kind(words: str) -> tuple[str, str, list[str]]:
    printed = " ".join(words.lower().split())
    for pattern, kind, doubt in KINDS:
        if pattern.match(printed):
            return kind, printed, [doubt] if doubt else []
    if not printed:
        return "", "", ["the kind of interest is not printed: choose it"]
    return (
        "",
        printed,
        [f"printed “{printed} interest”, not one of the three kinds since 2012: choose the kind"],
    )
