"""The chasing's emails move into the site's one outbox (scrutiny.Message), with their keys, so that none
already sent is sent again; then followup.Notification goes."""

from django.db import migrations

from scrutiny.migrations._outbox import move_in, move_out


def into_the_outbox(apps, schema_editor):
    def about(notification):
        return ("followup", "action", notification.action_id) if notification.action_id else None

    move_in(apps, schema_editor, model="followup.Notification", about=about)


def out_of_the_outbox(apps, schema_editor):
    move_out(apps, schema_editor, model="followup.Notification", fields=lambda m: {"action_id": m.about_id})


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("followup", "0004_action_due_order"),
        ("scrutiny", "0004_outbox"),
    ]

    operations = [
        migrations.RunPython(into_the_outbox, out_of_the_outbox),
        migrations.DeleteModel(name="Notification"),
    ]
