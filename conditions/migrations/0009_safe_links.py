"""Every link an editor typed follows the rules (conditions/links.py) before the database
starts enforcing them.

A care advice button or call to action that breaks them (a javascript: link, say) is replaced:
the emergency button calls the emergency number, the others go to the home page. Markdown that
links off the site by a protocol-relative address (//evil.example) is rendered again, which now
drops the link; the editor is told why at the next save.
"""

import conditions.links
import markdownx.models
from django.db import migrations, models

from conditions.links import BUTTON_LINK, MARKDOWN_LINK, allowed, LinkCollector
from conditions.markdown import markdown_html, render

MARKDOWN_FIELDS = {
    "Condition": ["body"],
    "CareAdvice": ["what_to_do", "meanwhile"],
    "SiteText": ["hub_intro", "care_intro", "cta_text", "disclaimer", "checklist_intro",
                 "checklist_emergency_notice"],
}
WITH_NUMBER = {"disclaimer", "checklist_emergency_notice"}


def has_unsafe_link(text):
    collector = LinkCollector()
    collector.feed(markdown_html(text))
    return any(not allowed(MARKDOWN_LINK, link) for link in collector.links)


def make_links_safe(apps, schema_editor):
    for advice in apps.get_model("conditions", "CareAdvice").objects.all():
        if not allowed(BUTTON_LINK, advice.action_url):
            advice.action_url = "tel:{number}" if advice.tier == "emergency" else "/"
            advice.save(update_fields=["action_url"])
    for texts in apps.get_model("conditions", "SiteText").objects.all():
        if not allowed(BUTTON_LINK, texts.cta_url):
            texts.cta_url = "/"
            texts.save(update_fields=["cta_url"])
    for model_name, fields in MARKDOWN_FIELDS.items():
        for row in apps.get_model("conditions", model_name).objects.all():
            changed = []
            for field in fields:
                text = getattr(row, field)
                if has_unsafe_link(text):
                    if field in WITH_NUMBER:
                        text = text.replace("{number}", row.emergency_number)
                    setattr(row, f"{field}_html", render(text))
                    changed.append(f"{field}_html")
            if changed:
                row.save(update_fields=changed)


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0008_warning_sign_and_care_advice_names'),
    ]

    operations = [
        migrations.AlterField(
            model_name='careadvice',
            name='action_url',
            field=models.CharField(help_text='Where the button goes: tel:{number}, an https:// address or a page here starting with /.', max_length=500, validators=[conditions.links.validate_button_link]),
        ),
        migrations.AlterField(
            model_name='careadvice',
            name='meanwhile',
            field=markdownx.models.MarkdownxField(help_text='What to do in the meantime, in Markdown (for example: stop running).', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='careadvice',
            name='what_to_do',
            field=markdownx.models.MarkdownxField(help_text='What to do now, in Markdown. Keep it short: one action, then the detail.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='condition',
            name='body',
            field=markdownx.models.MarkdownxField(help_text='The page, in Markdown. Use “## ” for section headings (Overview, Symptoms, Causes, What helps, When to get help, Running again). The preview shows exactly what readers will see.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalcareadvice',
            name='action_url',
            field=models.CharField(help_text='Where the button goes: tel:{number}, an https:// address or a page here starting with /.', max_length=500, validators=[conditions.links.validate_button_link]),
        ),
        migrations.AlterField(
            model_name='historicalcareadvice',
            name='meanwhile',
            field=markdownx.models.MarkdownxField(help_text='What to do in the meantime, in Markdown (for example: stop running).', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalcareadvice',
            name='what_to_do',
            field=markdownx.models.MarkdownxField(help_text='What to do now, in Markdown. Keep it short: one action, then the detail.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalcondition',
            name='body',
            field=markdownx.models.MarkdownxField(help_text='The page, in Markdown. Use “## ” for section headings (Overview, Symptoms, Causes, What helps, When to get help, Running again). The preview shows exactly what readers will see.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='care_intro',
            field=markdownx.models.MarkdownxField(help_text='Introduces the warning signs on the home page, in Markdown.', validators=[conditions.links.validate_markdown_links], verbose_name='“when to seek professional care” introduction'),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='checklist_emergency_notice',
            field=markdownx.models.MarkdownxField(help_text='Shown above the checklist for anyone who already knows it is an emergency, in Markdown. {number} is replaced by the emergency number.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='checklist_intro',
            field=markdownx.models.MarkdownxField(help_text='What the checklist does, in Markdown. Say plainly it is not a diagnosis.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='cta_text',
            field=markdownx.models.MarkdownxField(help_text="The appointment box's text.", validators=[conditions.links.validate_markdown_links], verbose_name='call to action text'),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='cta_url',
            field=models.CharField(help_text='Where the call to action goes: an https:// address, an address on this site starting with /, a tel: phone link or a mailto: email link.', max_length=500, validators=[conditions.links.validate_button_link], verbose_name='call to action web address'),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='disclaimer',
            field=markdownx.models.MarkdownxField(help_text='Shown at the foot of every page, in Markdown. {number} is replaced by the emergency number.', validators=[conditions.links.validate_markdown_links], verbose_name='medical disclaimer'),
        ),
        migrations.AlterField(
            model_name='historicalsitetext',
            name='hub_intro',
            field=markdownx.models.MarkdownxField(help_text='The opening of the home page, in Markdown.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='care_intro',
            field=markdownx.models.MarkdownxField(help_text='Introduces the warning signs on the home page, in Markdown.', validators=[conditions.links.validate_markdown_links], verbose_name='“when to seek professional care” introduction'),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='checklist_emergency_notice',
            field=markdownx.models.MarkdownxField(help_text='Shown above the checklist for anyone who already knows it is an emergency, in Markdown. {number} is replaced by the emergency number.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='checklist_intro',
            field=markdownx.models.MarkdownxField(help_text='What the checklist does, in Markdown. Say plainly it is not a diagnosis.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='cta_text',
            field=markdownx.models.MarkdownxField(help_text="The appointment box's text.", validators=[conditions.links.validate_markdown_links], verbose_name='call to action text'),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='cta_url',
            field=models.CharField(help_text='Where the call to action goes: an https:// address, an address on this site starting with /, a tel: phone link or a mailto: email link.', max_length=500, validators=[conditions.links.validate_button_link], verbose_name='call to action web address'),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='disclaimer',
            field=markdownx.models.MarkdownxField(help_text='Shown at the foot of every page, in Markdown. {number} is replaced by the emergency number.', validators=[conditions.links.validate_markdown_links], verbose_name='medical disclaimer'),
        ),
        migrations.AlterField(
            model_name='sitetext',
            name='hub_intro',
            field=markdownx.models.MarkdownxField(help_text='The opening of the home page, in Markdown.', validators=[conditions.links.validate_markdown_links]),
        ),
        migrations.RunPython(make_links_safe, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='careadvice',
            constraint=models.CheckConstraint(condition=models.Q(('action_url__istartswith', 'tel:'), ('action_url__istartswith', 'https://'), ('action_url__istartswith', 'http://'), ('action_url__istartswith', 'mailto:'), models.Q(('action_url__startswith', '/'), models.Q(('action_url__startswith', '//'), _negated=True), models.Q(('action_url__startswith', '/\\'), _negated=True)), _connector='OR'), name='care_advice_link_safe', violation_error_message='Use a phone link (tel:{number} or tel:0800…), a web address starting with https:// or http://, an email link (mailto:…) or an address on this site starting with a single /.'),
        ),
        migrations.AddConstraint(
            model_name='sitetext',
            constraint=models.CheckConstraint(condition=models.Q(('cta_url__istartswith', 'tel:'), ('cta_url__istartswith', 'https://'), ('cta_url__istartswith', 'http://'), ('cta_url__istartswith', 'mailto:'), models.Q(('cta_url__startswith', '/'), models.Q(('cta_url__startswith', '//'), _negated=True), models.Q(('cta_url__startswith', '/\\'), _negated=True)), _connector='OR'), name='site_text_cta_url_safe', violation_error_message='Use a phone link (tel:{number} or tel:0800…), a web address starting with https:// or http://, an email link (mailto:…) or an address on this site starting with a single /.'),
        ),
    ]
