"""Agenda packs and minutes documents as PDF, each served only after asking who may read it: nothing before
publication (Democratic Services preview), exempt papers only for Democratic Services and the members of the
committee."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView

from meetings.models import Meeting
from scrutiny import access

from . import chair_preview, documents
from .forms import ChairCommentForm
from .minutes import minutes_of
from .models import MAIN_KINDS, SUPPLEMENTARY_KINDS, AgendaPack

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# While a pack is being built its status page may reload itself, when its reader asks it to.
REFRESH_SECONDS = 5


def _private(response):
    """Exempt papers and unpublished drafts must not be kept by shared caches, nor by the browser."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def _agenda_meeting(request, pk) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    if not meeting.agenda_is_published and not access.can_see_unpublished(request.user):
        raise Http404("The agenda of this meeting is not published yet.")
    return meeting


def readable_packs(packs, *, can_read_exempt: bool) -> list[AgendaPack]:
    """The packs to offer: the public pack, and the full pack first for those who may read it (unless it
    holds nothing the public pack does not); then the supplementary packs, chosen the same way."""
    by_kind = {pack.kind: pack for pack in packs}
    return [
        pack
        for public_kind, full_kind in (MAIN_KINDS, SUPPLEMENTARY_KINDS)
        for pack in _readable(
            by_kind.get(public_kind), by_kind.get(full_kind), can_read_exempt=can_read_exempt
        )
    ]


def _readable(public, full, *, can_read_exempt: bool) -> list[AgendaPack]:
    if not can_read_exempt or full is None:
        return [public] if public else []
    if public is not None and not full.exempt_papers:
        return [public]
    return [pack for pack in (full, public) if pack is not None]


class AgendaPackView(TemplateView):
    """How the meeting's agenda pack is coming along, and the download once it is built."""

    template_name = "papers/agenda_pack.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        meeting = _agenda_meeting(self.request, kwargs["pk"])
        packs = readable_packs(
            AgendaPack.objects.filter(meeting=meeting),
            can_read_exempt=access.can_read_exempt(user, meeting.committee),
        )
        building = any(pack.is_building for pack in packs)
        refreshing = building and self.request.GET.get("refresh") == "on"
        return super().get_context_data(
            meeting=meeting,
            packs=packs,
            building=building,
            refresh_seconds=REFRESH_SECONDS if refreshing else None,
            # As on the meeting page: Democratic Services, who preview and are told why a build failed.
            preview=access.can_see_unpublished(user),
            **kwargs,
        )


def agenda_pack_download(request, pk, kind):
    meeting = _agenda_meeting(request, pk)
    full = kind in (AgendaPack.Kind.FULL, AgendaPack.Kind.SUPPLEMENT_FULL)
    if full and not access.can_read_exempt(request.user, meeting.committee):
        raise PermissionDenied(
            "The full agenda pack contains exempt information under Schedule 12A of the Local Government Act "
            "1972 and is not for publication. Download the public agenda pack instead."
        )
    pack = AgendaPack.objects.filter(meeting=meeting, kind=kind).first()
    if pack is None:
        raise Http404("The agenda pack of this meeting has not been built.")
    pack.meeting = meeting  # for its file name, without reading the meeting again
    if not pack.is_ready:
        # Never the file of an earlier build: a paper may have been withdrawn or made exempt since.
        return redirect("agenda-pack", pk=meeting.pk)
    response = FileResponse(pack.file.open("rb"), content_type=PDF, filename=pack.download_name())
    if pack.is_full or not meeting.agenda_is_published:
        _private(response)
    return response


def _minutes_meeting(request, pk) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("committee", "minutes_approved_at"), pk=pk)
    if not meeting.minutes_are_published and not access.can_see_unpublished(request.user):
        raise Http404("The minutes of this meeting are not published yet.")
    return meeting


def _minutes(request, pk):
    meeting = _minutes_meeting(request, pk)
    return minutes_of(meeting, can_read_exempt=access.can_read_exempt(request.user, meeting.committee))


def _minutes_are_private(minutes) -> bool:
    return not minutes.meeting.minutes_are_published or (minutes.can_read_exempt and minutes.has_exempt)


class MinutesView(TemplateView):
    """The minutes as a page to read or print, in the council's format."""

    template_name = "papers/minutes.html"

    def get(self, request, *args, **kwargs):
        self.minutes = _minutes(request, kwargs["pk"])
        response = super().get(request, *args, **kwargs)
        return _private(response) if _minutes_are_private(self.minutes) else response

    def get_context_data(self, **kwargs):
        return super().get_context_data(minutes=self.minutes, meeting=self.minutes.meeting, **kwargs)


def _minutes_file_name(minutes, extension: str) -> str:
    meeting = minutes.meeting
    draft = "" if minutes.is_approved else "-draft"
    return f"minutes-{meeting.committee.slug}-{meeting.date:%Y-%m-%d}{draft}.{extension}"


def minutes_pdf(request, pk):
    minutes = _minutes(request, pk)
    response = HttpResponse(documents.minutes_pdf(minutes), content_type=PDF)
    response["Content-Disposition"] = f'inline; filename="{_minutes_file_name(minutes, "pdf")}"'
    return _private(response) if _minutes_are_private(minutes) else response


def minutes_docx(request, pk):
    minutes = _minutes(request, pk)
    response = HttpResponse(documents.minutes_docx(minutes), content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="{_minutes_file_name(minutes, "docx")}"'
    return _private(response) if _minutes_are_private(minutes) else response


def _for_the_link_holder_alone(response):
    """A page a link is the key to: kept by no cache, found by no search engine, its address sent nowhere."""
    _private(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def chair_preview_page(request, token):
    """The draft minutes as they will be published, exempt minutes included, for the Chair the link was sent
    to, with a form for their comments. A link that no longer works shows nothing of them."""
    try:
        preview = chair_preview.open_link(token)
    except chair_preview.LinkRefused as refused:
        response = TemplateResponse(
            request, "papers/chair_preview_refused.html", {"message": refused.message}, status=refused.status
        )
        return _for_the_link_holder_alone(response)
    form = ChairCommentForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            chair_preview.comment(preview=preview, text=form.cleaned_data["text"])
        except chair_preview.LinkRefused as refused:
            form.add_error("text", refused.message)
        else:
            return _for_the_link_holder_alone(redirect(f"{request.path}?sent=1#comments"))
    meeting = preview.meeting
    context = {
        "preview": preview,
        "meeting": meeting,
        "minutes": minutes_of(meeting, can_read_exempt=True),
        "form": form,
        "comments": preview.comments.all(),
        "sent": request.GET.get("sent") == "1",
        "days": chair_preview.days(),
    }
    return _for_the_link_holder_alone(TemplateResponse(request, "papers/chair_preview.html", context))
