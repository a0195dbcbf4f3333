"""The clerk's to-do list on the admin's home page. The page belongs to this core app, but most of what
Democratic Services must do is kept by the apps above it: each registers its sections here from its own admin
module, so nothing here imports them. Every section costs two queries (its count and its first rows),
however many rows there are."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.urls import reverse

FIRST_ROWS = 5


@dataclass(frozen=True)
class Section:
    title: str  # what is to be done, e.g. "Minutes to write"
    rows: Callable[[], models.QuerySet]  # ordered, with what `describe` reads selected
    permission: str  # the permission that lets a user do it, e.g. "meetings.change_meeting"
    changelist: str  # where all of them are listed: the admin URL name
    query: str = ""  # the changelist's filter that lists exactly these rows
    describe: Callable[[models.Model], str] = str  # a row's line on the list
    link: Callable[[models.Model], str] | None = None  # where a row is done; its change page by default
    order: int = 100


_sections: dict[str, Section] = {}


def register(section: Section) -> None:
    """Add `section` to the list (once: registering again under the same title replaces it)."""
    _sections[section.title] = section


def change_url(row: models.Model) -> str:
    meta = row._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[row.pk])


@dataclass(frozen=True)
class ToDo:
    title: str
    count: int
    rows: list[tuple[str, str]]  # (line, link)
    more_url: str


def to_do_for(user) -> list[ToDo]:
    """The sections `user` may act on, in order, with how many rows each has and the first few."""
    found = []
    for section in sorted(_sections.values(), key=lambda s: (s.order, s.title)):
        if not user.has_perm(section.permission):
            continue
        rows = section.rows()
        link = section.link or change_url
        found.append(
            ToDo(
                title=section.title,
                count=rows.count(),
                rows=[(section.describe(row), link(row)) for row in rows[:FIRST_ROWS]],
                more_url=reverse(section.changelist) + (f"?{section.query}" if section.query else ""),
            )
        )
    return found
