"""Browser tests: the real site, served by gunicorn with production settings, in Chromium.

The server gets its own database (SQLite, or PostgreSQL when the suite runs on it), seeded by
the migrations, and an admin login, so the tests see exactly what a fresh deployment serves.
Chromium is Debian's; a missing browser is a failure, never a skip.
"""

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from tools.production_site import SiteDidNotStart, production_site

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


@pytest.fixture(scope="session")
def site_database_url(tmp_path_factory):
    """The database the browser tests' site runs on, for tests that add accounts to it."""
    database_url = fresh_database_url(tmp_path_factory.mktemp("browser-site"))
    yield database_url
    drop_database(database_url)


@pytest.fixture(scope="session")
def site_url(site_database_url):
    """The address of a freshly deployed HipGuide."""
    try:
        with production_site(site_database_url, admin=(ADMIN_USERNAME, ADMIN_PASSWORD)) as url:
            yield url
    except SiteDidNotStart as error:
        pytest.fail(str(error))


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
