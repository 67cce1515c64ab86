"""Browser tests: the real site, served by gunicorn with production settings, in Chromium.

The server gets its own database (SQLite, or PostgreSQL when the suite runs on it), seeded by
the migrations, and an admin login, so the tests see exactly what a fresh deployment serves.
Chromium is Debian's; a missing browser is a failure, never a skip.
"""

import base64
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django_otp.oath import hotp
from playwright.sync_api import expect, sync_playwright

from tests.production import drop_database, fresh_database_url
from tools.production_site import ROOT, SiteDidNotStart, environment, production_site

ADMIN_USERNAME = "editor-admin"
ADMIN_PASSWORD = "a-long-browser-test-password"
# The admin user's saves of clinical content await review, and nobody approves their own change:
# this clinical reviewer approves them.
REVIEWER_USERNAME = "browser-reviewer"
REVIEWER = f"""
from django.contrib.auth.models import Group, User
from conditions.models import ReviewerProfile
reviewer = User.objects.create_user(
    "{REVIEWER_USERNAME}", password="{ADMIN_PASSWORD}", is_staff=True
)
reviewer.groups.add(Group.objects.get(name="Clinical reviewers"))
ReviewerProfile.objects.create(
    user=reviewer, display_name="Dr Sam Jones", qualification="Physiotherapist"
)
"""
# How long a step may wait for a page or an element. These tests check what happens, not how
# fast (make bench measures speed), and on a two-core machine the other half of the suite may be
# loading the server hard at the same time: a page once took over 10 s to load then.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)
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


@pytest.fixture(scope="session")
def site_database(tmp_path_factory):
    database_url = fresh_database_url(tmp_path_factory.mktemp("browser-site"))
    yield database_url
    drop_database(database_url)


@pytest.fixture(scope="session")
def site_url(site_database):
    """The address of a freshly deployed HipGuide."""
    try:
        with production_site(site_database, admin=(ADMIN_USERNAME, ADMIN_PASSWORD)) as url:
            yield url
    except SiteDidNotStart as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def make_superuser(site_database, site_url, tmp_path_factory):
    """Add another superuser to the site's database: make_superuser(username, password)."""

    def make(username, password):
        env = environment(tmp_path_factory.mktemp("manage"), DATABASE_URL=site_database)
        env["DJANGO_SUPERUSER_PASSWORD"] = password
        subprocess.run(  # noqa: S603 (our own command)
            [sys.executable, str(Path(ROOT) / "manage.py"), "createsuperuser", "--no-input",
             "--username", username, "--email", f"{username}@example.org"],
            env=env, cwd=ROOT, check=True,
        )

    return make


@pytest.fixture(scope="session")
def reviewer_page(browser, site_url, site_database, tmp_path_factory):
    """A page signed in, with both steps, as a clinical reviewer who is not the admin user."""
    env = environment(tmp_path_factory.mktemp("reviewer"), DATABASE_URL=site_database)
    subprocess.run(  # noqa: S603 (our own command and script)
        [sys.executable, str(Path(ROOT) / "manage.py"), "shell", "-c", REVIEWER],
        env=env, cwd=ROOT, check=True,
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    enrol(page, site_url, REVIEWER_USERNAME, ADMIN_PASSWORD)
    yield page
    context.close()


def approve(reviewer_page, site_url, name):
    """The reviewer approves the newest change awaiting review called `name`, for example
    "Condition: Sciatica", through the site, so readers see it at once."""
    reviewer_page.goto(site_url + "/admin/conditions/pendingchange/")
    reviewer_page.get_by_role("link", name=name, exact=True).first.click()
    reviewer_page.click("input[name=_approve]")
    expect(reviewer_page.locator(".messagelist")).to_contain_text("Approved")


def app_code(secret, steps_ahead=0):
    """The code an authenticator app set up with this secret shows (steps_ahead: 30 s later).

    An app's code is accepted once, so a second sign-in in the same 30 s uses the next one.
    A code read in the last seconds of its 30 s is sent in the next 30 s, which django-otp
    accepts but records as clock drift: a later sign-in's "next" code is then out of reach.
    So, like a person watching the app's countdown, this waits for a fresh code.
    """
    seconds_left = 30 - time.time() % 30
    if seconds_left < 5:
        time.sleep(seconds_left + 0.1)
    key = base64.b32decode(secret)
    return f"{hotp(key, int(time.time()) // 30 + steps_ahead):06d}"


def sign_in_with_password(page, site_url, username, password):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/two-factor/"))


def enrol(page, site_url, username, password):
    """A first sign-in: the password, then the app set up from the secret shown as text.

    Returns the secret and the recovery codes shown once."""
    sign_in_with_password(page, site_url, username, password)
    secret = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    page.fill("#id_otp_token", app_code(secret))
    page.click("input[type=submit]")
    page.wait_for_selector("#recovery-codes")
    codes = page.locator("#recovery-codes code").all_inner_texts()
    return secret, codes


@pytest.fixture(scope="session")
def admin_cookies(browser, site_url):
    """The cookies of the admin user's session, signed in with both steps once per run."""
    context = browser.new_context()
    page = context.new_page()
    enrol(page, site_url, ADMIN_USERNAME, ADMIN_PASSWORD)
    cookies = context.cookies()
    context.close()
    return cookies


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
    page.set_default_timeout(TIMEOUT_MS)
    return page


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


@pytest.fixture
def admin_page(page, context, site_url, admin_cookies):
    """A page signed in to the admin as ADMIN_USERNAME, password and code given."""
    context.add_cookies(admin_cookies)
    page.goto(site_url + "/admin/")
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
