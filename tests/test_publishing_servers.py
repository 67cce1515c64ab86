"""Publishing as production runs it: separate gunicorn servers, each with its own workers'
memory, sharing only the database and the shared cache."""

import time
import uuid

import psycopg
import pytest

from tests.production import fetch, gunicorn, manage, production_env

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
# The Redis server this machine runs (README.md), on a database number of this test's own.
REDIS_URL = "redis://127.0.0.1:6379/5"
SCIATICA = "/conditions/sciatica/"

EDIT = """
from conditions.models import Condition
condition = Condition.objects.get(slug="sciatica")
condition.summary = "{text}"
condition.save()
"""

SCHEDULE = """
import datetime
from django.utils import timezone
from conditions.models import Condition
condition = Condition.objects.get(slug="sciatica")
condition.title = "Sciatica, scheduled"
condition.publish_at = timezone.now() + datetime.timedelta(seconds={seconds})
condition.save()
print(condition.publish_at.timestamp())
"""


@pytest.fixture
def postgres_database():
    name = f"hipguide_servers_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"{POSTGRES}/{name}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_a_save_through_one_server_shows_on_the_next_request_to_another(
    tmp_path, postgres_database, collected_static
):
    env = production_env(tmp_path, DATABASE_URL=postgres_database, REDIS_URL=REDIS_URL,
                         DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_STATIC_ROOT=str(collected_static))
    manage(env, "migrate", "--no-input")
    with gunicorn(env, tmp_path / "one.log") as one, gunicorn(env, tmp_path / "two.log") as two:
        for server in (one, two):
            for _ in range(3):  # every worker has the page in its memory
                assert fetch(server + SCIATICA)[0] == 200
        text = f"Changed by an editor at {uuid.uuid4().hex}"
        manage(env, "shell", "-c", EDIT.format(text=text))
        for server in (two, one):
            status, _, body = fetch(server + SCIATICA)
            assert status == 200
            assert text in body


def test_a_scheduled_page_goes_live_on_time_with_no_request_failing(tmp_path, collected_static):
    env = production_env(tmp_path, DJANGO_SECURE_SSL_REDIRECT="0",
                         HIPGUIDE_CACHE_DIR=str(tmp_path / "cache"),
                         DJANGO_STATIC_ROOT=str(collected_static))
    manage(env, "migrate", "--no-input")
    going_live = float(manage(env, "shell", "-v0", "-c", SCHEDULE.format(seconds=5)).stdout)
    statuses, seen_live_at = [], None
    with gunicorn(env, tmp_path / "server.log") as server:
        while time.time() < going_live + 60 and seen_live_at is None:
            status, _, body = fetch(server + "/conditions/")
            statuses.append(status)
            if "Sciatica, scheduled" in body:
                seen_live_at = time.time()
            time.sleep(0.05)
    assert set(statuses) == {200}
    assert statuses.count(200) > 1  # readers were asking before it went live
    assert going_live <= seen_live_at < going_live + 60
