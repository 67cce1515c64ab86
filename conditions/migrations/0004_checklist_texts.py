"""The checklist page's texts, editable with the rest of the site texts."""

import markdownx.models
from django.db import migrations, models

from conditions.markdown import render
from conditions.migrations._content import checklist

TEXTS = {
    "checklist_title": checklist.CHECKLIST_TITLE,
    "checklist_link_label": checklist.CHECKLIST_LINK_LABEL,
    "checklist_intro": checklist.CHECKLIST_INTRO,
    "checklist_emergency_notice": checklist.CHECKLIST_EMERGENCY_NOTICE,
    "checklist_legend": checklist.CHECKLIST_LEGEND,
    "checklist_hint": checklist.CHECKLIST_HINT,
    "checklist_privacy": checklist.CHECKLIST_PRIVACY,
}


def fill(apps, schema_editor):
    SiteText = apps.get_model("conditions", "SiteText")
    for texts in SiteText.objects.all():
        for field, value in TEXTS.items():
            setattr(texts, field, value)
        texts.checklist_intro_html = render(texts.checklist_intro)
        texts.checklist_emergency_notice_html = render(
            texts.checklist_emergency_notice.replace("{number}", texts.emergency_number)
        )
        texts.save()


def text_field(name, field):
    return migrations.AddField(
        model_name="sitetext", name=name, field=field, preserve_default=False
    )


class Migration(migrations.Migration):
    dependencies = [("conditions", "0003_more_warning_signs")]

    operations = [
        text_field(
            "checklist_title",
            field=models.CharField(
                default="", help_text="The checklist page's main heading.", max_length=200
            ),
        ),
        text_field(
            "checklist_link_label",
            field=models.CharField(
                default="",
                help_text="The text of links to the checklist from the home page and "
                "condition pages.",
                max_length=120,
            ),
        ),
        text_field(
            "checklist_intro",
            field=markdownx.models.MarkdownxField(
                default="",
                help_text="What the checklist does, in Markdown. Say plainly it is not a "
                "diagnosis.",
            ),
        ),
        migrations.AddField(
            model_name="sitetext",
            name="checklist_intro_html",
            field=models.TextField(default="", editable=False),
        ),
        text_field(
            "checklist_emergency_notice",
            field=markdownx.models.MarkdownxField(
                default="",
                help_text="Shown above the checklist for anyone who already knows it is an "
                "emergency, in Markdown. {number} is replaced by the emergency number.",
            ),
        ),
        migrations.AddField(
            model_name="sitetext",
            name="checklist_emergency_notice_html",
            field=models.TextField(default="", editable=False),
        ),
        text_field(
            "checklist_legend",
            field=models.CharField(
                default="", help_text="The question the checkboxes answer.", max_length=200
            ),
        ),
        text_field(
            "checklist_hint",
            field=models.CharField(
                blank=True, default="", help_text="A short hint under the question.",
                max_length=200,
            ),
        ),
        text_field(
            "checklist_privacy",
            field=models.CharField(
                default="",
                help_text="One short sentence telling readers their answers are not stored.",
                max_length=300,
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
