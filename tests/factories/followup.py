"""Factories for follow-up: actions, their responses and attachments, recommendations, and the emails the
chasing puts in the outbox."""

from datetime import timedelta

import factory
from django.utils import timezone

from tests.factories.base import Factory
from tests.factories.meetings import ResolutionFactory
from tests.factories.scrutiny import OfficerFactory


class ActionFactory(Factory):
    """An action from a request-for-information resolution in published minutes, owned by an officer."""

    class Meta:
        model = "followup.Action"

    resolution = factory.SubFactory(ResolutionFactory, kind="request_for_information")
    # Action.save() sets the committee from the resolution; an action raised directly needs one given.
    committee = factory.LazyAttribute(lambda a: a.resolution.minute.committee if a.resolution else None)
    description = factory.Sequence(
        lambda n: f"The Director to provide the committee with the number of tribunal appeals ({n})."
    )
    owner = factory.SubFactory(OfficerFactory)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))


class OverdueActionFactory(ActionFactory):
    due_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))


class ActionResponseFactory(Factory):
    class Meta:
        model = "followup.ActionResponse"

    action = factory.SubFactory(ActionFactory, status="response_submitted")
    kind = "answer"
    text = "Of 120 tribunal appeals in 2023, 114 were decided in favour of the parent."
    responded_by = factory.LazyAttribute(lambda r: r.action.owner)
    outcome = "awaiting_review"


class ResponseAttachmentFactory(Factory):
    class Meta:
        model = "followup.ResponseAttachment"

    response = factory.SubFactory(ActionResponseFactory)
    file = factory.django.FileField(filename="evidence.pdf", data=b"%PDF-1.4 evidence")


class RecommendationFactory(Factory):
    class Meta:
        model = "followup.Recommendation"

    resolution = factory.SubFactory(
        ResolutionFactory,
        kind="recommendation",
        recommended_to="Cabinet",
        text="That the draft Departmental Plan be presented to the Cabinet.",
    )
    body = "Cabinet"
    sent_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=10))


class OverdueRecommendationFactory(RecommendationFactory):
    """Sent more than two months ago, and the executive has not replied."""

    sent_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=90))


class MessageFactory(Factory):
    """An email in the outbox, not sent yet: telling an action's officer it is theirs."""

    class Meta:
        model = "scrutiny.Message"

    kind = "followup.assigned"
    about = factory.SubFactory(ActionFactory)
    recipient = factory.LazyAttribute(lambda n: n.about.owner.email)
    key = factory.LazyAttribute(lambda n: f"{n.about.reference}:officer-{n.about.owner_id}")
