from django.core.paginator import Paginator
from django.utils.functional import cached_property
from rest_framework.pagination import PageNumberPagination

from scrutiny.generations import Generation

# Each list's count, kept until any record changes (opendata.apps connects every save and delete): the open
# data is the same for everybody, and a harvester reading 3,000 pages of resolutions would otherwise have all
# 150,000 of them counted again for every page.
COUNTS = Generation("open-data-counts", seconds=10 * 60)


class CountKeptPaginator(Paginator):
    @cached_property
    def count(self) -> int:
        rows = self.object_list
        sql, params = rows.query.sql_with_params()  # the filtered list's query, not yet cut into pages
        return COUNTS.get_or_build(f"{rows.db} {sql} {params!r}", rows.count)


class OpenDataPagination(PageNumberPagination):
    """Pages of 50 by default; `page_size` asks for up to 500, so a harvester needs few requests and no
    request costs the database much."""

    django_paginator_class = CountKeptPaginator
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
