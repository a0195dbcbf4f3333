"""manage.py rebuild_search_index: write the whole search index again from the records. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from search import index
from search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the records: agenda items, papers, minutes, resolutions, questions, "
        "actions and performance indicators. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        # One transaction: searches go on meanwhile and see the old index until the new one is complete.
        with transaction.atomic():
            counts = index.rebuild()
        for kind, count in counts.items():
            self.stdout.write(f"  {kind}: {count}")
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {SearchEntry.objects.count()} entries."))
