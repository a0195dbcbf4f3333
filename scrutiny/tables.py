"""The one base for every table and tracker: GOV.UK table markup, filters, and CSV and Excel exports that are
safe to open in a spreadsheet and hold each cell as the text the page shows, never its HTML."""

import html
import re

import django_tables2 as tables
from django.core.paginator import Paginator
from django.utils.html import strip_tags
from django.utils.safestring import SafeData
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin, TableExport

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection)...
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# ... unless it is only a number, such as a figure below nought ("-0.12", "-3.5%"), which is left as it is.
NUMBER = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?%?$")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS) and not NUMBER.match(value):
        return "'" + value
    return value


def as_text(value):
    """A cell a column drew as HTML (a link, a tag) when it gave no plain value for downloads: the text it
    shows. Text that is not markup (what someone typed, "<2 years" included) is left as it is."""
    if isinstance(value, SafeData):
        return " ".join(html.unescape(strip_tags(value)).split())
    return value


class SafeTableExport(TableExport):
    def table_to_dataset(self, table, exclude_columns, dataset_kwargs=None):
        dataset = super().table_to_dataset(table, exclude_columns, dataset_kwargs)
        for index, row in enumerate(dataset):
            dataset[index] = tuple(neutralise_formula(as_text(value)) for value in row)
        return dataset


class GovUKTable(tables.Table):
    class Meta:
        abstract = True
        attrs = {
            "class": "govuk-table app-table--compact",
            "thead": {"class": "govuk-table__head"},
            "tbody": {"class": "govuk-table__body"},
            "th": {"class": "govuk-table__header", "scope": "col"},
            "td": {"class": "govuk-table__cell"},
        }
        row_attrs = {"class": "govuk-table__row"}
        empty_text = "Nothing matches. Try removing a filter."

    # A wide table scrolls sideways inside its own box (templates/django_tables2/govuk.html): this column
    # stays in view meanwhile, the first shown unless another is named. `label` names the box for screen
    # readers.
    sticky_column = None
    label = ""

    def get_column_class_names(self, classes_set, bound_column):
        classes = super().get_column_class_names(classes_set, bound_column)
        if bound_column.name == (self.sticky_column or next(iter(self.columns)).name):
            classes.add("app-table__sticky")
        return classes


EXPORT_LABELS = {"csv": "CSV", "xlsx": "Excel"}
MAX_PER_PAGE = 100


class TrackerPaginator(Paginator):
    """django-tables2 takes a page's length from the address (?per_page=) when it is given: kept from 1 to
    MAX_PER_PAGE, so that no address asks for pages of less than a row (a server error) or of every row."""

    def __init__(self, object_list, per_page, *args, **kwargs):
        super().__init__(object_list, min(max(int(per_page), 1), MAX_PER_PAGE), *args, **kwargs)


class TrackerView(ExportMixin, SingleTableMixin, FilterView):
    """A filtered, sorted, paginated table that downloads in each of `export_formats`.

    Subclasses give `heading`, `lead` and `noun` (what one row is) for templates/includes/tracker.html."""

    table_pagination = {"per_page": 25}
    paginator_class = TrackerPaginator
    export_class = SafeTableExport
    export_formats = ("csv", "xlsx")
    heading = lead = noun = ""
    wide = False  # a table of many columns: its filters go above it, and it takes the page's width

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.heading,
            lead=self.lead,
            noun=self.noun,
            wide=self.wide,
            export_links=[(format, EXPORT_LABELS[format]) for format in self.export_formats],
            **kwargs,
        )

    def get_table(self, **kwargs):
        table = super().get_table(**kwargs)
        table.label = self.heading
        return table
