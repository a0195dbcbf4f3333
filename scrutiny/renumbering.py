"""Renumbering the rows of an admin inline in one save: inserting agenda item 8 by moving 8 to 9 and 9 to 10,
swapping two discussion points, re-lettering resolutions.

The number is unique within the parent (a database constraint), and Django saves the rows one by one, so the
first row moved to 9 met the old 9 still there: an IntegrityError, a server error. Here the numbers are
checked as they will be once every row is saved (a number two rows end up with is refused, saying which),
and, in the same transaction, the rows whose number changes are first moved out of the way to numbers no
row has or will have; then each row is saved with its new number. The constraint never sees two rows with
one number, on any database (a deferrable constraint would serve PostgreSQL only).

A blank value (a resolution's letter when there is only one) is no number, and never clashes."""

from collections import Counter

from django.db import models, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.forms.models import BaseInlineFormSet


class RenumberingInlineFormSet(BaseInlineFormSet):
    numbered_field: str = "number"  # set by RenumberingInlineMixin from its inline
    numbered_with: tuple[str, ...] = ()  # fields unique with the number (an agenda item's sub-number: 8A)

    def _printed(self, number, extra) -> object:
        """The number as it must be unique: with the fields unique with it ("8A"), when there are any."""
        if not self.numbered_with or number in (None, ""):
            return number
        return f"{number}{''.join(str(value or '') for value in extra)}"

    def _stored(self) -> dict:
        """Each of the parent's rows, by id: its number as stored, and that number as printed."""
        if self.instance.pk is None:
            return {}
        rows = self.model._default_manager.filter(**{self.fk.name: self.instance})
        values = rows.values_list("pk", self.numbered_field, *self.numbered_with)
        return {pk: (number, self._printed(number, extra)) for pk, number, *extra in values}

    def _kept_forms(self):
        """The forms whose rows will exist after the save, with the number each will have, and printed."""
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            if form.instance.pk is None and not form.has_changed():
                continue  # an extra form left empty: nothing is added
            if self.numbered_field in getattr(form, "cleaned_data", {}):
                number = form.cleaned_data[self.numbered_field]
                extra = [getattr(form.instance, name) for name in self.numbered_with]
                yield form, number, self._printed(number, extra)

    def clean(self):
        """Refuse a number two rows would have once everything is saved: the rows' new numbers, and the
        stored numbers of the parent's rows the page does not show."""
        shown = {form.instance.pk for form in self.forms if form.instance.pk is not None}
        unshown = [printed for pk, (_, printed) in self._stored().items() if pk not in shown]
        kept = list(self._kept_forms())
        counts = Counter([printed for _, _, printed in kept] + unshown)
        field = self.model._meta.get_field(self.numbered_field)
        for form, _, value in kept:
            if value not in (None, "") and counts[value] > 1:
                form.add_error(
                    self.numbered_field,
                    f"Two {self.model._meta.verbose_name_plural} would have the {field.verbose_name} "
                    f"{value}: give each its own.",
                )
        super().clean()  # Django's own checks, for the other constraints

    def save(self, commit=True):
        if not commit:
            return super().save(commit)
        with transaction.atomic(using=self.queryset.db):
            self._make_way()
            return super().save(commit)

    def _make_way(self):
        """Move each row whose number changes, or which is deleted, to a number no row has or will have."""
        stored = self._stored()
        final = {number for _, number, _ in self._kept_forms()}
        moving = [
            form.instance.pk
            for form in self.initial_forms
            if form.instance.pk in stored
            and (
                (self.can_delete and self._should_delete_form(form))
                or (
                    form.has_changed()
                    and form.cleaned_data.get(self.numbered_field) != stored[form.instance.pk][0]
                )
            )
        ]
        taken = final | {number for number, _ in stored.values()}
        make_way(self.model, moving, field_name=self.numbered_field, taken=taken)


def make_way(model, pks, *, field_name: str, taken: set) -> None:
    """Move the rows `pks` of `model` to values of `field_name` no row has or will have (`taken`), so that
    each can then be saved with its new number without meeting another row's. Used in the transaction that
    saves the new numbers: here, and by the agenda builder (meetings/agenda.py)."""
    spare = spare_values(model, field_name, taken=taken)
    for pk in pks:
        model._default_manager.filter(pk=pk).update(**{field_name: next(spare)})


def spare_values(model, field_name: str, *, taken):
    """Numbers from the top of the field's range (strings for a text field), skipping those taken."""
    field = model._meta.get_field(field_name)
    if isinstance(field, models.IntegerField):
        low, high = BaseDatabaseOperations.integer_field_ranges[field.get_internal_type()]
        candidates = range(high, low - 1, -1)
    else:
        width = field.max_length - 1
        candidates = (f"~{value}" for value in range(10**width))
    return (value for value in candidates if value not in taken)


class RenumberingInlineMixin:
    """For an inline whose rows are numbered uniquely within their parent (`numbered_field`)."""

    numbered_field = "number"
    numbered_with: tuple[str, ...] = ()
    formset = RenumberingInlineFormSet

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.numbered_field, formset.numbered_with = self.numbered_field, self.numbered_with
        return formset
