"""The admin's autocomplete fields, shown again with what was sent: an id no row could have ("abc", or a
number beyond the database's integers) shows no row chosen, beside the form's own message that the choice is
not valid. Django's widget (AutocompleteMixin.optgroups, django/contrib/admin/widgets.py) looks the ids up as
sent, unread, and a server error took the place of the form."""

from django.contrib.admin.widgets import AutocompleteMixin

django_optgroups = AutocompleteMixin.optgroups


def optgroups(self, name, value, attr=None):
    try:
        return django_optgroups(self, name, value, attr)
    except (ValueError, TypeError, OverflowError):
        return django_optgroups(self, name, [], attr)


def install():
    AutocompleteMixin.optgroups = optgroups
