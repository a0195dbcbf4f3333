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
        _apply(member, people.match(member.name))
    for record in meeting.attendance:
        _apply(record, people.match(record.name))
    for declaration in meeting.declarations:
        _apply(declaration, people.match(declaration.member))
    chair = next((record.person for record in meeting.attendance if record.in_chair and record.person), "")
    for question in meeting.questions:
        if question.by_member:
            question.person, doubts = _name(people.match(question.questioner))
            question.doubts += doubts
        question.answered_by_person, doubts = _speaker(
            question.answered_by, people, chair, _context(meeting, question.minute)
        )
        question.doubts += doubts
        question.supplementary_answered_by_person, doubts = _speaker(
            question.supplementary_answered_by, people, chair, _context(meeting, question.minute)
        )
        question.doubts += doubts
    for action in meeting.actions:
        if action.owner:
            action.person, doubts = _speaker(action.owner, people, chair, _context(meeting, action.minute))
            action.doubts += doubts


def _apply(record, match: Match):
    record.person = match.person
    record.doubts += match.doubts


def _name(match: Match) -> tuple[str, list[str]]:
    return match.person, match.doubts


def _speaker(printed: str, people: People, chair: str, context: str) -> tuple[str, list[str]]:
    """Who spoke or is to act: a chair, a post, or a name."""
    if not printed:
        return "", []
    if CHAIR.match(printed):
        return (chair, []) if chair else ("", ["who was in the chair is not recorded"])
    by_title = people.by_title(printed)
    if by_title.person:
        return by_title.person, []
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
            return name, [f"“{printed}” taken as the {title}, whom the minute names"]
    by_name = people.match(printed)
    if by_name.person:
        return by_name.person, []
    return "", by_title.doubts


def _context(meeting: ParsedMeeting, number: int | None) -> str:
    """Everything a minute says, questions included."""
    minute = next((m for m in meeting.minutes if m.number == number), None)
    parts = [
        question.supplementary_answer + " " + question.response
        for question in meeting.questions
        if question.minute == number
    ]
    if minute:
        parts += [
            minute.text,
            *(p.text for p in minute.discussion_points),
            *(r.text for r in minute.resolutions),
        ]
    return " ".join(parts)
