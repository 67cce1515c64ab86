"""Readers are often on a phone: every reader page costs at most 20 KB on a first visit,
counting every request it makes at its gzip size, with no web fonts and no JavaScript."""

import gzip
import re

import pytest

BUDGET = 20 * 1024
FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)(\?|$)")


@pytest.fixture(scope="module")
def reader_pages(browser, site_url):
    """The hub, the conditions list, every condition page the hub links to, the explorer
    and a search result."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "/")
    links = page.eval_on_selector_all("a.more-link", "links => links.map(a => a.href)")
    context.close()
    assert len(links) == 6
    return [
        site_url + "/", site_url + "/conditions/", *links,
        site_url + "/where-does-it-hurt/", site_url + "/search/?q=bursitis",
    ]


def first_visit(browser, url):
    """Every response of a first visit, with a fresh browser cache: {url: (type, gzip size)}."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    loaded = {}
    for response in responses:
        body = response.body() if response.status < 300 else b""
        loaded[response.url] = (response.request.resource_type,
                                len(gzip.compress(body, compresslevel=6)))
    # Browsers fetch the icon for the tab; a headless one may not, but it still counts.
    for icon in page.eval_on_selector_all("link[rel~=icon]", "links => links.map(l => l.href)"):
        if icon not in loaded:
            body = context.request.get(icon).body()
            loaded[icon] = ("image", len(gzip.compress(body, compresslevel=6)))
    # JSON-LD for search engines is a data block, never run; any other script element is code.
    inline_scripts = page.locator('script:not([type="application/ld+json"])').count()
    context.close()
    return loaded, inline_scripts


@pytest.fixture(scope="module")
def first_visits(browser, reader_pages):
    return {url: first_visit(browser, url) for url in reader_pages}


def test_every_reader_page_weighs_at_most_20_kb_on_a_first_visit(first_visits):
    over = {}
    for url, (loaded, _) in first_visits.items():
        weight = sum(size for _, size in loaded.values())
        assert len(loaded) >= 3, f"{url} loaded only {list(loaded)}"  # page, stylesheet, icon
        if weight > BUDGET:
            over[url] = {"total": weight, **{u: size for u, (_, size) in loaded.items()}}
    assert not over, f"over the {BUDGET}-byte budget: {over}"


def test_reader_pages_load_no_web_fonts_and_no_scripts(first_visits):
    for url, (loaded, inline_scripts) in first_visits.items():
        for address, (kind, _) in loaded.items():
            assert kind not in {"font", "script"}, f"{url} loads {kind} {address}"
            assert not FONT_FILE.search(address), f"{url} loads the font {address}"
        assert inline_scripts == 0, f"{url} has a script to run"


def test_reader_pages_read_in_full_without_javascript(no_js_page, reader_pages):
    for url in reader_pages:
        response = no_js_page.goto(url)
        assert response.status == 200
        assert no_js_page.locator("main h1").is_visible()
        assert no_js_page.locator(".disclaimer").is_visible()
