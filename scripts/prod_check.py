"""Do what the Docker image does, without Docker: `make prod-check`.

A fresh virtualenv with only pyproject.toml's dependencies, collectstatic and migrate, then the
Dockerfile's own CMD (gunicorn with production settings) on a free port. Its own HEALTHCHECK
must pass, /readyz and the pages must answer 200, and gunicorn must stop cleanly on SIGTERM.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main():
    tmp = Path(tempfile.mkdtemp(prefix="hipguide-prod-check-"))
    try:
        check(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check(tmp):
    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    command = json.loads(re.search(r"^CMD (\[.*\])$", dockerfile, re.MULTILINE).group(1))
    healthcheck = json.loads(
        re.search(r"^HEALTHCHECK .*? CMD (\[.*\])$", dockerfile, re.MULTILINE).group(1)
    )

    step("A fresh virtualenv with pyproject.toml's dependencies")
    run([sys.executable, "-m", "venv", tmp / "venv"])
    bin_dir = tmp / "venv" / "bin"
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (tmp / "requirements.txt").write_text("\n".join(dependencies) + "\n")
    run([bin_dir / "pip", "install", "--quiet", "-r", tmp / "requirements.txt"])

    port = free_port()
    env = {
        name: value for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "GUNICORN_"))
        and name not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update({
        "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}",
        "VIRTUAL_ENV": str(tmp / "venv"),
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "DATABASE_URL": f"sqlite:///{tmp / 'data' / 'db.sqlite3'}",
        "FORWARDED_ALLOW_IPS": "*",
        "PORT": str(port),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
    })
    (tmp / "data").mkdir()

    step("collectstatic, as the image build does")
    run(["python", "manage.py", "collectstatic", "--no-input", "-v0"],
        env={**env, "DJANGO_SECRET_KEY": "collectstatic-only"})

    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DJANGO_ALLOWED_HOSTS"] = "localhost"
    step("migrate, the release step")
    run(["python", "manage.py", "migrate", "--no-input", "-v0"], env=env)

    step(f"The image's command: {' '.join(command)}")
    server = subprocess.Popen(command, env=env, cwd=ROOT)  # noqa: S603 (our Dockerfile's CMD)
    try:
        wait_until_healthy(healthcheck, env, server)
        base = f"http://127.0.0.1:{port}"
        expect(base + "/readyz", host="10.0.0.5")  # a load balancer probes by address
        for path in ("/", "/conditions/", first_condition(base)):
            expect(base + path)
    finally:
        step("SIGTERM: gunicorn finishes its requests and stops")
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=60)
    if code != 0:
        fail(f"gunicorn exited with {code} on SIGTERM")
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


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env=None):
    subprocess.run([str(part) for part in command], env=env, cwd=ROOT, check=True)  # noqa: S603


def step(text):
    print(f"prod-check: {text}", flush=True)


def fail(message):
    print(f"prod-check FAILED: {message}", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
