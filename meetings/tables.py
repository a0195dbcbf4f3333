import django_tables2 as tables
from django.utils.html import format_html

from scrutiny.tables import GovUKTable

from .models import Resolution


class ResolutionTable(GovUKTable):
    date = tables.DateColumn(
        accessor="minute__meeting__start",
        verbose_name="Meeting",
        format="j M Y",
        order_by=("minute__meeting__start", "minute__number", "position"),
    )
    committee = tables.Column(accessor="minute__meeting__committee__name", verbose_name="Committee")
    reference = tables.Column(
        accessor="minute__number", verbose_name="Minute", order_by=("minute__number", "position")
    )
    text = tables.Column(verbose_name="Resolution", orderable=False)
    kind = tables.Column(verbose_name="Kind")

    class Meta(GovUKTable.Meta):
        model = Resolution
        fields = ("date", "committee", "reference", "text", "kind")
        order_by = "-date"

    def render_date(self, value, record):
        meeting = record.minute.meeting
        return format_html(
            '<a class="govuk-link" href="{}#minute-{}">{}</a>',
            meeting.get_absolute_url(),
            record.minute.number,
            f"{meeting.date:%-d %b %Y}",
        )

    def render_reference(self, record):
        return record.reference

    def value_reference(self, record):
        return record.reference

    def value_date(self, record):
        return record.minute.meeting.date.isoformat()
