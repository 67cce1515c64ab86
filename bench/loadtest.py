"""`make loadtest`: mixed reader load while an editor saves, gunicorn reloads and things fail.

For 60 s, 32 connections read pages and static files and post the checklist, while an editor
signed in to the admin saves a condition every second. Meanwhile (bench/faults.py) the Redis
server the site shares its cache through is stopped and started again, gunicorn is reloaded
(HUP), and the SQLite database is made unreachable for 10 s. Passes only with no reader page and
no checklist answer that is an error other than the database-down 503 (no 500), no socket error,
no "database is locked" in the server log, no save refused while the database was up, every
saved change in the database afterwards, and every one visible to readers on the very next
request. Exits non-zero otherwise.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.editor import Editor  # noqa: E402
from bench.faults import DatabaseOutage, Redis, Timeline, answers  # noqa: E402
from bench.site import (  # noqa: E402 (after the path above)
    ADMIN_USERNAME,
    REPORT_LUA,
    Site,
    checklist_post,
    fetch,
    machine,
    replace_section,
)

SLUG = "sciatica"
PAGE = f"/conditions/{SLUG}/"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=None, help="default: 2 x cores + 1")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--outage", type=int, default=10,
                        help="seconds the database is unreachable (SQLite only; 0: none)")
    parser.add_argument("--output", default=str(Path(__file__).parent / "results.md"))
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--log", default=None, help="a file to keep the server's log in")
    return parser.parse_args()


def reader_paths(site):
    """Every reader page and the static files the hub links to."""
    _, _, hub = fetch(site.port, "/")
    pages = sorted(set(re.findall(r'href="(/conditions/[a-z0-9-]+/)"', hub.decode())))
    static = sorted(set(re.findall(r'href="(/static/[^"]+)"', hub.decode())))
    return ["/", "/conditions/", *pages, *static]


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


def shell(site, code):
    """Run Python in the site's Django, as manage.py shell does; returns what it printed."""
    return site.manage("shell", "--no-imports", "-c", code)


def saved_body(site):
    return shell(site, "from conditions.models import Condition; "
                       f"print(Condition.objects.get(slug={SLUG!r}).overview)")


def make_reviewer(site):
    """The editor is also a clinical reviewer, so each save can go live at once as an urgent
    correction (flagged for a second reviewer), the one way a save reaches readers unreviewed."""
    shell(site, "from django.contrib.auth.models import User; "
                "from conditions.models import ReviewerProfile; "
                f"user = User.objects.get(username={ADMIN_USERNAME!r}); "
                "ReviewerProfile.objects.create(user=user, display_name='Load Test', "
                "qualification='Sports medicine physician')")


def condition_id(site):
    return shell(site, "from conditions.models import Condition; "
                       f"print(Condition.objects.get(slug={SLUG!r}).pk)").strip()


def faults(site, redis, duration, outage):
    """What goes wrong during the run, and when (seconds after the load starts)."""
    # One at a time: new workers take seconds to start on a busy machine, and a database outage
    # while none is up would test nothing.
    steps = [
        (duration * 0.10, "Redis stopped", redis.stop),
        (duration * 0.25, "Redis started again", redis.start),
        (duration * 0.75, "gunicorn reloaded (HUP)", site.reload),
    ]
    if outage:
        database = DatabaseOutage(site.env["DATABASE_URL"].removeprefix("sqlite:///"))
        begin = duration * 0.40
        if begin + outage > duration * 0.70:
            sys.exit(f"--duration {duration} is too short for a {outage} s database outage")
        steps += [(begin, "database unreachable", database.begin),
                  (begin + outage, "database back", database.end)]
    return steps


def main():
    args = parse_arguments()
    workers = args.workers or 2 * (os.cpu_count() or 1) + 1
    about = machine()
    # Every request opens its own database connection, so a database that goes away is seen at
    # once (a kept SQLite connection would go on reading the file it has open).
    redis = Redis()
    try:
        redis.start()
        with Site(workers, args.threads, redis_url=redis.url, DJANGO_CONN_MAX_AGE="0") as site:
            site.prepare()
            make_reviewer(site)
            site.start()
            editor = Editor(site.port, condition_id(site))
            editor.sign_in()
            paths = reader_paths(site)
            checklist = checklist_post(site.port)
            script = site.folder / "mixed.lua"
            script.write_text(mixed_lua(paths, checklist) + REPORT_LUA)
            load = subprocess.Popen(
                ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout",
                 "10s", "-s", str(script), f"http://127.0.0.1:{site.port}"],
                stdout=subprocess.PIPE, text=True,
            )
            started = time.monotonic()
            timeline = Timeline(started, faults(site, redis, args.duration, args.outage))
            timeline.start()
            saving = threading.Thread(target=editor.run, args=(started + args.duration - 2,))
            saving.start()
            output, _ = load.communicate()
            saving.join()
            timeline.join()
            figures = json.loads(output.strip().splitlines()[-1])
            body = saved_body(site)
            log = site.log.read_text()
    finally:
        redis.remove()
    return report(args, workers, about, paths, figures, editor, timeline, body, log)


