"""How figures are written: at the indicator's precision, percentages with their sign, numbers with commas."""

from decimal import Decimal

from .rag import Comparator, TargetSpec
from .trends import shown


def format_value(value: Decimal | None, value_type: str, decimals: int, unit: str = "") -> str:
    if value is None:
        return ""
    number = f"{shown(value, decimals):,.{decimals}f}"
    if value_type == "percent":
        return f"{number}%"
    return f"{number} {unit}".strip() if value_type == "rate" else number


def format_target(target: TargetSpec | None, value_type: str, decimals: int, unit: str = "") -> str:
    """A target as the papers print it: ">97.2%", "<2.1%", "10.0% to 20.0%"."""
    if target is None:
        return ""
    if target.comparator == Comparator.BETWEEN:
        bounds = (target.value, target.upper)
        low, high = (format_value(bound, value_type, decimals, unit) for bound in bounds)
        return f"{low} to {high}"
    return f"{target.comparator}{format_value(target.value, value_type, decimals, unit)}"
