"""Keyboard readers: Tab reaches every link and control in order, each shows a visible focus
indicator while it has focus, and the skip link takes them past the header."""

import pytest

from tests.browser.checks import WIDTHS, open_page
from tests.browser.pages import HUB, TABBED

FOCUSABLE = ", ".join([
    "a[href]", "button:not([disabled])", 'input:not([type="hidden"]):not([disabled])',
    "select:not([disabled])", "textarea:not([disabled])", "summary", '[tabindex]:not([tabindex="-1"])',
])

# Notes every focusable element's look before anything has focus.
BEFORE_FOCUS = """(selector) => {
    window.lookOf = (element) => {
        const style = getComputedStyle(element);
        const outline = style.outlineStyle === "none" || style.outlineWidth === "0px"
            || style.outlineColor === "rgba(0, 0, 0, 0)"
            ? "none" : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        return {outline, shadow: style.boxShadow, background: style.backgroundColor};
    };
    window.focusables = [...document.querySelectorAll(selector)];
    window.unfocusedLooks = window.focusables.map(window.lookOf);
    return window.focusables.length;
}"""

FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const index = window.focusables.indexOf(element);
    const box = element.getBoundingClientRect();
    return {
        index,
        name: element.textContent.trim().slice(0, 60) || element.outerHTML.slice(0, 80),
        before: window.unfocusedLooks[index],
        after: window.lookOf(element),
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}"""


def shows_focus(before, after):
    """A visible change: an outline, a shadow or a background that was not there before."""
    return any(
        after[part] != before[part] and after[part] not in {"none", "rgba(0, 0, 0, 0)"}
        for part in ("outline", "shadow", "background")
    )


def tab_through(page):
    """Every element Tab stops on, in order, until focus leaves the page."""
    stops = []
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or (stops and focused["index"] == stops[0]["index"]):
            return stops
        stops.append(focused)
    raise AssertionError("Tab never left the page")


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("reader_page", TABBED, ids=str)
def test_tab_reaches_every_focusable_element_once(reader_context, site_url, reader_page, width):
    with open_page(reader_context, width) as page:
        reader_page.open(page, site_url)
        count = page.evaluate(BEFORE_FOCUS, FOCUSABLE)
        stops = tab_through(page)
    assert sorted(stop["index"] for stop in stops) == list(range(count))


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("reader_page", TABBED, ids=str)
def test_every_focused_element_shows_a_visible_indicator(
    reader_context, site_url, reader_page, width
):
    with open_page(reader_context, width) as page:
        # Scrolling a focused element into view is instant with reduced motion, so where it
        # lands can be checked at once; with smooth scrolling it is still on its way.
        page.emulate_media(reduced_motion="reduce")
        reader_page.open(page, site_url)
        page.evaluate(BEFORE_FOCUS, FOCUSABLE)
        stops = tab_through(page)
    assert stops
    assert [s["name"] for s in stops if not shows_focus(s["before"], s["after"])] == []
    assert [s["name"] for s in stops if not s["onScreen"]] == []


def test_skip_link_takes_focus_past_the_header(reader_context, site_url):
    with open_page(reader_context, WIDTHS["phone"]) as page:
        HUB.open(page, site_url)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('main') !== null")
