"""An action's timeline: when it was raised, every change Democratic Services made to it (from its history),
and every response with what became of it. The public sees only what the committee accepted."""

from dataclasses import dataclass
from datetime import datetime

from scrutiny import access
from scrutiny.models import Person, Team

from .models import Action, ActionResponse

# Changes worth a line of their own; status moves show through the responses that caused them.
DESCRIBED_FIELDS = {
    "description": "What was asked changed",
    "due_date": "Due date changed",
    "owner": "Officer changed",
    "team": "Team changed",
}


@dataclass
class Event:
    when: datetime
    title: str
    who: str = ""
    text: str = ""
    response: ActionResponse | None = None


def _changes(action: Action) -> list[Event]:
    records = list(
        action.history.select_related("history_user__person").order_by("history_date", "history_id")
    )
    if not records:
        return []
    events = [Event(records[0].history_date, "Action raised", access.name_of(records[0].history_user))]
    changed = [
        (old, new, new.diff_against(old).changes) for old, new in zip(records, records[1:], strict=False)
    ]
    people = Person.objects.in_bulk(
        {
            value
            for _, _, changes in changed
            for c in changes
            if c.field == "owner"
            for value in (c.old, c.new)
        }
        - {None}
    )
    teams = Team.objects.in_bulk(
        {value for _, _, changes in changed for c in changes if c.field == "team" for value in (c.old, c.new)}
        - {None}
    )
    names = {"owner": people, "team": teams}
    for _, record, changes in changed:
        for change in changes:
            if change.field in DESCRIBED_FIELDS:
                new = change.new
                if change.field in names:
                    new = names[change.field].get(new, "nobody")
                events.append(
                    Event(
                        record.history_date,
                        DESCRIBED_FIELDS[change.field],
                        access.name_of(record.history_user),
                        f"Now: {new}",
                    )
                )
            elif change.field == "status" and change.new == Action.Status.WITHDRAWN:
                events.append(
                    Event(
                        record.history_date,
                        "Action withdrawn",
                        access.name_of(record.history_user),
                        record.withdrawn_reason,
                    )
                )
    return events


def _responses(responses) -> list[Event]:
    events = []
    for response in responses:
        who = response.responded_by.name if response.responded_by else access.name_of(response.submitted_by)
        events.append(Event(response.submitted_at, response.get_kind_display(), who, response.text, response))
        # Reviewed when recorded; an answer edited in the admin may lack the time, so fall back to its own.
        reviewed_at, reviewer = (
            response.reviewed_at or response.submitted_at,
            access.name_of(response.reviewed_by),
        )
        if response.outcome == ActionResponse.Outcome.ACCEPTED:
            events.append(Event(reviewed_at, "Response accepted: action completed", reviewer))
        elif response.outcome == ActionResponse.Outcome.RETURNED:
            events.append(Event(reviewed_at, "Response returned", reviewer, response.return_reason))
    return events


def timeline(action: Action, responses, *, full: bool) -> list[Event]:
    """Oldest first. `responses` are those the reader may see (with attachments prefetched)."""
    events = _responses(responses)
    if full:
        events += _changes(action)
    else:
        events.append(Event(action.created_at, "Action raised"))
        if action.status == Action.Status.WITHDRAWN and action.closed_at:
            events.append(Event(action.closed_at, "Action withdrawn", text=action.withdrawn_reason))
    return sorted(events, key=lambda event: event.when)
