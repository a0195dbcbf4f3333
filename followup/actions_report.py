"""The report of actions arising, generated for the agenda item of that kind (meetings/generated_papers.py):
each action from the committee's earlier meetings still open, or closed since its last meeting, with its
owner, due date, status and latest response. The packs print it (papers/generated.py).

Two papers: the public one, with the actions anyone may read and the responses the committee accepted; and,
when there are any, the exempt actions in a paper of their own, exempt on their items' ground, which only
the full pack prints."""

from django.db.models import Prefetch

from meetings.generated_papers import Entry, GeneratedPaper, add_writer
from meetings.models import AgendaItem, Schedule12AParagraph

from .models import Action, ActionResponse

TITLE = "Actions arising from previous meetings"
EXEMPT_TITLE = "Actions arising from previous meetings: exempt actions"
# An action made exempt by hand (raised by Democratic Services, not from an exempt minute) records no
# paragraph: the commonest ground, information about an individual, is printed for it.
DEFAULT_PARAGRAPH = Schedule12AParagraph.INDIVIDUAL


def _entry(action: Action, responses: list[ActionResponse]) -> Entry:
    latest = responses[0] if responses else None
    source = action.source
    if action.minute_id:
        source += f", {action.minute.meeting.date:%-d %B %Y}"
    return Entry(
        heading=f"{action.reference}: {action.description}",
        details=[
            ("From", source),
            ("Owner", action.owner_name),
            ("Due", f"{action.due_date:%-d %B %Y}"),
            ("Status", action.get_status_display() + (" (overdue)" if action.is_overdue_today else "")),
            (
                "Latest response",
                f"{latest.submitted_at:%-d %B %Y}: {latest.text}" if latest else "None yet",
            ),
        ],
    )


def write(item: AgendaItem) -> list:
    meeting = item.meeting
    responses = ActionResponse.objects.order_by("-submitted_at", "-pk")
    actions = list(
        Action.objects.arising_for(meeting)
        .select_related(
            "meeting", "minute__meeting", "minute__agenda_item", "resolution__minute", "owner", "team"
        )
        .prefetch_related(Prefetch("responses", queryset=responses, to_attr="all_responses"))
        .order_by("meeting__start", "minute__number", "pk")
    )
    accepted = ActionResponse.Outcome.ACCEPTED
    # The public read an action once the minutes it arose in are published (Action.objects.visible_to).
    public = [
        _entry(action, [r for r in action.all_responses if r.outcome == accepted])
        for action in actions
        if not action.exempt and (action.meeting is None or action.meeting.minutes_are_published)
    ]
    exempt = [action for action in actions if action.exempt]
    introduction = (
        f"What the {meeting.committee} asked for at earlier meetings, and where each request has got to: the "
        "actions still open, and those closed since the last meeting."
    )
    if not public:
        introduction += " No actions are outstanding from previous meetings."
    papers = [GeneratedPaper(TITLE, introduction, public)]
    if exempt:
        paragraphs = sorted(
            {a.minute.agenda_item.exempt_paragraph for a in exempt if a.minute_id and a.minute.agenda_item_id}
            - {None}
        )
        papers.append(
            GeneratedPaper(
                EXEMPT_TITLE,
                "The actions arising from items the committee took in private, with every response.",
                [_entry(action, action.all_responses) for action in exempt],
                exempt_paragraph=paragraphs[0] if paragraphs else DEFAULT_PARAGRAPH,
            )
        )
    return papers


add_writer(AgendaItem.Kind.ACTIONS_ARISING, write)
