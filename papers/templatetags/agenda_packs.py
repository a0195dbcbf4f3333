"""The papers part of the meeting page: `{% meeting_papers as papers %}` in its template, so the meeting's
view need not know about packs. It takes what the view already decided (can the reader see the agenda,
read exempt papers) from the template context, and adds one query: the meeting's packs."""

from dataclasses import dataclass

from django import template

from papers.models import AgendaPack
from papers.views import readable_packs
from scrutiny import access

register = template.Library()


@dataclass
class MeetingPapers:
    packs: list[AgendaPack]
    show_agenda: bool
    preview: bool

    @property
    def building(self) -> bool:
        return any(pack.is_building for pack in self.packs)


@register.simple_tag(takes_context=True)
def meeting_papers(context) -> MeetingPapers:
    meeting, user = context["meeting"], context["request"].user
    show_agenda = context.get("show_agenda", meeting.agenda_is_published)
    packs = []
    if show_agenda:
        can_read_exempt = context.get("can_read_exempt")
        if can_read_exempt is None:
            can_read_exempt = access.can_read_exempt(user, meeting.committee)
        packs = readable_packs(AgendaPack.objects.filter(meeting=meeting), can_read_exempt=can_read_exempt)
    return MeetingPapers(packs=packs, show_agenda=show_agenda, preview=bool(context.get("preview")))
