"""The four committee types a council starts with, each with the council's settings as its rules, and every
existing committee a scrutiny committee (the only kind the platform knew). Scrutiny's standard items are the
seed papers' (meetings/standard_items.py, copied: a migration keeps the data of its day)."""

from django.db import migrations

MINUTES = ("opening", "minutes", "Minutes of {previous_meeting}.")
QUESTION_TIME = ("opening", "questions", "Question Time.")
MEMBERS_QUESTIONS = ("opening", "questions", "Questions asked by members under Standing Order 7(3) and 7(5).")
URGENT_ELSEWHERE = (
    "opening",
    "other",
    "To advise of any other items which the Chairman has decided to take as urgent elsewhere on the agenda.",
)
INTERESTS = ("opening", "declarations", "Declarations of interest in respect of items on the agenda.")
PETITIONS = ("opening", "other", "Presentation of Petitions under Standing Order 36.")
NEXT_MEETING = ("closing", "next_meeting", "Date of next meeting.")
URGENT = ("closing", "other", "Any other items which the Chairman has decided to take as urgent.")
EXCLUSION = ("before_exempt", "exclusion", "Exclusion of the press and public.")

TYPES = {
    ("scrutiny", "Scrutiny"): [
        MINUTES,
        QUESTION_TIME,
        MEMBERS_QUESTIONS,
        URGENT_ELSEWHERE,
        INTERESTS,
        (
            "opening",
            "declarations",
            "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.",
        ),
        PETITIONS,
        NEXT_MEETING,
        URGENT,
        EXCLUSION,
    ],
    ("executive", "Executive (Cabinet)"): [
        MINUTES,
        URGENT_ELSEWHERE,
        INTERESTS,
        NEXT_MEETING,
        URGENT,
        EXCLUSION,
    ],
    ("regulatory", "Regulatory"): [
        MINUTES,
        QUESTION_TIME,
        MEMBERS_QUESTIONS,
        URGENT_ELSEWHERE,
        INTERESTS,
        NEXT_MEETING,
        URGENT,
        EXCLUSION,
    ],
    ("full-council", "Full Council"): [
        ("opening", "other", "Chairman's announcements."),
        MINUTES,
        INTERESTS,
        ("opening", "questions", "Questions asked under Standing Order 7(1)(2) and (5)."),
        PETITIONS,
        URGENT,
        EXCLUSION,
    ],
}


def the_four_types(apps, schema_editor):
    # In the database being migrated, which is not always the default (a restore migrates its own).
    alias = schema_editor.connection.alias
    CommitteeType = apps.get_model("scrutiny", "CommitteeType")
    StandardItem = apps.get_model("scrutiny", "StandardItem")
    Committee = apps.get_model("scrutiny", "Committee")
    for (slug, name), items in TYPES.items():
        committee_type, created = CommitteeType.objects.using(alias).get_or_create(
            slug=slug, defaults={"name": name}
        )
        if created:
            StandardItem.objects.using(alias).bulk_create(
                StandardItem(
                    committee_type=committee_type,
                    position=position,
                    placement=placement,
                    purpose=purpose,
                    wording=wording,
                )
                for position, (placement, purpose, wording) in enumerate(items, start=1)
            )
    Committee.objects.using(alias).filter(committee_type__isnull=True).update(
        committee_type=CommitteeType.objects.using(alias).get(slug="scrutiny")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("scrutiny", "0006_committee_types"),
    ]

    operations = [migrations.RunPython(the_four_types, migrations.RunPython.noop)]
