"""Meetings as iCalendar (RFC 5545), for people to add to their own calendars or subscribe to.

Calendars are public and the same for everyone who fetches them (calendar programs fetch without signing
in): an agenda is described only once published, an exempt item only by its number, title and paragraph."""

from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from meetings.models import AgendaItem, Meeting

# UK councils meet in UK time; the VTIMEZONE below describes exactly this zone.
LONDON = ZoneInfo("Europe/London")
# The minutes record when a meeting closed; until then calendars show a committee's usual length.
USUAL_LENGTH = timedelta(hours=2)
# The calendar of every committee's meetings is fetched again and again, and would grow with all of them: it
# keeps a year of past meetings. A committee's own calendar has every meeting it has had (a calendar program
# drops the events a feed no longer holds, so a window would empty a subscriber's history of the committee).
PAST_MEETINGS_KEPT = timedelta(days=366)
PRODID = "-//Scrutiny committee management//Meetings//EN"


def meetings_for_calendar(meetings=None):
    """Meetings with their committee and, for published agendas only, their items: two queries in all."""
    items = AgendaItem.objects.filter(meeting__agenda_published_at__isnull=False).only(
        "meeting_id", "number", "suffix", "title", "exempt", "exempt_paragraph"
    )
    return (
        (meetings if meetings is not None else Meeting.objects.all())
        .select_related("committee")
        .prefetch_related(
            Prefetch("agenda_items", queryset=items.order_by("number", "suffix"), to_attr="public_items")
        )
        .order_by("start", "pk")
    )


def recent_and_upcoming(meetings):
    """For the calendar of every committee's meetings."""
    return meetings.filter(start__gte=timezone.now() - PAST_MEETINGS_KEPT)


def london_timezone() -> Timezone:
    """Europe/London as the Summer Time Order 2002 has it: British Summer Time from 01:00 GMT on the last
    Sunday in March to 01:00 GMT on the last Sunday in October. Calendar programs need the zone spelt out."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    summer = TimezoneDaylight()
    summer.add("tzname", "BST")
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("tzoffsetfrom", timedelta(hours=0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "GMT")
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(hours=0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def uid_of(meeting: Meeting) -> str:
    """The same for the life of the meeting, whatever changes, so calendars update the event in place."""
    return f"meeting-{meeting.pk}@{urlsplit(settings.SITE_URL).hostname or 'localhost'}"


def summary_of(meeting: Meeting) -> str:
    name = (
        f"Extraordinary meeting: {meeting.committee.name}"
        if meeting.is_extraordinary
        else meeting.committee.name
    )
    if meeting.is_cancelled:
        return f"Cancelled: {name}"
    return f"Postponed: {name}" if meeting.is_postponed else name


def description_of(meeting: Meeting, url: str) -> str:
    lines = []
    if meeting.is_cancelled:
        lines.append("This meeting has been cancelled.")
    elif meeting.is_postponed:
        lines.append("This meeting has been postponed: its new date is not fixed yet.")
    elif meeting.moved_from and meeting.moved_from != meeting.start:
        moved_from = timezone.localtime(meeting.moved_from, LONDON)
        lines.append(f"Moved from {moved_from:%A %-d %B %Y, %H:%M}.")
    if meeting.change_reason:
        lines.append(f"Reason: {meeting.change_reason}")
    if meeting.is_extraordinary:
        lines.append(f"Purpose: {meeting.purpose}")
    if meeting.agenda_is_published:
        lines.append("Agenda:")
        for item in meeting.public_items:
            if item.exempt:
                lines.append(
                    f"{item.reference}. {item.title} (exempt: paragraph {item.exempt_paragraph} of "
                    "Schedule 12A to the Local Government Act 1972)"
                )
            else:
                lines.append(f"{item.reference}. {item.title}")
    elif not meeting.is_cancelled:
        lines.append("The agenda is not published yet.")
    lines += ["", f"Agenda, papers and minutes: {url}"]
    return "\n".join(lines)


def event_of(meeting: Meeting, url: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid_of(meeting))
    event.add("dtstamp", stamp)
    start = timezone.localtime(meeting.start, LONDON)
    end = timezone.localtime(meeting.end, LONDON) if meeting.end else start + USUAL_LENGTH
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary_of(meeting))
    if meeting.location:
        event.add("location", meeting.location)
    event.add("url", url)
    event.add("description", description_of(meeting, url))
    event.add(
        "status",
        "CANCELLED" if meeting.is_cancelled else "TENTATIVE" if meeting.is_postponed else "CONFIRMED",
    )
    return event


def calendar_of(meetings, *, name: str, absolute_url) -> bytes:
    """The meetings (see meetings_for_calendar) as iCalendar; `absolute_url` turns a path into a link."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/London")
    calendar.add_component(london_timezone())
    stamp = timezone.now().astimezone(ZoneInfo("UTC")).replace(microsecond=0)
    for meeting in meetings:
        calendar.add_component(event_of(meeting, absolute_url(meeting.get_absolute_url()), stamp))
    return calendar.to_ical()
