"""The pages are ready for a strict Content-Security-Policy: no script runs on them, and the
JSON-LD for search engines is a data block, which a policy without any script source allows."""

import pytest

from tests.browser.checks import WIDTHS, open_page, record_problems
from tests.browser.pages import ONE_OF_EACH_KIND

# The site's own policy, with scripts forbidden altogether.
NO_SCRIPTS = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' https:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def serve_with_policy(page, url, policy):
    def add_policy(route):
        response = route.fetch()
        route.fulfill(
            response=response,
            headers={**response.headers, "content-security-policy": policy},
        )

    page.route(url, add_policy)


@pytest.mark.parametrize("reader_page", ONE_OF_EACH_KIND, ids=str)
def test_pages_break_no_rule_of_a_policy_without_scripts(reader_context, site_url, reader_page):
    with open_page(reader_context, WIDTHS["desktop"]) as page:
        problems = record_problems(page)
        serve_with_policy(page, site_url + reader_page.path, NO_SCRIPTS)
        reader_page.open(page, site_url)
        page.wait_for_load_state("load")
        violations = page.evaluate("window.cspViolations")
    assert violations == []
    assert not [p for p in problems if "Content Security Policy" in str(getattr(p, "text", p))]


def test_a_broken_rule_would_be_caught(reader_context, site_url):
    with open_page(reader_context, WIDTHS["desktop"]) as page:
        problems = record_problems(page)
        serve_with_policy(page, site_url + "/", "style-src 'none'")
        page.goto(site_url + "/")
        page.wait_for_load_state("load")
        violations = page.evaluate("window.cspViolations")
    assert any(violation.startswith("style-src") for violation in violations)
    assert any("Content Security Policy" in getattr(p, "text", "") for p in problems)
