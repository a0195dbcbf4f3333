"""What goes into the search index for each kind of record: its words, where it links to, and the facts that
decide who may find it (committee, exempt, published). The rules of who sees what are scrutiny.access's;
here they are only copied onto the row, from the same fields the pages use."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils import timezone

from followup.models import Action, ActionResponse
from indicators.models import Indicator
from meetings.models import AgendaItem, Document, MemberQuestion, Minute, PublicQuestion, Resolution

from .models import Kind

# Characters search.query uses to mark matches in PostgreSQL's snippets; never let a record supply them.
MARK_START, MARK_END = "\x02", "\x03"
# Text beyond this is not indexed: PostgreSQL refuses a tsvector over 1 MB, and no reader needs a snippet
# from page 400 of a pack to find it.
MAX_BODY_CHARS = 500_000
_UNINDEXABLE = str.maketrans("", "", "\x00" + MARK_START + MARK_END)
# What a match counts for, against the same match in a report or the record of a meeting (1). An appendix
# supports its report, often as a table repeating the words the report discusses; an indicator's name labels
# a figure that the performance reports discuss. Both still come first when they alone hold the words.
APPENDIX_WEIGHT = 0.8
INDICATOR_WEIGHT = 0.5


def clean(text: str) -> str:
    return (text or "").translate(_UNINDEXABLE).strip()


def paragraphs(*parts: str) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


@dataclass(frozen=True)
class Source:
    """How one model is indexed."""

    kind: Kind
    model: type[models.Model]
    # The queryset to build entries from, with what `entry` reads fetched in the same few queries.
    rows: Callable[[models.QuerySet], models.QuerySet]
    # The entry's fields, from one row.
    entry: Callable[[models.Model], dict]
    # From the model to its meeting, to re-index a meeting's records when the meeting changes.
    meeting_path: str | None


def _meeting_fields(meeting) -> dict:
    return {"committee_id": meeting.committee_id, "meeting_id": meeting.pk, "date": meeting.date}


def _agenda_item(item: AgendaItem) -> dict:
    meeting = item.meeting
    return {
        **_meeting_fields(meeting),
        "title": item.title,
        "context": f"Agenda item {item.reference}",
        "body": paragraphs(item.summary, f"Report by: {item.report_by}" if item.report_by else ""),
        "url": f"{meeting.get_absolute_url()}#item-{item.reference}",
        "exempt": item.exempt,
        "published": meeting.agenda_is_published,
    }


def _document(document: Document) -> dict:
    item, meeting = document.agenda_item, document.agenda_item.meeting
    extracted = getattr(document, "extracted", None)  # read after upload, in the background
    return {
        **_meeting_fields(meeting),
        "title": document.title,
        "context": f"Agenda item {item.reference}: {item.title}",
        "body": extracted.text if extracted else "",
        "url": document.get_absolute_url(),
        "exempt": document.exempt or item.exempt,
        "published": meeting.agenda_is_published,
        "weight": APPENDIX_WEIGHT if document.kind == Document.Kind.APPENDIX else 1.0,
    }


def _minute_is_exempt(minute: Minute) -> bool:
    return minute.exempt or bool(minute.agenda_item and minute.agenda_item.exempt)


def _minute(minute: Minute) -> dict:
    meeting = minute.meeting
    points = []
    section = ""
    for point in minute.discussionpoints.all():
        if point.section and point.section != section:
            section = point.section
            points.append(section)
        points.append(f"({point.numeral}) {point.text}")
    return {
        **_meeting_fields(meeting),
        "title": minute.heading,
        "context": f"Minute {minute.number}",
        "body": paragraphs(minute.text, *points),
        "url": f"{meeting.get_absolute_url()}#minute-{minute.number}",
        "exempt": _minute_is_exempt(minute),
        "published": meeting.minutes_are_published,
    }


def _resolution(resolution: Resolution) -> dict:
    minute = resolution.minute
    meeting = minute.meeting
    return {
        **_meeting_fields(meeting),
        "title": f"Resolution {resolution.reference}",
        "context": f"Minute {minute.number}: {minute.heading}",
        "body": resolution.text,
        "url": f"{meeting.get_absolute_url()}#resolution-{resolution.pk}",
        "exempt": _minute_is_exempt(minute),
        "published": meeting.minutes_are_published,
    }


def _question_body(question) -> str:
    return paragraphs(
        question.question, question.response, question.supplementary_question, question.supplementary_answer
    )


def _public_question(question: PublicQuestion) -> dict:
    meeting = question.meeting
    return {
        **_meeting_fields(meeting),
        "title": f"Question by {question.questioner}",
        "context": "Question Time",
        "body": _question_body(question),
        # The questions are printed with the minutes, which have no anchor of their own for each question.
        "url": f"{meeting.get_absolute_url()}#minutes",
        "exempt": False,
        # One waiting for Democratic Services' decision, or rejected, is never for the public.
        "published": meeting.minutes_are_published and not question.is_withheld,
    }


def _member_question(question: MemberQuestion) -> dict:
    meeting = question.meeting
    order = f" under Standing Order {question.standing_order}" if question.standing_order else ""
    return {
        **_meeting_fields(meeting),
        "title": f"Question by {question.asked_by.name}",
        "context": f"Question asked by a member{order}",
        "body": _question_body(question),
        "url": f"{meeting.get_absolute_url()}#minutes",
        "exempt": False,
        "published": meeting.minutes_are_published,
    }


def _action(action: Action) -> dict:
    meeting = action.meeting
    # Only the answers the committee accepted: the rest of the log is for those involved (followup.models).
    accepted = [
        response.text
        for response in action.responses.all()
        if response.outcome == ActionResponse.Outcome.ACCEPTED
    ]
    return {
        "committee_id": action.committee_id,
        "meeting_id": action.meeting_id,
        "date": meeting.date if meeting else timezone.localdate(action.created_at),
        "title": f"Action {action.reference}",
        "context": action.source,
        "body": paragraphs(action.description, *accepted),
        "url": action.get_absolute_url(),
        # Its own flag is set when it is raised; a minute made exempt since makes it exempt too.
        "exempt": action.exempt or bool(action.minute and _minute_is_exempt(action.minute)),
        # As Action.objects.visible_to: once the minutes it arose from are published, or raised without them.
        "published": meeting is None or meeting.minutes_are_published,
    }


def _indicator(indicator: Indicator) -> dict:
    committees = list(indicator.committees.all())
    return {
        # Reported to several committees, it belongs to each (SearchEntryQuerySet.for_committee).
        "committee_id": committees[0].pk if len(committees) == 1 else None,
        "meeting_id": None,
        "date": None,
        "title": indicator.name,
        "context": indicator.theme.name,
        "body": indicator.definition,
        "url": indicator.get_absolute_url(),
        "exempt": False,
        "published": True,  # the dashboard and every indicator's page are public
        "weight": INDICATOR_WEIGHT,
    }


SOURCES = [
    Source(
        Kind.AGENDA_ITEM,
        AgendaItem,
        lambda rows: rows.select_related("meeting"),
        _agenda_item,
        "meeting",
    ),
    Source(
        Kind.DOCUMENT,
        Document,
        lambda rows: rows.select_related("agenda_item__meeting", "extracted"),
        _document,
        "agenda_item__meeting",
    ),
    Source(
        Kind.MINUTE,
        Minute,
        lambda rows: rows.select_related("meeting", "agenda_item").prefetch_related("discussionpoints"),
        _minute,
        "meeting",
    ),
    Source(
        Kind.RESOLUTION,
        Resolution,
        lambda rows: rows.select_related("minute__meeting", "minute__agenda_item"),
        _resolution,
        "minute__meeting",
    ),
    Source(
        Kind.PUBLIC_QUESTION,
        PublicQuestion,
        lambda rows: rows.select_related("meeting"),
        _public_question,
        "meeting",
    ),
    Source(
        Kind.MEMBER_QUESTION,
        MemberQuestion,
        lambda rows: rows.select_related("meeting", "asked_by"),
        _member_question,
        "meeting",
    ),
    Source(
        Kind.ACTION,
        Action,
        lambda rows: rows.select_related(
            "meeting", "minute__agenda_item", "resolution__minute"
        ).prefetch_related("responses"),
        _action,
        "meeting",
    ),
    Source(
        Kind.INDICATOR,
        Indicator,
        lambda rows: rows.select_related("theme").prefetch_related("committees"),
        _indicator,
        None,
    ),
]
SOURCE_OF_MODEL = {source.model: source for source in SOURCES}
