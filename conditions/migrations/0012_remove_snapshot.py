"""Reader pages are no longer stored in the database: they are rendered on first request and
kept in each worker's memory (conditions/cache.py)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("conditions", "0011_clinical_content")]

    operations = [migrations.DeleteModel(name="Snapshot")]
