"""Printing for a clinician: pages print on A4 and Letter with their web address and a date,
without navigation or calls to action, and with no text cut off. Checked in Chromium's print
layout and in the PDF it makes, as a reader's "Save as PDF" would."""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from tests.browser.checks import CUT_OFF, open_page
from tests.browser.pages import PRINTED

# The width left for the page's content on each paper, in CSS pixels, inside @page's 15 mm margins.
PAPERS = {"A4": round((210 - 30) / 25.4 * 96), "Letter": round((215.9 - 30) / 25.4 * 96)}
NOT_PRINTED = ".skip-link, .site-nav, .breadcrumb, .pagination, .cta"
DATE = re.compile(
    r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d{4}\b"
)

# The lines of the parts that are not printed which appear nowhere else on the page: if one of
# them is in the printout, a part that should have been left out was printed.
LINES_ONLY_IN = """(selector) => {
    const rest = document.body.cloneNode(true);
    rest.querySelectorAll(selector).forEach((element) => element.remove());
    const elsewhere = rest.textContent.replace(/\\s+/g, "");
    return [...document.querySelectorAll(selector)]
        .flatMap((element) => element.innerText.split("\\n"))
        .map((line) => line.replace(/\\s+/g, ""))
        .filter((line) => line && !elsewhere.includes(line));
}"""

# The text a reader sees: what is displayed, less what is only there for screen readers.
SEEN_TEXT = """() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = [];
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent.closest(".visually-hidden, script") || !parent.checkVisibility()) continue;
        seen.push(walker.currentNode.nodeValue);
    }
    return seen.join(" ");
}"""


def pdf_text(page, paper):
    reader = PdfReader(io.BytesIO(page.pdf(format=paper)))
    # Chromium writes ligatures ("ﬁ") as single characters; NFKC spells them out again.
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def squeezed(text):
    """Without spaces and line breaks, which the PDF puts wherever lines wrap."""
    return re.sub(r"\s+", "", text)


def words(text):
    return set(re.findall(r"\w+", unicodedata.normalize("NFKC", text)))


@pytest.mark.parametrize("reader_page", PRINTED, ids=str)
def test_print_layout_leaves_out_navigation_and_calls_to_action(
    reader_context, site_url, reader_page
):
    with open_page(reader_context, PAPERS["A4"]) as page:
        reader_page.open(page, site_url)
        left_out = page.locator(NOT_PRINTED)
        assert page.locator(".site-nav").is_visible()
        page.emulate_media(media="print")
        assert [i for i in range(left_out.count()) if left_out.nth(i).is_visible()] == []
        assert page.locator("main h1").is_visible()


@pytest.mark.parametrize("paper", PAPERS, ids=str)
@pytest.mark.parametrize("reader_page", PRINTED, ids=str)
def test_printout_shows_the_web_address_and_a_date(reader_context, site_url, reader_page, paper):
    with open_page(reader_context, PAPERS[paper]) as page:
        reader_page.open(page, site_url)
        address = page.url.split("?")[0]
        text = pdf_text(page, paper)
    assert address.startswith(site_url)
    assert squeezed(f"Web address of this page: {address}") in squeezed(text)
    assert DATE.search(" ".join(text.split()))


@pytest.mark.parametrize("paper", PAPERS, ids=str)
@pytest.mark.parametrize("reader_page", PRINTED, ids=str)
def test_printout_has_no_navigation_or_call_to_action(reader_context, site_url, reader_page, paper):
    with open_page(reader_context, PAPERS[paper]) as page:
        reader_page.open(page, site_url)
        left_out = page.evaluate(LINES_ONLY_IN, NOT_PRINTED)
        text = squeezed(pdf_text(page, paper))
    assert "Skiptomaincontent" in left_out
    assert [line for line in left_out if line in text] == []


@pytest.mark.parametrize("paper", PAPERS, ids=str)
@pytest.mark.parametrize("reader_page", PRINTED, ids=str)
def test_printout_cuts_off_no_text(reader_context, site_url, reader_page, paper):
    with open_page(reader_context, PAPERS[paper]) as page:
        reader_page.open(page, site_url)
        page.emulate_media(media="print")
        sticking_out = page.evaluate(CUT_OFF)
        printed_words = words(page.evaluate(SEEN_TEXT))
        text = pdf_text(page, paper)
    assert sticking_out == []
    assert len(printed_words) > 20
    assert printed_words - words(text) == set()
