"""The editor's main screens in Chromium: at phone width nothing scrolls sideways and nothing
is cut off, and axe-core finds no WCAG 2.2 A or AA violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conditions.models.condition import SECTIONS
from tests.browser.checks import WCAG_AA
from tests.browser.conftest import approve

AXE = Axe()
SIDEWAYS_SCROLL = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Words broken across lines inside history cells ("Chang / ed"): a cell narrower than its
# longest word.
BROKEN_WORDS = """() => [...document.querySelectorAll("#change-history th, #change-history td")]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1
        || getComputedStyle(cell).wordBreak === "break-all"
        || getComputedStyle(cell).wordBreak === "break-word")
    .map((cell) => cell.textContent.trim())"""

SCREENS = {
    "condition list": "/admin/conditions/condition/",
    "warning-sign list": "/admin/conditions/warningsign/",
    "front page": "/admin/",
}


def first_condition_url(page, site_url, view="change/"):
    page.goto(site_url + "/admin/conditions/condition/")
    href = page.locator("#result_list tbody th a").first.get_attribute("href")
    return site_url + href.removesuffix("change/") + view


def make_two_versions(page, site_url, reviewer_page):
    """Save the first condition once with a note, and have a clinical reviewer approve the save
    (until then it awaits review and makes no version), so it has two versions to compare."""
    page.goto(first_condition_url(page, site_url))
    title = page.locator("#id_title").input_value()
    page.fill("#id_review_note", "A note from the browser tests")
    page.locator("input[name=_continue]").last.click()
    expect(page.locator(".messagelist .success")).to_have_count(1)
    approve(reviewer_page, site_url, f"Condition: {title}")


@pytest.fixture
def phone(admin_page):
    admin_page.set_viewport_size({"width": 390, "height": 844})
    return admin_page


@pytest.mark.parametrize("path", SCREENS.values(), ids=SCREENS.keys())
def test_lists_fit_a_phone_screen(phone, site_url, path):
    phone.goto(site_url + path)
    assert phone.evaluate(SIDEWAYS_SCROLL) <= 0


def test_the_row_checkboxes_are_on_screen_at_phone_width(phone, site_url):
    phone.goto(site_url + "/admin/conditions/warningsign/")
    box = phone.locator("#result_list tbody input.action-select").first.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390


def test_history_and_compare_fit_a_phone_screen_with_words_whole(phone, site_url, reviewer_page):
    make_two_versions(phone, site_url, reviewer_page)
    phone.goto(first_condition_url(phone, site_url, "history/"))
    expect(phone.locator("#change-history")).to_contain_text("A note from the browser tests")
    assert phone.evaluate(SIDEWAYS_SCROLL) <= 0
    assert phone.evaluate(BROKEN_WORDS) == []
    phone.get_by_role("button", name="Compare the two versions chosen").click()
    expect(phone.locator("h1")).to_contain_text("Changes to")
    assert phone.evaluate(SIDEWAYS_SCROLL) <= 0


def test_the_references_table_fits_1280_px(admin_page, site_url):
    admin_page.goto(first_condition_url(admin_page, site_url))
    expect(admin_page.locator(".inline-group").first).to_be_visible()
    assert admin_page.evaluate(SIDEWAYS_SCROLL) <= 0


def axe_violations(page):
    results = AXE.run(page, options={
        "runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"],
    })
    return results.violations_count, results.generate_report()


@pytest.mark.parametrize("view", ["", "change/"], ids=["change list", "change form"])
def test_axe_finds_no_violation_on_the_editors_main_screens(admin_page, site_url, view):
    if view:
        admin_page.goto(first_condition_url(admin_page, site_url))
        expect(admin_page.locator("#id_overview")).to_have_attribute("data-markdownx-init", "")
        # The previews' writing help boxes are checked too (the first may take a while: see
        # open_condition).
        expect(admin_page.locator(".writing-help")).to_have_count(len(SECTIONS))
    else:
        admin_page.goto(site_url + "/admin/conditions/condition/")
    count, report = axe_violations(admin_page)
    assert count == 0, report
