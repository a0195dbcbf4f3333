"""Factories for public participation: questions sent online, online petitions and their signatures."""

from datetime import timedelta

import factory
from django.utils import timezone

from tests.factories.base import Factory
from tests.factories.meetings import MeetingFactory, PublicQuestionFactory


class SubmittedQuestionFactory(PublicQuestionFactory):
    """A question sent online for an upcoming meeting, waiting for Democratic Services to decide."""

    meeting = factory.SubFactory(MeetingFactory)
    questioner = "Mrs Sue Whiting"
    questioner_email = factory.Sequence(lambda n: f"resident{n}@example.com")
    question = "How many children with an EHCP are waiting for a mainstream school place?"
    response = ""
    status = "submitted"
    submitted_at = factory.LazyFunction(timezone.now)
    received_on = factory.LazyFunction(timezone.localdate)


class AcceptedQuestionFactory(SubmittedQuestionFactory):
    status = "accepted"


class RejectedQuestionFactory(SubmittedQuestionFactory):
    status = "rejected"
    rejection_reason = "The question is about an individual case, which the committee cannot discuss."


class OnlinePetitionFactory(Factory):
    """A petition sent online, waiting for moderation."""

    class Meta:
        model = "participation.OnlinePetition"

    title = factory.Sequence(lambda n: f"Keep the Braunstone youth centre open ({n})")
    prayer = "We ask the council to keep the youth centre open on weekday evenings."
    lead_petitioner = "Ms J. Smith"
    lead_petitioner_email = factory.Sequence(lambda n: f"petitioner{n}@example.com")


class PublishedPetitionFactory(OnlinePetitionFactory):
    status = "published"
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))


class ClosedPetitionFactory(PublishedPetitionFactory):
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=200))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=1))


class SignatureFactory(Factory):
    """A signature waiting for its email address to be confirmed."""

    class Meta:
        model = "participation.Signature"

    petition = factory.SubFactory(PublishedPetitionFactory)
    name = factory.Faker("name", locale="en_GB")
    email = factory.Sequence(lambda n: f"signer{n}@example.com")
    postcode = "LE3 8RA"


class ConfirmedSignatureFactory(SignatureFactory):
    confirmed_at = factory.LazyFunction(timezone.now)
