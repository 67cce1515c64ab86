"""`make bench`: HipGuide's reader pages measured side by side with static files, in one run.

One gunicorn with production settings serves every Django case; nginx (if installed) runs
deploy/nginx.conf in front of it. Each case is loaded with wrk for a bounded time, in rounds
so that a burst of other work on the machine does not land on one case only; the median
round is reported. Compare the ratios, not absolute numbers across runs or machines.

Then, after the load: the first request after a save, timed over HTTP through gunicorn; and
inside Django (bench/costs.py), on a copy of the database grown to 6, 60 and 600 conditions,
what an editor's admin save and the next reader's cache miss cost.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.saves import copy_database, costs, report_costs, server_times  # noqa: E402
from bench.site import (  # noqa: E402 (after the path above)
    Site,
    checklist_post,
    cpu_seconds,
    fetch,
    lua_post,
    machine,
    replace_section,
    wrk,
)

PAGE = "/conditions/sciatica/"
STATIC_COPY = "bench/page.html"
# Seconds between cases, for the server to finish what wrk left in flight.
SETTLE = 2
TARGETS = [
    ("cache hit / whitenoise", "hit", "whitenoise", 1.00),
    ("nginx proxy / nginx static", "nginx proxy", "nginx static", 0.90),
]
HOW = {
    "whitenoise": "the page's bytes as a static file, served by whitenoise through gunicorn",
    "hit": f"{PAGE} from the worker's page cache",
    "hub": "/ from the worker's page cache",
    "checklist POST": "the checklist form posted with one warning sign ticked and its CSRF token",
    "nginx static": "the page's bytes as a static file, served by nginx from disk",
    "nginx proxy": f"{PAGE} through deploy/nginx.conf, answered from nginx's cache",
}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=3, help="seconds per case per round")
    parser.add_argument("--rounds", type=int, default=9, help="odd numbers are best")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=None, help="default: 2 x cores + 1")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--redis-url", default=None, help="use Redis for the shared cache")
    parser.add_argument("--sizes", default="6,60,600",
                        help="condition counts for the save and cache-miss costs")
    parser.add_argument("--output", default=str(Path(__file__).parent / "results.md"))
    parser.add_argument("--no-write", action="store_true", help="print only")
    return parser.parse_args()


def prepare(site):
    """Seed the site, then copy the condition page's bytes into the static files."""
    site.prepare()
    site.start()
    status, _, page = fetch(site.port, PAGE)
    site.stop()
    if status != 200:
        sys.exit(f"{PAGE} answered {status}")
    copy = site.static_root / STATIC_COPY
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(page)
    return page


