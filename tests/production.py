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

from tools.production_site import ROOT, free_port, wait_for

SECRET_KEY = "production-test-key-7Qv2m9XcLw4RtZp8NbJ5sKd3HfYg6AeU1oWiEyTq0VxC"
SITE_HOST = "hipguide.example.org"


def production_env(tmp_path, **overrides):
    """The environment of a production deployment, with an SQLite file of its own."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "GUNICORN_")) and name not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update({
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_ALLOWED_HOSTS": f"{SITE_HOST},localhost,127.0.0.1,testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
    })
    env.update(overrides)
    return env


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
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for(port, server, log_path, timeout=60)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=60)
