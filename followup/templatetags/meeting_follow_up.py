"""The follow-up part of the meeting page: `{% actions_arising as actions %}` in its template, so the
meeting's view need not know about actions."""

from django import template

from followup.models import Action
from meetings.models import Meeting

register = template.Library()

# A meeting still to come reports what earlier ones asked for, ready to go into its agenda.
REPORTS_ACTIONS = (Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED)


@register.simple_tag(takes_context=True)
def actions_arising(context):
    """The actions the page's reader may see that arise for the meeting; None once it is held or cancelled."""
    meeting, user = context["meeting"], context["request"].user
    if meeting.status not in REPORTS_ACTIONS:
        return None
    return Action.objects.visible_to(user).arising_for(meeting).for_agenda(user)
