"""Questions put at the meeting (Question Time, and members' questions under Standing Orders), as minutes set
them out (seed 003 lines 97-153):

    Question asked by Mrs Sue Whiting:            → the questioner
    “Could the Chair please state: / a) … b) …”   → the question, in lettered parts
    Response by the Chairman:                     → who answered in writing, then the response
    Mrs Whiting asked the following supplementary question:
    “…”                                            → the supplementary question
    At the invitation of the Chairman, the Director of Children and Family Services responded that …
                                                   → who answered it, and the answer

Other councils write "Question from …", "Reply:", "Supplementary question:", "… replied that …"."""

import re

from .model import ParsedPart, ParsedQuestion
from .names import fold, parse_name
from .text import Block, paragraphs

QUESTION = re.compile(
    r"^(?:(?:Public\s+|Written\s+)?Question|QUESTION)(?:\s+(?:No\.?\s*)?\d+)?\s*(?:[:–-]\s*)?"
    r"(?:asked\s+by|from|by|submitted\s+by|received\s+from)\s+(?P<who>[^:“\"?!]{1,80}?)\s*(?::\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
ASKED = re.compile(r"^(?P<who>[^:?!]{1,80}?)\s+asked\s+the\s+following\s+question\s*:?\s*(?P<rest>.*)$")
RESPONSE = re.compile(
    r"^(?:(?:Written\s+)?(?:Response|Reply|Answer))(?:\s+(?:by|from|of)\s+(?P<who>[^:.?!]{1,80}?))?\s*:\s*(?P<rest>.*)$|"
    r"^(?P<who2>The\s+[^:,.?!]{1,80}?)\s+(?:responded|replied|answered|gave\s+the\s+following\s+(?:response|reply))"
    r"(?:\s+as\s+follows)?\s*:\s*(?P<rest2>.*)$",
    re.IGNORECASE,
)
SUPPLEMENTARY = re.compile(
    r"^(?:(?P<who>[^:?!]{1,80}?)\s+asked\s+(?:the\s+following\s+|a\s+)?supplementary\s+questions?|"
    r"Supplementary\s+questions?(?:\s+(?:by|from)\s+(?P<who2>[^:.?!]{1,80}?))?)\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
ANSWERED = re.compile(
    r"^(?:(?:At|On)\s+the\s+invitation\s+of\s+the\s+(?:Chair(?:man|woman|person)?|Leader|Mayor)\s*,\s*|In\s+response\s*,\s*)?"
    r"(?P<who>(?:the\s+)?[A-Z][^,.:]{0,80}?)\s+(?:responded|replied|answered|explained|advised|confirmed|stated|said)\b"
)
MEMBERS = re.compile(r"\bmembers?\b|\bcouncillors?\b", re.IGNORECASE)


def is_speaker(who: str) -> bool:
    """A label's speaker is a name or a post, not a paragraph that happens to end in the label's words."""
    return len(who.split()) <= 8 and not re.search(
        r"[.?!]\s+[A-Z]", re.sub(r"\b(?:Mrs?|Ms|Dr|[A-Z])\.", "", who)
    )


def is_question_start(text: str) -> bool:
    start = QUESTION.match(text) or ASKED.match(text)
    return bool(start and is_speaker(start["who"]))


def parse_questions(
    blocks: list[Block], *, minute: int | None, heading: str
) -> tuple[list[ParsedQuestion], set[int]]:
    """The questions in a minute's blocks, and the blocks (by first line) they took."""
    questions: list[ParsedQuestion] = []
    taken: set[int] = set()
    current: ParsedQuestion | None = None
    part = ""
    gathered: dict[str, list[Block]] = {}
    by_members = bool(MEMBERS.search(heading)) and "public" not in heading.lower()

    def finish():
        if current is None:
            return
        for name, found in gathered.items():
            setattr(current, name, paragraphs(found))
        current.parts = _parts(gathered.get("question", []))
        current.response_parts = _parts(gathered.get("response", []))
        current.supplementary_parts = _parts(gathered.get("supplementary_question", []))
        last = max([current.lines[1], *(block.last for found in gathered.values() for block in found)])
        current.lines = (current.lines[0], last)
        if not current.response:
            current.doubts.append("no response to this question was found")
        questions.append(current)

    for block in blocks:
        text = block.text
        start = QUESTION.match(text) or ASKED.match(text)
        if start and is_speaker(start["who"]):
            finish()
            who = start["who"].strip()
            name = parse_name(who)
            current = ParsedQuestion(questioner=who, minute=minute, lines=block.span)
            current.by_member = by_members or bool(name and name.is_councillor)
            gathered = {}
            part = "question"
            if start["rest"]:
                gathered.setdefault(part, []).append(_rest(block, start["rest"]))
            taken.add(block.first)
            continue
        if current is None:
            continue
        response = RESPONSE.match(text)
        supplementary = SUPPLEMENTARY.match(text)
        if response and part in ("question",):
            part = "response"
            current.answered_by = (response["who"] or response["who2"] or "").strip()
            rest = response["rest"] or response["rest2"]
            if rest:
                gathered.setdefault(part, []).append(_rest(block, rest))
        elif supplementary and part in ("question", "response") and is_speaker(supplementary["who"] or "x"):
            part = "supplementary_question"
            current.supplementary_by = (supplementary["who"] or supplementary["who2"] or "").strip()
            asker, questioner = parse_name(current.supplementary_by), parse_name(current.questioner)
            if asker and questioner and fold(asker.family) != fold(questioner.family):
                current.doubts.append(f"the supplementary question is asked by {current.supplementary_by}")
            if supplementary["rest"]:
                gathered.setdefault(part, []).append(_rest(block, supplementary["rest"]))
        elif part == "supplementary_question" and gathered.get(part) and ANSWERED.match(text):
            part = "supplementary_answer"
            current.supplementary_answered_by = ANSWERED.match(text)["who"].strip()
            gathered.setdefault(part, []).append(block)
        else:
            gathered.setdefault(part, []).append(block)
        taken.add(block.first)
    finish()
    return questions, taken


def _rest(block: Block, rest: str) -> Block:
    """What follows a label on its line ("Question from Mr A Brown: Could …"), as a block of its own."""
    return Block(block.first, block.last, rest.strip(), block.lines, None, rest.strip())


def _parts(blocks: list[Block]) -> list[ParsedPart]:
    """The lettered parts ("a) …", "(b) …"), each with the paragraphs after it up to the next."""
    parts: list[ParsedPart] = []
    for block in blocks:
        if block.marker and block.marker.is_letter and not block.marker.is_number:
            parts.append(ParsedPart(block.marker.label, block.body))
        elif parts:
            parts[-1].text += "\n\n" + block.text
    return parts
