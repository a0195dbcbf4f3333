"""The meeting's minutes on one page of its workspace: every minute's text, discussion points, resolutions,
votes (with named votes and the Chairman's casting vote) and ballots, and the meeting's declarations of
interest, saved at once — all or nothing, with each error beside its field and listed at the top.

Pickers offer only this meeting's agenda items and the people present (from its attendance): members
present for votes (mover, seconder, named votes); those present or in attendance for declarations and ballot
candidates. A value posted by hand from outside them is refused as the form refuses any bad choice.

A resolution's form is the meeting admin's extended form (hooks.extended_form), so what the apps above add
to it runs here too: followup raises the action of a request for information in the same transaction.

The button "Draft the minutes from the agenda" creates the minutes still missing (meetings.draft_minutes).
Once the minutes are approved the page is read-only."""

from functools import cache, cached_property

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from meetings import draft_minutes
from meetings.models import (
    AgendaItem,
    Attendance,
    Ballot,
    BallotCandidate,
    Declaration,
    DiscussionPoint,
    Meeting,
    Minute,
    Resolution,
    Vote,
    VoteCast,
)
from scrutiny.models import Person
from scrutiny.renumbering import RenumberingInlineFormSet

from . import hooks, workspace
from .base import approved_message, plural
from .minute_parts import ResolutionForm

TITLE = "Minutes"
TEMPLATE_PREFIX = "m__minute__"  # js/minutes_page.js replaces it with the prefix of the formset a row joins


class Pickers:
    """The choices the page's pickers offer, each read once for all the page's forms."""

    # (model, field) -> which of this meeting's rows it offers
    LIMITS = {
        (Minute, "agenda_item"): "items",
        (Declaration, "agenda_item"): "items",
        (Declaration, "person"): "here",
        (Vote, "mover"): "voters",
        (Vote, "seconder"): "voters",
        (VoteCast, "person"): "voters",
        (BallotCandidate, "person"): "here",
    }

    def __init__(self, meeting: Meeting):
        self.items = AgendaItem.objects.filter(meeting=meeting).order_by("number")
        present = Attendance.objects.filter(meeting=meeting, status=Attendance.Status.PRESENT)
        here = Attendance.objects.filter(
            meeting=meeting, status__in=[Attendance.Status.PRESENT, Attendance.Status.IN_ATTENDANCE]
        )
        people = Person.objects.order_by("family_name", "name")
        self.voters = people.filter(pk__in=present.values("person"))
        self.here = people.filter(pk__in=here.values("person"))
        self._choices: dict = {}

    def limit(self, form: forms.BaseForm) -> None:
        model = form._meta.model
        for name, field in form.fields.items():
            if not isinstance(field, forms.ModelChoiceField) or not isinstance(field.widget, forms.Select):
                continue
            key = self.LIMITS.get((model, name))
            if key is not None:
                field.queryset = getattr(self, key)
            else:
                key = (model, name)
            if key not in self._choices:  # one query, for every form of the page
                empty = [] if field.empty_label is None else [("", field.empty_label)]
                rows = [(field.prepare_value(row), field.label_from_instance(row)) for row in field.queryset]
                self._choices[key] = empty + rows
            field.choices = self._choices[key]


