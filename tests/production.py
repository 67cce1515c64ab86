"""HipGuide run as production runs it, in a subprocess: its own settings, database and server.

Settings are read once per process, so tests of what the environment switches on (debug off,
HTTPS, another database or cache) start a fresh Python with that environment.
"""

import contextlib
import os
import subprocess
import sys
import urllib.error
import urllib.request
import uuid

from tools.production_site import ROOT, Server, environment, free_port  # noqa: F401

SECRET_KEY = "production-test-key-7Qv2m9XcLw4RtZp8NbJ5sKd3HfYg6AeU1oWiEyTq0VxC"
SITE_HOST = "hipguide.example.org"


def production_env(tmp_path, **overrides):
    """The environment of a production deployment, with an SQLite file of its own."""
    return environment(tmp_path, **{
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": f"{SITE_HOST},localhost,127.0.0.1,testserver",
        **overrides,
    })


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def fetch(url, headers=None):
    """(status, headers, body) of a GET, whatever the status."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (our own server)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@contextlib.contextmanager
def gunicorn(env, log_path):
    """A gunicorn started as the Dockerfile starts it (gunicorn.conf.py), on a free port."""
    with Server({"GUNICORN_WORKERS": "1", **env}, log_path) as server:
        yield server.url


def fresh_database_url(tmp):
    """A new, empty database of the kind the suite runs on, for the server alone."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp / 'db.sqlite3'}"
    import psycopg

    base, _, _ = url.rpartition("/")
    name = f"hipguide_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def drop_database(url):
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _, name = url.rpartition("/")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
