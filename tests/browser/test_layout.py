"""Reflow and large text: nothing needs sideways scrolling on a 320 px screen, and nothing is
cut off when a reader doubles their browser's text size (WCAG 1.4.10 and 1.4.4)."""

import pytest

from tests.browser.checks import CUT_OFF, WIDTHS, open_page
from tests.browser.pages import READER_PAGES

SIDEWAYS_SCROLL = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_no_horizontal_scrolling_at_320_px(reader_context, site_url, reader_page):
    with open_page(reader_context, WIDTHS["phone"]) as page:
        reader_page.open(page, site_url)
        assert page.evaluate(SIDEWAYS_SCROLL) <= 0


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_nothing_cut_off_at_200_percent_text(reader_context, site_url, reader_page, width):
    with open_page(reader_context, width, text_size=200) as page:
        reader_page.open(page, site_url)
        assert page.evaluate("getComputedStyle(document.body).fontSize") in {"32px", "38px"}
        assert page.evaluate(SIDEWAYS_SCROLL) <= 0
        assert page.evaluate(CUT_OFF) == []
