"""When the reports for a meeting are due from their officers: the draft and the final report so many working
days before the agenda must be published (settings, the defaults of a committee's type)."""

from datetime import date

from django.conf import settings

from scrutiny.working_days import working_days_before


def draft_due(meeting) -> date:
    return working_days_before(meeting.publication_deadline, settings.REPORT_DRAFT_WORKING_DAYS)


def final_due(meeting) -> date:
    return working_days_before(meeting.publication_deadline, settings.REPORT_FINAL_WORKING_DAYS)
