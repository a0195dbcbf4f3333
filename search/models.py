"""The search index: one row per thing that can be found, copied from the records it describes.

The rows are kept in step with the records by search/receivers.py and can be rebuilt at any time with
`manage.py rebuild_search_index`. Each row carries what is needed to decide who may find it (its committee
and whether it is exempt or published), so the search asks scrutiny.access before it matches any words."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from meetings.models import Meeting
from scrutiny import access
from scrutiny.models import Committee


class Kind(models.TextChoices):
    AGENDA_ITEM = "agenda_item", "Agenda item"
    DOCUMENT = "document", "Report or paper"
    MINUTE = "minute", "Minute"
    RESOLUTION = "resolution", "Resolution"
    PUBLIC_QUESTION = "public_question", "Public question"
    MEMBER_QUESTION = "member_question", "Member's question"
    ACTION = "action", "Action"
    INDICATOR = "indicator", "Performance indicator"


class SearchEntryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The rows `user` may find: Democratic Services everything, unpublished included; a member also the
        exempt material of their own committees; everyone else published material that is not exempt."""
        queryset = self if access.can_see_unpublished(user) else self.filter(published=True)
        return access.without_exempt(queryset, user, exempt_field="exempt", committee_field="committee")

    def for_committee(self, committee):
        """Rows of the committee; an indicator reported to several committees belongs to each of them."""
        indicators = Committee.indicators.through.objects.filter(committee=committee).values("indicator_id")
        return self.filter(
            models.Q(committee=committee) | models.Q(kind=Kind.INDICATOR, object_id__in=indicators)
        )

    def between(self, date_from=None, date_to=None):
        queryset = self
        if date_from:
            queryset = queryset.filter(date__gte=date_from)
        if date_to:
            queryset = queryset.filter(date__lte=date_to)
        return queryset


class SearchEntry(models.Model):
    kind = models.CharField(max_length=20, choices=Kind.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    # Deleting a committee or meeting takes its rows with it, whatever else the deletion skipped.
    committee = models.ForeignKey(
        Committee, null=True, blank=True, on_delete=models.CASCADE, related_name="search_entries"
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="search_entries"
    )
    date = models.DateField(null=True, blank=True, help_text="The meeting's date, where there is one.")
    title = models.TextField()
    context = models.TextField(blank=True, help_text='Where it sits, e.g. "Agenda item 12: …".')
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    exempt = models.BooleanField(default=False)
    published = models.BooleanField(default=False)
    weight = models.FloatField(
        default=1.0, help_text="How much a match counts against the same match in another kind of record."
    )
    # PostgreSQL only: the weighted words of title, context and body (filled by search.index, GIN-indexed
    # by migration 0002). Other databases leave it empty and match words with LIKE instead.
    search_vector = SearchVectorField(null=True, editable=False)
    indexed_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "search index entry"
        verbose_name_plural = "search index entries"
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_search_entry_per_record")
        ]
        indexes = [models.Index(fields=["committee", "date"]), models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"
