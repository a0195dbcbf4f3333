"""The draft minutes sent to the Chair, a page of the meeting's workspace (meetings/admin/workspace.py): who
the Chair is, the links sent and which one works, the Chair's comments, and the button sending a new link."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from meetings.admin import workspace

from . import chair_preview
from .models import ChairComment, ChairPreview


def chair_preview_page(request, meeting, *, model_admin):
    if request.method == "POST":
        try:
            preview = chair_preview.send_to_chair(meeting=meeting, sent_by=request.user)
        except chair_preview.LinkRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(
                request,
                f"The draft minutes are on their way to {preview.person} ({preview.person.email}); "
                "any link sent before no longer works.",
            )
        return HttpResponseRedirect(request.path)
    person = chair_preview.chair_of(meeting)
    previews = list(ChairPreview.objects.filter(meeting=meeting).select_related("person", "sent_by"))
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title="Draft minutes for the Chair",
        chair=person,
        refusal=chair_preview.refusal(meeting, person),
        previews=previews,
        latest=previews[0] if previews else None,
        comments=ChairComment.objects.filter(preview__meeting=meeting).select_related("preview__person"),
        days=chair_preview.days(),
    )
    return TemplateResponse(request, "admin/meetings/meeting/chair_preview.html", context)


workspace.add_meeting_page(
    workspace.MeetingPage(
        slug="chair-preview",
        title="Draft minutes for the Chair",
        view=chair_preview_page,
        order=70,
        queryset=lambda meetings: meetings.select_related("committee"),
    )
)
