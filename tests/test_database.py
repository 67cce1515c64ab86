"""DATABASE_URL, and SQLite set up so editors' saves never fail under readers' load."""

import json
import subprocess
import sys

from django.db.backends.postgresql.psycopg_any import is_psycopg3

from tests.production import ROOT, manage, production_env

SHOW_DATABASE = """
import json
from django.conf import settings
print(json.dumps(settings.DATABASES["default"]))
"""

SHOW_PRAGMAS = """
from django.db import connection
with connection.cursor() as cursor:
    print(*(cursor.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "busy_timeout")))
"""


def database_settings(tmp_path, url):
    env = production_env(tmp_path, DATABASE_URL=url)
    return json.loads(manage(env, "shell", "-v0", "-c", SHOW_DATABASE).stdout)


def test_a_sqlite_url_gives_wal_a_busy_timeout_and_immediate_transactions(tmp_path):
    database = database_settings(tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "site.sqlite3")
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert database["OPTIONS"]["timeout"] == 20
    assert "PRAGMA journal_mode=WAL" in database["OPTIONS"]["init_command"]


def test_a_postgresql_url_gives_persistent_checked_connections(tmp_path):
    database = database_settings(tmp_path, "postgresql://editor:secret@db.internal:5432/hipguide")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == ("db.internal", 5432, "hipguide")
    assert database["USER"] == "editor"
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert "transaction_mode" not in database.get("OPTIONS", {})


def test_postgresql_is_reached_through_psycopg_3():
    assert is_psycopg3


def test_a_sqlite_file_runs_in_wal_mode_with_a_20_second_busy_timeout(tmp_path):
    env = production_env(tmp_path)
    manage(env, "migrate", "-v0")
    pragmas = manage(env, "shell", "-v0", "-c", SHOW_PRAGMAS).stdout.split()
    assert pragmas == ["wal", "1", "20000"]  # synchronous 1 is NORMAL


def test_admin_saves_succeed_while_readers_load_pages_on_sqlite(tmp_path, collected_static):
    env = production_env(
        tmp_path, DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_STATIC_ROOT=str(collected_static)
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "sqlite_load.py")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["errors"] == []
    assert report["saves"] == [302] * 12
    assert report["summaries"] == ["Saved by an editor, time 4."] * 3
    assert report["reads"] > 0
