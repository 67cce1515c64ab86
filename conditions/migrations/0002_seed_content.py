"""The site's first content, from the source article, written in the project's own words.

The texts live in conditions/migrations/_content/ (ignored by the migration loader because of
the leading underscore) so that editors' later changes in the admin never fight this file.
"""

import datetime

from django.db import migrations

from conditions.markdown import render
from conditions.migrations._content import (
    bursitis,
    it_band,
    muscle_strain,
    osteoarthritis,
    sciatica,
    site,
    stress_fracture,
)

# The source article's order.
CONDITIONS = [muscle_strain, bursitis, it_band, osteoarthritis, stress_fracture, sciatica]
REVIEWED = datetime.date(2026, 11, 26)
REVIEW_DUE = datetime.date(2027, 11, 26)


def seed(apps, schema_editor):
    # Historical models have no custom save(), so the HTML is rendered here.
    SiteText = apps.get_model("conditions", "SiteText")
    CareTier = apps.get_model("conditions", "CareTier")
    Condition = apps.get_model("conditions", "Condition")
    Reference = apps.get_model("conditions", "Reference")
    RedFlag = apps.get_model("conditions", "RedFlag")

    disclaimer = site.DISCLAIMER.replace(site.EMERGENCY_NUMBER, "{number}")
    SiteText.objects.create(
        pk=1,
        hub_title=site.HUB_TITLE,
        hub_intro=site.HUB_INTRO,
        hub_intro_html=render(site.HUB_INTRO),
        care_intro=site.CARE_INTRO,
        care_intro_html=render(site.CARE_INTRO),
        cta_heading=site.CTA_HEADING,
        cta_text=site.CTA_TEXT,
        cta_text_html=render(site.CTA_TEXT),
        cta_link_label=site.CTA_LINK_LABEL,
        cta_url=site.CTA_URL,
        disclaimer=disclaimer,
        disclaimer_html=render(site.DISCLAIMER),
        emergency_number=site.EMERGENCY_NUMBER,
    )
    for tier in site.CARE_TIERS:
        CareTier.objects.create(
            what_to_do_html=render(tier["what_to_do"]),
            meanwhile_html=render(tier["meanwhile"]),
            **tier,
        )
    for position, module in enumerate(CONDITIONS, start=1):
        condition = Condition.objects.create(
            title=module.TITLE,
            slug=module.SLUG,
            summary=module.SUMMARY,
            where_it_hurts=module.WHERE_IT_HURTS,
            signs_or_symptoms="\n".join(module.SIGNS_OR_SYMPTOMS),
            treatments="\n".join(module.TREATMENTS),
            body=module.BODY,
            body_html=render(module.BODY),
            order=position * 10,
            status="published",
            publish_at=datetime.datetime(2026, 11, 26, tzinfo=datetime.timezone.utc),
            last_reviewed=REVIEWED,
            next_review_due=REVIEW_DUE,
        )
        for order, (title, publisher, url) in enumerate(module.REFERENCES):
            Reference.objects.create(
                condition=condition, title=title, publisher=publisher, url=url, order=order
            )
    create_red_flags(RedFlag, Condition, site.ARTICLE_FLAGS, start=10)


def create_red_flags(RedFlag, Condition, flags, start):
    for position, flag in enumerate(flags):
        red_flag = RedFlag.objects.create(
            sign=flag["sign"],
            why_it_matters=flag["why"],
            tier_id=flag["tier"],
            order=start + position * 10,
        )
        red_flag.conditions.set(Condition.objects.filter(slug__in=flag["related"]))


def unseed(apps, schema_editor):
    for name in ["RedFlag", "Reference", "Condition", "CareTier", "SiteText"]:
        apps.get_model("conditions", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("conditions", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
