"""Agenda items and the documents filed under them: a meeting's agenda, item by item."""

from django import forms
from django.contrib import admin

from meetings.models import AgendaItem, Document
from scrutiny.renumbering import RenumberingInlineMixin
from scrutiny.uploads import CheckedUploadForm

from .base import CommitteeFilter, GuardedDeleteMixin, MeetingFilter, signed_meeting


class AgendaItemInlineForm(forms.ModelForm):
    class Meta:
        widgets = {
            # Widths from classes in css/admin.css (MeetingAdmin's media): no inline styles under the CSP.
            "number": forms.NumberInput(attrs={"class": "app-item-number"}),
            "title": forms.TextInput(attrs={"size": 50}),
            "page_start": forms.NumberInput(attrs={"class": "app-page-number"}),
            "page_end": forms.NumberInput(attrs={"class": "app-page-number"}),
            "exempt_paragraph": forms.Select(attrs={"class": "app-paragraph-choice"}),
        }


class AgendaItemInline(RenumberingInlineMixin, admin.TabularInline):
    model = AgendaItem
    numbered_field = "number"  # items can be inserted by renumbering those after them in one save
    numbered_with = ("suffix",)  # a late item's sub-number: 8 and 8A are two numbers
    form = AgendaItemInlineForm
    fields = ["number", "title", "kind", "report_by", "page_start", "page_end", "exempt", "exempt_paragraph"]
    extra = 0
    show_change_link = True  # the item's page holds its documents

    def has_delete_permission(self, request, obj=None):
        # Deleting an item would unlink the approved minute and declarations filed under it.
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


class DocumentForm(CheckedUploadForm):
    """A paper is checked by its content when it is uploaded, up to DOCUMENT_MAX_MEGABYTES."""

    upload_limit = "DOCUMENT_MAX_MEGABYTES"


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    fields = ["title", "kind", "file", "position", "exempt", "exempt_paragraph"]
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(GuardedDeleteMixin, admin.ModelAdmin):
    list_display = ["__str__", "meeting", "kind", "report_by", "pages", "exempt"]
    list_filter = [("meeting__committee", CommitteeFilter), ("meeting", MeetingFilter), "kind", "exempt"]
    date_hierarchy = "meeting__start"
    search_fields = ["title", "report_by", "summary", "meeting__committee__name"]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "contacts"]
    fields = [
        "meeting",
        ("number", "kind"),
        "title",
        "report_by",
        ("page_start", "page_end"),
        "summary",
        ("exempt", "exempt_paragraph"),
        "contacts",
    ]
    inlines = [DocumentInline]
    actions = ["delete_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting__committee")

    picker_related = ["meeting__committee"]

    def picker_label(self, item):
        """Pickers name the meeting: every meeting has an item "1. Apologies"."""
        return f"{item.meeting}: {item}"

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentForm
    list_display = [
        "title",
        "agenda_item",
        "meeting",
        "kind",
        "position",
        "exempt",
        "supplement",
        "uploaded_at",
    ]
    list_filter = [
        ("agenda_item__meeting__committee", CommitteeFilter),
        ("agenda_item__meeting", MeetingFilter),
        "kind",
        "exempt",
        "supplement",
    ]
    date_hierarchy = "uploaded_at"
    search_fields = ["title", "agenda_item__title", "agenda_item__meeting__committee__name"]
    list_select_related = ["agenda_item__meeting__committee"]
    autocomplete_fields = ["agenda_item"]
    fields = [
        "agenda_item",
        "title",
        "kind",
        "file",
        "position",
        ("exempt", "exempt_paragraph"),
        "uploaded_at",
        "supplement",
        "late_reason",
        "superseded_by",
    ]
    # Whether it is a supplement, and what replaced it, follow from when it came (papers/uploading.py).
    readonly_fields = ["uploaded_at", "supplement", "superseded_by"]

    @admin.display(ordering="agenda_item__meeting__start")
    def meeting(self, document):
        return document.agenda_item.meeting
