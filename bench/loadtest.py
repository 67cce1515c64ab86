"""`make loadtest`: mixed reader load while an editor saves and gunicorn reloads.

For 60 s, 32 connections read pages (cached, uncached and static) and post the checklist,
while an editor signed in to the admin saves a condition every second and
gunicorn is reloaded (HUP) once, half way. Passes only with no failed request, no "database is
locked" in the server log, every save in the database afterwards, and every save visible to
readers on the very next request. Exits non-zero otherwise.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import threading
import time
import types
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.site import (  # noqa: E402 (after the path above)
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    REPORT_LUA,
    ROOT,
    Site,
    checklist_post,
    fetch,
    machine,
    replace_section,
)
from tests.admin_forms import form_data  # noqa: E402

SLUG = "sciatica"
PAGE = f"/conditions/{SLUG}/"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=None, help="default: 2 x cores + 1")
    parser.add_argument("--worker-class", default="sync")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--output", default=str(Path(__file__).parent / "results.md"))
    parser.add_argument("--no-write", action="store_true", help="print only")
    return parser.parse_args()


def reader_paths(site):
    """Every reader page, one uncached address (so pages render under load), static files."""
    _, _, hub = fetch(site.port, "/")
    pages = sorted(set(re.findall(r'href="(/conditions/[a-z0-9-]+/)"', hub.decode())))
    static = sorted(set(re.findall(r'href="(/static/[^"]+)"', hub.decode())))
    return ["/", "/conditions/", *pages, f"{PAGE}?load=uncached", *static]


def mixed_lua(paths, checklist):
    path, body, cookie = checklist
    post = "wrk.format('POST', {}, {{['Content-Type'] = {}, ['Cookie'] = {}}}, {})".format(
        *map(json.dumps, [path, "application/x-www-form-urlencoded", cookie, body]))
    return f"""
local paths = {{{", ".join(json.dumps(p) for p in paths)}}}
local counter = 0
local post = nil
init = function(args) post = {post} end
request = function()
  counter = counter + 1
  if counter % 10 == 0 then return post end
  return wrk.format("GET", paths[counter % #paths + 1])
end
"""


class Editor:
    """An editor in the admin, over HTTP as a browser would: signs in, then saves a page."""

    def __init__(self, port, condition_id):
        self.port = port
        self.change = f"/admin/conditions/condition/{condition_id}/change/"
        self.cookies = {}
        self.saved, self.failed, self.stale = [], [], []

    def request(self, path, method="GET", data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(data, doseq=True).encode()
        status, response, content = fetch(self.port, path, method, headers, body)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return status, content

    def sign_in(self):
        _, content = self.request("/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content.decode())
        status, _ = self.request("/admin/login/", "POST", {
            "username": ADMIN_USERNAME, "password": ADMIN_PASSWORD, "next": "/admin/",
            "csrfmiddlewaretoken": token.group(1)})
        if status != 302 or "sessionid" not in self.cookies:
            sys.exit(f"the editor could not sign in to the admin (status {status})")

    def save(self, number):
        marker = f"Load test save number {number}."
        _, content = self.request(self.change)
        data = form_data(types.SimpleNamespace(content=content))
        data["overview"] = data["overview"].rstrip() + f"\n\n{marker}"
        status, content = self.request(self.change, "POST", data)
        if status != 302:
            self.failed.append((number, status, content.decode(errors="replace")[-500:]))
            return
        self.saved.append(marker)
        # A reader, with no cookie, must see the save at once, whichever worker answers.
        _, _, page = fetch(self.port, PAGE)
        if marker not in page.decode():
            self.stale.append(number)

    def run(self, until):
        number = 0
        next_save = time.monotonic()
        while next_save < until:
            time.sleep(max(0.0, next_save - time.monotonic()))
            number += 1
            try:
                self.save(number)
            except OSError as error:
                self.failed.append((number, "connection", str(error)))
            next_save += 1.0


def shell(site, code):
    """Run Python in the site's Django, as manage.py shell does; returns what it printed."""
    command = [sys.executable, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", code]
    return subprocess.run(command, env=site.env, cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def saved_body(site):
    return shell(site, "from conditions.models import Condition; "
                       f"print(Condition.objects.get(slug={SLUG!r}).overview)")


def condition_id(site):
    return shell(site, "from conditions.models import Condition; "
                       f"print(Condition.objects.get(slug={SLUG!r}).pk)").strip()


def main():
    args = parse_arguments()
    workers = args.workers or 2 * (os.cpu_count() or 1) + 1
    about = machine()
    with Site(workers, args.worker_class, args.threads, database_url=args.database_url) as site:
        site.prepare()
        site.start()
        editor = Editor(site.port, condition_id(site))
        editor.sign_in()
        paths = reader_paths(site)
        checklist = checklist_post(site.port)
        script = site.folder / "mixed.lua"
        script.write_text(mixed_lua(paths, checklist) + REPORT_LUA)
        load = subprocess.Popen(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s",
             "-s", str(script), f"http://127.0.0.1:{site.port}"],
            stdout=subprocess.PIPE, text=True,
        )
        started = time.monotonic()
        saving = threading.Thread(target=editor.run, args=(started + args.duration - 2,))
        saving.start()
        time.sleep(args.duration / 2)
        site.reload()
        output, _ = load.communicate()
        saving.join()
        figures = json.loads(output.strip().splitlines()[-1])
        body = saved_body(site)
        log = site.log.read_text()

    socket_errors = sum(figures[k] for k in ("connect", "read", "write", "timeout"))
    locked = log.count("database is locked")
    lost = [marker for marker in editor.saved if marker not in body]
    checks = [
        ("failed requests (non-2xx/3xx)", figures["status"]),
        ("socket errors ({})".format(", ".join(
            f"{kind} {figures[kind]}" for kind in ("connect", "read", "write", "timeout"))),
         socket_errors),
        ('"database is locked" in the server log', locked),
        ("admin saves that failed", len(editor.failed)),
        ("saves missing from the database afterwards", len(lost)),
        ("saves a reader did not see on the next request", len(editor.stale)),
    ]
    passed = all(count == 0 for _, count in checks) and editor.saved
    lines = [
        "## make loadtest",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {about['uname']}; {about['nproc']} CPUs ({about['cpu']}); "
        f"load average at the start: {about['load']}",
        f"- gunicorn {workers} {args.worker_class} workers"
        + (f" x {args.threads} threads" if args.threads > 1 else "")
        + f", reloaded with HUP after {args.duration // 2} s; database: "
        + ("the given DATABASE_URL" if args.database_url else "SQLite"),
        f"- {args.duration} s of wrk -c{args.connections}: {figures['requests']:,} requests over "
        f"{len(paths)} addresses"
        + ", every 10th a checklist POST"
        + f"; an editor saved {SLUG} in the admin {len(editor.saved)} times, once a second",
        "",
        "| Check | Count |",
        "| --- | ---: |",
        *(f"| {label} | {count} |" for label, count in checks),
        "",
        f"Result: **{'passed' if passed else 'FAILED'}**",
    ]
    text = "\n".join(lines)
    print(text)
    for failure in editor.failed[:5]:
        print("failed save:", failure)
    if not args.no_write:
        replace_section(args.output, "loadtest", text)
        print(f"\nWritten to {args.output}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
