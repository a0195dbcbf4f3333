"""Writing the search index: the rows of some records, of a meeting's records, or of everything.

The receivers keep it in step through the first three functions, which do nothing while it is held
(scrutiny.keeping); `rebuild()` always writes.

Rows are written in the caller's transaction, so a change that is rolled back leaves the index as it was,
and a record is never findable under flags (exempt, published) older than the record itself."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection, models

from scrutiny.keeping import SEARCH_INDEX, is_held

from .models import SearchEntry
from .sources import MAX_BODY_CHARS, SOURCE_OF_MODEL, SOURCES, Source, clean

# The language of the papers: "tribunals" is found as "tribunal", "reporting" as "report".
TEXT_SEARCH_CONFIG = "english"
# Title above where it sits (its agenda item or minute) above the text itself.
VECTOR = (
    SearchVector("title", weight="A", config=TEXT_SEARCH_CONFIG)
    + SearchVector("context", weight="B", config=TEXT_SEARCH_CONFIG)
    + SearchVector("body", weight="C", config=TEXT_SEARCH_CONFIG)
)
UPDATED_FIELDS = [
    "kind",
    "committee",
    "meeting",
    "date",
    "title",
    "context",
    "body",
    "url",
    "exempt",
    "published",
    "weight",
    "indexed_at",
]
BATCH_SIZE = 200


def index_records(model: type[models.Model], pks) -> int:
    """(Re)write the rows of these records of `model`; records that no longer exist lose theirs."""
    if is_held(SEARCH_INDEX):
        return 0
    pks = set(pks)
    if not pks:
        return 0
    written = _write(SOURCE_OF_MODEL[model], model._default_manager.filter(pk__in=pks))
    if gone := pks - written:
        remove_records(model, gone)
    return len(written)


def index_meeting(meeting) -> int:
    """Every record of the meeting: its date, committee and publication are on each of their rows."""
    if is_held(SEARCH_INDEX):
        return 0
    return sum(
        len(_write(source, source.model._default_manager.filter(**{source.meeting_path: meeting})))
        for source in SOURCES
        if source.meeting_path
    )


def remove_records(model: type[models.Model], pks) -> None:
    if is_held(SEARCH_INDEX):
        return
    content_type = ContentType.objects.get_for_model(model)
    SearchEntry.objects.filter(content_type=content_type, object_id__in=list(pks)).delete()


def rebuild() -> dict[str, int]:
    """Every record of every kind, and no row for anything else; running it twice changes nothing."""
    counts = {}
    for source in SOURCES:
        content_type = ContentType.objects.get_for_model(source.model)
        counts[source.kind.label] = len(_write(source, source.model._default_manager.all()))
        SearchEntry.objects.filter(content_type=content_type).exclude(
            object_id__in=source.model._default_manager.values("pk")
        ).delete()
    # Rows of a model that is no longer indexed at all.
    SearchEntry.objects.exclude(
        content_type__in=[ContentType.objects.get_for_model(source.model) for source in SOURCES]
    ).delete()
    return counts


def _write(source: Source, queryset: models.QuerySet) -> set[int]:
    """Upsert the rows of the records in `queryset`; returns their primary keys."""
    content_type = ContentType.objects.get_for_model(source.model)
    written = set()
    batch = []
    # In primary key order: the models' own orderings join other tables for nothing here.
    for record in source.rows(queryset.order_by("pk")).iterator(chunk_size=BATCH_SIZE):
        batch.append(_entry(source, content_type, record))
        if len(batch) == BATCH_SIZE:
            written |= _save(content_type, batch)
            batch = []
    if batch:
        written |= _save(content_type, batch)
    return written


def _entry(source: Source, content_type: ContentType, record) -> SearchEntry:
    fields = source.entry(record)
    return SearchEntry(
        kind=source.kind,
        content_type=content_type,
        object_id=record.pk,
        committee_id=fields["committee_id"],
        meeting_id=fields["meeting_id"],
        date=fields["date"],
        title=clean(fields["title"]),
        context=clean(fields["context"]),
        body=clean(fields["body"])[:MAX_BODY_CHARS],
        url=fields["url"],
        exempt=fields["exempt"],
        published=fields["published"],
        weight=fields.get("weight", 1.0),
    )


def _save(content_type: ContentType, entries: list[SearchEntry]) -> set[int]:
    SearchEntry.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=UPDATED_FIELDS,
    )
    object_ids = {entry.object_id for entry in entries}
    if connection.vendor == "postgresql":
        SearchEntry.objects.filter(content_type=content_type, object_id__in=object_ids).update(
            search_vector=VECTOR
        )
    return object_ids
