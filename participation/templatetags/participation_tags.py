"""The meeting page's Question Time section: how to ask a question, and the questions accepted so far."""

from django import template
from django.utils import timezone

from participation import deadlines

register = template.Library()


@register.inclusion_tag("participation/includes/question_time.html")
def question_time(meeting, record_shown=False):
    """`record_shown`: the page also shows the meeting's record (Democratic Services' preview of minutes not
    yet published), which lists the questions itself."""
    # Once the minutes are published their record lists the questions, with what was said at the meeting.
    if meeting.is_cancelled or meeting.minutes_are_published:
        return {"shown": False}
    refusal = deadlines.why_questions_are_refused(meeting, timezone.now())
    return {
        "shown": True,
        "record_shown": record_shown,
        "meeting": meeting,
        "takes_questions": refusal is None,
        "refusal": refusal,
        "held": meeting.status not in deadlines.TAKES_QUESTIONS,
        "last_day": deadlines.last_day_for_questions(meeting.date, meeting.rules),
        "questions": [] if record_shown else meeting.publicquestions.accepted().select_related("answered_by"),
    }
