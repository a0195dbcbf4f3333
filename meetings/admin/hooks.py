"""How the apps above meetings add to its admin pages without meetings importing them: from their own admin
modules they register actions for a list (papers: rebuilding a meeting's packs) and sections for a form
(followup: what a resolution raises). The pages read the registry when they are used, once every app's admin
module is loaded, so a registered action is checked and offered like the page's own."""

from collections import defaultdict

from django import forms
from django.db import models

_actions: dict[type[models.Model], list] = defaultdict(list)
_form_sections: dict[type[models.Model], list["FormSection"]] = defaultdict(list)
_extended_forms: dict[tuple, type[forms.BaseForm]] = {}


def add_action(model: type[models.Model], action) -> None:
    """Offer `action` (an admin action function) on the list of `model`, after the list's own actions."""
    if action not in _actions[model]:
        _actions[model].append(action)


class FormSection:
    """Fields a higher app adds to the form of a meeting-admin page, shown in a section of their own while the
    record can be changed; what it checks with the form, and what it does once the row is saved (in the
    same transaction)."""

    title = ""
    layout: list = []  # the section's fields, as a fieldset lays them out

    def fields(self) -> dict[str, forms.Field]:
        return {}

    def clean(self, form: forms.ModelForm, cleaned_data: dict) -> None:
        pass

    def saved(self, form: forms.ModelForm, user) -> None:
        pass


def add_form_section(model: type[models.Model], section: FormSection) -> None:
    if section not in _form_sections[model]:
        _form_sections[model].append(section)


def form_sections(model: type[models.Model]) -> list[FormSection]:
    return list(_form_sections[model])


class ExtendedForm:
    """A form of the meeting admin that runs the registered sections' checks, and, once its row is saved,
    what they do with it (the page calls `saved`)."""

    sections: tuple[FormSection, ...] = ()

    def clean(self):
        cleaned_data = super().clean()
        for section in self.sections:
            section.clean(self, cleaned_data)
        return cleaned_data

    def saved(self, user) -> None:
        for section in self.sections:
            section.saved(self, user)


def extended_form(form_class: type[forms.ModelForm], model: type[models.Model]) -> type[forms.ModelForm]:
    """`form_class` (an ExtendedForm) with the fields of the sections registered for `model`; made once."""
    sections = tuple(_form_sections[model])
    key = (form_class, sections)
    if key not in _extended_forms:
        attrs = {"__module__": form_class.__module__, "sections": sections}
        for section in sections:
            attrs |= section.fields()
        _extended_forms[key] = type(form_class)(form_class.__name__, (form_class,), attrs)
    return _extended_forms[key]


class ExtendedActionsMixin:
    """A list whose actions are its own (`own_actions`) followed by those registered for its model."""

    own_actions: list = []

    @property
    def actions(self):
        return [*self.own_actions, *_actions[self.model]]


class ExtendedFormMixin:
    """A page or inline whose form is `base_form` with the sections registered for its model."""

    base_form: type[forms.ModelForm]

    @property
    def form(self):
        return extended_form(self.base_form, self.model)
