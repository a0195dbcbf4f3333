"""Object-level permissions on indicators (django-rules): an officer submits the figures of the indicators
they own; Democratic Services submit any."""

import rules

from scrutiny import access

from .models import Indicator


@rules.predicate
def owns(user, indicator: Indicator):
    person = access.person_of(user)
    return person is not None and indicator.owner_id == person.pk


@rules.predicate
def submits_for_anyone(user):
    return user.is_active and user.has_perm("indicators.add_indicatorvalue")


rules.add_perm("indicators.submit_figures", owns | submits_for_anyone)
