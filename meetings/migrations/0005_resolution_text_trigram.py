"""The resolutions tracker's "Words in the resolution" filter, indexed (scrutiny/trigram.py)."""

from django.db import migrations

from scrutiny.trigram import trigram_index


class Migration(migrations.Migration):
    dependencies = [("meetings", "0004_existing_questions_accepted")]

    operations = [trigram_index("meetings_resolution", "text")]
