"""The Content-Security-Policy breaks nothing: no violation on the reader's pages or in the admin.

Violations are caught twice: the page's own securitypolicyviolation events, and Chromium's
console, where it reports every blocked script, style or connection as an error.
"""

import pytest

# Reader pages to check. Add each new public page here.
PUBLIC_PATHS = ["/", "/conditions/", "/conditions/it-band-syndrome/", "/checklist/"]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline code"} in ${event.sourceFile}`
    );
});
"""


class Watch:
    def __init__(self, page):
        self.page = page
        self.console_errors = []
        self.page_errors = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def _console(self, message):
        # The admin's pages link no icon, so Chromium asks for /favicon.ico: not our policy.
        if message.location.get("url", "").endswith("/favicon.ico"):
            return
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text} ({message.location['url']})")

    def violations(self):
        return self.page.evaluate("window.__cspViolations")

    def assert_clean(self):
        assert self.violations() == []
        assert self.console_errors == []
        assert self.page_errors == []


@pytest.fixture
def watch(page):
    return Watch(page)


def test_a_checklist_result_loads_without_a_policy_violation(watch, page, site_url):
    page.goto(site_url + "/checklist/")
    page.locator(".checkbox__input").first.check()
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator("h1").count() == 1
    page.wait_for_load_state("networkidle")
    watch.assert_clean()


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_reader_pages_load_without_a_policy_violation(watch, page, site_url, path):
    response = page.goto(site_url + path)
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    watch.assert_clean()


def test_the_watch_sees_a_violation(watch, page, site_url):
    page.goto(site_url + "/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert "style-src-attr" in watch.violations()[0]
    assert any("Content Security Policy" in text for text in watch.console_errors)


def open_condition_change_form(page, site_url, title="IT band syndrome"):
    page.goto(site_url + "/admin/conditions/condition/")
    page.get_by_role("link", name=title, exact=True).click()
    page.wait_for_selector("#id_overview")


def test_the_condition_change_form_and_its_live_preview_work(watch, admin_page, site_url):
    page = admin_page
    open_condition_change_form(page, site_url)
    page.wait_for_load_state("networkidle")
    page.locator("#id_overview").press("End")
    page.locator("#id_overview").press_sequentially("\n\n## A heading typed just now\n")
    page.wait_for_selector(".markdownx-preview h2:has-text('A heading typed just now')")
    watch.assert_clean()


def test_the_warning_sign_search_in_the_condition_form_works(watch, admin_page, site_url):
    page = admin_page
    open_condition_change_form(page, site_url)
    page.get_by_text("Add another warning sign").click()
    page.locator(".select2-selection").last.click()
    page.locator(".select2-search__field").fill("weight")
    page.wait_for_selector(".select2-results__option:has-text('weight')")
    watch.assert_clean()


@pytest.mark.parametrize("path", [
    "/admin/",
    "/admin/conditions/condition/",
    "/admin/conditions/condition/add/",
    "/admin/conditions/warningsign/1/change/",
    "/admin/conditions/sitetext/1/change/",
])
def test_admin_pages_load_without_a_policy_violation(watch, admin_page, site_url, path):
    response = admin_page.goto(site_url + path)
    assert response.status == 200
    admin_page.wait_for_load_state("networkidle")
    watch.assert_clean()


def test_the_sign_in_page_works_under_the_policy(watch, page, site_url):
    page.goto(site_url + "/admin/login/")
    page.wait_for_load_state("networkidle")
    watch.assert_clean()
