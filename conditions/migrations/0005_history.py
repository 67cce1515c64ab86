"""Revision history for the content models, starting from the content as it is now.

Without a first revision, the text a page had before its first edit could never be restored.
"""

import django.db.models.deletion
import django.utils.timezone
import markdownx.models
import simple_history.models
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

MODELS = ["Condition", "Reference", "RedFlag", "CareTier", "SiteText"]


def record_current_content(apps, schema_editor):
    now = timezone.now()
    for name in MODELS:
        model = apps.get_model("conditions", name)
        historical = apps.get_model("conditions", f"Historical{name}")
        fields = [field.attname for field in model._meta.concrete_fields]
        historical.objects.bulk_create(
            historical(
                **{attname: getattr(obj, attname) for attname in fields},
                history_date=now,
                history_type="+",
                history_change_reason="The content when revision history began",
            )
            for obj in model.objects.all()
        )


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0004_checklist_texts'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalCareTier',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('tier', models.CharField(choices=[('emergency', 'Emergency: call the emergency number'), ('urgent', 'Urgent: get care today'), ('soon', 'Soon: book an appointment'), ('none', 'No warning signs: self-care')], db_index=True, help_text='The level of urgency this advice is for. There is one per level.', max_length=10)),
                ('heading', models.CharField(help_text="The first thing a reader sees, for example “Call {number} now”. {number} is replaced by the site's emergency number.", max_length=200)),
                ('urgency_prefix', models.CharField(help_text='Read out by screen readers before the heading, for example “Emergency:”. Not shown on screen.', max_length=60)),
                ('what_to_do', markdownx.models.MarkdownxField(help_text='What to do now, in Markdown. Keep it short: one action, then the detail.')),
                ('what_to_do_html', models.TextField(default='', editable=False)),
                ('action_label', models.CharField(help_text='The text of the main action button, for example “Call {number}”.', max_length=120)),
                ('action_url', models.CharField(help_text='Where the button goes: tel:{number}, an https:// address or a page here.', max_length=500)),
                ('meanwhile', markdownx.models.MarkdownxField(help_text='What to do in the meantime, in Markdown (for example: stop running).')),
                ('meanwhile_html', models.TextField(default='', editable=False)),
                ('updated', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical care advice',
                'verbose_name_plural': 'historical care advice',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalCondition',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('title', models.CharField(help_text="The condition's name as a reader would say it, in sentence case, for example “IT band syndrome”.", max_length=120)),
                ('slug', models.SlugField(help_text="The last part of the page's web address. Changing it breaks links to the page.", max_length=120)),
                ('summary', models.CharField(help_text="One or two plain sentences. Shown on the hub and used as the page's description in search results, so keep it under 160 characters.", max_length=300)),
                ('where_it_hurts', models.CharField(help_text='Where a reader usually feels it, in their words, for example “The outside of your hip and thigh”.', max_length=200)),
                ('signs_or_symptoms', models.TextField(blank=True, help_text="Short symptoms, one per line. Given to search engines as the condition's signs and symptoms.")),
                ('treatments', models.TextField(blank=True, help_text='Short names of what helps, one per line. Given to search engines as possible treatments.')),
                ('body', markdownx.models.MarkdownxField(help_text='The page, in Markdown. Use “## ” for section headings (Overview, Symptoms, Causes, What helps, When to get help, Running again). The preview shows exactly what readers will see.')),
                ('body_html', models.TextField(default='', editable=False)),
                ('order', models.PositiveIntegerField(default=0, help_text='Position on the hub and in lists. Lower numbers come first.')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', help_text='Readers only see published pages. Drafts are visible to staff, with a banner.', max_length=10)),
                ('publish_at', models.DateTimeField(default=django.utils.timezone.now, help_text='A published page stays hidden from readers until this date and time.', verbose_name='publish from')),
                ('last_reviewed', models.DateField(default=django.utils.timezone.localdate, help_text='The date a clinician last checked this page was accurate.')),
                ('next_review_due', models.DateField(help_text='When this page must next be checked. Usually a year after the last review.')),
                ('reviewed_by', models.CharField(blank=True, help_text='Who last reviewed the page, for example “Dr A Smith, sports medicine physician”. Leave blank if you do not want a name shown.', max_length=200)),
                ('created', models.DateTimeField(blank=True, editable=False)),
                ('updated', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical condition',
                'verbose_name_plural': 'historical conditions',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalRedFlag',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('sign', models.CharField(help_text='The warning sign as a reader would say it, for example “I cannot put weight on my leg”.', max_length=300)),
                ('why_it_matters', models.TextField(help_text='One or two plain sentences on why this sign needs care, shown with the result.')),
                ('order', models.PositiveIntegerField(default=0, help_text='Position within its level of urgency. Lower numbers come first.')),
                ('is_active', models.BooleanField(default=True, help_text='Untick to hide this sign without deleting it.', verbose_name='active')),
                ('updated', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('tier', models.ForeignKey(blank=True, db_constraint=False, help_text='How soon someone with this sign needs care. The most urgent sign a reader ticks decides the advice they get.', limit_choices_to=models.Q(('tier', 'none'), _negated=True), null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='conditions.caretier', to_field='tier')),
            ],
            options={
                'verbose_name': 'historical warning sign',
                'verbose_name_plural': 'historical warning signs',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalReference',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('title', models.CharField(help_text='The title of the page or paper.', max_length=200)),
                ('publisher', models.CharField(help_text='Who published it, for example “NHS” or “Mayo Clinic”.', max_length=200)),
                ('url', models.URLField(help_text='The full https:// address.', max_length=500, verbose_name='web address')),
                ('order', models.PositiveIntegerField(default=0, help_text='Lower numbers are listed first.')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('condition', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='conditions.condition')),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical reference',
                'verbose_name_plural': 'historical references',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='HistoricalSiteText',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('site_name', models.CharField(default='HipGuide', help_text='Shown in the header and page titles.', max_length=60)),
                ('hub_title', models.CharField(help_text='The main heading of the home page.', max_length=200)),
                ('care_heading', models.CharField(default='When to seek professional medical care', help_text="Heading of the home page's warning-signs section.", max_length=200, verbose_name='“when to seek care” heading')),
                ('hub_intro', markdownx.models.MarkdownxField(help_text='The opening of the home page, in Markdown.')),
                ('hub_intro_html', models.TextField(default='', editable=False)),
                ('care_intro', markdownx.models.MarkdownxField(help_text='Introduces the warning signs on the home page, in Markdown.', verbose_name='“when to seek professional care” introduction')),
                ('care_intro_html', models.TextField(default='', editable=False)),
                ('cta_heading', models.CharField(help_text='Heading of the appointment box.', max_length=200, verbose_name='call to action heading')),
                ('cta_text', markdownx.models.MarkdownxField(help_text="The appointment box's text.", verbose_name='call to action text')),
                ('cta_text_html', models.TextField(default='', editable=False)),
                ('cta_link_label', models.CharField(help_text='Says where the link goes. Never “click here”.', max_length=120, verbose_name='call to action link text')),
                ('cta_url', models.URLField(max_length=500, verbose_name='call to action web address')),
                ('disclaimer', markdownx.models.MarkdownxField(help_text='Shown at the foot of every page, in Markdown. {number} is replaced by the emergency number.', verbose_name='medical disclaimer')),
                ('disclaimer_html', models.TextField(default='', editable=False)),
                ('checklist_title', models.CharField(help_text="The checklist page's main heading.", max_length=200)),
                ('checklist_link_label', models.CharField(help_text='The text of links to the checklist from the home page and condition pages.', max_length=120)),
                ('checklist_intro', markdownx.models.MarkdownxField(help_text='What the checklist does, in Markdown. Say plainly it is not a diagnosis.')),
                ('checklist_intro_html', models.TextField(default='', editable=False)),
                ('checklist_emergency_notice', markdownx.models.MarkdownxField(help_text='Shown above the checklist for anyone who already knows it is an emergency, in Markdown. {number} is replaced by the emergency number.')),
                ('checklist_emergency_notice_html', models.TextField(default='', editable=False)),
                ('checklist_legend', models.CharField(help_text='The question the checkboxes answer.', max_length=200)),
                ('checklist_hint', models.CharField(blank=True, help_text='A short hint under the question.', max_length=200)),
                ('checklist_privacy', models.CharField(help_text='One short sentence telling readers their answers are not stored.', max_length=300)),
                ('emergency_number', models.CharField(default='911', help_text='The local emergency phone number, used in the checklist and the disclaimer.', max_length=20)),
                ('updated', models.DateTimeField(blank=True, editable=False)),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'historical site texts',
                'verbose_name_plural': 'historical site texts',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(record_current_content, migrations.RunPython.noop),
    ]
