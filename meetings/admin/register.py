"""The attendance register, a page of the meeting's workspace: one line for each member of the committee on
the meeting's date, filled in from what is recorded, and the others in attendance, saved at once
(meetings/attendance_register.py), with the quorum worked out from what is saved."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from meetings import attendance_register as register
from meetings.models import Attendance, Meeting
from scrutiny.models import Person

from . import workspace
from .base import approved_message

Status = Attendance.Status
EXTRA_OTHERS = 3  # blank lines for others in attendance; more after each save
MAX_OTHERS = 60


class PersonPicker(AutocompleteSelect):
    """The admin's search-as-you-type picker of people, showing the chosen person from names read once for
    the whole register rather than a query for each line."""

    def __init__(self, names: dict[int, str], **kwargs):
        super().__init__(Attendance._meta.get_field("person"), admin.site, **kwargs)
        self.names = names

    def optgroups(self, name, value, attr=None):
        options = [self.create_option(name, "", "", False, 0)]
        for index, pk in enumerate(str(v) for v in value if v not in (None, "")):
            if pk.isdigit() and int(pk) in self.names:
                options.append(self.create_option(name, pk, self.names[int(pk)], True, index + 1))
        return [(None, options, 0)]


def person_field(names: dict[int, str], label: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        Person.objects.all(),
        required=False,
        label=label,
        widget=PersonPicker(names, attrs={"data-width": "16em"}),
    )


class ItemChoiceField(forms.TypedChoiceField):
    """One of this meeting's agenda items, by its number; another meeting's is not a valid choice."""

    def __init__(self, items: dict, **kwargs):
        self.items = items
        choices = [("", "—")] + [(pk, f"{item.number}. {item.title}") for pk, item in items.items()]
        super().__init__(choices=choices, coerce=int, required=False, empty_value=None, **kwargs)

    def clean(self, value):
        pk = super().clean(value)
        return self.items[pk] if pk is not None else None


class MemberLine(forms.Form):
    status = forms.ChoiceField(
        choices=[(status.value, status.label) for status in register.MEMBER_STATUSES],
        widget=forms.RadioSelect,
        required=False,
    )
    in_chair = forms.BooleanField(required=False, label="In the Chair")

    def __init__(self, *args, membership, names, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.membership = membership
        person = membership.person
        self.fields["status"].label = f"Attendance of {person}"
        self.fields["in_chair"].label = f"{person} in the Chair"
        self.fields["substitute"] = person_field(names, f"Substitute for {person}")
        self.fields["arrived_at_item"] = ItemChoiceField(items, label=f"{person} arrived late at item")
        self.fields["left_at_item"] = ItemChoiceField(items, label=f"{person} left early at item")

    def clean(self):
        data = super().clean()
        person, status = self.membership.person, data.get("status")
        if data.get("substitute") and status == Status.PRESENT:
            self.add_error("substitute", f"{person} is present, so nobody can substitute for them.")
        elif data.get("substitute") and not status:
            self.add_error(
                "substitute", f"Mark {person} as giving apologies or absent, to name a substitute."
            )
        return data


class OtherLine(forms.Form):
    """Someone else in attendance: a person chosen, or a new one with their organisation."""

    name = forms.CharField(required=False, max_length=200, label="or a new person's name")
    organisation = forms.CharField(required=False, max_length=200)
    role = forms.CharField(required=False, max_length=300, help_text="As the minutes print it.")
    remove = forms.BooleanField(required=False)

    def __init__(self, *args, names, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"] = person_field(names, "Person")
        self.order_fields(["person", "name", "organisation", "role", "remove"])

    def clean(self):
        data = super().clean()
        if data.get("person") and data.get("name"):
            self.add_error("name", "Choose a person or name a new one, not both.")
        return data

    @property
    def is_blank(self) -> bool:
        data = self.cleaned_data
        return not (data.get("person") or data.get("name")) or data.get("remove")


class OtherLines(forms.BaseFormSet):
    def __init__(self, *args, names, **kwargs):
        self.names = names
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"names": self.names}


OtherLineSet = forms.formset_factory(
    OtherLine, formset=OtherLines, extra=EXTRA_OTHERS, max_num=MAX_OTHERS, absolute_max=MAX_OTHERS
)


def new_person(name: str, organisation: str) -> Person:
    return Person(
        name=name.strip(),
        family_name=name.split()[-1][:100],
        kind=Person.Kind.GUEST if organisation else Person.Kind.OFFICER,
        organisation=organisation,
    )


class Register:
    """The register's forms, filled in from what is recorded (or from what was sent)."""

    def __init__(self, meeting: Meeting, data=None, *, read_only: bool = False):
        self.meeting = meeting
        self.members = register.members_on(meeting)
        self.attendances = list(
            meeting.attendances.select_related("person", "substitute_for").order_by(
                "person__family_name", "pk"
            )
        )
        self.items = {item.pk: item for item in meeting.agenda_items.order_by("number", "pk")}
        member_ids = {membership.person_id for membership in self.members}
        by_person = {attendance.person_id: attendance for attendance in self.attendances}
        substitutes = {
            attendance.substitute_for_id: attendance
            for attendance in self.attendances
            if attendance.substitute_for_id in member_ids and attendance.person_id not in member_ids
        }
        self.others = [
            attendance
            for attendance in self.attendances
            if attendance.person_id not in member_ids and attendance not in substitutes.values()
        ]
        names = {attendance.person_id: str(attendance.person) for attendance in self.attendances}
        if data is not None:
            # The people chosen in what was sent, named as they are shown again with a fault.
            chosen = [
                value for key, value in data.items() if key.endswith("-substitute") or key.endswith("-person")
            ]
            chosen_ids = [int(value) for value in chosen if value.isdigit() and len(value) < 12]
            names |= {person.pk: str(person) for person in Person.objects.filter(pk__in=chosen_ids)}
        self.lines = []
        for membership in self.members:
            attendance = by_person.get(membership.person_id)
            substitute = substitutes.get(membership.person_id)
            initial = {}
            if attendance is not None:
                initial = {
                    "status": attendance.status if attendance.status in register.MEMBER_STATUSES else "",
                    "in_chair": attendance.in_chair,
                    "arrived_at_item": attendance.arrived_at_item_id,
                    "left_at_item": attendance.left_at_item_id,
                }
            if substitute is not None:
                initial["substitute"] = substitute.person_id
            form = MemberLine(
                data,
                prefix=f"member-{membership.person_id}",
                initial=initial,
                membership=membership,
                names=names,
                items=self.items,
            )
            self.lines.append(form)
        self.other_lines = OtherLineSet(
            data,
            prefix="others",
            initial=[{"person": other.person_id, "role": other.role} for other in self.others[:MAX_OTHERS]],
            names=names,
        )
        self.quorum = register.quorum_of(meeting, self.members, self.attendances)
        if read_only:
            for form in [*self.lines, *self.other_lines]:
                for field in form.fields.values():
                    field.disabled = True

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.lines] + [self.other_lines.is_valid()])

    def entries(self) -> tuple[list[register.Entry], list[Person]]:
        """The register as sent, line by line, and the new people it names (not saved yet)."""
        kept = {attendance.person_id: attendance for attendance in self.attendances}
        entries, new_people = [], []
        for form in self.lines:
            data = form.cleaned_data
            person = form.membership.person
            # A status the grid does not offer (a member recorded "in attendance") is kept, not dropped.
            status = data["status"] or (kept[person.pk].status if person.pk in kept else "")
            if status:
                entries.append(
                    register.Entry(
                        person=person,
                        status=status,
                        in_chair=data["in_chair"],
                        arrived_at_item=data["arrived_at_item"],
                        left_at_item=data["left_at_item"],
                        # What the register does not show is kept as recorded.
                        role=kept[person.pk].role if person.pk in kept else "",
                        for_item=kept[person.pk].for_item if person.pk in kept else None,
                    )
                )
            elif data["in_chair"]:
                entries.append(register.Entry(person=person, status="", in_chair=True))
            if data["substitute"]:
                entries.append(
                    register.Entry(person=data["substitute"], status=Status.PRESENT, substitute_for=person)
                )
        for form in self.other_lines:
            if form.is_blank:
                continue
            data = form.cleaned_data
            person = data["person"]
            if person is None:
                person = new_person(data["name"], data["organisation"])
                new_people.append(person)
            before = kept.get(person.pk) if person.pk else None
            entries.append(
                register.Entry(
                    person=person,
                    status=before.status if before else Status.IN_ATTENDANCE,
                    substitute_for=before.substitute_for if before else None,
                    for_item=before.for_item if before else None,
                    role=data["role"],
                )
            )
        return entries, new_people


def attendance_page(request, meeting: Meeting, *, model_admin):
    read_only = meeting.minutes_are_approved
    sheet = Register(
        meeting, request.POST if request.method == "POST" and not read_only else None, read_only=read_only
    )
    if request.method == "POST":
        if read_only:
            messages.error(request, approved_message(meeting))
            return HttpResponseRedirect(request.path)
        if sheet.is_valid():
            entries, new_people = sheet.entries()
            try:
                register.save_register(meeting=meeting, entries=entries, new_people=new_people)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(request, f"The attendance at {meeting} is saved.")
                return HttpResponseRedirect(request.path)
        else:
            messages.error(request, "Please correct the errors below: nothing has been saved.")
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title="Attendance",
        register=sheet,
        read_only=read_only,
        approved_message=approved_message(meeting) if read_only else "",
        media=model_admin.media + sheet.other_lines.media,
    )
    return TemplateResponse(request, "admin/meetings/meeting/attendance.html", context)


workspace.add_meeting_page(
    workspace.MeetingPage(
        slug="attendance",
        title="Attendance",
        view=attendance_page,
        order=40,
        queryset=lambda meetings: meetings.select_related("committee", "minutes_approved_at"),
    )
)
