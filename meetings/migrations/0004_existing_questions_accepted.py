"""Public questions recorded before online submission were all put at their meetings: they are accepted.

The new column's default already says so; this states it, whatever that default becomes. An update bypasses
MinutesRecord.save(), and rightly: the status is no word of the signed record."""

from django.db import migrations


def accept_recorded_questions(apps, schema_editor):
    PublicQuestion = apps.get_model("meetings", "PublicQuestion")
    PublicQuestion.objects.filter(submitted_at__isnull=True).update(status="accepted")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_public_question_submission"),
    ]

    operations = [
        migrations.RunPython(accept_recorded_questions, migrations.RunPython.noop, elidable=True),
    ]
