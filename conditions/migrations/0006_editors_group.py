"""The "Editors" group: everything needed to manage content, and nothing else.

Editors add, change and delete conditions, references, warning signs, care advice and site texts,
and read (never rewrite) their history. They get no say over users, groups or permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
CONTENT = ["condition", "reference", "redflag", "caretier", "sitetext"]
HISTORY = [f"historical{model}" for model in CONTENT]
CODENAMES = [
    *(f"{action}_{model}" for model in CONTENT for action in ("add", "change", "delete", "view")),
    *(f"view_{model}" for model in HISTORY),
]


def create_editors(apps, schema_editor):
    # Permissions are normally made after all migrations; a fresh database needs them now.
    conditions = apps.get_app_config("conditions")
    conditions.models_module = True
    create_permissions(conditions, apps=apps, verbosity=0)
    conditions.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="conditions", codename__in=CODENAMES
    )
    assert permissions.count() == len(CODENAMES), "a content permission is missing"
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(permissions)


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("conditions", "0005_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
