"""RSS and Atom feeds of published agendas, minutes and decisions, of every committee or of one.

Feeds are public and the same for everyone (feed readers fetch without signing in). Each starts from what
the public may read: agendas once published, with an exempt item by its number, title and paragraph only;
minutes once published, without their exempt minutes; resolutions from Resolution.objects.published(),
which leaves out those of exempt minutes."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Case, F, Prefetch, When
from django.db.models.functions import Greatest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from meetings.models import AgendaItem, Meeting, Minute, Resolution
from scrutiny.models import Committee

# Feed readers keep what they have read: the newest entries are enough.
ENTRIES = 50


def _date(meeting: Meeting) -> str:
    return f"{timezone.localtime(meeting.start):%A %-d %B %Y}"


class CommitteeFeed(Feed):
    """A feed of every committee, or of the one whose slug the URL names."""

    noun = ""  # "agendas", "minutes", "decisions"
    explanation = ""

    def get_object(self, request, slug=None):
        return get_object_or_404(Committee, slug=slug) if slug else None

    def title(self, committee):
        return f"{committee.name if committee else settings.COUNCIL_NAME + ' committees'}: {self.noun}"

    def link(self, committee):
        return committee.get_absolute_url() if committee else reverse("committee-list")

    def description(self, committee):
        whose = f"the {committee.name}" if committee else f"every committee of {settings.COUNCIL_NAME}"
        return f"{self.explanation} of {whose}."

    def subtitle(self, committee):  # Atom's name for the description
        return self.description(committee)

    def feed_guid(self, committee):
        """Atom's id of the feed: its Atom address, the same whichever format is read, and absolute."""
        if committee is None:
            return settings.SITE_URL + reverse(f"feed-{self.noun}-atom")
        return settings.SITE_URL + reverse(f"committee-feed-{self.noun}-atom", args=[committee.slug])

    def for_committee(self, queryset, committee, field="committee"):
        return queryset.filter(**{field: committee}) if committee else queryset


class AgendaFeed(CommitteeFeed):
    noun = "agendas"
    explanation = "Agendas as they are published, with the items each meeting will consider,"
    description_template = "feeds/syndication/agenda.html"

    def items(self, committee):
        items = AgendaItem.objects.only(
            "meeting_id", "number", "suffix", "title", "exempt", "exempt_paragraph"
        )
        meetings = Meeting.objects.filter(agenda_published_at__isnull=False)
        return (
            self.for_committee(meetings, committee)
            .select_related("committee")
            .prefetch_related(
                Prefetch("agenda_items", queryset=items.order_by("number", "suffix"), to_attr="public_items")
            )
            .order_by("-agenda_published_at", "-pk")[:ENTRIES]
        )

    def item_title(self, meeting):
        cancelled = " (cancelled)" if meeting.is_cancelled else ""
        return escape(f"Agenda: {meeting.committee.name}, {_date(meeting)}{cancelled}")

    def item_link(self, meeting):
        return f"{meeting.get_absolute_url()}#agenda"

    def item_pubdate(self, meeting):
        return meeting.agenda_published_at


class MinutesFeed(CommitteeFeed):
    """Draft minutes when published, and again (a new entry) when approved: readers hear of both."""

    noun = "minutes"
    explanation = "Minutes as they are published in draft and when they are approved,"
    description_template = "feeds/syndication/minutes.html"

    def items(self, committee):
        public_minutes = Minute.objects.filter(exempt=False).only("meeting_id", "number", "heading")
        meetings = Meeting.objects.with_minutes_published().annotate(
            # Approved minutes are news again on the day they are approved.
            entry_date=Case(
                When(
                    status=Meeting.Status.MINUTES_APPROVED,
                    minutes_approved_at__isnull=False,
                    then=Greatest("minutes_published_at", "minutes_approved_at__start"),
                ),
                default=F("minutes_published_at"),
            )
        )
        return (
            self.for_committee(meetings, committee)
            .select_related("committee", "minutes_approved_at")
            .prefetch_related(
                Prefetch("minutes", queryset=public_minutes.order_by("number"), to_attr="public_minutes")
            )
            .order_by(F("entry_date").desc(nulls_last=True), "-pk")[:ENTRIES]
        )

    def item_title(self, meeting):
        state = "Minutes approved" if meeting.minutes_are_approved else "Draft minutes"
        return escape(f"{state}: {meeting.committee.name}, {_date(meeting)}")

    def item_link(self, meeting):
        return f"{meeting.get_absolute_url()}#minutes"

    def item_guid(self, meeting):
        # A new entry when approved, not the draft's entry changed: readers do not show a changed entry again.
        state = "approved" if meeting.minutes_are_approved else "draft"
        return f"{settings.SITE_URL}{self.item_link(meeting)}-{state}"

    item_guid_is_permalink = False

    def item_pubdate(self, meeting):
        return meeting.entry_date


class DecisionFeed(CommitteeFeed):
    noun = "decisions"
    explanation = "Resolutions as the minutes recording them are published,"
    description_template = "feeds/syndication/decision.html"

    def items(self, committee):
        resolutions = self.for_committee(Resolution.objects.published(), committee, "minute__committee")
        return resolutions.select_related("minute__meeting__committee").order_by(
            # The newest minutes first; within them, the resolutions in the order the minutes give them.
            "-minute__meeting__minutes_published_at",
            "-minute__meeting__start",
            "minute__number",
            "position",
            "letter",
            "pk",
        )[:ENTRIES]

    def item_title(self, resolution):
        meeting = resolution.minute.meeting
        return escape(f"Resolution {resolution.reference}: {meeting.committee.name}, {_date(meeting)}")

    def item_link(self, resolution):
        return f"{resolution.minute.meeting.get_absolute_url()}#resolution-{resolution.pk}"

    def item_pubdate(self, resolution):
        return resolution.minute.meeting.minutes_published_at


class AtomFeed:
    feed_type = Atom1Feed


class AgendaAtomFeed(AtomFeed, AgendaFeed):
    pass


class MinutesAtomFeed(AtomFeed, MinutesFeed):
    pass


class DecisionAtomFeed(AtomFeed, DecisionFeed):
    pass
