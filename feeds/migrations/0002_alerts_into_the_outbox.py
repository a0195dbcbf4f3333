"""Committee alerts move into the site's one outbox (scrutiny.Message), with their keys, so that none already
sent is sent again; then feeds.Alert goes. An alert is about the paper added, or else the meeting."""

from django.db import migrations

BATCH = 1000


def into_the_outbox(apps, schema_editor):
    db = schema_editor.connection.alias
    Alert = apps.get_model("feeds", "Alert")
    Message = apps.get_model("scrutiny", "Message")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not Alert.objects.using(db).exists():
        return  # a new database: nothing to copy, and no content type to make before migrate makes them
    meeting_type = ContentType.objects.using(db).get_or_create(app_label="meetings", model="meeting")[0]
    document_type = ContentType.objects.using(db).get_or_create(app_label="meetings", model="document")[0]
    messages = [
        Message(
            kind=f"feeds.{alert.kind}",
            recipient=alert.recipient,
            key=alert.key,
            about_type=document_type if alert.document_id else meeting_type,
            about_id=alert.document_id or alert.meeting_id,
            created_at=alert.created_at,
            sent_at=alert.sent_at,
            attempts=1 if alert.sent_at else 0,
        )
        for alert in Alert.objects.using(db).order_by("pk").iterator(chunk_size=BATCH)
    ]
    Message.objects.using(db).bulk_create(messages, batch_size=BATCH)


def out_of_the_outbox(apps, schema_editor):
    db = schema_editor.connection.alias
    Alert = apps.get_model("feeds", "Alert")
    Message = apps.get_model("scrutiny", "Message")
    Meeting = apps.get_model("meetings", "Meeting")
    Document = apps.get_model("meetings", "Document")
    ours = Message.objects.using(db).filter(kind__startswith="feeds.")
    alerts = []
    for message in ours.order_by("pk").iterator(chunk_size=BATCH):
        if message.kind == "feeds.paper":
            document = Document.objects.using(db).select_related("agenda_item__meeting").filter(pk=message.about_id).first()
            meeting = document.agenda_item.meeting if document else None
        else:
            document, meeting = None, Meeting.objects.using(db).filter(pk=message.about_id).first()
        if meeting is None:
            continue  # deleted since: the alert went with it
        alerts.append(
            Alert(
                kind=message.kind.removeprefix("feeds."),
                committee_id=meeting.committee_id,
                meeting=meeting,
                document=document,
                recipient=message.recipient,
                key=message.key,
                created_at=message.created_at,
                sent_at=message.sent_at,
            )
        )
    Alert.objects.using(db).bulk_create(alerts, batch_size=BATCH)
    ours.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("feeds", "0001_initial"),
        ("scrutiny", "0004_outbox"),
    ]

    operations = [
        migrations.RunPython(into_the_outbox, out_of_the_outbox),
        migrations.DeleteModel(name="Alert"),
    ]
