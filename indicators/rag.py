"""Targets and the RAG status suggested by them (shared/docs/indicators.md, "RAG from a target").

The signed gap is positive when the value is better than the target. Green: the target is met (a strict
comparator such as "<" is not met at the target itself). Amber: missed by no more than the tolerance, which
is absolute (in the indicator's units) or relative (a share of the target). Red: missed by more. No target,
no RAG. Officers may override the suggestion, giving their reason; the suggestion is kept beside it."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import models

from .quoting import quoted
from .trends import Polarity


class Comparator(models.TextChoices):
    LESS = "<", "less than"
    LESS_OR_EQUAL = "<=", "at most"
    GREATER = ">", "more than"
    GREATER_OR_EQUAL = ">=", "at least"
    EQUAL = "=", "equal to"
    BETWEEN = "between", "between"


class RAG(models.TextChoices):
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"


class ToleranceKind(models.TextChoices):
    ABSOLUTE = "absolute", "Absolute (in the indicator's units)"
    RELATIVE = "relative", "Relative (a percentage of the target)"


@dataclass(frozen=True)
class TargetSpec:
    comparator: str
    value: Decimal
    upper: Decimal | None = None

    def __str__(self) -> str:
        if self.comparator == Comparator.BETWEEN:
            return f"{self.value.normalize():f} to {self.upper.normalize():f}"
        return f"{self.comparator}{self.value.normalize():f}"

    @property
    def implied_polarity(self) -> str | None:
        """What the comparator says about which way is better."""
        if self.comparator in (Comparator.LESS, Comparator.LESS_OR_EQUAL):
            return Polarity.LOW_IS_GOOD
        if self.comparator in (Comparator.GREATER, Comparator.GREATER_OR_EQUAL):
            return Polarity.HIGH_IS_GOOD
        return None


TARGET = re.compile(r"^(<=|>=|≤|≥|<|>|=)\s*(-?[\d,]*\.?\d+)\s*%?$")
BETWEEN = re.compile(r"^(?:between\s+)?(-?[\d,]*\.?\d+)\s*%?\s*(?:-|–|to|and)\s*(-?[\d,]*\.?\d+)\s*%?$", re.I)


def parse_target(text: str) -> TargetSpec | None:
    """ ">97.2%" and "<2.1%" as the papers print them; None for a blank or "N/A"."""
    cleaned = " ".join(str(text or "").split())
    if cleaned.lower() in ("", "n/a", "na", "-", "none"):
        return None
    symbols = {"≤": "<=", "≥": ">="}
    try:
        if match := TARGET.match(cleaned):
            return TargetSpec(symbols.get(match[1], match[1]), Decimal(match[2].replace(",", "")))
        if match := BETWEEN.match(cleaned):
            low, high = sorted(Decimal(group.replace(",", "")) for group in (match[1], match[2]))
            return TargetSpec(Comparator.BETWEEN, low, high)
    except InvalidOperation:
        pass
    raise ValueError(
        f'{quoted(text)} is not a target: write it as, for example, ">97.2%", "<2.1%" or "10 to 20".'
    )


def gap(value: Decimal, target: TargetSpec) -> Decimal:
    """How far the value is on the good side of the target (negative: missed by that much)."""
    if target.comparator in (Comparator.LESS, Comparator.LESS_OR_EQUAL):
        return target.value - value
    if target.comparator in (Comparator.GREATER, Comparator.GREATER_OR_EQUAL):
        return value - target.value
    if target.comparator == Comparator.BETWEEN:
        if value < target.value:
            return value - target.value
        return min(target.upper - value, Decimal(0))
    return -abs(value - target.value)


def met(value: Decimal, target: TargetSpec) -> bool:
    distance = gap(value, target)
    if target.comparator in (Comparator.LESS, Comparator.GREATER):
        return distance > 0
    return distance >= 0


def allowance(target: TargetSpec, tolerance_kind: str, tolerance: Decimal) -> Decimal:
    if tolerance_kind == ToleranceKind.RELATIVE:
        return abs(target.value) * tolerance / 100
    return tolerance


def suggested_rag(
    value: Decimal | None, target: TargetSpec | None, *, tolerance_kind: str, tolerance: Decimal
) -> str | None:
    if value is None or target is None:
        return None
    if met(value, target):
        return RAG.GREEN
    if gap(value, target) >= -allowance(target, tolerance_kind, tolerance):
        return RAG.AMBER
    return RAG.RED


def parse_rag(text: str) -> str | None:
    word = " ".join(str(text or "").lower().split())
    if word in ("", "n/a", "na", "-", "none", "grey"):
        return None
    if word not in RAG.values:
        raise ValueError(f"{quoted(text)} is not a RAG status: write Red, Amber or Green.")
    return word
