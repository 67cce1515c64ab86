"""Do what the Docker image does, without Docker: `make prod-check`.

A fresh virtualenv with only pyproject.toml's dependencies, collectstatic and migrate, then the
Dockerfile's own CMD (gunicorn with production settings) on a free port, started by the one
production-like server every tool and test uses (tools/production_site.py). Its own HEALTHCHECK
must pass, /readyz and the pages must answer 200, and gunicorn must stop cleanly on SIGTERM.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.production_site import Server, SiteDidNotStart, environment  # noqa: E402


def main():
    tmp = Path(tempfile.mkdtemp(prefix="hipguide-prod-check-"))
    try:
        check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check(tmp):
    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    healthcheck = json.loads(
        re.search(r"^HEALTHCHECK .*? CMD (\[.*\])$", dockerfile, re.MULTILINE).group(1)
    )

    step("A fresh virtualenv with pyproject.toml's dependencies")
    run([sys.executable, "-m", "venv", tmp / "venv"])
    bin_dir = tmp / "venv" / "bin"
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (tmp / "requirements.txt").write_text("\n".join(dependencies) + "\n")
    run([bin_dir / "pip", "install", "--quiet", "-r", tmp / "requirements.txt"])

    (tmp / "data").mkdir()
    # As the image: its ENV lines, the virtualenv first on PATH, and no DJANGO_SECURE_SSL_REDIRECT
    # (readers' requests come through a proxy that says they were HTTPS).
    env = environment(
        tmp,
        PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        VIRTUAL_ENV=tmp / "venv",
        DATABASE_URL=f"sqlite:///{tmp / 'data' / 'db.sqlite3'}",
        FORWARDED_ALLOW_IPS="*",
        GUNICORN_WORKERS="2",
        DJANGO_ALLOWED_HOSTS="localhost",
    )

    step("collectstatic, as the image build does")
    run(["python", "manage.py", "collectstatic", "--no-input", "-v0"],
        env={**env, "DJANGO_SECRET_KEY": "collectstatic-only"})

    step("migrate, the release step")
    run(["python", "manage.py", "migrate", "--no-input", "-v0"], env=env)

    server = Server(env, tmp / "server.log", python=bin_dir / "python")
    step(f"The image's command, as tools/production_site.py runs it: {' '.join(server.command)}")
    try:
        server.start()
    except SiteDidNotStart as error:
        fail(str(error))
    try:
        wait_until_healthy(healthcheck, server.env, server.process)
        base = server.url
        expect(base + "/readyz", host="10.0.0.5")  # a load balancer probes by address
        for path in ("/", "/conditions/", first_condition(base)):
            expect(base + path)
    finally:
        step("SIGTERM: gunicorn finishes its requests and stops")
        code = server.stop()
    if code != 0:
        fail(f"gunicorn exited with {code} on SIGTERM:\n{server.log_path.read_text()[-3000:]}")
    print("prod-check: the image's steps all work.")


def wait_until_healthy(healthcheck, env, server):
    deadline = time.monotonic() + 60
    while subprocess.run(healthcheck, env=env, capture_output=True).returncode != 0:  # noqa: S603
        if server.poll() is not None or time.monotonic() > deadline:
            fail("the Dockerfile's HEALTHCHECK never passed")
        time.sleep(0.5)
    print("  HEALTHCHECK passes")


def get(url, host="localhost"):
    # As the TLS-terminating proxy forwards a reader's request.
    request = urllib.request.Request(url, headers={"Host": host, "X-Forwarded-Proto": "https"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (our server)
        return response.status, response.read().decode()


def expect(url, host="localhost"):
    status, _body = get(url, host)
    if status != 200:
        fail(f"{url} answered {status}")
    print(f"  {status} {url}")


def first_condition(base):
    _status, body = get(base + "/conditions/")
    match = re.search(r'href="(/conditions/[\w-]+/)"', body)
    if not match:
        fail("/conditions/ links to no condition")
    return match.group(1)


def run(command, env=None):
    subprocess.run([str(part) for part in command], env=env, cwd=ROOT, check=True)  # noqa: S603


def step(text):
    print(f"prod-check: {text}", flush=True)


def fail(message):
    print(f"prod-check FAILED: {message}", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
