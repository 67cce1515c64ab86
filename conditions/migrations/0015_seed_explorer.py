"""The explorer's areas, factors and links, the six conditions' other names, the explorer's and
search's texts, and every condition's search text."""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

from conditions.markdown import render
from conditions.migrations._content import explorer
from conditions.migrations._content.clinical.conditions import CONDITIONS
from conditions.models.search import searchable_text

# As Condition.SEARCHED_FIELDS was when this migration was written.
SEARCHED_FIELDS = [
    "title", "also_known_as", "summary", "overview", "symptoms", "causes", "how_long",
    "things_to_do", "things_to_avoid", "diagnosis", "who_can_help", "running_again",
]


def seed(apps, schema_editor):
    Area = apps.get_model("conditions", "Area")
    Factor = apps.get_model("conditions", "Factor")
    Condition = apps.get_model("conditions", "Condition")
    ConditionArea = apps.get_model("conditions", "ConditionArea")
    ConditionFactor = apps.get_model("conditions", "ConditionFactor")
    WarningSign = apps.get_model("conditions", "WarningSign")
    SiteText = apps.get_model("conditions", "SiteText")

    pages = {page["slug"]: page for page in CONDITIONS}
    for condition in Condition.objects.all():
        if condition.slug in pages:
            condition.also_known_as = "\n".join(pages[condition.slug]["also_known_as"])
        condition.search_text = searchable_text(getattr(condition, field) for field in SEARCHED_FIELDS)
        condition.save()
    conditions = {condition.slug: condition for condition in Condition.objects.all()}

    areas = {}
    for order, (slug, name, you_said, view, x, y, width, height) in enumerate(explorer.AREAS):
        areas[slug] = Area.objects.create(
            slug=slug, name=name, you_said=you_said, view=view, centre_x=x, centre_y=y,
            width=width, height=height, order=order,
        )
    factors = {}
    for order, (key, name, you_said, sign) in enumerate(explorer.FACTORS):
        warning_sign = (
            WarningSign.objects.filter(sign__icontains=sign).order_by("id").first()
            if sign else None
        )
        factors[key] = Factor.objects.create(
            name=name, you_said=you_said, warning_sign=warning_sign, order=order
        )

    def link(model, field, choices, rows):
        for slug, key, fit, reason, reference in rows:
            if slug not in conditions:
                continue
            title, publisher, url = pages[slug]["references"][reference]
            model.objects.create(
                condition=conditions[slug], fit=fit, reason=reason,
                reference_title=f"{publisher}: {title}", reference_url=url,
                **{field: choices[key]},
            )

    link(ConditionArea, "area", areas, explorer.AREA_LINKS)
    link(ConditionFactor, "factor", factors, explorer.FACTOR_LINKS)

    for texts in SiteText.objects.all():
        for field, value in explorer.SITE_TEXTS.items():
            setattr(texts, field, value)
        texts.explorer_intro_html = render(texts.explorer_intro)
        texts.explorer_not_a_diagnosis_html = render(
            texts.explorer_not_a_diagnosis.replace("{number}", texts.emergency_number)
        )
        texts.save()


# The first version in each item's history, so editors can compare and revert from it.
RECORDED = ["Area", "Factor", "ConditionArea", "ConditionFactor"]
REASON = "The content when the explorer and search were added"


def record_history(apps, schema_editor):
    now = timezone.now()
    for name in RECORDED:
        model = apps.get_model("conditions", name)
        historical = apps.get_model("conditions", f"Historical{name}")
        fields = [field.attname for field in model._meta.concrete_fields]
        historical.objects.bulk_create(
            historical(
                **{attname: getattr(obj, attname) for attname in fields},
                history_date=now,
                history_type="+",
                history_change_reason=REASON,
            )
            for obj in model.objects.all()
        )


def forget_history(apps, schema_editor):
    for name in RECORDED:
        historical = apps.get_model("conditions", f"Historical{name}")
        historical.objects.filter(history_change_reason=REASON).delete()


EXPLORER = ["area", "factor", "conditionarea", "conditionfactor"]
CODENAMES = [
    *(f"{action}_{model}" for model in EXPLORER for action in ("add", "change", "delete", "view")),
    *(f"view_historical{model}" for model in EXPLORER),
]


def grant_editors(apps, schema_editor):
    """Editors manage the explorer as they do the rest of the content."""
    conditions = apps.get_app_config("conditions")
    conditions.models_module = True
    create_permissions(conditions, apps=apps, verbosity=0)
    conditions.models_module = None
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="conditions", codename__in=CODENAMES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.add(*permissions)


def revoke_editors(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="conditions", codename__in=CODENAMES
    )
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.remove(*permissions)


def unseed(apps, schema_editor):
    for name in ["ConditionArea", "ConditionFactor", "Area", "Factor"]:
        apps.get_model("conditions", name).objects.all().delete()
    apps.get_model("conditions", "Condition").objects.update(also_known_as="", search_text="")


class Migration(migrations.Migration):
    dependencies = [("conditions", "0014_explorer"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [
        migrations.RunPython(seed, unseed),
        migrations.RunPython(grant_editors, revoke_editors),
        migrations.RunPython(record_history, forget_history),
    ]
