"""deploy/nginx.conf in front of a stand-in for HipGuide (tests/nginx_site.py): what it keeps,
what it never keeps, what it logs, and how an edit reaches readers."""

import gzip
import os
import re
import signal
import time

import pytest

from bench.nginx import check
from tests.nginx_site import PAGE, Upstream, fetch, upstream_requests


def test_the_rendered_config_passes_nginx_t(rendered):
    config, _ = rendered
    result = check(config)
    assert result.returncode == 0, result.stderr


def test_a_reader_page_is_answered_from_the_cache(proxy):
    fetch(proxy, "/conditions/sciatica/")
    response, content = fetch(proxy, "/conditions/sciatica/")
    assert response.getheader("X-Cache-Status") == "HIT"
    assert content == PAGE
    assert len(upstream_requests("/conditions/sciatica/")) == 1


def test_a_signed_in_request_always_reaches_hipguide(proxy):
    fetch(proxy, "/conditions/")
    for _ in range(2):
        response, _ = fetch(proxy, "/conditions/", headers={"Cookie": "sessionid=abc"})
        assert response.getheader("X-Cache-Status") == "BYPASS"
    assert len(upstream_requests("/conditions/")) == 3


def test_a_readers_other_cookies_do_not_split_the_cache(proxy):
    """HipGuide says Vary: Cookie for browsers; nginx tells signed-in requests apart itself, so
    a reader carrying the checklist's CSRF cookie (each reader's differs) still gets the page
    every reader shares, and nginx does not keep a copy per reader."""
    fetch(proxy, "/conditions/shared/")
    for cookie in ["csrftoken=first-reader", "csrftoken=second-reader; theme=dark"]:
        response, _ = fetch(proxy, "/conditions/shared/", headers={"Cookie": cookie})
        assert response.getheader("X-Cache-Status") == "HIT"
        assert "Cookie" in response.getheader("Vary")
    assert len(upstream_requests("/conditions/shared/")) == 1


