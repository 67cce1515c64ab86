"""Every reader feature works with JavaScript switched off: no page runs a script, and readers
find their way around with links and forms alone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.checks import WIDTHS, open_page
from tests.browser.pages import HUB, READER_PAGES

SCRIPT = re.compile(r"<script\b[^>]*>", re.IGNORECASE)


@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_page_works_without_javascript(reader_context, site_url, reader_page):
    with open_page(reader_context, WIDTHS["phone"], javascript=False) as page:
        response = reader_page.open(page, site_url)
        assert response.status == reader_page.status
        expect(page.locator("main h1")).to_be_visible()
        scripts = SCRIPT.findall(response.text())
    # Structured data for search engines is the only script element, and browsers never run it.
    assert [tag for tag in scripts if 'type="application/ld+json"' not in tag] == []


def test_hub_contents_jump_to_each_section_without_javascript(reader_context, site_url):
    with open_page(reader_context, WIDTHS["phone"], javascript=False) as page:
        HUB.open(page, site_url)
        links = page.locator(".contents a")
        assert links.count() == 7
        for index in range(links.count()):
            target = links.nth(index).get_attribute("href")
            links.nth(index).click()
            assert page.url.endswith(target)
            expect(page.locator(target)).to_be_in_viewport()


def test_reader_moves_between_pages_without_javascript(reader_context, site_url):
    with open_page(reader_context, WIDTHS["phone"], javascript=False) as page:
        HUB.open(page, site_url)
        page.get_by_role("link", name="More information on Trochanteric bursitis").click()
        expect(page.locator("h1")).to_have_text("Trochanteric bursitis")
        page.get_by_role("link", name="Next IT band syndrome").click()
        expect(page.locator("h1")).to_have_text("IT band syndrome")
        page.get_by_role("navigation", name="Breadcrumb").get_by_role(
            "link", name="Conditions"
        ).click()
        expect(page.locator("h1")).to_have_text("Conditions")
        page.locator(".card").get_by_role("link", name="Sciatica").click()
        expect(page.locator("h1")).to_have_text("Sciatica")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()
        expect(page.locator("h1")).to_have_text("Hip pain that runs down the leg in runners")
