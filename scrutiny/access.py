"""Who may see what. Every page, download and export asks here rather than deciding for itself.

The public sees published material only. Exempt items and documents (Schedule 12A) are for those
entitled to them; unpublished agendas and minutes are for Democratic Services."""

from django.db.models import QuerySet

from scrutiny.models import Committee


def can_read_exempt(user, committee: Committee) -> bool:
    return user.is_active and user.has_perm("meetings.read_exempt")


def can_see_unpublished(user) -> bool:
    """Democratic Services preview agendas and minutes on the public pages before publishing them."""
    return user.is_active and user.is_staff and user.has_perm("meetings.view_meeting")


def without_exempt(queryset: QuerySet, user, *, exempt_field: str) -> QuerySet:
    """Drop the exempt rows of `queryset` unless `user` is entitled to read exempt material."""
    if user.is_active and user.has_perm("meetings.read_exempt"):
        return queryset
    return queryset.filter(**{exempt_field: False})