def test_the_admin_is_never_cached(proxy):
    for _ in range(2):
        fetch(proxy, "/admin/conditions/condition/")
    assert len(upstream_requests("/admin/conditions/condition/")) == 2


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_checklist_is_never_cached(proxy, method):
    path = f"/checklist/?{method}"
    for _ in range(2):
        fetch(proxy, path, method=method, body=b"flags=1" if method == "POST" else None,
              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert len(upstream_requests(path)) == 2


@pytest.mark.parametrize("path", ["/where-does-it-hurt/", "/search/?q=bursitis"])
def test_the_explorer_and_search_are_never_cached(proxy, path):
    for _ in range(2):
        fetch(proxy, path)
    assert len(upstream_requests(path)) == 2


def test_search_terms_never_reach_the_access_log(proxy, rendered):
    config, _ = rendered
    fetch(proxy, "/search/?q=zanzibar+sciatica", headers={"Referer": "http://x/?q=zanzibar"})
    # Reopening the logs makes nginx write out what it has buffered.
    pid = int((config.parent / "nginx.pid").read_text())
    os.kill(pid, signal.SIGUSR1)
    log = config.parent / "access.log"
    for _ in range(100):
        if "/search/" in (log.read_text() if log.exists() else ""):
            break
        time.sleep(0.05)
    logged = log.read_text()
    assert '"GET /search/ HTTP/1.1" 200' in logged
    assert "zanzibar" not in logged


def test_a_post_to_any_page_is_never_cached(proxy):
    for _ in range(2):
        fetch(proxy, "/form/", method="POST", body=b"a=1",
              headers={"Content-Type": "application/x-www-form-urlencoded"})
    response, _ = fetch(proxy, "/form/")
    assert response.getheader("X-Cache-Status") == "MISS"
    assert len(upstream_requests("/form/")) == 3


def test_hipguide_gets_the_real_client_address_scheme_and_host(proxy):
    # A client's own X-Forwarded-For is dropped: only the address that connected is passed on.
    fetch(proxy, "/who/", headers={"X-Forwarded-For": "203.0.113.9"})
    _, _, headers = upstream_requests("/who/")[0]
    assert headers["X-Forwarded-For"] == "127.0.0.1"
    assert headers["X-Forwarded-Proto"] == "https"
    assert headers["Host"] == "hipguide.test"


def test_pages_are_compressed_for_browsers_that_accept_it(proxy):
    response, content = fetch(proxy, "/compressed/", headers={"Accept-Encoding": "gzip"})
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(content) == PAGE


def test_static_files_are_served_from_disk_precompressed_and_kept_a_year(proxy, static_root):
    path = "/static/css/site.0123456789ab.css"
    response, content = fetch(proxy, path, headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(content) == (static_root / "css" / "site.0123456789ab.css").read_bytes()
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert upstream_requests(path) == []


def test_static_files_without_a_hash_are_kept_briefly(proxy):
    response, _ = fetch(proxy, "/static/favicon.svg")
    assert response.status == 200
    assert response.getheader("Content-Type") == "image/svg+xml"
    assert response.getheader("Cache-Control") == "public, max-age=60"


def test_checklist_pages_are_never_compressed(proxy):
    """Compression would undo the padding that gives every answer the same length."""
    for method in ("GET", "POST"):
        response, content = fetch(proxy, "/checklist/", method=method,
                                  body=b"signs=1" if method == "POST" else None,
                                  headers={"Accept-Encoding": "gzip",
                                           "Content-Type": "application/x-www-form-urlencoded"})
        assert response.getheader("Content-Encoding") is None
        assert content == PAGE


def access_log(rendered, needle):
    """The access log once it holds needle: nginx writes its buffer out when told to reopen."""
    config, _ = rendered
    pid = int((config.parent / "nginx.pid").read_text())
    log = config.parent / "access.log"
    for _ in range(100):
        os.kill(pid, signal.SIGUSR1)
        if log.exists() and needle in log.read_text():
            return log.read_text()
        time.sleep(0.05)
    return log.read_text() if log.exists() else ""


def test_the_access_log_has_no_sizes_query_strings_or_addresses(rendered, proxy):
    fetch(proxy, "/checklist/?q=numb-foot", method="POST", body=b"signs=1&signs=2",
          headers={"Content-Type": "application/x-www-form-urlencoded"})
    text = access_log(rendered, "POST /checklist/")
    line = next(line for line in text.splitlines() if "POST /checklist/" in line)
    assert re.fullmatch(r'\S+ "POST /checklist/ HTTP/1\.1" 200 [0-9.]+s', line)
    assert "numb-foot" not in text and "127.0.0.1" not in text
    assert str(len(PAGE)) not in text


def test_a_forged_newline_stays_escaped_in_the_access_log(rendered, proxy):
    fetch(proxy, "/nope%0a2026-11-30%2015:31:00,000%20ERROR%20forged")
    text = access_log(rendered, "ERROR forged")
    assert "/nope\\x0A2026-11-30 15:31:00,000 ERROR forged" in text
    assert not any(line.startswith("2026-11-30 15:31") for line in text.splitlines())


def test_an_edit_reaches_the_next_reader_within_5_seconds(proxy):
    """HipGuide says s-maxage=4: nginx keeps a page under 5 seconds, then asks again with the ETag."""
    page, Upstream.version = "/edited/first/", 1
    fetch(proxy, page)
    stored_at = time.monotonic()
    response, content = fetch(proxy, page)
    assert (response.getheader("X-Cache-Status"), content) == ("HIT", b"<!doctype html><title>Version 1</title>")
    Upstream.version = 2  # an editor saves
    time.sleep(max(0, stored_at + 5.0 - time.monotonic()))
    response, content = fetch(proxy, page)
    assert content == b"<!doctype html><title>Version 2</title>"
    revalidation = upstream_requests(page)[-1]
    assert revalidation[2].get("If-None-Match") == '"v1"'


def test_an_unchanged_page_is_revalidated_not_sent_again(proxy):
    page = "/edited/unchanged/"
    fetch(proxy, page)
    stored_at = time.monotonic()
    time.sleep(max(0, stored_at + 5.0 - time.monotonic()))
    response, content = fetch(proxy, page)
    assert response.getheader("X-Cache-Status") == "REVALIDATED"
    assert content.startswith(b"<!doctype html><title>Version")


def test_head_works_through_the_cache(proxy):
    fetch(proxy, "/edited/")
    response, content = fetch(proxy, "/edited/", method="HEAD")
    assert response.status == 200
    assert content == b""
    assert response.getheader("ETag", "").startswith('"v')
