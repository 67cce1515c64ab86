"""Warning signs' versions keep the conditions each pointed to, so a condition's history can
show signs linked and unlinked.

Links were not recorded before. Every earlier version is given the links the sign has now:
the history then starts from the links as they are, with no linking or unlinking shown that
nobody did. (A sign deleted earlier keeps none; it points nowhere now.)
"""

import django.db.models.deletion
import simple_history.models
from django.db import migrations, models


def record_the_links_as_they_are(apps, schema_editor):
    WarningSign = apps.get_model("conditions", "WarningSign")
    Link = WarningSign._meta.get_field("conditions").remote_field.through
    HistoricalWarningSign = apps.get_model("conditions", "HistoricalWarningSign")
    HistoricalLink = apps.get_model("conditions", "HistoricalWarningSign_conditions")
    links = {}
    for link in Link.objects.all():
        links.setdefault(link.warningsign_id, []).append(link)
    HistoricalLink.objects.bulk_create(
        HistoricalLink(history_id=version.history_id, id=link.id,
                       warningsign_id=link.warningsign_id, condition_id=link.condition_id)
        for version in HistoricalWarningSign.objects.exclude(history_type="-")
        for link in links.get(version.id, [])
    )


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0025_glossary'),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalWarningSign_conditions',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                ('condition', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='conditions.condition')),
                ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='conditions.historicalwarningsign')),
                ('warningsign', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='conditions.warningsign')),
            ],
            options={
                'verbose_name': 'HistoricalWarningSign_conditions',
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(record_the_links_as_they_are, migrations.RunPython.noop),
    ]
