"""The URL patterns of the site, for the tests that must reach every one of them (the permission matrix, the
page widths)."""

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver


def url_patterns(patterns=None, prefix="", namespace="") -> Iterator[tuple[str, str, str | None, URLPattern]]:
    """Every URL pattern under `patterns` (the site's, unless told): its full route, its namespace
    ("opendata:") and its name as reverse() takes it ("opendata:docs"), if it has one."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_patterns(pattern.url_patterns, route, inner)
        else:
            assert isinstance(pattern, URLPattern)
            yield route, namespace, f"{namespace}{pattern.name}" if pattern.name else None, pattern


def served_files(pattern) -> bool:
    """Django's own views of static and media files, which no page of ours is."""
    return pattern.callback.__module__ in ("django.views.static", "django.contrib.staticfiles.views")
