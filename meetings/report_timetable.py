"""When the reports for a meeting are due from their officers: the draft and the final report so many working
days before the agenda must be published (the committee type's timetable, scrutiny.committee_rules)."""

from datetime import date

from scrutiny.working_days import working_days_before


def draft_due(meeting) -> date:
    return working_days_before(meeting.publication_deadline, meeting.rules.report_draft_working_days)


def final_due(meeting) -> date:
    return working_days_before(meeting.publication_deadline, meeting.rules.report_final_working_days)
