# The module, not the class, is imported: Django would take a class found here for the
# `hipguide` app's own config.
from django.contrib.admin import apps as admin_apps


class HipGuideAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the site that asks for the second factor as `admin.site`."""

    default = False  # Not the config of the `hipguide` app itself.
    default_site = "hipguide.two_factor.AdminSite"