class PageFormSet(BaseInlineFormSet):
    """An inline formset of the page: its rows given already read (prefetched with the minutes), its pickers
    limited, and a new row's template marked with a placeholder of its own, so that a template nested in
    another (a ballot's candidates) is filled in separately."""

    placeholder = "__prefix__"
    noun = "row"
    kind = ""  # the template a new row is made from (the page has one of each kind)
    nested = ""  # the name of each row's own formset (a vote's casts), if it has one

    def __init__(self, *args, rows, pickers: Pickers, **kwargs):
        self.rows, self.pickers = list(rows), pickers
        super().__init__(*args, **kwargs)

    def get_queryset(self):
        return self.rows

    def add_fields(self, form, index):
        super().add_fields(form, index)
        # An id posted by hand from another minute or meeting is refused, not taken for a new row.
        pk_field = form.fields.get(self.model._meta.pk.name)
        if pk_field is not None:
            pk_field.queryset = self.model._default_manager.filter(pk__in=[row.pk for row in self.rows])

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        self.pickers.limit(form)
        return form

    @cached_property
    def template_form(self):
        form = self.empty_form
        form.prefix = self.add_prefix(self.placeholder)
        self.pickers.limit(form)
        return form

    def kept_forms(self):
        """The forms whose rows exist once saved (after validation)."""
        return [
            form
            for form in self.forms
            if not (self.can_delete and self._should_delete_form(form))
            and (form.instance.pk is not None or form.has_changed())
        ]


def _kind(kind: str, noun: str, *, nested: str = "", numbered: str = "") -> type[PageFormSet]:
    """The formset of one kind of row; `numbered` rows are renumbered in one save (scrutiny.renumbering)."""
    bases = (PageFormSet, RenumberingInlineFormSet) if numbered else (PageFormSet,)
    attrs = {"kind": kind, "noun": noun, "placeholder": f"__{kind}__", "nested": nested}
    return type(f"{kind.title()}FormSet", bases, attrs | ({"numbered_field": numbered} if numbered else {}))


def _textarea(rows: int = 3):
    return forms.Textarea(attrs={"rows": rows, "cols": 60})


class MinuteForm(forms.ModelForm):
    class Meta:
        model = Minute
        fields = ["heading", "agenda_item", "text"]
        widgets = {"text": _textarea(6)}


def _formset(parent, model, formset, fields, *, form=forms.ModelForm, widgets=None):
    return inlineformset_factory(
        parent, model, form=form, formset=formset, fields=fields, extra=0, can_delete=True, widgets=widgets
    )


Points = _formset(
    Minute,
    DiscussionPoint,
    _kind("points", "discussion point", numbered="position"),
    ["position", "section", "text"],
    widgets={"text": _textarea(4)},
)
Votes = _formset(
    Minute,
    Vote,
    _kind("votes", "vote", nested="casts"),
    Vote.RECORDED_FIELDS,
    widgets={"motion": _textarea(2)},
)
Casts = _formset(Vote, VoteCast, _kind("casts", "named vote"), ["person", "how"])
Ballots = _formset(
    Minute, Ballot, _kind("ballots", "ballot", nested="candidates"), ["office", "secret", "abstentions"]
)
Candidates = _formset(
    Ballot, BallotCandidate, _kind("candidates", "candidate"), ["person", "name", "votes", "elected"]
)
Declarations = _formset(
    Meeting,
    Declaration,
    _kind("declarations", "declaration"),
    ["person", "agenda_item", "kind", "text", "withdrew"],
    widgets={"text": _textarea(2)},
)


def resolutions_formset():
    """Made when used: the sections of the apps above are registered once their admin modules load."""
    return _resolutions_formset(hooks.extended_form(ResolutionForm, Resolution))


@cache
def _resolutions_formset(form):
    return _formset(
        Minute,
        Resolution,
        _kind("resolutions", "resolution", numbered="letter"),
        ["position", "letter", "kind", "text", "recommended_to"],
        form=form,
        widgets={"text": _textarea(3)},
    )


def _nested(formset, nested_class, name: str, data, pickers, related: str):
    """Give each row of `formset` (and its template) the formset of its own rows, as `row.<name>`."""
    for row in [*formset.forms, formset.template_form]:
        rows = getattr(row.instance, related).all() if row.instance.pk else []
        nested = nested_class(
            data if row is not formset.template_form else None,
            instance=row.instance,
            prefix=f"{row.prefix}-{name}",
            rows=rows,
            pickers=pickers,
        )
        setattr(row, name, nested)


