"""Who may see what. Every page, download, export and query of exempt material asks here.

The public sees published material only. Exempt items and documents (Schedule 12A) are for Democratic
Services and for the members of the committee they belong to; unpublished agendas and minutes are for
Democratic Services. Object checks go through django-rules (scrutiny/rules.py) and the queryset filters
below ask the same question of many rows at once, from the same facts: `committee_ids(user)`."""

from django.db.models import Q, QuerySet

from .models import Committee, Membership, Person

# Held by Democratic Services: every committee's exempt papers.
READ_EVERY_EXEMPT_PAPER = "meetings.read_exempt"


def person_of(user) -> Person | None:
    """The person a signed-in user is (a councillor, officer …), or None."""
    if not user.is_authenticated:
        return None
    try:
        return user.person
    except Person.DoesNotExist:
        return None


def name_of(user) -> str:
    """A user's name as the papers print it (their person's), else their full name, else their username."""
    if user is None:
        return ""
    person = getattr(user, "person", None)
    return person.name if person is not None else user.get_full_name() or user.get_username()


def committee_ids(user) -> frozenset[int]:
    """The committees the user sits on today, asked once per request (cached on the user object)."""
    if not hasattr(user, "_scrutiny_committee_ids"):
        ids = frozenset()
        if user.is_authenticated and user.is_active:
            ids = frozenset(
                Membership.objects.current().filter(person__user=user).values_list("committee_id", flat=True)
            )
        user._scrutiny_committee_ids = ids
    return user._scrutiny_committee_ids


def reads_every_exempt_paper(user) -> bool:
    return user.is_active and user.has_perm(READ_EVERY_EXEMPT_PAPER)


def can_read_exempt(user, committee: Committee) -> bool:
    return user.has_perm("meetings.read_exempt_papers_of", committee)


def can_see_unpublished(user) -> bool:
    """Democratic Services preview agendas and minutes on the public pages before publishing them."""
    return user.is_active and user.is_staff and user.has_perm("meetings.view_meeting")


def without_exempt(queryset: QuerySet, user, *, exempt_field: str, committee_field: str) -> QuerySet:
    """Drop the rows of `queryset` that are exempt, unless `user` may read them: Democratic Services read
    all of them, a member those of their own committees."""
    if reads_every_exempt_paper(user):
        return queryset
    readable = Q(**{exempt_field: False})
    if committee_ids(user):
        readable |= Q(**{f"{committee_field}__in": committee_ids(user)})
    return queryset.filter(readable)
