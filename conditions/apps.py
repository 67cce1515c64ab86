from django.apps import AppConfig
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_migrate


def keep_search_index(using=DEFAULT_DB_ALIAS, plan=None, **kwargs):
    from conditions.models.search import create_search_index

    # Only once the table it indexes exists: not after "migrate conditions zero".
    if "conditions_condition" in connections[using].introspection.table_names():
        create_search_index(connections[using])


class ConditionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Content"

    def ready(self):
        post_migrate.connect(keep_search_index, sender=self)
