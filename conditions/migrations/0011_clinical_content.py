"""The clinical review: every page in sections, urgency from the warning signs alone.

Each seeded condition (matched by its address) gets its sections; the free-text "When to get
help" lists go with the old body, because the page now builds them from the linked warning
signs. Warning signs are rewritten in place where they replace an older one, so their history
and links survive, and each records the guideline its level of urgency follows. Texts keep
"{number}": the page fills in the emergency number when it is drawn.
"""

import markdownx.models
from django.db import migrations, models
from django.utils import timezone

from conditions.markdown import render
from conditions.migrations._content.clinical import conditions as content
from conditions.migrations._content.clinical import site, warning_signs

SECTIONS = [
    "overview", "symptoms", "causes", "how_long", "things_to_do", "things_to_avoid",
    "diagnosis", "who_can_help", "running_again",
]
# The headings the sections are put back under when this migration is undone.
OLD_HEADINGS = {
    "overview": "Overview", "symptoms": "Symptoms", "causes": "Causes",
    "how_long": "How long it lasts", "things_to_do": "What helps",
    "things_to_avoid": "Things to avoid", "diagnosis": "How it is diagnosed",
    "who_can_help": "Who can help", "running_again": "Running again",
}
HISTORY_MODELS = ["Condition", "Reference", "WarningSign", "CareAdvice", "SiteText"]
REVIEWED = "The content after the clinical review"
# Signs the source article lists keep their positions below this; the rest follow.
ARTICLE_ORDER_LIMIT = 100

SITE_TEXTS = {
    "hub_title": site.HUB_TITLE,
    "hub_intro": site.HUB_INTRO,
    "care_intro": site.CARE_INTRO,
    "disclaimer": site.DISCLAIMER,
    "emergency_number_note": site.EMERGENCY_NUMBER_NOTE,
    "medicines_caution": site.MEDICINES_CAUTION,
    "medicines_caution_source_title": site.MEDICINES_CAUTION_SOURCE_TITLE,
    "medicines_caution_source_url": site.MEDICINES_CAUTION_SOURCE_URL,
    "cta_heading": site.CTA_HEADING,
    "cta_text": site.CTA_TEXT,
    "cta_link_label": site.CTA_LINK_LABEL,
    "cta_url": site.CTA_URL,
    "checklist_emergency_notice": site.CHECKLIST_EMERGENCY_NOTICE,
}
SITE_MARKDOWN = [
    "hub_intro", "care_intro", "disclaimer", "medicines_caution", "cta_text",
    "checklist_emergency_notice",
]


def load(apps, schema_editor):
    # Historical models have no custom save(), so the HTML is rendered here.
    load_conditions(apps)
    load_warning_signs(apps)
    load_care_advice(apps)
    load_site_texts(apps)


def load_conditions(apps):
    Condition = apps.get_model("conditions", "Condition")
    Reference = apps.get_model("conditions", "Reference")
    for entry in content.CONDITIONS:
        condition = Condition.objects.filter(slug=entry["slug"]).first()
        if condition is None:  # deleted by an editor: not brought back
            continue
        for field in ["title", "summary", "where_it_hurts", "uses_anti_inflammatories"]:
            setattr(condition, field, entry[field])
        condition.signs_or_symptoms = "\n".join(entry["signs_or_symptoms"])
        condition.treatments = "\n".join(entry["treatments"])
        for name in SECTIONS:
            setattr(condition, name, entry[name])
            setattr(condition, f"{name}_html", render(entry[name]))
        condition.save()
        Reference.objects.filter(condition=condition).delete()
        for order, (title, publisher, url) in enumerate(entry["references"]):
            Reference.objects.create(
                condition=condition, title=title, publisher=publisher, url=url, order=order
            )


