"""Committee alerts move into the site's one outbox (scrutiny.Message), with their keys, so that none already
sent is sent again; then feeds.Alert goes. An alert is about the paper added, or else the meeting."""

from django.db import migrations

from scrutiny.migrations._outbox import move_in, move_out


def into_the_outbox(apps, schema_editor):
    def about(alert):
        if alert.document_id:
            return ("meetings", "document", alert.document_id)
        return ("meetings", "meeting", alert.meeting_id)

    move_in(apps, schema_editor, model="feeds.Alert", about=about)


def out_of_the_outbox(apps, schema_editor):
    db = schema_editor.connection.alias
    Meeting = apps.get_model("meetings", "Meeting")
    Document = apps.get_model("meetings", "Document")

    def fields(message):
        document = None
        if message.kind == "feeds.paper":
            document = Document.objects.using(db).select_related("agenda_item__meeting")
            document = document.filter(pk=message.about_id).first()
            meeting = document.agenda_item.meeting if document else None
        else:
            meeting = Meeting.objects.using(db).filter(pk=message.about_id).first()
        if meeting is None:
            return None
        return {"committee_id": meeting.committee_id, "meeting": meeting, "document": document}

    move_out(apps, schema_editor, model="feeds.Alert", fields=fields)


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
