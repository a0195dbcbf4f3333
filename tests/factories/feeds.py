"""Factories for email alerts (the feeds app); the models they point at come from tests.factories."""

import factory
from django.utils import timezone

from tests.factories import CommitteeFactory, Factory


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