class MinuteBlock:
    """One minute of the page: its own fields and the formsets of its parts. The block of an unsaved minute,
    prefixed TEMPLATE_PREFIX, gives the page its templates of new rows, one of each kind for every minute."""

    def __init__(self, minute: Minute, data, pickers: Pickers, *, prefix: str = ""):
        self.minute = minute
        prefix = prefix or f"m{minute.pk}"
        self.form = MinuteForm(data, instance=minute, prefix=prefix)
        pickers.limit(self.form)

        def parts(formset_class, name, rows):
            return formset_class(data, instance=minute, prefix=f"{prefix}-{name}", rows=rows, pickers=pickers)

        related = minute.pk is not None
        self.points = parts(Points, "points", minute.discussionpoints.all() if related else [])
        self.resolutions = parts(
            resolutions_formset(), "resolutions", minute.resolutions.all() if related else []
        )
        self.votes = parts(Votes, "votes", minute.votes.all() if related else [])
        self.ballots = parts(Ballots, "ballots", minute.ballots.all() if related else [])
        _nested(self.votes, Casts, "casts", data, pickers, "casts")
        _nested(self.ballots, Candidates, "candidates", data, pickers, "candidates")

    def templates(self) -> list:
        """The formsets whose template_form is the template of a new row of its kind."""
        return [
            self.points,
            self.resolutions,
            self.votes,
            self.votes.template_form.casts,
            self.ballots,
            self.ballots.template_form.candidates,
        ]

    @property
    def title(self) -> str:
        return f"Minute {self.minute.number}" if self.minute.number else "The new minute"

    def labelled(self):
        """(where, form or formset) for every part of the minute, to validate and to list the errors of."""
        yield self.title, self.form
        for formset in (self.points, self.resolutions, self.votes, self.ballots):
            yield f"{self.title}, {formset.noun}s", formset
            for index, row in enumerate(formset.forms, start=1):
                yield f"{self.title}, {formset.noun} {index}", row
        for formset, name in ((self.votes, "casts"), (self.ballots, "candidates")):
            for index, row in enumerate(formset.forms, start=1):
                nested = getattr(row, name)
                where = f"{self.title}, {formset.noun} {index}"
                yield f"{where}, {nested.noun}s", nested
                for nested_index, nested_row in enumerate(nested.forms, start=1):
                    yield f"{where}, {nested.noun} {nested_index}", nested_row

    @property
    def has_errors(self) -> bool:
        return any(_errors_of(part) for _, part in self.labelled())

    @property
    def summary(self) -> str:
        counts = [
            plural(len(self.minute.discussionpoints.all()), "point"),
            plural(len(self.minute.resolutions.all()), "resolution"),
        ]
        if self.minute.votes.all():
            counts.append(plural(len(self.minute.votes.all()), "vote"))
        if self.minute.ballots.all():
            counts.append(plural(len(self.minute.ballots.all()), "ballot"))
        return ", ".join(counts)


def _errors_of(part) -> bool:
    if isinstance(part, forms.BaseForm):
        return part.is_bound and bool(part.errors)
    return part.is_bound and (bool(part.non_form_errors()) or any(form.errors for form in part.forms))


