"""The reader pages for the tools, from the same list the browser tests use."""

import os

import django


def reader_pages():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hipguide.settings")
    # Only to read the routes in this process; the site itself runs with its own settings.
    os.environ.setdefault("DJANGO_SECRET_KEY", "tools-only-not-a-real-secret")
    django.setup()
    from tests.browser import pages

    return pages