def cases(site, nginx_port):
    """(name, url, lua) for every case this site has, checked before anything is measured."""
    base = f"http://127.0.0.1:{site.port}"
    found = [
        ("whitenoise", f"{base}/static/{STATIC_COPY}", ""),
        ("hit", f"{base}{PAGE}", ""),
        ("hub", f"{base}/", ""),
    ]
    for path in (PAGE, "/"):
        fetch(site.port, path)  # stored in the page cache
    path, body, cookie = checklist_post(site.port)
    status, _, _ = fetch(site.port, path, "POST", body=body.encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    if status != 200:
        sys.exit(f"the checklist POST answered {status}")
    found.append(("checklist POST", f"{base}{path}", lua_post(body, cookie)))
    if nginx_port:
        nginx_base = f"https://127.0.0.1:{nginx_port}"
        found.append(("nginx static", f"{nginx_base}/static/{STATIC_COPY}", ""))
        found.append(("nginx proxy", f"{nginx_base}{PAGE}", ""))
        fetch(nginx_port, PAGE, https=True)
        _, response, _ = fetch(nginx_port, PAGE, https=True)
        if response.getheader("X-Cache-Status") != "HIT":
            sys.exit(f"nginx did not cache {PAGE}: {response.getheader('X-Cache-Status')}")
    # The cached page must be the very bytes whitenoise is compared with.
    _, _, page = fetch(site.port, PAGE)
    _, _, static = fetch(site.port, f"/static/{STATIC_COPY}")
    if page != static:
        sys.exit(f"{PAGE} answered other bytes than its static copy")
    return found


def measure(found, args, site):
    """Every case, round after round; every other round runs the cases in reverse order, so a
    change in the machine's other load during a round falls on both sides of a ratio alike."""
    servers = {f"127.0.0.1:{site.port}": site.pid}
    if site.nginx is not None:
        servers[f"127.0.0.1:{site.nginx_port}"] = site.nginx.pid
    rounds = []
    for number in range(1, args.rounds + 1):
        order = found if number % 2 else list(reversed(found))
        figures = {}
        for name, url, lua in order:
            server = servers[url.split("/")[2]]
            before = cpu_seconds(server)
            result = wrk(url, args.duration, args.connections, args.wrk_threads, lua,
                         site.folder)
            time.sleep(SETTLE)
            result["cpu_us"] = (cpu_seconds(server) - before) * 1e6 / max(result["requests"], 1)
            figures[name] = result
            print(f"round {number} {name:>15}: {result['rps']:9.0f} req/s "
                  f"{result['cpu_us']:8.0f} us of server CPU per request", flush=True)
        rounds.append(figures)
    return rounds


def median_round(rounds, name):
    return sorted((figures[name] for figures in rounds), key=lambda f: f["rps"])[len(rounds) // 2]


def median_ratio(rounds, case, reference):
    """The median over rounds of the ratio measured within each round: of throughput, and of
    server CPU per request (the reference's over the case's, so above 100% is cheaper)."""
    return (
        statistics.median(figures[case]["rps"] / figures[reference]["rps"] for figures in rounds),
        statistics.median(figures[reference]["cpu_us"] / figures[case]["cpu_us"]
                          for figures in rounds),
    )


def report(rounds, args, workers, page, nginx_port, about):
    results = {name: median_round(rounds, name) for name in HOW if name in rounds[0]}
    lines = [
        "## make bench",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {about['uname']}",
        f"- CPUs: {about['nproc']} ({about['cpu']}); load average at the start: {about['load']}",
        f"- Python {about['python']}; gunicorn {workers} workers"
        + (f" x {args.threads} threads" if args.threads > 1 else "")
        + f"; page cache: {'Redis' if args.redis_url else 'a folder on disk'}",
        f"- wrk -t{args.wrk_threads} -c{args.connections} on loopback, sharing the machine; "
        f"{args.rounds} rounds of {args.duration} s per case; the median round of each case, "
        "and the median of the ratios measured within each round",
        f"- Page: {PAGE}, {len(page):,} bytes; its static copy has the same bytes",
        "",
        "| Case | req/s | p50 ms | p99 ms | server CPU µs/request | errors | What is measured |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, figures in results.items():
        errors = figures["status"] + figures["socket_errors"]
        lines.append(
            f"| {name} | {figures['rps']:,.0f} | {figures['p50_us'] / 1000:.2f} | "
            f"{figures['p99_us'] / 1000:.2f} | {figures['cpu_us']:,.0f} | {errors} | "
            f"{HOW[name]} |"
        )
    lines += [
        "",
        "| Ratio | Target | req/s ratio | Met | Server CPU per request, reference / case |",
        "| --- | ---: | ---: | --- | ---: |",
    ]
    for label, case, reference, target in TARGETS:
        if case in results and reference in results:
            ratio, cpu = median_ratio(rounds, case, reference)
            met = "yes" if ratio >= target else "**no**"
            lines.append(f"| {label} | {target:.0%} | {ratio:.0%} | {met} | {cpu:.0%} |")
        else:
            lines.append(f"| {label} | {target:.0%} | not measured (nginx missing) | | |")
    if not nginx_port:
        lines += ["", "nginx is not installed here, so its two cases were not measured."]
    return "\n".join(lines)


def main():
    args = parse_arguments()
    workers = args.workers or 2 * (os.cpu_count() or 1) + 1
    about = machine()
    with Site(workers, args.threads, redis_url=args.redis_url) as site:
        page = prepare(site)
        site.start()
        nginx_port = site.start_nginx()
        found = cases(site, nginx_port)
        rounds = measure(found, args, site)
        print("the first request after a save...", flush=True)
        logged = len(site.log.read_text().splitlines())
        first = costs(site, "first-request", f"http://127.0.0.1:{site.port}{PAGE}")
        first["server_ms"] = server_times(site.log, logged, PAGE)
        site.stop()
        log = site.log.read_text()
        print(f"saves and cache misses with {args.sizes} conditions...", flush=True)
        site.env["DATABASE_URL"] = copy_database(site)
        sizes = costs(site, "sizes", *args.sizes.split(","))
    text = report(rounds, args, workers, page, nginx_port, about)
    text += "\n\n" + report_costs(PAGE, first, sizes)
    print()
    print(text)
    if "Traceback" in log:
        print("\nThe server logged errors:\n" + log[-3000:])
    if not args.no_write:
        replace_section(args.output, "bench", text)
        print(f"\nWritten to {args.output}")
    clean = all(f["status"] + f["socket_errors"] == 0 for r in rounds for f in r.values())
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