class MinutesPage:
    """Every form of the page, validated together and saved together."""

    def __init__(self, meeting: Meeting, data=None):
        self.meeting = meeting
        self.pickers = Pickers(meeting)
        minutes = Minute.objects.filter(meeting=meeting).for_minutes_page()
        # A minute added since the page was read is not in what was sent: it is left as it is.
        self.blocks = [
            MinuteBlock(minute, data, self.pickers)
            for minute in minutes
            if data is None or f"m{minute.pk}-heading" in data
        ]
        self.template_block = MinuteBlock(Minute(meeting=meeting), None, self.pickers, prefix=TEMPLATE_PREFIX)
        declarations = meeting.declarations.select_related("person", "agenda_item")
        self.declarations = Declarations(
            data if data is None or "declarations-TOTAL_FORMS" in data else None,
            instance=meeting,
            prefix="declarations",
            rows=declarations,
            pickers=self.pickers,
        )

    @property
    def templates(self) -> list:
        return [*self.template_block.templates(), self.declarations]

    @property
    def media(self) -> forms.Media:
        return sum((formset.template_form.media for formset in self.templates), forms.Media())

    def labelled(self):
        for block in self.blocks:
            yield from block.labelled()
        yield "Declarations of interest", self.declarations
        for index, row in enumerate(self.declarations.forms, start=1):
            yield f"Declaration {index}", row

    def is_valid(self) -> bool:
        # Every part is checked, so that every error is shown at once.
        results = [part.is_valid() for _, part in self._top_level() if part.is_bound]
        valid = all(results)
        for block in self.blocks:
            for formset, name in ((block.votes, "casts"), (block.ballots, "candidates")):
                kept = formset.kept_forms() if formset.is_valid() else formset.forms
                for row in formset.forms:
                    if row in kept:  # a row deleted takes its own rows with it
                        nested_valid = getattr(row, name).is_valid()
                        if nested_valid and name == "casts" and formset.is_valid():
                            nested_valid = _check_named_votes(row)
                        valid = nested_valid and valid
        return valid

    def _top_level(self):
        for block in self.blocks:
            yield block.title, block.form
            for formset in (block.points, block.resolutions, block.votes, block.ballots):
                yield block.title, formset
        yield "Declarations", self.declarations

    def save(self, *, user) -> None:
        """Everything sent, in one transaction, with the meeting locked; what the resolutions raise (the
        apps' form sections) in the same transaction."""
        with transaction.atomic():
            meeting = Meeting.objects.select_for_update().get(pk=self.meeting.pk)
            if meeting.minutes_are_approved:
                raise ValidationError(approved_message(self.meeting))
            for block in self.blocks:
                block.form.save()
                block.points.save()
                block.resolutions.save()
                for row in block.resolutions.kept_forms():
                    row.saved(user)
                block.votes.save()
                for row in block.votes.kept_forms():
                    if getattr(row, "counts_from_named_votes", False):
                        row.instance.save()
                    row.casts.save()
                block.ballots.save()
                for row in block.ballots.kept_forms():
                    row.candidates.save()
            if self.declarations.is_bound:
                self.declarations.save()

    def error_list(self) -> list[tuple[str, str, str]]:
        """(where, message, the field's id to link to) for every error on the page."""
        found = []
        for where, part in self.labelled():
            if not part.is_bound:
                continue
            if isinstance(part, forms.BaseForm):
                for name, errors in part.errors.items():
                    field = part.fields.get(name)
                    anchor = "" if field is None or field.widget.is_hidden else part[name].id_for_label
                    label = f", {field.label.lower()}" if field is not None and field.label else ""
                    found += [(f"{where}{label}", error, anchor) for error in errors]
            else:
                found += [(where, error, "") for error in part.non_form_errors()]
        return found


def _check_named_votes(row) -> bool:
    """Named votes agree with the counts (filled from them when the counts are left at nought), and a secret
    ballot names nobody."""
    casts = [form.cleaned_data for form in row.casts.kept_forms()]
    if not casts:
        return True
    data = row.cleaned_data
    if data.get("secret_ballot"):
        row.add_error("secret_ballot", "A secret ballot names nobody: remove the named votes.")
        return False
    tally = {how: sum(1 for cast in casts if cast.get("how") == how) for how in VoteCast.How.values}
    named = (tally["for"], tally["against"], tally["abstained"])
    counts = (data.get("votes_for", 0), data.get("votes_against", 0), data.get("abstentions", 0))
    if counts == (0, 0, 0):
        row.instance.votes_for, row.instance.votes_against, row.instance.abstentions = named
        row.counts_from_named_votes = True  # saved even when nothing else in the vote's row changed
        if row.instance.casting_vote and not row.instance.is_tied:
            row.add_error("casting_vote", "The Chairman has a casting vote only when the votes are tied.")
            return False
        return True
    if counts != named:
        row.add_error(
            None,
            f"The named votes ({named[0]} for, {named[1]} against, {named[2]} abstaining) do not match the "
            f"counts ({counts[0]} for, {counts[1]} against, {counts[2]} abstaining): correct one or the "
            "other, or leave the counts at 0 to take them from the named votes.",
        )
        return False
    return True


