"""The one base for every table and tracker: GOV.UK table markup, filters, and CSV and Excel exports that are
safe to open in a spreadsheet."""

import django_tables2 as tables
from django.core.paginator import Paginator
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin, TableExport

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeTableExport(TableExport):
    def table_to_dataset(self, table, exclude_columns, dataset_kwargs=None):
        dataset = super().table_to_dataset(table, exclude_columns, dataset_kwargs)
        for index, row in enumerate(dataset):
            dataset[index] = tuple(neutralise_formula(value) for value in row)
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
