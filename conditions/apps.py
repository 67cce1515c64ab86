from django.apps import AppConfig


class ConditionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "conditions"
    verbose_name = "Content"

    def ready(self):
        # Publishing's receivers: every change readers would see retires the cached pages.
        from conditions import cache  # noqa: F401
