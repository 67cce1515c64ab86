"""The "Clinical reviewers" group: read the content, and approve, send back or check changes.

Reviewers change nothing directly; a reviewer who also writes is in the Editors group too.
Editors may read the changes awaiting review, so they can see their own change's differences.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REVIEWERS = "Clinical reviewers"
CONTENT = ["condition", "reference", "warningsign", "careadvice", "sitetext"]
REVIEWER_CODENAMES = [
    *(f"view_{model}" for model in CONTENT),
    "view_pendingchange",
    "approve_pendingchange",
]
EDITOR_CODENAMES = ["view_pendingchange"]


def permissions(apps, codenames):
    # Permissions are normally made after all migrations; a fresh database needs them now.
    conditions = apps.get_app_config("conditions")
    conditions.models_module = True
    create_permissions(conditions, apps=apps, verbosity=0)
    conditions.models_module = None
    found = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="conditions", codename__in=codenames
    )
    assert found.count() == len(codenames), "a review permission is missing"
    return found


def create_reviewers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=REVIEWERS)
    group.permissions.set(permissions(apps, REVIEWER_CODENAMES))
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.add(*permissions(apps, EDITOR_CODENAMES))


def remove_reviewers(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=REVIEWERS).delete()
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(*permissions(apps, EDITOR_CODENAMES))


class Migration(migrations.Migration):
    dependencies = [("conditions", "0020_review")]

    operations = [migrations.RunPython(create_reviewers, remove_reviewers)]
