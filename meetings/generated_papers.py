"""Papers an agenda item's kind has generated rather than uploaded: "Actions arising from previous meetings"
reports each action with its status and latest response. The app that knows the content (followup) registers
a writer for the kind; the app that builds the packs (papers) typesets what it writes, so meetings imports
neither. A writer says what the paper holds, never how it is printed."""

from collections.abc import Callable
from dataclasses import dataclass, field

from .models import AgendaItem


@dataclass(frozen=True)
class Entry:
    """One thing the paper reports (an action): a heading and its details, label and value."""

    heading: str
    details: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class GeneratedPaper:
    title: str
    introduction: str
    entries: list[Entry]
    # Set: exempt information under that Schedule 12A paragraph, in the full pack only.
    exempt_paragraph: int | None = None


Writer = Callable[[AgendaItem], list[GeneratedPaper]]
_writers: dict[str, Writer] = {}


def add_writer(kind: str, writer: Writer) -> None:
    """Generate the papers of every agenda item of `kind` (an AgendaItem.Kind) with `writer`."""
    _writers[kind] = writer


def is_generated(item: AgendaItem) -> bool:
    return item.kind in _writers


def papers_of(item: AgendaItem) -> list[GeneratedPaper]:
    writer = _writers.get(item.kind)
    return writer(item) if writer else []


def generated_kinds() -> list[str]:
    return list(_writers)
