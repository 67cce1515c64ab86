"""Call the models what the admin calls them: warning signs and care advice.

Rows, links and history are kept: the tables are renamed, not copied. Permission codenames are
renamed too, so the Editors group keeps its rights.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Q

RENAMED = {"redflag": "warningsign", "caretier": "careadvice"}


def rename_permissions(apps, schema_editor, names=RENAMED):
    Permission = apps.get_model("auth", "Permission")
    for old, new in names.items():
        for prefix in ("", "historical"):
            for permission in Permission.objects.filter(
                content_type__app_label="conditions", codename__endswith=f"_{prefix}{old}"
            ):
                action = permission.codename.rsplit("_", 1)[0]
                codename = f"{action}_{prefix}{new}"
                # A later post_migrate may already have made the new one: keep whichever
                # the groups hold, never two.
                Permission.objects.filter(
                    content_type=permission.content_type, codename=codename
                ).exclude(pk=permission.pk).delete()
                permission.codename = codename
                permission.name = permission.name.replace("red flag", "warning sign").replace(
                    "care tier", "care advice"
                )
                permission.save()


def restore_permissions(apps, schema_editor):
    rename_permissions(apps, schema_editor, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0007_snapshots"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="redflag", name="red_flag_tier_is_a_warning_level"),
        migrations.RenameModel("CareTier", "CareAdvice"),
        migrations.RenameModel("RedFlag", "WarningSign"),
        migrations.RenameModel("HistoricalCareTier", "HistoricalCareAdvice"),
        migrations.RenameModel("HistoricalRedFlag", "HistoricalWarningSign"),
        migrations.AlterField(
            model_name="warningsign",
            name="conditions",
            field=models.ManyToManyField(
                blank=True,
                help_text="Conditions this sign can point to. Their pages list the sign.",
                related_name="warning_signs",
                to="conditions.condition",
            ),
        ),
        migrations.AlterField(
            model_name="warningsign",
            name="tier",
            field=models.ForeignKey(
                help_text="How soon someone with this sign needs care. The most urgent sign a "
                "reader ticks decides the advice they get.",
                limit_choices_to=~Q(tier="none"),
                on_delete=django.db.models.deletion.PROTECT,
                related_name="warning_signs",
                to="conditions.careadvice",
                to_field="tier",
            ),
        ),
        migrations.AddConstraint(
            model_name="warningsign",
            constraint=models.CheckConstraint(
                condition=~Q(tier="none"), name="warning_sign_tier_is_a_warning_level"
            ),
        ),
        migrations.RunPython(rename_permissions, restore_permissions),
    ]
