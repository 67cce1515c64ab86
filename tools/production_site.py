"""HipGuide served as production serves it, from a throwaway database: gunicorn, debug off,
static files collected and hashed, seed content only. Used by the browser tests, `make audit`
and `make screenshots`.
"""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class SiteDidNotStart(RuntimeError):
    pass


def environment(tmp, database_url=None):
    return {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_DEBUG": "",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": database_url or f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "HIPGUIDE_CACHE_DIR": str(tmp / "page-cache"),
    }


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def production_site(database_url=None, admin=None):
    """Start the site; yields its address, and stops it (and removes its files) afterwards.

    database_url: an empty database to use instead of a new SQLite file.
    admin: (username, password) of a superuser to create.
    """
    with tempfile.TemporaryDirectory(prefix="hipguide-site-") as folder:
        tmp = Path(folder)
        env = environment(tmp, database_url)
        manage = [sys.executable, str(ROOT / "manage.py")]
        commands = [["collectstatic", "--no-input", "-v0"], ["migrate", "--no-input", "-v0"]]
        if admin:
            username, env["DJANGO_SUPERUSER_PASSWORD"] = admin
            commands.append(["createsuperuser", "--no-input", "--username", username,
                             "--email", f"{username}@example.org"])
        for command in commands:
            subprocess.run([*manage, *command], env=env, check=True, cwd=ROOT)  # noqa: S603
        port = free_port()
        url = f"http://localhost:{port}"
        with open(tmp / "server.log", "w") as log:
            server = subprocess.Popen(  # noqa: S603 (our own commands, no input)
                [sys.executable, "-m", "gunicorn", "hipguide.wsgi",
                 "--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "4"],
                env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            )
            try:
                wait_for(port, server, tmp / "server.log")
                yield url
            finally:
                server.terminate()
                server.wait(timeout=30)


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
                raise SiteDidNotStart(
                    f"The server did not start:\n{Path(log).read_text()[-3000:]}"
                ) from None
            time.sleep(0.1)
