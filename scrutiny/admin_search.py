"""The admin's search box and its autocomplete fields take the site's bound on the words searched for
(scrutiny.filters.SEARCH_TERM_MAX_LENGTH). Django matches each word against every search field with LIKE:
a long word was a server error on SQLite ("LIKE or GLOB pattern too complex"), and thousands of words one
on any database (SQLite: "Expression tree is too large"). A longer search is refused, saying so, before any
admin's get_search_results sees it."""

from django.contrib import messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.views.main import ChangeList

from .filters import SEARCH_TERM_MAX_LENGTH

TOO_LONG = f"Search for {SEARCH_TERM_MAX_LENGTH} characters or fewer: nothing was searched for."

django_changelist_queryset = ChangeList.get_queryset
django_autocomplete_queryset = AutocompleteJsonView.get_queryset


def changelist_queryset(self, request, exclude_parameters=None):
    if len(self.query) <= SEARCH_TERM_MAX_LENGTH:
        return django_changelist_queryset(self, request, exclude_parameters)
    self.query = ""  # the search box is shown empty, and the list is empty, under the message
    messages.error(request, TOO_LONG)
    return django_changelist_queryset(self, request, exclude_parameters).none()


def autocomplete_queryset(self):
    if len(self.term) <= SEARCH_TERM_MAX_LENGTH:
        return django_autocomplete_queryset(self)
    return self.model_admin.get_queryset(self.request).none()


def install():
    ChangeList.get_queryset = changelist_queryset
    AutocompleteJsonView.get_queryset = autocomplete_queryset
