"""Trend and direction, worked out from the figures, never typed in.

The trend is the movement of the number (increase, decrease, no change), decided at the precision the
dashboard shows, so it never reads "up 0.0". The direction combines the trend with the polarity: for a
Low = Good measure a decrease is an improvement; a measure without polarity is never judged."""

from decimal import ROUND_HALF_UP, Decimal

from django.db import models

from .quoting import quoted


class Polarity(models.TextChoices):
    HIGH_IS_GOOD = "high", "High = Good"
    LOW_IS_GOOD = "low", "Low = Good"
    NONE = "none", "N/A"


class Trend(models.TextChoices):
    INCREASE = "increase", "Increase"
    DECREASE = "decrease", "Decrease"
    NO_CHANGE = "no change", "No change"


class Direction(models.TextChoices):
    IMPROVED = "improved", "Improved"
    DECLINED = "declined", "Declined"
    NO_CHANGE = "no change", "No change"
    NOT_JUDGED = "not judged", "Not judged"


def shown(value: Decimal, decimals: int) -> Decimal:
    """The value as the dashboard shows it."""
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def trend(previous: Decimal | None, latest: Decimal | None, decimals: int) -> str | None:
    if previous is None or latest is None:
        return None
    before, now = shown(previous, decimals), shown(latest, decimals)
    if now > before:
        return Trend.INCREASE
    if now < before:
        return Trend.DECREASE
    return Trend.NO_CHANGE


def direction(movement: str | None, polarity: str) -> str:
    if movement is None or polarity == Polarity.NONE:
        return Direction.NOT_JUDGED
    if movement == Trend.NO_CHANGE:
        return Direction.NO_CHANGE
    better = Trend.INCREASE if polarity == Polarity.HIGH_IS_GOOD else Trend.DECREASE
    return Direction.IMPROVED if movement == better else Direction.DECLINED


# How the papers write a trend, and what each word means (the papers use "Decline" for a decrease).
TREND_WORDS = {
    "increase": Trend.INCREASE,
    "increased": Trend.INCREASE,
    "up": Trend.INCREASE,
    "decrease": Trend.DECREASE,
    "decreased": Trend.DECREASE,
    "decline": Trend.DECREASE,
    "down": Trend.DECREASE,
    "no change": Trend.NO_CHANGE,
    "same": Trend.NO_CHANGE,
    "unchanged": Trend.NO_CHANGE,
}


def parse_trend(text: str) -> str | None:
    """A printed trend as one of ours; None when blank or "N/A"; ValueError when not a trend at all."""
    word = " ".join(str(text or "").lower().split())
    if word in ("", "n/a", "na", "-"):
        return None
    if word not in TREND_WORDS:
        raise ValueError(f"{quoted(text)} is not a trend: write Increase, Decrease or No change.")
    return TREND_WORDS[word]
