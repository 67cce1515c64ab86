import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hipguide.settings")

django.setup(set_prefix=False)

# Django's own handler, answering pages it has already sent before it builds a request.
from conditions.cache import PageCacheHandler  # noqa: E402 - needs the settings set up

application = PageCacheHandler()
