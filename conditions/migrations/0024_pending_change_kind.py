
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conditions', '0023_condition_reading_order'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='pendingchange',
            name='kind',
            field=models.CharField(choices=[('edit', 'Change this item'), ('delete', 'Delete this item')], default='edit', help_text='Whether approving it changes the item or deletes it.', max_length=6),
        ),
        migrations.AddConstraint(
            model_name='pendingchange',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['edit', 'delete'])), name='pending_change_kind_is_known'),
        ),
    ]
