"""Votes and ballots as minutes record them.

A vote: "It was moved by Councillor T Eynon, seconded by Councillor M Blair-Park, and RESOLVED"; "5 For,
0 Against, 1 Abstention"; "For the recommendation: Councillors E L Bamford, R G Boyce and C P Morley.
Against the recommendation: … Abstention: There were none"; "The motion was put to the vote and declared
LOST"; "RESOLVED (unanimously)". A named list's count "(7)" is checked against its names.

A ballot chooses between candidates for an office: "a secret ballot was taken … Matthew Richardson 3,
Julian Malins 3"; "there were 25 votes for Councillor Sherlock and 10 votes for Councillor Fishwick";
"Councillor Bell was therefore elected Chairman"."""

import re

from .model import ParsedBallot, ParsedCandidate, ParsedVote
from .names import PERSON, PERSON_TITLE, split_names
from .text import Block

NUMBER = r"(?P<{}>\d{{1,3}}|no|none|nil)"
COUNTS = {
    "votes_for": [
        re.compile(
            NUMBER.format("n")
            + r"\s+(?:votes?\s+)?(?:were\s+)?(?:cast\s+)?(?:for|in\s+favour)\b(?!\s+(?:Councillor|Cllr))",
            re.I,
        ),
        re.compile(r"\b(?:for|in\s+favour)\s*[:–-]\s*" + NUMBER.format("n") + r"\b", re.I),
    ],
    "votes_against": [
        re.compile(NUMBER.format("n") + r"\s+(?:votes?\s+)?(?:were\s+)?(?:cast\s+)?against\b", re.I),
        re.compile(r"\bagainst\s*[:–-]\s*" + NUMBER.format("n") + r"\b", re.I),
    ],
    "abstentions": [
        re.compile(NUMBER.format("n") + r"\s+abstentions?\b", re.I),
        re.compile(r"\babstentions?\s*[:–-]\s*" + NUMBER.format("n") + r"\b", re.I),
    ],
}
NAMED = re.compile(
    r"^(?P<label>For|Against|Abstain(?:ed|ing)?|Abstentions?|Votes?\s+for|In\s+favour)"
    r"(?:\s+(?:the\s+)?(?:recommendation|motion|amendment|proposal))?\s*[:–-]\s*(?P<names>.*)$",
    re.I,
)
NONE = re.compile(r"^(?:there\s+(?:were|was)\s+)?(?:none|nil|no\s*one|nobody)\.?$", re.I)
COUNT_AFTER = re.compile(r"\s*\((?P<count>\d{1,3})\)\s*\.?$")
OUTCOME = re.compile(
    r"\b(?:was|were|declared|being)\s+(?:therefore\s+|duly\s+)?(?:declared\s+)?(?P<outcome>carried|lost|defeated|not\s+carried|fell)\b|"
    r"^(?P<alone>CARRIED|LOST|Carried|Lost)\.?$|\b(?:motion|amendment|recommendation|proposal)\s+(?P<fell>fell)\b",
    re.I,
)
MOVED = re.compile(
    rf"\b(?:moved|proposed)\s+by\s+(?P<mover>{PERSON_TITLE}\s+[A-Z][\w.'’ -]{{0,60}}?)\s*,?\s*"
    rf"(?:and\s+)?seconded\s+by\s+(?P<seconder>{PERSON})",
)
MOTION = re.compile(
    r"^(?P<motion>(?:An?|The)\s+(?:amendment|motion|proposal|recommendation)\b.*?)\s+(?:was|were)\s+"
    r"(?:moved|proposed|put)\b|\bvote\s+was\s+taken\s+on\s+(?P<on>(?:the\s+)?(?:motion|amendment|recommendation|"
    r"proposal)\b[^:.]*)"
)
TO_THE_VOTE = re.compile(
    r"\b(?:put\s+to\s+(?:the\s+|a\s+)?(?:recorded\s+)?vote|voting\s+was\s+as\s+follows|recorded\s+vote|on\s+being\s+put)\b",
    re.I,
)
UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
BALLOT = re.compile(r"\bballot\b", re.I)
SECRET = re.compile(r"\bsecret\s+ballot\b", re.I)
VOTES_FOR_CANDIDATE = re.compile(rf"\b(?P<votes>\d{{1,3}})\s+votes?\s+for\s+(?P<name>{PERSON})")
CANDIDATE_LINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’ -]{2,60}?)\s*[\t:–-]?\s*(?P<votes>\d{1,3})(?:\s+votes?)?$"
)
ELECTED = re.compile(
    rf"(?P<name>{PERSON_TITLE}?\s*[A-Z][\w.'’ -]{{0,60}}?)\s+(?:was|be)\s+(?:duly\s+|therefore\s+)?"
    r"(?:elected|appointed)\b"
)
BY_LOT = re.compile(r"\bby\s+lot\b", re.I)


