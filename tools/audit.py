"""`make audit`: Lighthouse's four scores for the hub, a condition page and the checklist, in
its mobile mode, against the site served as production serves it.

Each page is audited three times and judged on the median of each score, as Lighthouse's own
guidance on variability advises: one run on a busy machine can be unluckily slow. Fails if
accessibility, best practices or SEO is below 100, or performance below 95.

The performance score is for a mid-tier phone. Lighthouse makes one by slowing this machine's
CPU down 4 times, which assumes a fast desktop (a benchmark index of about 1,500). On a slower
or busier machine that emulates a slower phone than intended, so a first run reads this
machine's benchmark index and the slowdown is set from it, as Lighthouse's throttling guide
advises ("Calibrating the CPU slowdown"): index / 375, between 1 and Lighthouse's own 4.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.pages import reader_pages
from tools.production_site import ROOT, production_site

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LEAST = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = int(os.environ.get("AUDIT_RUNS", "3"))
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
# The benchmark index of the mid-tier phone Lighthouse's default slowdown aims at: 1,500 / 4.
MID_TIER_PHONE = 375


def cpu_slowdown(url, folder):
    """(slowdown, this machine's benchmark index) from one run of Lighthouse on url."""
    index = lighthouse(url, Path(folder) / "calibration.json")["environment"]["benchmarkIndex"]
    return min(4.0, max(1.0, index / MID_TIER_PHONE)), index


def lighthouse(url, report, slowdown=None):
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("Chromium is not installed: run `make install-test`, which installs it.")
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}",
               f"--chrome-flags={CHROME_FLAGS}", "--quiet"]
    if slowdown is not None:
        command.append(f"--throttling.cpuSlowdownMultiplier={slowdown:.2f}")
    # Lighthouse sometimes fails to record Chrome's trace ("NO_NAVSTART: please run Lighthouse
    # again"): a failed run is tried again, twice at most; a score is never retried.
    for attempt in range(3):
        run = subprocess.run(  # noqa: S603 (our own command line)
            command, env={**os.environ, "CHROME_PATH": chromium}, check=False
        )
        if run.returncode == 0:
            return json.loads(report.read_text())
        print(f"Lighthouse failed on {url} (attempt {attempt + 1} of 3)", flush=True)
    sys.exit(f"Lighthouse could not audit {url}")


def shortfalls(result, category):
    """The audits that cost points in a category, to say what to fix."""
    for ref in result["categories"][category]["auditRefs"]:
        audit = result["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            yield f"    {category}: {audit['title']} ({audit.get('displayValue', audit['score'])})"


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `make audit`, which installs it.")
    pages = reader_pages()
    if not pages.CHECKLIST_PAGES:
        print("The checklist page does not exist yet, so it is not audited.")
    failed = False
    with production_site() as site_url, tempfile.TemporaryDirectory() as folder:
        slowdown, index = cpu_slowdown(site_url + pages.AUDITED[0].path, folder)
        print(f"This machine's benchmark index: {index:.0f}; CPU slowdown {slowdown:.2f}x")
        print(f"{'page':<22}" + "".join(f"{name:>16}" for name in LEAST))
        for page in pages.AUDITED:
            runs = [
                lighthouse(site_url + page.path, Path(folder) / f"{page.name}-{run}.json",
                           slowdown)
                for run in range(RUNS)
            ]
            scores = {
                name: statistics.median(
                    round(result["categories"][name]["score"] * 100) for result in runs
                )
                for name in LEAST
            }
            print(f"{page.name:<22}" + "".join(f"{scores[name]:>16g}" for name in LEAST))
            for name, least in LEAST.items():
                if scores[name] < least:
                    failed = True
                    for result in runs:
                        print(*shortfalls(result, name), sep="\n")
    if failed:
        sys.exit("Lighthouse: below 100 for accessibility, best practices or SEO, "
                 "or below 95 for performance.")
    print("Lighthouse: every page scores 100 for accessibility, best practices and SEO, "
          "and at least 95 for performance.")


if __name__ == "__main__":
    main()
