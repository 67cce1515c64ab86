"""The faults `make loadtest` adds while readers and an editor use the site (issue 13, point 7):
Redis stopped and started again, and the database unreachable for a while. Also what the
server's access log says each kind of request was answered with.
"""

import collections
import re
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from tools.production_site import free_port, wait_for


class Redis:
    """A redis-server of the loadtest's own on a free loopback port. It writes its data to disk
    when stopped and reads it back when started, as a Redis with persistence does: the content
    version it held before the outage comes back with it."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="hipguide-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.process = subprocess.Popen(  # noqa: S603 (our own command line)
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--save", "3600 1", "--appendonly", "no", "--logfile", str(self.folder / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )
        wait_for(self.port, self.process, self.folder / "redis.log", timeout=20)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class DatabaseOutage:
    """The SQLite database made unreachable: the folder that holds it (and its WAL) is moved
    away, so no new connection can open it, then moved back. Requests already running keep
    their connection; with DJANGO_CONN_MAX_AGE=0 every later request needs a new one."""

    def __init__(self, database_file):
        self.folder = Path(database_file).parent
        self.away = self.folder.with_name(self.folder.name + "-unreachable")

    def begin(self):
        self.folder.rename(self.away)

    def end(self):
        self.away.rename(self.folder)


class Timeline(threading.Thread):
    """Runs (seconds after start, label, action) in order; remembers when each happened."""

    def __init__(self, started, steps):
        super().__init__(daemon=True)
        self.started = started
        self.steps = sorted(steps, key=lambda step: step[0])
        self.happened = []
        self.errors = []

    def run(self):
        for at, label, action in self.steps:
            time.sleep(max(0.0, self.started + at - time.monotonic()))
            try:
                action()
            except Exception as error:  # noqa: BLE001 - reported: a fault that did not happen
                self.errors.append(f"{label}: {error!r}")
            self.happened.append((time.monotonic() - self.started, label))

    def window(self, begin_label, end_label):
        """(start, end) in monotonic time between two steps, or None if either did not run."""
        times = {label: at for at, label in self.happened}
        if begin_label in times and end_label in times:
            return self.started + times[begin_label], self.started + times[end_label]
        return None


ACCESS = re.compile(r'"([A-Z]+) (\S+) HTTP/[\d.]+" (\d{3}) ')
READER_PAGE = re.compile(r"^/(conditions/([a-z0-9-]+/)?)?$")


def kind(path):
    if path.startswith("/checklist/"):
        return "checklist"
    if READER_PAGE.match(path):
        return "reader pages"
    if path.startswith("/admin/"):
        return "admin"
    if path.startswith("/static/"):
        return "static files"
    return "other"


def answers(log_text):
    """{kind of request: Counter of status codes}, from gunicorn's access log lines."""
    counts = collections.defaultdict(collections.Counter)
    for _method, path, status in ACCESS.findall(log_text):
        counts[kind(path)][int(status)] += 1
    return counts
