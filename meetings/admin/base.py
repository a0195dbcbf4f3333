"""What the meeting admin's pages share. Once a meeting's minutes are approved they are the signed record:
every page that shows a part of that record shows it read-only and says why, and bulk deletion refuses it."""

import re
from datetime import date, datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import actions as admin_actions
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy

from meetings.models import AgendaItem, Meeting, MinutesRecord
from scrutiny.municipal_year import MunicipalYear

Status = Meeting.Status


def long_date(day) -> str:
    return f"{day:%-d %B %Y}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


DATE_FORMATS = ["%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]


def parse_day(text: str) -> date | None:
    """A date as a clerk types it ("5 March 2024", "5th Mar 2024", "05/03/2024", "2024-03-05"), or None."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def committee_asked_for(request) -> dict:
    """A form's initial committee, from a link that names it (?committee=<id>), as on a committee's page."""
    committee = request.GET.get("committee", "")
    return {"committee": committee} if committee.isdigit() else {}


def excerpt(text: str, words: int = 14) -> str:
    return Truncator(text).words(words)


# --- the signed record ---------------------------------------------------------------------------------


def signed_meeting(obj) -> Meeting | None:
    """The meeting whose approved minutes `obj` (a meeting, a part of its record or an agenda item) belongs
    to; None when the minutes are not approved yet, or for a new object."""
    if obj is None or obj.pk is None:
        return None
    if isinstance(obj, Meeting):
        meeting = obj
    elif isinstance(obj, MinutesRecord):
        meeting = obj.record_meeting()
    else:
        meeting = obj.meeting
    return meeting if meeting is not None and meeting.minutes_are_approved else None


def approved_message(meeting: Meeting) -> str:
    approved_at = meeting.minutes_approved_at
    at = f" at the meeting of {long_date(approved_at.date)}" if approved_at is not None else ""
    return f"The minutes of {meeting} were approved{at} and are the signed record; they cannot be changed."


class GuardedDeleteMixin:
    """Bulk deletion deletes rows with SQL, around the models' own refusal to delete approved records, and
    cascades into them: refuse it when any selected row belongs to a meeting whose minutes are approved."""

    meeting_path = "meeting"  # from the admin's model to its meeting; "" for Meeting itself

    @admin.action(permissions=["delete"], description=gettext_lazy("Delete selected %(verbose_name_plural)s"))
    def delete_selected(self, request, queryset):
        status_field = f"{self.meeting_path}__status" if self.meeting_path else "status"
        signed = queryset.filter(**{status_field: Status.MINUTES_APPROVED})
        if signed.exists():
            self.message_user(
                request,
                f"Nothing was deleted: {plural(signed.count(), 'selected row')} "
                f"belong{'s' if signed.count() == 1 else ''} to minutes that are approved and are the signed "
                f"record. Untick {'it' if signed.count() == 1 else 'them'} and try again.",
                messages.ERROR,
            )
            return None
        return admin_actions.delete_selected(self, request, queryset)


class SignedRecordInlineMixin:
    """An inline of a meeting's record (or of a minute): read-only once the minutes are approved."""

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and signed_meeting(obj) is None

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and signed_meeting(obj) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None


class RecordForm(forms.ModelForm):
    """Refuses, saying why, to file a record under approved minutes or against another meeting's item."""

    def clean(self):
        cleaned_data = super().clean()
        field, meeting = "meeting", cleaned_data.get("meeting")
        if cleaned_data.get("minute") is not None:
            field, meeting = "minute", cleaned_data["minute"].meeting
        if meeting is None:
            return cleaned_data
        if meeting.minutes_are_approved:
            self.add_error(field, approved_message(meeting))
        for name in ("agenda_item", "for_item"):
            item = cleaned_data.get(name)
            if item is not None and item.meeting_id != meeting.pk:
                self.add_error(
                    name, f"Item {item.reference} is on the agenda of {item.meeting}, not of {meeting}."
                )
        return cleaned_data


class SignedRecordAdmin(GuardedDeleteMixin, admin.ModelAdmin):
    """A part of a meeting's formal record: read-only, saying why, once its minutes are approved."""

    form = RecordForm
    actions = ["delete_selected"]
    agenda_item_fields = ()

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and signed_meeting(obj) is None

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and signed_meeting(obj) is None

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        meeting = signed_meeting(obj)
        if meeting is not None:
            self.message_user(request, approved_message(meeting), messages.WARNING)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if self.agenda_item_fields:
            meeting_id = obj.meeting_id if obj is not None else request.GET.get("meeting", "")
            limit_agenda_items(
                form, self.agenda_item_fields, meeting_id if str(meeting_id).isdigit() else None
            )
        return form


class MeetingRecordAdmin(SignedRecordAdmin):
    """A record filed directly under a meeting."""

    date_hierarchy = "meeting__start"
    autocomplete_fields = ["meeting"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("meeting__committee", "meeting__minutes_approved_at", *self.list_select_related)
        )


# --- choosing agenda items -----------------------------------------------------------------------------


class AgendaItemChoicesInlineMixin:
    """Inlines on the meeting page offer only that meeting's agenda items."""

    agenda_item_fields = ()

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        for name in self.agenda_item_fields:
            field = formset.form.base_fields.get(name)
            if field is not None:
                field.queryset = (
                    AgendaItem.objects.filter(meeting=obj)
                    if obj is not None and obj.pk
                    else AgendaItem.objects.none()
                )
        return formset


class AgendaItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.meeting}: {obj}"


