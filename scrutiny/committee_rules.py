"""A committee's rules: clear days for its agenda, the deadline for public questions, the report timetable and
the quorum. Its committee type sets them; the council-wide settings are every new type's defaults, and the
rules of a committee that has no type."""

from dataclasses import dataclass, fields
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from .generations import Generation

# Each rule and the setting that is its default.
SETTINGS = {
    "publication_clear_days": "PUBLICATION_CLEAR_DAYS",
    "publication_counts_working_days": "PUBLICATION_COUNTS_WORKING_DAYS",
    "question_deadline_clear_working_days": "QUESTION_DEADLINE_CLEAR_WORKING_DAYS",
    "report_draft_working_days": "REPORT_DRAFT_WORKING_DAYS",
    "report_final_working_days": "REPORT_FINAL_WORKING_DAYS",
    "quorum_fraction": "QUORUM_FRACTION",
    "quorum_minimum": "QUORUM_MINIMUM",
}


@dataclass(frozen=True)
class Rules:
    publication_clear_days: int
    publication_counts_working_days: bool
    question_deadline_clear_working_days: int
    report_draft_working_days: int
    report_final_working_days: int
    quorum_fraction: Decimal
    quorum_minimum: int

    @classmethod
    def from_settings(cls) -> "Rules":
        return cls(**{name: default(name) for name in SETTINGS})

    @classmethod
    def of(cls, committee_type) -> "Rules":
        """The rules of a committee of `committee_type`: the settings' when it is None."""
        if committee_type is None:
            return cls.from_settings()
        return cls(**{field.name: getattr(committee_type, field.name) for field in fields(cls)})


def default(name: str):
    """The setting that is the default of the rule `name` (a new committee type starts from it)."""
    value = getattr(settings, SETTINGS[name])
    # A fraction is kept to four places: 0.25 from the settings is 0.2500, not 0.25000000000000001.
    return Decimal(str(value)).quantize(Decimal("0.0001")) if name == "quorum_fraction" else value


def default_of(name: str):
    """For a model field's default: the setting, read when a new type is made rather than at import."""
    return partial(default, name)


# The ways the committee types count an agenda's clear days, kept until a type changes: the to-do list asks
# for every committee's agendas due, on every visit to the admin's home page.
COUNTINGS = Generation("committee-type-countings", seconds=24 * 60 * 60)


def publication_countings() -> frozenset[tuple[int, bool]]:
    """Each (clear days, counted in working days) some committee type has."""
    from .models import CommitteeType

    return COUNTINGS.get_or_build(
        "all",
        lambda: frozenset(
            CommitteeType.objects.order_by()
            .values_list("publication_clear_days", "publication_counts_working_days")
            .distinct()
        ),
    )


def connect() -> None:
    """A type added, changed or removed makes the kept countings old (called when the app is ready)."""
    from .models import CommitteeType

    post_save.connect(COUNTINGS.forget, sender=CommitteeType, dispatch_uid="committee_rules.saved")
    post_delete.connect(COUNTINGS.forget, sender=CommitteeType, dispatch_uid="committee_rules.deleted")
