from django.apps import AppConfig
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_migrate


def keep_search_index(using=DEFAULT_DB_ALIAS, **kwargs):
    from conditions.models.search import create_search_index

    connection = connections[using]
    # Only while the column it indexes exists: not after migrating back before it.
    if "conditions_condition" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, "conditions_condition")
    if any(column.name == "search_text" for column in columns):
        create_search_index(connection)


class ConditionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Content"

    def ready(self):
        # Publishing's receivers: every change readers would see retires the cached pages.
        from conditions import cache  # noqa: F401
        post_migrate.connect(keep_search_index, sender=self)
