from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connections

from conditions import snapshots
from conditions.models import Condition


class Command(MigrateCommand):
    """Django's migrate, then the reader pages published under a new content version: data
    migrations change content without calling save(), so cached pages would not otherwise know."""

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if Condition._meta.db_table in connections[options["database"]].introspection.table_names():
            snapshots.publish_or_explain(self)
