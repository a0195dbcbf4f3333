import django_tables2 as tables
from django.template.defaultfilters import truncatewords
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html

from scrutiny.tables import GovUKTable

from .models import Action, Recommendation


def minute_link(meeting, minute_number, text):
    return format_html(
        '<a class="govuk-link" href="{}#minute-{}">{}</a>', meeting.get_absolute_url(), minute_number, text
    )


class ActionTable(GovUKTable):
    reference = tables.Column(accessor="pk", verbose_name="Action", order_by=("pk",))
    committee = tables.Column(accessor="committee__name", verbose_name="Committee")
    source = tables.Column(empty_values=(), verbose_name="From", orderable=False)
    description = tables.Column(verbose_name="What was asked", orderable=False)
    owner = tables.Column(
        empty_values=(), verbose_name="Owner", order_by=("owner__family_name", "team__name")
    )
    due_date = tables.DateColumn(verbose_name="Due", format="j M Y")
    status = tables.Column(verbose_name="Status", order_by=("status", "due_date"))
    # In downloads only: the page links to each action's timeline instead.
    latest_response = tables.Column(
        accessor="latest_response_text", verbose_name="Latest response", visible=False
    )

    class Meta(GovUKTable.Meta):
        model = Action
        fields = ("reference", "committee", "source", "description", "owner", "due_date", "status")
        order_by = "due_date"

    def render_reference(self, record):
        return format_html(
            '<a class="govuk-link" href="{}">{}</a>', record.get_absolute_url(), record.reference
        )

    def render_source(self, record):
        if record.minute_id:
            meeting = record.meeting  # the minute's (sync_from_source)
            return minute_link(meeting, record.minute.number, f"{record.source}, {meeting.date:%-d %b %Y}")
        return record.source

    def render_description(self, value):
        return truncatewords(value, 30)

    def render_owner(self, record):
        return record.owner_name

    def render_status(self, record):
        return render_to_string("followup/includes/action_status.html", {"action": record})

    # Exports carry the plain values.
    def value_reference(self, record):
        return record.reference

    def value_source(self, record):
        return record.source

    def value_description(self, value):
        return value

    def value_status(self, record):
        return record.get_status_display() + (" (overdue)" if record.is_overdue else "")

    def value_latest_response(self, record):
        if not record.latest_response_text:
            return ""
        return f"{record.latest_response_text} ({timezone.localtime(record.latest_response_at):%Y-%m-%d})"


class RecommendationTable(GovUKTable):
    reference = tables.Column(
        accessor="resolution__minute__number", verbose_name="Minute", order_by=("resolution__minute__number",)
    )
    committee = tables.Column(
        accessor="resolution__minute__meeting__committee__name", verbose_name="Committee"
    )
    recommendation = tables.Column(
        accessor="resolution__text", verbose_name="Recommendation", orderable=False
    )
    body = tables.Column(verbose_name="Sent to")
    sent_on = tables.DateColumn(verbose_name="Sent", format="j M Y")
    response_due = tables.DateColumn(verbose_name="Response due", format="j M Y")
    response = tables.Column(
        empty_values=(), verbose_name="Response", order_by=("response_received_on", "response_due")
    )

    class Meta(GovUKTable.Meta):
        model = Recommendation
        fields = ("reference", "committee", "recommendation", "body", "sent_on", "response_due", "response")
        order_by = "response_due"

    def render_reference(self, record):
        resolution = record.resolution
        meeting = resolution.minute.meeting
        return minute_link(
            meeting, resolution.minute.number, f"{resolution.reference}, {meeting.date:%-d %b %Y}"
        )

    def render_response(self, record):
        return render_to_string("followup/includes/recommendation_response.html", {"recommendation": record})

    def value_reference(self, record):
        return record.resolution.reference

    def value_response(self, record):
        if record.response_received_on:
            received = record.response_received_on.isoformat()
            return f"{record.get_outcome_display()} ({received}): {record.response_text}"
        return "Overdue" if record.is_overdue else "Awaiting a response"
