"""The part of `make bench` about a save and the reader after it (bench/run.py calls it).

It runs bench/costs.py, inside Django, with the throwaway site's production settings, and
reports what an editor's save, a reviewer's approval and the next reader's page cost.
"""

import json
import sqlite3
import statistics
import subprocess
import sys

from bench.site import ROOT

# Issue 13's limits, whatever the size of the content: an editor's save, and a reader's page
# on a cache miss (the first request after a save is one).
SAVE_MS = 300
MISS_MS = 20
MISS_QUERIES = 3


def costs(site, *arguments):
    """Run bench/costs.py with this site's production settings; returns what it measured."""
    result = subprocess.run([sys.executable, "-m", "bench.costs", *arguments], env=site.env,
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"bench/costs.py {arguments[0]} failed:\n{result.stdout}{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def copy_database(site):
    """The site's SQLite database copied (with SQLite's backup, so nothing in its WAL is lost),
    for the costs to grow without touching the site."""
    source = site.env["DATABASE_URL"].removeprefix("sqlite:///")
    target = site.folder / "costs.sqlite3"
    with sqlite3.connect(source) as old, sqlite3.connect(target) as new:
        old.backup(new)
    return f"sqlite:///{target}"


def server_times(log, skip, page):
    """How long gunicorn took over each request for `page` after line `skip` of its access log
    (its %(M)s: whole milliseconds, rounded down)."""
    lines = log.read_text().splitlines()[skip:]
    return [int(line.rsplit(" ", 1)[1].removesuffix("ms"))
            for line in lines if f'"GET {page} ' in line]


def report_costs(page, first, sizes):
    def met(ok):
        return "yes" if ok else "**no**"

    server = first["server_ms"]
    lines = [
        "### A save, and the reader after it",
        "",
        f"First request for {page} after an editor's save, over HTTP through gunicorn (the "
        f"save retired every worker's pages), {first['repeats']} times. What the reader waited, "
        "measured by the client over loopback, connection included: median "
        f"{first['median_ms']:.1f} ms, slowest {first['max_ms']:.1f} ms. The server's time, "
        "from gunicorn's access log in whole milliseconds (it counts the worker's tidying up "
        "after the page has gone, too): median "
        f"{statistics.median(server):.0f} ms, slowest {max(server)} ms. Target: both no more "
        f"than a cache miss's {MISS_MS} ms; met: "
        f"{met(max(statistics.median(server), first['median_ms']) <= MISS_MS)}.",
        "",
        "Inside Django (`bench/costs.py`, production settings, a copy of the database with the "
        "conditions made up to each count): an editor's save of one condition through the "
        "admin's change view; a reviewer's approval of it, which is what publishes it (the same "
        "limit applies); and the next reader's request for its page, a cache miss. Medians; "
        "the targets are judged on the server's CPU time, wall time is shown beside it.",
        "",
        f"| Conditions | Save CPU ms (≤ {SAVE_MS}) | Save wall ms | Save queries | "
        f"Approval CPU ms (≤ {SAVE_MS}) | Approval queries | Met | "
        f"Miss CPU ms (≤ {MISS_MS}) | Miss wall ms | Miss queries (≤ {MISS_QUERIES}) | Met |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for count, figures in sizes.items():
        save, approval, miss = figures["save"], figures["approval"], figures["miss"]
        lines.append(
            f"| {count} | {save['cpu_ms']:.1f} | {save['wall_ms']:.1f} | {save['queries']} | "
            f"{approval['cpu_ms']:.1f} | {approval['queries']} | "
            f"{met(max(save['cpu_ms'], approval['cpu_ms']) <= SAVE_MS)} | "
            f"{miss['cpu_ms']:.1f} | {miss['wall_ms']:.1f} | {miss['queries']} | "
            f"{met(miss['cpu_ms'] <= MISS_MS and miss['queries'] <= MISS_QUERIES)} |"
        )
    return "\n".join(lines)
