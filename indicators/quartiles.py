"""The quartile summary every performance report opens with, counted from the dashboard's quartile column:

"From 22 measures reported that have a national benchmark, three are in the top quartile, six are in the
second quartile, nine are in the third quartile and four are in the bottom quartile." (seed 003, para 5)

Quartile 1 is the top. Numbers up to NUMBER_WORDS_UP_TO are written in words (the papers' house style)."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

WORDS = [
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
PLACES = {1: "top", 2: "second", 3: "third", 4: "bottom"}
ORDINALS = {1: "top", 2: "second", 3: "third", 4: "fourth"}


def in_words(number: int) -> str:
    if number == 0:
        return "none"
    limit = min(settings.NUMBER_WORDS_UP_TO, len(WORDS) - 1)
    return WORDS[number] if 0 < number <= limit else f"{number:,}"


@dataclass(frozen=True)
class QuartileSummary:
    benchmarked: int
    counts: dict[int, int]  # quartile (1 = top) -> measures in it
    sentence: str


def summarise(quartiles: Iterable[int | None]) -> QuartileSummary:
    counts = Counter(quartile for quartile in quartiles if quartile in PLACES)
    benchmarked = sum(counts.values())
    per_quartile = {quartile: counts.get(quartile, 0) for quartile in PLACES}
    if not benchmarked:
        return QuartileSummary(0, per_quartile, "No measures reported have a national benchmark.")
    parts = [
        f"{in_words(count)} {'is' if count == 1 else 'are'} in the {PLACES[quartile]} quartile"
        for quartile, count in per_quartile.items()
    ]
    measures = "measure reported that has" if benchmarked == 1 else "measures reported that have"
    sentence = (
        f"From {in_words(benchmarked)} {measures} a national benchmark, "
        f"{', '.join(parts[:-1])} and {parts[-1]}."
    )
    return QuartileSummary(benchmarked, per_quartile, sentence)
