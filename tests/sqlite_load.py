"""Editors saving in the admin, and a reviewer approving each save, while readers load pages,
all on one SQLite file.

Run by tests/test_database.py in a process of its own (the suite's test database is in memory):
    DATABASE_URL=sqlite:///some/file.sqlite3 python tests/sqlite_load.py
Prints a JSON report: every save's status, how many pages were read, and any error raised.
"""

import json
import os
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hipguide.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from conditions.models import Condition, PendingChange  # noqa: E402
from tests.admin_forms import form_data  # noqa: E402
from tests.users import give_second_factor, make_reviewer  # noqa: E402

READERS = 4
EDITORS = 3
SAVES_EACH = 4

call_command("migrate", verbosity=0)
editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "unused-9a")
# Each save is a change awaiting review: a clinical reviewer approves it, so it reaches readers.
reviewer = make_reviewer()
conditions = list(Condition.objects.order_by("pk")[:EDITORS])
pages = [reverse("conditions:hub"), reverse("conditions:list")] + [
    condition.get_absolute_url() for condition in conditions
]
done = threading.Event()
errors = []
saves = []
reads = []


def reader():
    client = Client()
    try:
        while not done.is_set():
            for page in pages:
                status = client.get(page).status_code
                if status != 200:
                    errors.append(f"GET {page}: {status}")
                reads.append(page)
    except Exception as error:  # noqa: BLE001 (reported, and the test fails on it)
        errors.append(f"reader: {error!r}")
    finally:
        connection.close()


def edit(condition):
    client = Client()
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    try:
        client.force_login(editor)
        give_second_factor(client, editor)
        for number in range(SAVES_EACH):
            data = form_data(client.get(url))
            data["summary"] = f"Saved by an editor, time {number + 1}."
            saves.append(client.post(url, data).status_code)
            PendingChange.objects.open_for(condition).approve(reviewer)
    except Exception as error:  # noqa: BLE001
        errors.append(f"editor: {error!r}")
    finally:
        connection.close()


# The editor's authenticator app is enrolled once, before the threads that sign in with it start:
# enrolling it from each thread at once could enrol it twice.
give_second_factor(Client(), editor)
readers = [threading.Thread(target=reader) for _ in range(READERS)]
editors = [threading.Thread(target=edit, args=[condition]) for condition in conditions]
for thread in readers + editors:
    thread.start()
for thread in editors:
    thread.join()
done.set()
for thread in readers:
    thread.join()

summaries = sorted(Condition.objects.filter(pk__in=[c.pk for c in conditions]).values_list("summary", flat=True))
print(json.dumps({"saves": saves, "reads": len(reads), "errors": errors, "summaries": summaries}))
