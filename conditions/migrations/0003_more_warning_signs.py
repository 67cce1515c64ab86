"""Warning signs beyond the source article's five, from NHS, NICE and AAOS guidance.

Emergency signs come first so that the checklist reads most urgent first.
"""

from django.db import migrations

from conditions.migrations._content import site

SIGNS = [flag["sign"] for flag in site.EXTRA_FLAGS]


def seed(apps, schema_editor):
    RedFlag = apps.get_model("conditions", "RedFlag")
    Condition = apps.get_model("conditions", "Condition")
    for position, flag in enumerate(site.EXTRA_FLAGS):
        red_flag = RedFlag.objects.create(
            sign=flag["sign"],
            why_it_matters=flag["why"],
            tier_id=flag["tier"],
            order=200 + position * 10,
        )
        red_flag.conditions.set(Condition.objects.filter(slug__in=flag["related"]))


def unseed(apps, schema_editor):
    apps.get_model("conditions", "RedFlag").objects.filter(sign__in=SIGNS).delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0002_seed_content")]

    operations = [migrations.RunPython(seed, unseed)]
