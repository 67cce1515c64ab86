"""What a save and a cache miss cost inside Django, as the content grows: part of `make bench`.

Run by bench/run.py as `python -m bench.costs ...` with the throwaway site's production
environment (DJANGO_SETTINGS_MODULE=hipguide.settings, debug off):

- `sizes 6 60 600`, on a copy of the site's database: the conditions are made up to each count
  with copies of one condition, then an editor's save of that condition is measured through the
  admin's change view (django.test.Client, signed in with force_login, so it does not depend on
  how editors sign in), then a reviewer's approval, which publishes it, and the next reader's
  request for its page (a cache miss: the approval retired every page).
- `first-request URL`: a condition saved as an editor saves it, then the next reader's request
  for its page timed over HTTP through the running gunicorn.

Time is both wall-clock (time.perf_counter, what the editor or reader waits for in the server)
and this process's CPU (time.process_time, steadier on a busy machine). Each is the median of
several repeats. Prints one JSON line.
"""

import json
import os
import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hipguide.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from conditions.models import Condition, PendingChange  # noqa: E402
from tests.admin_forms import form_data  # noqa: E402
from tests.users import give_second_factor, make_reviewer  # noqa: E402

SLUG = "sciatica"
REPEATS = 7
HOST = "127.0.0.1"


def measured(call):
    """(result, wall ms, CPU ms, queries) of one call."""
    with CaptureQueriesContext(connection) as queries:
        wall, cpu = time.perf_counter(), time.process_time()
        result = call()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return result, wall * 1000, cpu * 1000, len(queries)


def grow_to(count):
    """Copies of the condition, published, until there are `count` conditions."""
    original = Condition.objects.get(slug=SLUG)
    missing = count - Condition.objects.count()
    copies = []
    for number in range(missing):
        copy = Condition.objects.get(pk=original.pk)
        copy.pk = None
        copy.slug = f"{SLUG}-copy-{count}-{number}"
        copy.title = f"{original.title} copy {count}-{number}"
        copy.order = original.order + 1 + number
        copies.append(copy)
    # One insert for all of them: the copies are content, not what is being measured.
    Condition.objects.bulk_create(copies, batch_size=200)


def editor():
    user = get_user_model().objects.filter(is_superuser=True).first()
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    give_second_factor(client, user)  # both steps of signing in, as production requires
    return client


def reviewer():
    """The clinical reviewer whose approval puts an editor's change live (clinical sign-off)."""
    found = get_user_model().objects.filter(username="bench-reviewer").first()
    return found or make_reviewer("bench-reviewer")


def admin_save(client, number):
    """The editor's save of one condition: the change form read, then posted back changed."""
    condition = Condition.objects.get(slug=SLUG)
    change = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = form_data(client.get(change))
    data["overview"] = data["overview"].rstrip() + f"\n\nBench save number {number}."
    response, wall, cpu, queries = measured(lambda: client.post(change, data))
    if response.status_code != 302:
        sys.exit(f"the admin save answered {response.status_code}")
    # The save awaits review; the reviewer's approval is what publishes it to readers.
    change, approver = PendingChange.objects.open_for(condition), reviewer()
    _, *approval = measured(lambda: change.approve(approver))
    return (wall, cpu, queries), approval


def sizes(counts):
    page = reverse("conditions:detail", args=[SLUG])
    client, reader = editor(), Client(HTTP_HOST=HOST)
    results = {}
    for count in counts:
        grow_to(count)
        saves, approvals, misses = [], [], []
        for number in range(REPEATS + 1):
            save, approval = admin_save(client, number)
            response, *miss = measured(lambda: reader.get(page))
            shown = f"Bench save number {number}." in response.content.decode()
            if response.status_code != 200 or not shown:
                sys.exit(f"{page} did not show the save (status {response.status_code})")
            if number:  # the first of each size warms this process up
                saves.append(save)
                approvals.append(approval)
                misses.append(miss)
        results[count] = {
            "save": medians(saves), "approval": medians(approvals), "miss": medians(misses),
        }
    return results


def first_request(url):
    """Save as an editor does, then time the next reader's request over HTTP."""
    client, waits = editor(), []
    for number in range(REPEATS):
        admin_save(client, 1000 + number)
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
            body = response.read().decode()
        waits.append((time.perf_counter() - started) * 1000)
        if f"Bench save number {1000 + number}." not in body:
            sys.exit(f"{url} did not show the save")
    return {"median_ms": statistics.median(waits), "max_ms": max(waits), "repeats": REPEATS}


def medians(rows):
    wall, cpu, queries = zip(*rows, strict=True)
    return {"wall_ms": statistics.median(wall), "cpu_ms": statistics.median(cpu),
            "queries": max(queries)}


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "sizes":
        print(json.dumps(sizes([int(count) for count in arguments])))
    elif command == "first-request":
        print(json.dumps(first_request(arguments[0])))
    else:
        sys.exit(f"unknown command {command}: sizes COUNT... or first-request URL")
