"""Moving an app's own record of its emails into the outbox (scrutiny.Message, 0004_outbox), and back, for
the migrations of the apps that kept one (followup 0005, feeds 0002). Frozen with those migrations, as
migrations are: change it only together with new ones. Not a migration itself (the leading underscore)."""

BATCH = 1000


def move_in(apps, schema_editor, *, model: str, about) -> None:
    """Copy every row of `model` ("app_label.Model") into the outbox with its key, kind (as
    "app_label.kind"), times and what `about(row)` says it is about: ("app_label", "model", id) or None."""
    db = schema_editor.connection.alias
    app_label = model.partition(".")[0]
    rows = apps.get_model(model).objects.using(db)
    if not rows.exists():
        return  # a new database: nothing to copy, and no content type to make before migrate makes them
    ContentType = apps.get_model("contenttypes", "ContentType")
    Message = apps.get_model("scrutiny", "Message")
    types = {}

    def message(row):
        what = about(row)
        if what is not None and what[:2] not in types:
            types[what[:2]] = ContentType.objects.using(db).get_or_create(app_label=what[0], model=what[1])[0]
        return Message(
            kind=f"{app_label}.{row.kind}",
            recipient=row.recipient,
            key=row.key,
            about_type=types[what[:2]] if what else None,
            about_id=what[2] if what else None,
            created_at=row.created_at,
            sent_at=row.sent_at,
            attempts=1 if row.sent_at else 0,
        )

    Message.objects.using(db).bulk_create(
        [message(row) for row in rows.order_by("pk").iterator(chunk_size=BATCH)], batch_size=BATCH
    )


def move_out(apps, schema_editor, *, model: str, fields) -> None:
    """Undo move_in: each message of the app back into `model`, with what `fields(message)` adds (None: the
    thing it was about is gone, and the row with it)."""
    db = schema_editor.connection.alias
    app_label = model.partition(".")[0]
    Message = apps.get_model("scrutiny", "Message")
    ours = Message.objects.using(db).filter(kind__startswith=f"{app_label}.")
    rows = []
    for message in ours.order_by("pk").iterator(chunk_size=BATCH):
        more = fields(message)
        if more is not None:
            rows.append(
                apps.get_model(model)(
                    kind=message.kind.removeprefix(f"{app_label}."),
                    recipient=message.recipient,
                    key=message.key,
                    created_at=message.created_at,
                    sent_at=message.sent_at,
                    **more,
                )
            )
    apps.get_model(model).objects.using(db).bulk_create(rows, batch_size=BATCH)
    ours.delete()
