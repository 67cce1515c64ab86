from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connections

from conditions.cache import content_changed
from conditions.models import Condition


class Command(MigrateCommand):
    """Django's migrate, then a new content version: data migrations change content without
    calling save(), so cached pages would not otherwise know."""

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if Condition._meta.db_table in connections[options["database"]].introspection.table_names():
            content_changed()
