"""HipGuide served as production serves it: the one way the tests, `make audit`,
`make screenshots`, `make bench`, `make loadtest` and `make prod-check` start a server.

The server is the Dockerfile's own command (gunicorn reading gunicorn.conf.py), so every caller
runs the worker class, timeouts and logging that production runs. Callers change it only through
the environment variables gunicorn.conf.py reads (GUNICORN_WORKERS, GUNICORN_THREADS, ...).
Standard library only: `make prod-check` runs this before any dependency is installed.
"""

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The variables a deployment sets; a caller's own shell must not leak into a throwaway site.
DEPLOYMENT_VARIABLES = ("DJANGO_", "GUNICORN_", "HIPGUIDE_")


class SiteDidNotStart(RuntimeError):
    pass


def environment(folder, **overrides):
    """A production deployment's environment with everything it writes inside `folder`: debug
    off, a random secret key, an SQLite file of its own. `overrides` win (DATABASE_URL,
    REDIS_URL, DJANGO_SECURE_SSL_REDIRECT="0" for plain HTTP, GUNICORN_WORKERS, ...)."""
    folder = Path(folder)
    env = {
        name: value for name, value in os.environ.items()
        if not name.startswith(DEPLOYMENT_VARIABLES) and name not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update({
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "HIPGUIDE_CACHE_DIR": str(folder / "page-cache"),
    })
    env.update({name: str(value) for name, value in overrides.items()})
    return env


def server_command(python=sys.executable):
    """The Dockerfile's CMD, with gunicorn run by the given Python (a virtualenv's, say)."""
    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    command = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.MULTILINE).group(1))
    if command[0] == "gunicorn":
        command = [str(python), "-m", "gunicorn", *command[1:]]
    return command


def prepare(env, admin=None, python=sys.executable):
    """What a release does before servers start: collectstatic and migrate; then a superuser
    if `admin` is (username, password)."""
    commands = [["collectstatic", "--no-input", "-v0"], ["migrate", "--no-input", "-v0"]]
    env = dict(env)
    if admin:
        username, env["DJANGO_SUPERUSER_PASSWORD"] = admin
        commands.append(["createsuperuser", "--no-input", "--username", username,
                         "--email", f"{username}@example.org"])
    for command in commands:
        result = subprocess.run([str(python), str(ROOT / "manage.py"), *command],  # noqa: S603
                                env=env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode:
            raise SiteDidNotStart(
                f"manage.py {' '.join(command)} failed:\n{result.stdout}{result.stderr}"
            )


class Server:
    """gunicorn as the Dockerfile starts it, listening on loopback at a port of its own.

    `url` is the plain host:port it listens on: pages are kept in memory only for the host as
    the server is reached (conditions/cache.py), so clients must send that Host.
    """

    def __init__(self, env, log_path, python=sys.executable, port=None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        self.command = server_command(python)
        self.env = {**env, "PORT": str(self.port), "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.process = None

    def start(self, timeout=60):
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen(  # noqa: S603 (the Dockerfile's own command)
                self.command, env=self.env, cwd=ROOT,
                stdout=log, stderr=subprocess.STDOUT,
            )
        wait_for(self.port, self.process, self.log_path, timeout=timeout)
        return self

    def reload(self):
        """What a deploy does: gunicorn starts new workers, the old ones finish their requests."""
        self.process.send_signal(signal.SIGHUP)

    def stop(self, timeout=60):
        """SIGTERM, as an orchestrator stops a container; returns gunicorn's exit status."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.terminate()
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


@contextlib.contextmanager
def production_site(database_url=None, admin=None, **overrides):
    """A throwaway site, prepared and served over plain HTTP; yields its address, and stops it
    (and removes its files) afterwards.

    database_url: an empty database to use instead of a new SQLite file.
    admin: (username, password) of a superuser to create.
    overrides: more environment variables (GUNICORN_WORKERS, REDIS_URL, ...).
    """
    with tempfile.TemporaryDirectory(prefix="hipguide-site-") as folder:
        settings = {"DJANGO_SECURE_SSL_REDIRECT": "0", "GUNICORN_WORKERS": "2", **overrides}
        if database_url:
            settings["DATABASE_URL"] = database_url
        env = environment(folder, **settings)
        prepare(env, admin)
        with Server(env, Path(folder) / "server.log") as server:
            yield server.url


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, server, log, timeout=30):
    """Return once something listens on the port; if the server exits first or the time runs
    out, stop it and raise SiteDidNotStart with its log."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                server.wait()
                raise SiteDidNotStart(
                    f"The server did not start:\n{Path(log).read_text()[-3000:]}"
                ) from None
            time.sleep(0.1)
