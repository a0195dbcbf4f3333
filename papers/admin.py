"""Agenda packs in the admin: what was built and when, or why a build failed; and the action on the list of
meetings that builds a meeting's packs again (registered with meetings.admin.hooks)."""

from django.contrib import admin, messages
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html

from meetings.admin import hooks as meeting_admin_hooks
from meetings.admin import workspace
from meetings.models import Meeting
from scrutiny.after_commit import after_commit

from . import (
    admin_chair_preview,  # noqa: F401  (a page of the meeting's workspace)
    item_uploads,
)
from .models import AgendaPack
from .rebuilding import request_build


@admin.action(description="Rebuild the agenda packs", permissions=["change"])
def rebuild_agenda_packs(modeladmin, request, queryset):
    """Queue a build of each selected meeting's packs, even one already waiting (its task may be lost)."""
    meeting_ids = list(queryset.values_list("pk", flat=True))
    for pk in meeting_ids:
        after_commit(request_build, pk, force=True)
    count = len(meeting_ids)
    modeladmin.message_user(
        request,
        f"The agenda packs of {count} meeting{'' if count == 1 else 's'} will be built again; each meeting's "
        "page shows how far the build has got.",
        messages.SUCCESS,
    )


meeting_admin_hooks.add_action(Meeting, rebuild_agenda_packs)


def packs_of_step(meeting: Meeting, step: str) -> list[workspace.StepEffect]:
    """For the confirmation of publishing an agenda: its packs are built as it goes out (receivers.py)."""
    if step != Meeting.Status.AGENDA_PUBLISHED:
        return []
    return [
        workspace.StepEffect(
            "Build the agenda packs, public and full (with the exempt papers), from the papers as they are "
            "now, the report of actions arising included.",
            "The agenda packs are being built: the meeting's public page shows them once they are ready.",
        )
    ]


workspace.add_step_effect(packs_of_step)


@admin.register(AgendaPack)
class AgendaPackAdmin(admin.ModelAdmin):
    """Read-only: packs are built from the papers, never edited."""

    list_display = ["meeting", "kind", "status", "progress", "pages", "file_size", "built_at"]
    list_filter = ["kind", "status", "meeting__committee"]
    list_select_related = ["meeting__committee"]
    search_fields = ["meeting__committee__name"]
    fields = [
        "meeting",
        "kind",
        "status",
        "progress",
        "pages",
        "file_size",
        "exempt_papers",
        "built_at",
        "download",
        "error",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="size")
    def file_size(self, pack):
        return filesizeformat(pack.size) if pack.size else None

    @admin.display(description="download")
    def download(self, pack):
        if not pack.is_ready:
            return None
        return format_html('<a href="{}">{}</a>', pack.get_absolute_url(), pack.download_name())


item_uploads.register()
