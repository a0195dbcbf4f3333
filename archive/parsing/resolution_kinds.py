"""A resolution's kind, from its words (domain.md, "Resolution kinds"):

- a request for information from an officer: "That the Director … be requested to provide the Committee
  with …";
- a recommendation or comments to another body: "That the comments now made be forwarded to the Scrutiny
  Commission", "be presented to the Cabinet", anything under "Resolved to RECOMMEND";
- noted: "That the report … be noted";
- a decision: an appointment, an approval, the date of the next meeting (even "It was noted that the next
  meeting … would be held": fixing a date is a decision, whatever the verb).

Checked in that order, the date of the next meeting first. Words that fit none are taken as a decision, with a
doubt saying so."""

import re

NEXT_MEETING = re.compile(
    r"\bnext meeting\b.*\b(?:be|would be|will be|is to be)\s+held\b|\bdate of the next\b", re.I
)
REQUEST = re.compile(
    r"\b(?:to\s+)?(?:ask|asks|request|requests)\s+(?:the\s+)?(?:Director|officers?|Head|Chief|Assistant|Executive|"
    r"Manager)\b[^.;]*?\bto\s+(?:provide|supply|circulate|report|submit|prepare|share|send|give|update)\b|"
    r"\b(?:be|is|are)\s+(?:requested|asked|invited|instructed)\s+to\s+(?:provide|supply|circulate|report|submit|"
    r"prepare|share|send|give|update|bring|investigate|look into|write|respond|confirm|clarify|arrange)\b|"
    r"\brequests?\s+(?:that\s+)?(?:the\s+)?(?:Director|officers?|Head|Chief|Assistant|Executive|Manager)\b",
    re.I,
)
RECOMMEND = re.compile(
    r"\b(?:be|are|is)\s+(?:forwarded|referred|submitted|presented|reported|recommended|commended|sent|"
    r"passed|drawn to the attention of)\s+to\s+(?:the\s+)?"
    r"(?P<body>(?:(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder)\s+for\s+[A-Z][\w&'’ -]{0,60}?|"
    r"[^,;.]{1,120}?)"
    r"(?=\s+(?:for|at|on|with|as|and|that|in|when|before|after|by)\b|[,;.]|$)|"
    r"\brecommends?\s+(?:to\s+)?(?:the\s+)?"
    r"(?P<body2>Cabinet|Council|Executive|Leader|County Council|City Council|Full Council|"
    r"Scrutiny Commission)\b",
    re.I,
)
# Referring something to a later meeting of the committee itself is its own business, not a recommendation.
OWN_BUSINESS = re.compile(
    r"\b(?:this|the)\s+(?:committee|panel|sub-committee)\b|\bfuture meeting\b|\bnext meeting\b", re.I
)
NOTED = re.compile(r"\bbe\s+(?:received\s+and\s+)?noted\b|\bnote[sd]?\b|\bbe received\b", re.I)
DECISION = re.compile(
    r"\b(?:approv|agree|appoint|elect|adopt|endorse|delegat|defer|exclud|confirm|authoris|authoriz|establish|"
    r"reaffirm|accept|reject|refus|grant|amend|set up|withdraw|support|suspend|continue|decide|determin|"
    r"no further action|refer\s+(?:it|the decision)\s+back|"
    r"be presented to (?:a|the) (?:future|next)|be (?:included|added|scheduled))",
    re.I,
)

KINDS = ("noted", "request_for_information", "recommendation", "decision")


def kind_of(
    text: str, *, marker_kind: str | None = None, marker_body: str = ""
) -> tuple[str, str, list[str]]:
    """The kind, the body a recommendation goes to, and doubts."""
    if marker_kind == "recommendation":
        body = marker_body or _body(text)
        return "recommendation", body, ([] if body else ["a recommendation: to whom is not printed"])
    if NEXT_MEETING.search(text):
        return "decision", "", []
    if REQUEST.search(text):
        return "request_for_information", "", []
    body = _body(text)
    if body:
        return "recommendation", body, []
    if NOTED.search(text):
        return "noted", "", []
    if DECISION.search(text):
        return "decision", "", []
    return "decision", "", ["the words fit no kind of resolution: taken as a decision"]


def _body(text: str) -> str:
    for found in RECOMMEND.finditer(text):
        body = (found["body"] or found["body2"] or "").strip()
        if body and not OWN_BUSINESS.search(body):
            return body
    return ""