def report(args, workers, about, paths, figures, editor, timeline, body, log):
    socket_errors = sum(figures[k] for k in ("connect", "read", "write", "timeout"))
    counts = answers(log)
    outage = timeline.window("database unreachable", "database back")

    def in_outage(failed_at):
        # When the refusal came back: a save begun before the outage can meet it.
        return outage is not None and outage[0] <= failed_at <= outage[1] + 2

    refused_down = [failure for failure in editor.failed if in_outage(failure[0])]
    refused_up = [failure for failure in editor.failed if not in_outage(failure[0])]
    lost = [marker for marker in editor.saved if marker not in body]

    def errors(kind, unavailable=False):
        statuses = counts.get(kind, {})
        return sum(n for status, n in statuses.items()
                   if status >= 400 and (status == 503) == unavailable)

    checks = [
        ("reader pages answered an error other than 503 (a 500, say)", errors("reader pages")),
        ("checklist answers that were an error other than 503", errors("checklist")),
        ("static files answered an error", errors("static files") + errors("static files", True)),
        ("socket errors ({})".format(", ".join(
            f"{kind} {figures[kind]}" for kind in ("connect", "read", "write", "timeout"))),
         socket_errors),
        ('"database is locked" in the server log', log.count("database is locked")),
        ("admin saves refused while the database was reachable", len(refused_up)),
        ("saves missing from the database afterwards", len(lost)),
        ("saves a reader did not see on the next request", len(editor.stale)),
        ("faults that could not be made", len(timeline.errors)),
    ]
    told = [
        ("reader pages answered 503 (database unreachable)", errors("reader pages", True)),
        ("checklist answered 503 (database unreachable)", errors("checklist", True)),
        ("admin saves refused while the database was unreachable", len(refused_down)),
        ("saves whose reader check got the 503 page", len(editor.unchecked)),
    ]
    passed = all(count == 0 for _, count in checks) and editor.saved
    lines = [
        "## make loadtest",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {about['uname']}; {about['nproc']} CPUs ({about['cpu']}); "
        f"load average at the start: {about['load']}",
        f"- gunicorn {workers} workers"
        + (f" x {args.threads} threads" if args.threads > 1 else "")
        + "; SQLite, a new connection for every request (DJANGO_CONN_MAX_AGE=0); "
        "the shared cache in a Redis server of the loadtest's own",
        f"- {args.duration} s of wrk -c{args.connections}: {figures['requests']:,} requests over "
        f"{len(paths)} addresses, every 10th a checklist POST; an editor saved {SLUG} in the "
        f"admin {len(editor.saved)} times, once a second",
        "- Faults, seconds after the load started: " + "; ".join(
            f"{label} at {at:.1f}" for at, label in timeline.happened),
        "",
        "| Check (each must be 0) | Count |",
        "| --- | ---: |",
        *(f"| {label} | {count} |" for label, count in checks),
        "",
        "| Expected while the database was unreachable | Count |",
        "| --- | ---: |",
        *(f"| {label} | {count} |" for label, count in told),
        "",
        "| Requests, from the server's access log | 2xx and 3xx | 503 | other 4xx and 5xx |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {kind} | {sum(n for s, n in statuses.items() if s < 400):,} | "
          f"{statuses.get(503, 0):,} | {errors(kind):,} |"
          for kind, statuses in sorted(counts.items())),
        "",
        f"Result: **{'passed' if passed else 'FAILED'}**",
    ]
    text = "\n".join(lines)
    print(text)
    for failure in refused_up[:5] + [(None, None, None, error) for error in timeline.errors]:
        print("failed:", failure[1:])
    if args.log:
        Path(args.log).write_text(log)
        print(f"The server's log is in {args.log}")
    if not args.no_write:
        replace_section(args.output, "loadtest", text)
        print(f"\nWritten to {args.output}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
