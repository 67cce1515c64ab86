"""Every reader page, at desktop and phone widths, against axe-core's WCAG 2.2 A and AA rules,
with nothing wrong in the console."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.checks import WCAG_AA, WIDTHS, open_page, record_problems, unexpected
from tests.browser.pages import CONDITION_LIST, CONDITIONS, READER_PAGES

AXE = Axe()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_axe_finds_no_violation(reader_context, site_url, reader_page, width):
    with open_page(reader_context, width) as page:
        assert reader_page.open(page, site_url).status == reader_page.status
        results = AXE.run(page, options={
            "runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"],
        })
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_no_console_error_or_csp_violation(reader_context, site_url, reader_page):
    with open_page(reader_context, WIDTHS["phone"]) as page:
        problems = record_problems(page)
        response = reader_page.open(page, site_url)
        page.wait_for_load_state("load")
        violations = page.evaluate("window.cspViolations")
    assert unexpected(problems, reader_page, response) == []
    assert violations == []


def test_the_checked_pages_include_every_condition(reader_context, site_url):
    with open_page(reader_context, WIDTHS["desktop"]) as page:
        CONDITION_LIST.open(page, site_url)
        links = page.locator(".card a").evaluate_all("all => all.map(a => a.getAttribute('href'))")
    assert links == [condition.path for condition in CONDITIONS]
