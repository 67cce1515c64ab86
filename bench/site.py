"""A throwaway HipGuide deployment for `make bench` and `make loadtest`, and wrk to load it.

Production settings (debug off, whitenoise, gunicorn), a fresh SQLite database seeded by the
migrations, its own page cache folder and static root, all in a temporary folder.
"""

import http.client
import json
import os
import platform
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

from bench import nginx as nginx_conf
from tools.production_site import (
    ROOT,
    Server,
    SiteDidNotStart,
    environment,
    free_port,
    prepare,
    wait_for,
)

REPORT_LUA = (Path(__file__).parent / "report.lua").read_text()
ADMIN_USERNAME = "bench-editor"
ADMIN_PASSWORD = "a-long-bench-password-for-the-admin"


def fetch(port, path, method="GET", headers=None, body=None, https=False):
    """One request on loopback: (status, headers, body bytes). https: to nginx, whose
    certificate is made for the run, so it is not checked."""
    connection = (
        http.client.HTTPSConnection("127.0.0.1", port, timeout=30,
                                    context=ssl._create_unverified_context())  # noqa: S323
        if https else http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    )
    connection.request(method, path, body=body,
                       headers={"Host": f"127.0.0.1:{port}", **(headers or {})})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, response, content


class Site:
    """A throwaway deployment in a temporary folder, served by tools.production_site's Server
    (the Dockerfile's gunicorn command); stopped and removed on exit."""

    def __init__(self, workers, threads=1, database_url=None, redis_url=None, **overrides):
        self.folder = Path(tempfile.mkdtemp(prefix="hipguide-bench-"))
        self.static_root = self.folder / "static"
        self.log = self.folder / "server.log"
        settings = {
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "GUNICORN_WORKERS": workers,
            "GUNICORN_THREADS": threads,
            "REDIS_URL": redis_url or "",
            **overrides,
        }
        # SQLite in a folder of its own, which the loadtest moves away to make it unreachable.
        (self.folder / "data").mkdir()
        database = self.folder / "data" / "db.sqlite3"
        settings["DATABASE_URL"] = database_url or f"sqlite:///{database}"
        self.env = environment(self.folder, **settings)
        self.server = Server(self.env, self.log)
        self.port = self.server.port
        self.nginx = None
        self.nginx_port = None

    def manage(self, *command):
        """Run a management command against this site; return what it printed."""
        result = subprocess.run([sys.executable, str(ROOT / "manage.py"), *command],
                                env=self.env, cwd=ROOT, capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"manage.py {' '.join(command)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def prepare(self):
        try:
            prepare(self.env, admin=(ADMIN_USERNAME, ADMIN_PASSWORD))
        except SiteDidNotStart as error:
            sys.exit(str(error))

    def start(self):
        try:
            self.server.start()
        except SiteDidNotStart as error:
            sys.exit(str(error))

    @property
    def pid(self):
        return self.server.process.pid

    def reload(self):
        self.server.reload()

    def stop(self):
        if self.nginx is not None and self.nginx.poll() is None:
            self.nginx.terminate()
            self.nginx.wait(timeout=30)
        self.nginx = None
        self.server.stop()

    def start_nginx(self):
        """deploy/nginx.conf in front of this gunicorn; returns its HTTPS port, or None without
        nginx."""
        if nginx_conf.nginx() is None:
            return None
        config = nginx_conf.write(
            self.folder / "nginx", listen=f"127.0.0.1:{free_port()}",
            upstream=f"127.0.0.1:{self.port}", static_root=self.static_root,
        )
        port = nginx_conf.https_port(config)
        self.nginx = subprocess.Popen(
            [nginx_conf.nginx(), "-c", str(config), "-p", str(config.parent), "-g", "daemon off;"],
            cwd=config.parent,
        )
        wait_for(port, self.nginx, config.parent / "error.log")
        self.nginx_port = port
        return port

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


class _Form(HTMLParser):
    """The first POST form on a page: its action and the fields a browser would send."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.fields = []
        self._in_form = False
        self._ticked_one = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and self.action is None and attrs.get("method", "").lower() == "post":
            self.action = attrs.get("action") or ""
            self._in_form = True
        elif tag == "input" and self._in_form and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind == "checkbox" or kind == "radio":
                # One warning sign ticked: the checklist's usual, heaviest answer.
                if not self._ticked_one:
                    self.fields.append((attrs["name"], attrs.get("value", "on")))
                    self._ticked_one = True
            elif kind not in {"submit", "button", "image", "file"}:
                self.fields.append((attrs["name"], attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False


def checklist_post(port, path="/checklist/"):
    """(path, body, cookie) for posting the checklist form as a browser would."""
    status, response, content = fetch(port, path)
    form = _Form()
    form.feed(content.decode())
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "")
    if status != 200 or form.action is None or cookie is None:
        sys.exit(f"the checklist form could not be read (status {status})")
    target = form.action if form.action.startswith("/") else path
    return target, urlencode(form.fields), f"csrftoken={cookie.group(1)}"


def lua_post(body, cookie):
    return (
        'wrk.method = "POST"\n'
        f"wrk.body = {json.dumps(body)}\n"
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        f'wrk.headers["Cookie"] = {json.dumps(cookie)}\n'
    )


def wrk(url, duration, connections, threads, lua="", folder=None):
    """Run wrk with bench/report.lua; returns its figures as a dict."""
    script = Path(tempfile.mkstemp(suffix=".lua", dir=folder)[1])
    script.write_text(lua + "\n" + REPORT_LUA)
    try:
        result = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
             "-s", str(script), url],
            capture_output=True, text=True, check=True,
        )
    finally:
        script.unlink()
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["socket_errors"] = sum(figures[k] for k in ("connect", "read", "write", "timeout"))
    return figures


def cpu_seconds(root_pid):
    """CPU time a server has used so far: its master process and the workers it started.

    Per request, this is what a case costs the server, whatever else the machine is doing.
    """
    children = subprocess.run(["pgrep", "-P", str(root_pid)], capture_output=True,
                              text=True).stdout.split()
    total = 0
    for pid in [root_pid, *map(int, children)]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # user and system time, in clock ticks
        if pid == root_pid:
            # Workers gunicorn has already replaced (max_requests) count through their parent.
            total += int(fields[13]) + int(fields[14])
    return total / os.sysconf("SC_CLK_TCK")


def machine():
    """What the figures were measured on."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = found.group(1).strip() if found else cpu
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    return {
        "uname": " ".join(part for part in platform.uname() if part),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "load": load,
        "python": platform.python_version(),
    }


def replace_section(path, name, text):
    """Write `text` as the named section of a Markdown file, keeping the other sections."""
    path = Path(path)
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{text.rstrip()}\n{end}"
    current = path.read_text() if path.exists() else "# HipGuide performance results\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(current):
        current = pattern.sub(lambda _: block, current)
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current if current.endswith("\n") else current + "\n")
