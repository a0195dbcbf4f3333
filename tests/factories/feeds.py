"""Factories for email alerts (the feeds app); the models they point at have factories of their own."""

import factory
from django.utils import timezone

from tests.factories.base import Factory
from tests.factories.scrutiny import CommitteeFactory


class SubscriptionFactory(Factory):
    """A confirmed subscription to every kind of alert."""

    class Meta:
        model = "feeds.Subscription"

    committee = factory.SubFactory(CommitteeFactory)
    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    agendas = True
    minutes = True
    papers = True
    confirmed_at = factory.LazyFunction(timezone.now)
