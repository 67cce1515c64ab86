"""Browser tests: the real site, served by gunicorn with production settings, in Chromium.

The server gets its own database (SQLite, or PostgreSQL when the suite runs on it), seeded by
the migrations, and an admin login, so the tests see exactly what a fresh deployment serves. Chromium is Debian's; a missing browser is a
failure, never a skip.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ADMIN_USERNAME = "editor-admin"
ADMIN_PASSWORD = "a-long-browser-test-password"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fresh_database_url(tmp):
    """A new, empty database of the kind the suite runs on, for the server alone."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp / 'db.sqlite3'}"
    import psycopg

    base, _, _ = url.rpartition("/")
    name = f"hipguide_browser_{os.getpid()}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def drop_database(url):
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _, name = url.rpartition("/")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_environment(tmp):
    return {
        **os.environ,
        "DJANGO_SECRET_KEY": "browser-test-secret-key-not-for-production",
        "DJANGO_DEBUG": "",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": fresh_database_url(tmp),
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DJANGO_MEDIA_ROOT": str(tmp / "media"),
        "HIPGUIDE_CACHE_DIR": str(tmp / "page-cache"),
        "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
    }


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The address of a freshly deployed HipGuide."""
    tmp = tmp_path_factory.mktemp("browser-site")
    env = server_environment(tmp)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (
        ["collectstatic", "--no-input", "-v0"],
        ["migrate", "--no-input", "-v0"],
        ["createsuperuser", "--no-input", "--username", ADMIN_USERNAME,
         "--email", "editor@example.org"],
    ):
        subprocess.run([*manage, *command], env=env, check=True, cwd=ROOT)
    port = free_port()
    log = open(tmp / "server.log", "w")  # noqa: SIM115 (open for the server's lifetime)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "hipguide.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--threads", "4"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=2)  # noqa: S310 (our own server)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"the site did not start:\n{(tmp / 'server.log').read_text()}")
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()
    drop_database(env["DATABASE_URL"])


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: run `make test`, which installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def admin_page(page, site_url):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", ADMIN_USERNAME)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(site_url + "/admin/")
    return page


@pytest.fixture(scope="session")
def reader_context(browser):
    """A browser context per kind of reader (screen width, JavaScript on or off), made once and
    shared by the tests that only read pages; each test opens and closes its own page in it."""
    contexts = {}

    def context_for(width, javascript=True):
        if (width, javascript) not in contexts:
            contexts[width, javascript] = browser.new_context(
                viewport={"width": width, "height": 800}, java_script_enabled=javascript
            )
        return contexts[width, javascript]

    yield context_for
    for context in contexts.values():
        context.close()
