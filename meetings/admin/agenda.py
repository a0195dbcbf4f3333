"""The agenda builder, a page of the meeting's workspace: the items in order, the standard items in one step,
an item inserted anywhere, edited, removed, and moved up and down by buttons (which work by keyboard) or by
dragging (static/js/agenda_builder.js, which posts the new order). Every change is a function of
meetings.agenda; this page only reads the form and says what was done or why it was refused."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from meetings import agenda
from meetings.models import AgendaItem, Meeting

from .base import plural
from .workspace import MeetingPage, add_meeting_page, page_context

TITLE = "Agenda"
SLUG = "agenda"


class ItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, item):
        return f"{item.reference}. {Truncator(item.title).chars(80)}"


class ItemForm(forms.ModelForm):
    """An item's words; for a new item, where it goes."""

    after = ItemChoiceField(
        queryset=AgendaItem.objects.none(),
        required=False,
        empty_label="At the start of the agenda",
        label="Put it after item",
        error_messages={"invalid_choice": "Choose one of this agenda's items to put the new item after."},
    )

    class Meta:
        model = AgendaItem
        fields = ["title", "kind", "report_by", "summary", "exempt", "exempt_paragraph"]
        widgets = {
            "title": forms.TextInput(attrs={"class": "vTextField"}),
            "report_by": forms.TextInput(attrs={"class": "vTextField"}),
            "summary": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        }

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["after"]  # an item is moved by the buttons, not by editing it
        else:
            self.fields["after"].queryset = AgendaItem.objects.filter(meeting=meeting).order_by(
                "number", "suffix"
            )
            if meeting.agenda_is_published:
                self.fields["after"].empty_label = None
                self.fields["after"].required = True
                self.fields["after"].help_text = (
                    "The agenda is published, so its numbers stay: a late item takes a sub-number after "
                    "the item it follows (8A, then 8B)."
                )
        self.fields["exempt"].help_text = (
            "Taken in private (Schedule 12A of the LGA 1972): it goes after the item excluding the press and "
            "public, which is added for the first exempt item."
        )

    def workflow_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ["title", "kind", "report_by", "summary", "exempt"]} | {
            "exempt_paragraph": data["exempt_paragraph"] if data["exempt"] else None
        }


def agenda_page(request, meeting: Meeting, *, model_admin):
    form = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in ("insert", "edit"):
            form, response = _save_item(request, meeting, action)
            if response is not None:
                return response
        else:
            return _change(request, meeting, action)
    return _render(request, meeting, model_admin, form)


def _render(request, meeting: Meeting, model_admin, form):
    items = list(
        AgendaItem.objects.filter(meeting=meeting)
        .annotate(paper_count=Count("documents"))
        .order_by("number", "suffix")
    )
    if form is None:
        editing = _item(meeting, request.GET.get("edit"))
        form = ItemForm(instance=editing or AgendaItem(meeting=meeting), meeting=meeting)
        if editing is None and items:
            form.initial["after"] = items[-1].pk
    open_to_change = not (meeting.minutes_are_published or meeting.is_cancelled)
    context = page_context(
        request,
        meeting,
        model_admin=model_admin,
        title=TITLE,
        items=items,
        form=form,
        editing=form.instance if form.instance.pk else None,
        open_to_change=open_to_change,
        can_move=open_to_change and not meeting.agenda_is_published,
        can_add_standard=meeting.status == Meeting.Status.SCHEDULED and not meeting.agenda_is_published,
        media=model_admin.media + form.media + forms.Media(js=["js/agenda_builder.js"]),
    )
    return TemplateResponse(request, "admin/meetings/meeting/agenda.html", context)


def _item(meeting: Meeting, value) -> AgendaItem | None:
    """The item of this meeting the request names; None for no item or for one of another meeting."""
    try:
        return AgendaItem.objects.select_related("meeting").get(meeting=meeting, pk=int(value))
    except (TypeError, ValueError, AgendaItem.DoesNotExist):
        return None


def _back(meeting: Meeting, fragment: str = "") -> HttpResponseRedirect:
    """To the page again; the fragment names what to focus (the item changed, the button pressed)."""
    url = PAGE.url(meeting)
    return HttpResponseRedirect(f"{url}#{fragment}" if fragment else url)


def _refused(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


def _save_item(request, meeting: Meeting, action: str):
    """Insert or edit an item: the form again, with what was typed, when it is refused."""
    editing = None
    if action == "edit":
        editing = _item(meeting, request.POST.get("item"))
        if editing is None:
            messages.error(request, f"That item is not on the agenda of {meeting}: nothing was changed.")
            return None, _back(meeting)
    form = ItemForm(request.POST, instance=editing or AgendaItem(meeting=meeting), meeting=meeting)
    if not form.is_valid():
        messages.error(request, "Nothing was saved: correct the errors below.")
        return form, None
    try:
        if editing is None:
            item = agenda.insert_item(
                meeting=meeting, after=form.cleaned_data["after"], **form.workflow_fields()
            )
            done = f"Item {item.reference}, “{item.title}”, is on the agenda."
        else:
            item = agenda.edit_item(item=editing, **form.workflow_fields())
            done = f"Item {item.reference}, “{item.title}”, is saved."
    except ValidationError as error:
        form.add_error(None, error)
        messages.error(request, "Nothing was saved: " + " ".join(error.messages))
        return form, None
    messages.success(request, done)
    return form, _back(meeting, f"item-{item.pk}")


def _change(request, meeting: Meeting, action: str):
    """The buttons: the standard items, remove, move up or down, and the order dragged."""
    try:
        if action == "standard":
            added = agenda.add_standard_items(meeting=meeting)
            messages.success(request, f"Added {plural(added, 'standard item')} to the agenda.")
            return _back(meeting)
        if action == "reorder":
            order = [int(pk) for pk in request.POST.get("order", "").split(",") if pk.strip()]
            agenda.reorder(meeting=meeting, order=order)
            messages.success(request, "The items are in their new order, numbered again.")
            return _back(meeting)
        item = _item(meeting, request.POST.get("item"))
        if item is None or action not in ("remove", "up", "down"):
            messages.error(request, f"That item is not on the agenda of {meeting}: nothing was changed.")
            return _back(meeting)
        if action == "remove":
            agenda.remove_item(item=item)
            messages.success(request, f"“{item.title}” is removed; the items after it are numbered again.")
            return _back(meeting)
        agenda.move_item(item=item, by=-1 if action == "up" else 1)
        item.refresh_from_db(fields=["number", "suffix"])
        messages.success(request, f"“{item.title}” is now item {item.reference}.")
        # The same button again, to go on moving it; the item itself once it is first or last.
        at_the_end = item.number == 1 if action == "up" else item.number == meeting.agenda_items.count()
        return _back(meeting, f"item-{item.pk}" if at_the_end else f"{action}-{item.pk}")
    except ValueError:
        messages.error(request, "The new order could not be read: reload the page and try again.")
    except ValidationError as error:
        _refused(request, error)
    return _back(meeting)


PAGE = MeetingPage(slug=SLUG, title=TITLE, view=agenda_page, order=20)
add_meeting_page(PAGE)
