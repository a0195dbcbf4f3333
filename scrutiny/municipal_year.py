"""The municipal year runs from the annual council meeting in May to the next May.

A municipal year is named by the calendar year it starts in: 2023 means 2023/24."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings


@dataclass(frozen=True, order=True)
class MunicipalYear:
    start_year: int

    @classmethod
    def containing(cls, day: date) -> "MunicipalYear":
        month, day_of_month = settings.MUNICIPAL_YEAR_START
        starts_this_year = (day.month, day.day) >= (month, day_of_month)
        return cls(day.year if starts_this_year else day.year - 1)

    @property
    def start(self) -> date:
        month, day = settings.MUNICIPAL_YEAR_START
        return date(self.start_year, month, day)

    @property
    def end(self) -> date:
        """The first day of the next municipal year (exclusive end)."""
        return MunicipalYear(self.start_year + 1).start

    @property
    def label(self) -> str:
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"

    def __str__(self) -> str:
        return self.label
