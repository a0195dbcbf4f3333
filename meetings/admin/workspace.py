"""The clerk's workspace: pages of a meeting's own, beside its change page in the admin (the cycle, the agenda
builder, the attendance register, the minutes …). Each page is registered here by the module that builds it —
in meetings or in an app above it — and served under the meeting's admin address,
`/admin/meetings/meeting/<id>/<slug>/`, named `admin:meetings_meeting_<slug>`, to those who may change the
meeting (Democratic Services). The pages share a template that shows the meeting and links to its other pages.

What stands in the way of a meeting's next step is registered here too (`add_blocker`), by whichever app knows
it (an item with no paper, a report overdue from its officer …), so the cycle panel can list it without
importing that app."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.urls import path, reverse

from meetings.models import Meeting


@dataclass(frozen=True)
class MeetingPage:
    slug: str  # in the address and the URL name: admin:meetings_meeting_<slug>
    title: str  # in the links between pages and the page's heading
    view: Callable  # view(request, meeting, *, model_admin) -> HttpResponse
    order: int = 50  # where its link comes among the meeting's pages
    queryset: Callable | None = None  # the meeting as the view needs it (select_related …)

    def url(self, meeting: Meeting) -> str:
        return reverse(f"admin:meetings_meeting_{self.slug}", args=[meeting.pk])


_pages: dict[str, MeetingPage] = {}


def add_meeting_page(page: MeetingPage) -> None:
    _pages[page.slug] = page


def meeting_pages() -> list[MeetingPage]:
    return sorted(_pages.values(), key=lambda page: (page.order, page.title))


def urls(model_admin) -> list:
    """The registered pages' URL patterns, for MeetingAdmin.get_urls. The registry is read now: the admin
    builds its URLs once every app's admin module has been imported."""
    return [
        path(
            f"<path:object_id>/{page.slug}/",
            model_admin.admin_site.admin_view(_serve(model_admin, page)),
            name=f"meetings_meeting_{page.slug}",
        )
        for page in meeting_pages()
    ]


def _serve(model_admin, page: MeetingPage):
    def view(request: HttpRequest, object_id: str):
        queryset = model_admin.get_queryset(request)
        if page.queryset is not None:
            queryset = page.queryset(queryset)
        try:
            meeting = queryset.get(pk=int(unquote(object_id)))
        except (ValueError, Meeting.DoesNotExist):
            raise Http404("No such meeting.") from None
        if not model_admin.has_change_permission(request, meeting):
            raise PermissionDenied
        return page.view(request, meeting, model_admin=model_admin)

    view.__name__ = f"meeting_{page.slug.replace('-', '_')}"
    return view


def page_context(request: HttpRequest, meeting: Meeting, *, model_admin, title: str, **extra) -> dict:
    """The context the shared template (admin/meetings/meeting/workspace.html) needs."""
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "meeting": meeting,
        "title": title,
        "meeting_pages": [(page, page.url(meeting)) for page in meeting_pages()],
        "change_url": reverse("admin:meetings_meeting_change", args=[meeting.pk]),
        **extra,
    }


@dataclass(frozen=True)
class Blocker:
    """Something to fix before `step` (a Meeting.Status the meeting is moving to): what it is, and where it
    is fixed."""

    step: str
    text: str
    url: str = ""
    # A warning: the step may still be taken once the clerk confirms it (a report item whose paper is to
    # follow). Otherwise the step is refused while it stands.
    warning: bool = False


# Each check takes a meeting and returns its blockers, in a fixed number of queries however big the meeting.
_blocker_checks: list[Callable[[Meeting], list[Blocker]]] = []


def add_blocker(check: Callable[[Meeting], list[Blocker]]) -> None:
    if check not in _blocker_checks:
        _blocker_checks.append(check)


def blockers(meeting: Meeting) -> list[Blocker]:
    return [blocker for check in _blocker_checks for blocker in check(meeting)]


@dataclass(frozen=True)
class StepEffect:
    """What taking `step` does besides the workflow's own change, said before (`will`, on the confirmation
    page) and after (`did`, in the message): the apps above meetings register theirs (the alerts to
    subscribers, the agenda packs)."""

    will: str
    did: str


# Each takes a meeting and the step it is about to take (a Meeting.Status), in a fixed number of queries.
_step_effects: list[Callable[[Meeting, str], list[StepEffect]]] = []


def add_step_effect(effect: Callable[[Meeting, str], list[StepEffect]]) -> None:
    if effect not in _step_effects:
        _step_effects.append(effect)


def step_effects(meeting: Meeting, step: str) -> list[StepEffect]:
    return [each for effect in _step_effects for each in effect(meeting, step)]