def limit_agenda_items(form_class, names, meeting_id):
    """Offer the agenda items of one meeting when it is known, else those of meetings still being minuted."""
    for name in names:
        field = form_class.base_fields.get(name)
        if field is None:
            continue
        items = AgendaItem.objects.select_related("meeting__committee").order_by(
            "-meeting__start", "number", "suffix"
        )
        if meeting_id:
            items = items.filter(meeting_id=meeting_id)
        else:
            items = items.exclude(meeting__status=Status.MINUTES_APPROVED)
        replacement = AgendaItemChoiceField(
            queryset=items,
            required=field.required,
            label=field.label,
            help_text=field.help_text,
            widget=field.widget,
        )
        form_class.base_fields[name] = replacement


# --- lists and inlines ---------------------------------------------------------------------------------


class RelatedInlineMixin:
    """Fetch the related rows each inline row shows with the rows themselves."""

    related = ()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.related)


class CommitteeFilter(admin.RelatedFieldListFilter):
    """A committee filter reached through a relation, titled simply "committee"."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = "committee"


class MeetingFilter(admin.RelatedOnlyFieldListFilter):
    """A meeting filter reached through a relation: the meetings the list has rows of, newest first, each
    named with its committee and date."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.title = "meeting"

    def field_choices(self, field, request, model_admin):
        listed = model_admin.get_queryset(request).values(f"{self.field_path}__pk")
        meetings = Meeting.objects.filter(pk__in=listed).select_related("committee").order_by("-start")
        return [(meeting.pk, str(meeting)) for meeting in meetings]


class MunicipalYearFilter(admin.SimpleListFilter):
    title = "municipal year"
    parameter_name = "municipal_year"
    year_field = "municipal_year"

    def lookups(self, request, model_admin):
        years = (
            model_admin.get_queryset(request)
            .order_by(f"-{self.year_field}")
            .values_list(self.year_field, flat=True)
            .distinct()
        )
        return [(str(year), MunicipalYear(year).label) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{self.year_field: int(self.value())})
        return queryset


class MinuteMunicipalYearFilter(MunicipalYearFilter):
    year_field = "minute__municipal_year"


def is_autocomplete_for(request, model_names, field_name) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name == "autocomplete"
        and request.GET.get("app_label") == "meetings"
        and request.GET.get("model_name") in model_names
        and request.GET.get("field_name") == field_name
    )
