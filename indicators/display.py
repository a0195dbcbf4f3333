"""How figures are written: at the indicator's precision, percentages with their sign, numbers with commas."""

from decimal import Decimal

from .trends import shown


def format_value(value: Decimal | None, value_type: str, decimals: int, unit: str = "") -> str:
    if value is None:
        return ""
    number = f"{shown(value, decimals):,.{decimals}f}"
    if value_type == "percent":
        return f"{number}%"
    return f"{number} {unit}".strip() if value_type == "rate" else number
