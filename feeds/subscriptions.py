"""Subscribing to a committee's alerts, confirming, and unsubscribing, through signed links.

Nothing about an address is stored until its owner confirms: the confirmation link itself carries the
committee, the address and the alerts asked for, signed so that nobody can make one up, and it expires.
The unsubscribe link carries the committee and the address and never expires: an alert read months later
must still stop the alerts."""

from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from scrutiny.models import Committee

from .models import Subscription

CONFIRM_SALT = "feeds.subscription.confirm"
UNSUBSCRIBE_SALT = "feeds.subscription.unsubscribe"
CONFIRMATION_DAYS = 7
ALERT_CHOICES = [
    ("agendas", "Agendas, when they are published"),
    ("minutes", "Minutes, when they are published in draft and when they are approved"),
    ("papers", "New papers added to an agenda after it is published"),
]
ALERT_NAMES = dict(ALERT_CHOICES)


class LinkExpired(Exception):
    """A confirmation link older than CONFIRMATION_DAYS; `committee` says where to subscribe again."""

    def __init__(self, committee: Committee | None):
        super().__init__("This link has expired.")
        self.committee = committee


class LinkNotValid(Exception):
    pass


@dataclass(frozen=True)
class Request:
    """What a confirmation link asks for."""

    committee: Committee
    email: str
    alerts: tuple[str, ...]

    @property
    def alert_names(self) -> list[str]:
        return [ALERT_NAMES[alert] for alert in self.alerts]


def normalise(email: str) -> str:
    return email.strip().lower()


def confirmation_token(committee: Committee, email: str, alerts) -> str:
    alerts = [alert for alert, _ in ALERT_CHOICES if alert in alerts]
    return signing.dumps({"c": committee.pk, "e": normalise(email), "a": alerts}, salt=CONFIRM_SALT)


def confirmation_path(committee: Committee, email: str, alerts) -> str:
    return reverse("alert-confirm", kwargs={"token": confirmation_token(committee, email, alerts)})


def unsubscribe_token(committee_id: int, email: str) -> str:
    """The same for a subscriber every time (no timestamp): every alert they ever had keeps working."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"c": committee_id, "e": normalise(email)})


def unsubscribe_path(committee_id: int, email: str) -> str:
    return reverse("alert-unsubscribe", kwargs={"token": unsubscribe_token(committee_id, email)})


def _committee(pk) -> Committee:
    committee = Committee.objects.filter(pk=pk).first()
    if committee is None:
        raise LinkNotValid("The committee no longer exists.")
    return committee


def read_confirmation(token: str) -> Request:
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRMATION_DAYS * 24 * 60 * 60)
    except signing.SignatureExpired:
        data = signing.loads(token, salt=CONFIRM_SALT)  # genuine but old: say where to subscribe again
        raise LinkExpired(Committee.objects.filter(pk=data.get("c")).first()) from None
    except signing.BadSignature:
        raise LinkNotValid("The link is not one we sent.") from None
    return Request(_committee(data["c"]), data["e"], tuple(data["a"]))


def read_unsubscribe(token: str) -> tuple[Committee, str]:
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    except signing.BadSignature:
        raise LinkNotValid("The link is not one we sent.") from None
    return _committee(data["c"]), data["e"]


@transaction.atomic
def confirm(request: Request) -> Subscription:
    """Subscribe, or change what an existing subscription asked for to what this link asks for."""
    subscription, _ = Subscription.objects.update_or_create(
        committee=request.committee,
        email=request.email,
        defaults={alert: alert in request.alerts for alert in ALERT_NAMES} | {"confirmed_at": timezone.now()},
    )
    return subscription


def unsubscribe(committee: Committee, email: str) -> None:
    """Stop every alert from the committee to the address; alerts still waiting to go are dropped when
    their turn comes (alerts.still_wanted)."""
    Subscription.objects.filter(committee=committee, email=normalise(email)).delete()
