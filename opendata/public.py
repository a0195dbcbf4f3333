"""What is open data: the rows anyone may read, whoever asks. Every endpoint of the API starts here.

These querysets never depend on who is asking. A member reads their committee's exempt papers on the site,
but the open data is the same for everybody: exempt material (Schedule 12A of the Local Government Act
1972) is left out always, and so is anything not yet published. Each rule is checked on the row itself and
again on what it hangs from (a minute and its agenda item, an action and its minute), so that a flag copied
by the apps' own save() and missed by a bulk update still cannot let anything out.
"""

from django.db.models import Exists, OuterRef, Q

from followup.models import Action, ActionResponse, Recommendation
from indicators.models import IndicatorValue
from meetings.models import AgendaItem, Document, Meeting, Minute, Resolution
from scrutiny.models import Committee, Membership, Person

MINUTES_PUBLISHED = Meeting.MINUTES_PUBLISHED_STATUSES


def committees():
    return Committee.objects.all()


def people():
    """Councillors, co-opted members and officers, and anyone who sits or sat on a committee. Guests (from
    other organisations, named only in attendance) are not listed."""
    return Person.objects.filter(
        ~Q(kind=Person.Kind.GUEST) | Exists(Membership.objects.filter(person=OuterRef("pk")))
    )


def meetings():
    """Every meeting: its date and place are public from the moment it is scheduled."""
    return Meeting.objects.all()


def agenda_items():
    """Items of published agendas. An exempt item is listed, but only as the public agenda prints it (the
    serializer shows its number, title and paragraph and nothing else)."""
    return AgendaItem.objects.filter(meeting__agenda_published_at__isnull=False)


def documents():
    """Documents of published agendas that are not exempt and not filed under an exempt item."""
    return Document.objects.public()


def public_minute(path: str = "") -> Q:
    """A minute (at `path`, e.g. "minute__") of a meeting whose minutes are published (draft or approved),
    neither exempt nor of an exempt item."""
    return Q(**{f"{path}exempt": False, f"{path}meeting__status__in": MINUTES_PUBLISHED}) & (
        Q(**{f"{path}agenda_item__isnull": True}) | Q(**{f"{path}agenda_item__exempt": False})
    )


def minutes():
    return Minute.objects.filter(public_minute())


def resolutions():
    """Resolutions of the public minutes (joined, not a list of their ids: counting a page of 150,000 then
    costs a fifth as much)."""
    return Resolution.objects.published().filter(public_minute("minute__"))


def actions():
    """Actions that are not exempt, from published minutes (or raised without a meeting), and whose minute
    and resolution, if any, are public."""
    return (
        Action.objects.filter(exempt=False)
        .filter(Q(meeting__isnull=True) | Q(meeting__status__in=MINUTES_PUBLISHED))
        .filter(Q(minute__isnull=True) | Q(minute__in=minutes()))
        .filter(Q(resolution__isnull=True) | Q(resolution__in=resolutions()))
    )


def action_responses():
    """Only the responses the committee accepted: progress updates, answers awaiting review and returned
    answers stay between the officer, the committee and Democratic Services."""
    return ActionResponse.objects.filter(outcome=ActionResponse.Outcome.ACCEPTED)


def recommendations():
    """Recommendations of public resolutions."""
    return Recommendation.objects.filter(resolution__in=resolutions())


def indicator_values():
    """Published figures only: drafts, figures waiting for approval, returned and approved-but-unpublished
    figures never. Each carries `superseded`: a later revision of the same figure is published."""
    published = IndicatorValue.objects.published()
    later_revision = published.filter(
        indicator=OuterRef("indicator"), period=OuterRef("period"), revision__gt=OuterRef("revision")
    )
    return published.annotate(superseded=Exists(later_revision))
