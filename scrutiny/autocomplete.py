"""The admin's autocomplete fields, shown again with what was sent: an id no row could have ("abc", or a
number beyond the database's integers) shows no row chosen, beside the form's own message that the choice is
not valid. Django's widget (AutocompleteMixin.optgroups, django/contrib/admin/widgets.py) looks the ids up as
sent, unread, and a server error took the place of the form.

A picker also names what it offers as the offered model's admin says, where its own name is not enough to
tell one row from another (an agenda item "4. Minutes" is in every meeting): the admin's `picker_label(obj)`
names it, both in the search results and once chosen, read with the relations in `picker_related`."""

from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteMixin

django_optgroups = AutocompleteMixin.optgroups


def _picker_admin(widget):
    model_admin = widget.admin_site._registry.get(widget.field.remote_field.model)
    return model_admin if hasattr(model_admin, "picker_label") else None


def optgroups(self, name, value, attr=None):
    if (model_admin := _picker_admin(self)) is not None:
        # The widget's own choices, made for this form: changing them changes no other form's.
        self.choices.field.label_from_instance = model_admin.picker_label
        self.choices.queryset = self.choices.queryset.select_related(*model_admin.picker_related)
    try:
        return django_optgroups(self, name, value, attr)
    except (ValueError, TypeError, OverflowError):
        return django_optgroups(self, name, [], attr)


def serialize_result(self, obj, to_field_name):
    label = getattr(self.model_admin, "picker_label", str)
    return {"id": str(getattr(obj, to_field_name)), "text": label(obj)}


def install():
    AutocompleteMixin.optgroups = optgroups
    AutocompleteJsonView.serialize_result = serialize_result
