"""Load a demo petition, open for signing, with some confirmed signatures. Safe to run again.

Not from the papers (seed 003 records that no petitions were received): a petition on a subject the committee
scrutinised on 23 January 2024, so the demo shows a petition's page, its count and its signing. It is made
directly, not through participation.petitions, which would email the lead petitioner and every signer."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from participation import petitions
from participation.models import OnlinePetition, Signature

PETITION = {
    "title": "More specialist school places for children with SEND in Leicestershire",
    "prayer": (
        "We ask the County Council to open more specialist school places in Leicestershire for children "
        "with special educational needs and disabilities, so that fewer children travel out of the county "
        "to school and fewer families wait for a tribunal to decide where their child is taught."
    ),
    "lead_petitioner": "Mrs Sue Whiting",
    "lead_petitioner_email": "sue.whiting@example.org",
    "open_days": 120,  # published some weeks before the demo is loaded, closing months after
    "published_days_ago": 21,
}
SIGNERS = [
    ("Amrit Sandhu", "LE3 8RA"),
    ("Claire Hodgkinson", "LE11 2TN"),
    ("David Okafor", "LE9 6PU"),
    ("Helen Barratt", "LE67 3AB"),
    ("Marek Nowak", "LE4 9HQ"),
    ("Priya Mistry", "LE18 4XT"),
    ("Tom Ellis", "LE16 7AJ"),
]


@dataclass
class ParticipationResult:
    petition: OnlinePetition
    created: int


@transaction.atomic
def load() -> ParticipationResult:
    now = timezone.now()
    petition, created = OnlinePetition.objects.get_or_create(
        title=PETITION["title"],
        defaults={
            "prayer": PETITION["prayer"],
            "lead_petitioner": PETITION["lead_petitioner"],
            "lead_petitioner_email": PETITION["lead_petitioner_email"],
            "status": OnlinePetition.Status.PUBLISHED,
            "submitted_at": now - timedelta(days=PETITION["published_days_ago"] + 2),
            "published_at": now - timedelta(days=PETITION["published_days_ago"]),
            "closes_on": timezone.localdate(now) + timedelta(days=PETITION["open_days"]),
        },
    )
    count = int(created)
    for position, (name, postcode) in enumerate(SIGNERS):
        email = f"{name.lower().replace(' ', '.')}@example.org"
        _, made = Signature.objects.get_or_create(
            petition=petition,
            email=email,
            defaults={
                "name": name,
                "postcode": postcode,
                "confirmed_at": petition.published_at + timedelta(days=position + 1),
            },
        )
        count += made
    petitions.recount(petition)
    petition.refresh_from_db()
    return ParticipationResult(petition, count)
