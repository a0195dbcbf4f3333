"""The live dashboard's lines, kept in the cache between requests (scrutiny.generations says how they are
kept fresh): building them for every active indicator (the table shows a page of them, the quartile summary
and the filters read them all) is most of what the dashboard costs, and they change only when figures,
targets or indicators do."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from scrutiny.generations import Generation

LINES = Generation("performance-dashboard", seconds=60 * 60)
# What a request may ask the dashboard that changes its lines (its page, sorting and download do not).
PAGE_ONLY = {"page", "per_page", "sort", "_export"}


def lines(query, build) -> list:
    """The lines for the dashboard's filters in `query` (a QueryDict): kept, else `build()`."""
    filters = sorted((name, value) for name, value in query.lists() if name not in PAGE_ONLY)
    return LINES.get_or_build(repr(filters), build)


def connect() -> None:
    """Every change to what a line shows makes the kept lines old (called when the app is ready)."""
    from . import signals
    from .models import Indicator, IndicatorValue, Outcome, Target, Theme

    for model in (Indicator, IndicatorValue, Target, Outcome, Theme):
        post_save.connect(LINES.forget, sender=model, dispatch_uid=f"dashboard_cache.saved.{model.__name__}")
        post_delete.connect(
            LINES.forget, sender=model, dispatch_uid=f"dashboard_cache.deleted.{model.__name__}"
        )
    m2m_changed.connect(
        LINES.forget, sender=Indicator.committees.through, dispatch_uid="dashboard_cache.committees"
    )
    signals.indicators_changed_in_bulk.connect(LINES.forget, dispatch_uid="dashboard_cache.bulk")