def minutes_url(meeting: Meeting) -> str:
    return reverse("admin:meetings_meeting_minutes", args=[meeting.pk])


def minutes_view(request, meeting: Meeting, *, model_admin):
    url = minutes_url(meeting)
    approved = meeting.minutes_are_approved
    if request.method == "POST":
        if approved:
            messages.error(request, approved_message(meeting))
            return HttpResponseRedirect(url)
        if "draft" in request.POST:
            return _draft(request, meeting, url)
        page = MinutesPage(meeting, request.POST)
        if page.is_valid():
            try:
                page.save(user=request.user)
            except (ValidationError, DatabaseError) as error:
                # Someone else's change meanwhile (a number taken, the minutes approved): nothing is saved.
                text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                messages.error(request, f"Nothing was saved: {text}")
            else:
                messages.success(request, f"The minutes of {meeting} are saved.")
                return HttpResponseRedirect(url)
    else:
        page = MinutesPage(meeting)
    if approved:
        messages.warning(request, approved_message(meeting))
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title=TITLE,
        page=page,
        read_only=approved,
        errors=page.error_list(),
        draft_refusal=draft_minutes.refusal(meeting),
        # The admin's scripts, the date pickers the apps' sections add to resolutions, and the page's own.
        media=model_admin.media + page.media + forms.Media(js=["js/minutes_page.js"]),
    )
    return TemplateResponse(request, "admin/meetings/meeting/minutes.html", context)


def _draft(request, meeting: Meeting, url: str):
    try:
        created = draft_minutes.draft_minutes_from_agenda(meeting=meeting)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if created:
            numbers = f"{created[0].number}" + (f" to {created[-1].number}" if len(created) > 1 else "")
            messages.success(
                request, f"{plural(len(created), 'draft minute')} made from the agenda: {numbers}."
            )
        else:
            messages.info(request, "Every agenda item that needs a minute has one: nothing was added.")
    return HttpResponseRedirect(url)


workspace.add_meeting_page(
    workspace.MeetingPage(
        slug="minutes",
        title=TITLE,
        view=minutes_view,
        order=60,
        queryset=lambda meetings: meetings.select_related("committee", "minutes_approved_at"),
    )
)


def minute_with_no_resolution(meeting: Meeting) -> list[workspace.Blocker]:
    """Before the draft minutes are published: a minute of a report (or an urgent item) with no resolution.
    Procedural minutes (apologies, declarations, the date of the next meeting) may rightly resolve nothing,
    and so do minutes not linked to an item; only substantive items are counted."""
    if meeting.status not in (Meeting.Status.AGENDA_PUBLISHED, Meeting.Status.HELD):
        return []
    unresolved = (
        Minute.objects.filter(
            meeting=meeting,
            agenda_item__kind__in=[AgendaItem.Kind.REPORT, AgendaItem.Kind.URGENT],
            resolutions__isnull=True,
        )
        .order_by("number")
        .only("pk", "number", "heading")
    )
    return [
        workspace.Blocker(
            step=Meeting.Status.MINUTES_DRAFT,
            text=f"Minute {minute.number} ({minute.heading}) has no resolution.",
            url=f"{minutes_url(meeting)}#minute-{minute.pk}",
        )
        for minute in unresolved
    ]


workspace.add_blocker(minute_with_no_resolution)
