"""The action tracker's "Words in the action" filter, indexed (scrutiny/trigram.py): the action's description
and the text of its responses."""

from django.db import migrations

from scrutiny.trigram import trigram_index


class Migration(migrations.Migration):
    dependencies = [("followup", "0002_action_indicator")]

    operations = [
        trigram_index("followup_action", "description"),
        trigram_index("followup_actionresponse", "text"),
    ]
