"""The people a parse names, matched to the people already known: members and attendees by their name as
printed, officers by their post ("the Director of Children and Family Services"), "the Chairman" by who
was in the chair. A name that cannot be matched keeps its doubt; nothing is matched by guesswork."""

import re

from .model import ParsedMeeting
from .names import Match, People, fold

CHAIR = re.compile(r"^(?:the\s+)?chair(?:man|woman|person)?$", re.I)
POST = re.compile(r"^(?:the\s+)?(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$", re.I)


def match_people(meeting: ParsedMeeting, people: People) -> None:
    if not people:
        return
    for member in meeting.membership:
        _apply(member, "person", people.match(member.name))
    for record in meeting.attendance:
        _apply(record, "person", people.match(record.name))
    for declaration in meeting.declarations:
        _apply(declaration, "person", people.match(declaration.member))
    chair = next((record.person for record in meeting.attendance if record.in_chair and record.person), "")
    context = _Context(meeting)
    for question in meeting.questions:
        if question.by_member:
            _apply(question, "person", people.match(question.questioner))
        for printed, field in (
            (question.answered_by, "answered_by_person"),
            (question.supplementary_answered_by, "supplementary_answered_by_person"),
        ):
            _apply(question, field, _speaker(printed, people, chair, context(question.minute)))
    for action in meeting.actions:
        if action.owner:
            _apply(action, "person", _speaker(action.owner, people, chair, context(action.minute)))


def _apply(record, field: str, match: Match):
    setattr(record, field, match.person)
    record.doubts += match.doubts


def _speaker(printed: str, people: People, chair: str, context: str) -> Match:
    """Who spoke or is to act: a chair, a post, or a name."""
    if not printed:
        return Match()
    if CHAIR.match(printed):
        return Match(chair) if chair else Match(doubts=["who was in the chair is not recorded"])
    by_title = people.by_title(printed)
    if by_title.person:
        return by_title
    post = POST.match(printed)
    if post:
        # "The Director": the one post beginning so that the same minute names in full.
        named = {
            person.name: person.job_title
            for person in people.known
            if person.job_title
            and fold(person.job_title).startswith(fold(post["post"]))
            and fold(person.job_title) in fold(context)
        }
        if len(named) == 1:
            name, title = next(iter(named.items()))
            return Match(name, [f"“{printed}” taken as the {title}, whom the minute names"])
    by_name = people.match(printed)
    return by_name if by_name.person else by_title


class _Context:
    """Everything a minute says, its questions included, by the minute's number."""

    def __init__(self, meeting: ParsedMeeting):
        self.parts: dict[int | None, list[str]] = {}
        for question in meeting.questions:
            self.parts.setdefault(question.minute, []).append(
                f"{question.response} {question.supplementary_answer}"
            )
        for minute in meeting.minutes:
            self.parts.setdefault(minute.number, []).extend(
                [
                    minute.text,
                    *(point.text for point in minute.discussion_points),
                    *(r.text for r in minute.resolutions),
                ]
            )

    def __call__(self, number: int | None) -> str:
        return " ".join(self.parts.get(number, []))