def is_vote(text: str) -> bool:
    counted = sum(any(pattern.search(text) for pattern in patterns) for patterns in COUNTS.values())
    return bool(
        counted >= 2
        or NAMED.match(text)
        or OUTCOME.search(text)
        or MOVED.search(text)
        or TO_THE_VOTE.search(text)
    )


def is_ballot(text: str) -> bool:
    return bool(BALLOT.search(text) or VOTES_FOR_CANDIDATE.search(text) or CANDIDATE_LINE.match(text))


def read_vote(blocks: list[Block]) -> ParsedVote:
    vote = ParsedVote(lines=(blocks[0].first, blocks[-1].last))
    label = None
    for block in blocks:
        text = block.text
        motion = MOTION.search(text)
        if motion and not vote.motion:
            vote.motion = (motion["motion"] or motion["on"]).strip()
        moved = MOVED.search(text)
        if moved:
            vote.mover, vote.seconder = moved["mover"].strip(), moved["seconder"].strip()
        named = NAMED.match(text)
        if named:
            label = _label(named["label"])
            _named(vote, label, named["names"])
        elif label and not OUTCOME.search(text) and not TO_THE_VOTE.search(text):
            _named(vote, label, text)  # the names on the line after their label
            label = None
        for field, patterns in COUNTS.items():
            for pattern in patterns:
                found = pattern.search(text)
                if found and getattr(vote, field) is None and not named:
                    setattr(vote, field, _number(found["n"]))
        outcome = OUTCOME.search(text)
        if outcome:
            word = (outcome["outcome"] or outcome["alone"] or outcome["fell"]).lower()
            vote.outcome = "carried" if word == "carried" else "lost"
        vote.unanimous = vote.unanimous or bool(UNANIMOUS.search(text))
    return vote


def _label(printed: str) -> str:
    printed = printed.lower()
    if printed.startswith(("for", "in favour", "vote")):
        return "for"
    return "against" if printed.startswith("against") else "abstaining"


def _named(vote: ParsedVote, label: str, text: str):
    count = COUNT_AFTER.search(text)
    text = text[: count.start()] if count else text
    if NONE.match(text.strip()):
        names = []
    else:
        names = split_names(text)
        if names is None:
            vote.doubts.append(f"the names {label} could not be read: “{text.strip()}”")
            return
    getattr(vote, f"named_{label}").extend(names)
    total = {"for": "votes_for", "against": "votes_against", "abstaining": "abstentions"}[label]
    setattr(vote, total, len(getattr(vote, f"named_{label}")))
    if count and int(count["count"]) != len(names):
        vote.doubts.append(f"{count['count']} printed {label}, but {len(names)} named")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0


def read_ballot(blocks: list[Block], office: str) -> ParsedBallot:
    ballot = ParsedBallot(office=office, lines=(blocks[0].first, blocks[-1].last))
    for block in blocks:
        text = block.text
        ballot.secret = ballot.secret or bool(SECRET.search(text))
        for found in VOTES_FOR_CANDIDATE.finditer(text):
            ballot.candidates.append(ParsedCandidate(found["name"].strip(), int(found["votes"])))
        line = CANDIDATE_LINE.match(text)
        if line and split_names(line["name"]):
            ballot.candidates.append(ParsedCandidate(line["name"].strip(), int(line["votes"])))
        for pattern in COUNTS["abstentions"]:
            found = pattern.search(text)
            if found:
                ballot.abstentions = _number(found["n"])
        elected = ELECTED.search(text)
        if elected and split_names(elected["name"].strip()):
            ballot.elected = elected["name"].strip()
    if not ballot.candidates:
        ballot.doubts.append("a ballot, but the votes for each candidate could not be read")
    if len({candidate.votes for candidate in ballot.candidates}) == 1 and len(ballot.candidates) > 1:
        decided = "by lot" if any(BY_LOT.search(block.text) for block in blocks) else "how is not printed"
        ballot.doubts.append(f"the candidates tied: decided {decided}")
    return ballot
