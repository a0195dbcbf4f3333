"""The dashboard table: the papers' columns, for live lines and for a report's frozen lines alike.

RAG and direction are never shown by colour alone: the RAG tag says its status in words, and the trend arrow
(its direction is the number's movement) comes with the direction in words beside it, coloured by it."""

import django_tables2 as tables
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from scrutiny.tables import GovUKTable

from .display import format_value
from .models import Indicator
from .trends import Polarity


class FigureColumn(tables.Column):
    """A figure written at its indicator's precision."""

    def render(self, value, record):
        return format_value(value, record.value_type, record.decimals, record.unit)

    def value(self, value, record):
        return format_value(value, record.value_type, record.decimals, record.unit)


class DashboardTable(GovUKTable):
    # A heading row over each topic's indicators (django_tables2/grouped.html), and a column in downloads.
    topic = tables.Column(verbose_name="Topic", visible=False)
    theme = tables.Column(verbose_name="Theme")
    name = tables.Column(verbose_name="Indicator")
    value_type = tables.Column(verbose_name="Value type", orderable=False)
    polarity = tables.Column(verbose_name="Polarity", orderable=False)
    frequency = tables.Column(verbose_name="Frequency", orderable=False)
    previous_period = tables.Column(verbose_name="Previous period", orderable=False)
    previous_value = FigureColumn(verbose_name="Previous value", orderable=False)
    latest_period = tables.Column(verbose_name="Latest period", orderable=False)
    latest_value = FigureColumn(verbose_name="Latest value", orderable=False)
    trend = tables.Column(verbose_name="Trend", empty_values=(), orderable=False)
    direction = tables.Column(verbose_name="Direction")
    target = tables.Column(verbose_name="Target", orderable=False)
    rag = tables.Column(verbose_name="RAG", empty_values=())
    quartile = tables.Column(verbose_name="Quartile (1 = top)", orderable=False)
    sn_average = FigureColumn(verbose_name="Statistical neighbour average", orderable=False)

    class Meta(GovUKTable.Meta):
        sequence = (
            "topic",
            "theme",
            "name",
            "value_type",
            "polarity",
            "frequency",
            "previous_period",
            "previous_value",
            "latest_period",
            "latest_value",
            "trend",
            "direction",
            "target",
            "rag",
            "quartile",
            "sn_average",
        )
        empty_text = "No indicator matches. Try removing a filter."
        template_name = "django_tables2/grouped.html"
        orderable = False  # grouped by topic, in the papers' order

    sticky_column = "name"  # the indicator stays in view beside its figures, not its theme

    def render_name(self, record):
        url = reverse("indicator-detail", kwargs={"pk": record.indicator_id})
        return format_html('<a class="govuk-link" href="{}">{}</a>', url, record.name)

    # From the raw values: for a report's lines (a model with choices) django-tables2 hands over the labels.
    def render_value_type(self, record):
        return Indicator.ValueType(record.value_type).label

    def render_polarity(self, record):
        return Polarity(record.polarity).label

    def render_frequency(self, record):
        return Indicator.Frequency(record.frequency).label

    def render_trend(self, record):
        return render_to_string("indicators/includes/trend.html", {"line": record})

    def render_direction(self, record):
        return record.direction.capitalize()

    def render_rag(self, record):
        return render_to_string("indicators/includes/rag.html", {"line": record})

    def value_value_type(self, record):
        return self.render_value_type(record)

    def value_polarity(self, record):
        return self.render_polarity(record)

    def value_frequency(self, record):
        return self.render_frequency(record)

    def value_trend(self, record):
        return record.trend.capitalize()

    def value_rag(self, record):
        return record.rag.capitalize()
