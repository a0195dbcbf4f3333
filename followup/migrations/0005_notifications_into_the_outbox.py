"""The chasing's emails move into the site's one outbox (scrutiny.Message), with their keys, so that none
already sent is sent again; then followup.Notification goes."""

from django.db import migrations

BATCH = 1000


def into_the_outbox(apps, schema_editor):
    db = schema_editor.connection.alias
    Notification = apps.get_model("followup", "Notification")
    Message = apps.get_model("scrutiny", "Message")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not Notification.objects.using(db).exists():
        return  # a new database: nothing to copy, and no content type to make before migrate makes them
    action_type = ContentType.objects.using(db).get_or_create(app_label="followup", model="action")[0]
    messages = [
        Message(
            kind=f"followup.{notification.kind}",
            recipient=notification.recipient,
            key=notification.key,
            about_type=action_type if notification.action_id else None,
            about_id=notification.action_id,
            created_at=notification.created_at,
            sent_at=notification.sent_at,
            attempts=1 if notification.sent_at else 0,
        )
        for notification in Notification.objects.using(db).order_by("pk").iterator(chunk_size=BATCH)
    ]
    Message.objects.using(db).bulk_create(messages, batch_size=BATCH)


def out_of_the_outbox(apps, schema_editor):
    db = schema_editor.connection.alias
    Notification = apps.get_model("followup", "Notification")
    Message = apps.get_model("scrutiny", "Message")
    ours = Message.objects.using(db).filter(kind__startswith="followup.")
    Notification.objects.using(db).bulk_create(
        [
            Notification(
                kind=message.kind.removeprefix("followup."),
                recipient=message.recipient,
                key=message.key,
                action_id=message.about_id,
                created_at=message.created_at,
                sent_at=message.sent_at,
            )
            for message in ours.order_by("pk").iterator(chunk_size=BATCH)
        ],
        batch_size=BATCH,
    )
    ours.delete()


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