def load_warning_signs(apps):
    WarningSign = apps.get_model("conditions", "WarningSign")
    Condition = apps.get_model("conditions", "Condition")
    for position, entry in enumerate(warning_signs.WARNING_SIGNS):
        sign = None
        if entry["replaces"]:
            sign = WarningSign.objects.filter(sign=entry["replaces"]).first()
        if sign is None:
            sign = WarningSign()
        if sign.pk is None or sign.order >= ARTICLE_ORDER_LIMIT:
            sign.order = ARTICLE_ORDER_LIMIT + position * 10
        sign.sign = entry["sign"]
        sign.why_it_matters = entry["why"]
        sign.tier_id = entry["tier"]
        sign.source_title = entry["source_title"]
        sign.source_url = entry["source_url"]
        sign.is_active = True
        sign.save()
        sign.conditions.set(Condition.objects.filter(slug__in=entry["related"]))


def load_care_advice(apps):
    CareAdvice = apps.get_model("conditions", "CareAdvice")
    for tier, advice in site.CARE_ADVICE.items():
        CareAdvice.objects.filter(tier=tier).update(
            what_to_do_html=render(advice["what_to_do"]),
            meanwhile_html=render(advice["meanwhile"]),
            **advice,
        )


def load_site_texts(apps):
    SiteText = apps.get_model("conditions", "SiteText")
    for texts in SiteText.objects.all():
        for field, value in SITE_TEXTS.items():
            setattr(texts, field, value)
        for field in SITE_MARKDOWN:
            setattr(texts, f"{field}_html", render(getattr(texts, field)))
        texts.save()


def unload(apps, schema_editor):
    """Enough to undo the schema: each page's sections go back into one body."""
    Condition = apps.get_model("conditions", "Condition")
    for condition in Condition.objects.all():
        condition.body = "\n\n".join(
            f"## {OLD_HEADINGS[name]}\n\n{getattr(condition, name)}" for name in SECTIONS
        )
        condition.body_html = render(condition.body)
        condition.save()
    # Before this migration the number was written into the stored HTML.
    SiteText = apps.get_model("conditions", "SiteText")
    for texts in SiteText.objects.all():
        for field in ["disclaimer", "checklist_emergency_notice"]:
            text = getattr(texts, field).replace("{number}", texts.emergency_number)
            setattr(texts, f"{field}_html", render(text))
        texts.save()


def record_reviewed_content(apps, schema_editor):
    """A revision of everything reviewed, so editors can always go back to it."""
    now = timezone.now()
    for name in HISTORY_MODELS:
        model = apps.get_model("conditions", name)
        historical = apps.get_model("conditions", f"Historical{name}")
        fields = [field.attname for field in model._meta.concrete_fields]
        historical.objects.bulk_create(
            historical(
                **{attname: getattr(obj, attname) for attname in fields},
                history_date=now,
                history_type="~",
                history_change_reason=REVIEWED,
            )
            for obj in model.objects.all()
        )


def forget_reviewed_content(apps, schema_editor):
    for name in HISTORY_MODELS:
        historical = apps.get_model("conditions", f"Historical{name}")
        historical.objects.filter(history_change_reason=REVIEWED).delete()


def body_with_default(model_name):
    # A default lets the body come back when this migration is undone on a filled table.
    return migrations.AlterField(
        model_name=model_name,
        name="body",
        field=markdownx.models.MarkdownxField(
            default="",
            help_text="The page, in Markdown. Use “## ” for section headings (Overview, "
            "Symptoms, Causes, What helps, When to get help, Running again). The preview shows "
            "exactly what readers will see.",
        ),
    )


class Migration(migrations.Migration):
    dependencies = [("conditions", "0010_condition_sections")]

    operations = [
        body_with_default("condition"),
        body_with_default("historicalcondition"),
        migrations.RunPython(load, unload),
        migrations.RemoveField(model_name="condition", name="body"),
        migrations.RemoveField(model_name="condition", name="body_html"),
        migrations.RemoveField(model_name="historicalcondition", name="body"),
        migrations.RemoveField(model_name="historicalcondition", name="body_html"),
        migrations.AddConstraint(
            model_name="condition",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status", "draft"),
                    models.Q(*(~models.Q((name, "")) for name in SECTIONS)),
                    _connector="OR",
                ),
                name="published_condition_has_every_section",
            ),
        ),
        migrations.RunPython(record_reviewed_content, forget_reviewed_content),
    ]
