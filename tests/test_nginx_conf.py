"""deploy/nginx.conf, rendered as bench/nginx.py renders it, run by the real nginx.

A small stand-in for gunicorn answers behind it, saying every page may be cached, so these
tests show what nginx itself decides. nginx missing is a failure: `make test` installs it.
"""

import gzip
import http.client
import os
import signal
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.nginx import check, nginx, write
from tools.production_site import free_port, wait_for

PAGE = b"<!doctype html><title>A reader page</title>" + b"<p>Plenty of words to compress.</p>" * 40


class Upstream(BaseHTTPRequestHandler):
    seen = []

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        Upstream.seen.append((self.command, self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        # What HipGuide sends on reader pages, here on every answer: nginx must still refuse
        # to keep the admin, forms and signed-in pages.
        self.send_header("Cache-Control", "public, max-age=60, s-maxage=600")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    do_GET = do_POST = answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    (root / "css").mkdir()
    (root / "css" / "site.0123456789ab.css").write_text("body { color: #212b32; }\n" * 50)
    with gzip.open(root / "css" / "site.0123456789ab.css.gz", "wt") as compressed:
        compressed.write("body { color: #212b32; }\n" * 50)
    (root / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    return root


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, static_root):
    if nginx() is None:
        pytest.fail("nginx is not installed: run `make test`, which installs it.")
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    config = write(
        tmp_path_factory.mktemp("nginx"), listen=f"127.0.0.1:{port}",
        upstream=f"127.0.0.1:{upstream.server_address[1]}", static_root=static_root,
    )
    yield config, port
    upstream.shutdown()


@pytest.fixture(scope="module")
def proxy(rendered):
    config, port = rendered
    server = subprocess.Popen([nginx(), "-c", str(config), "-p", str(config.parent),
                               "-g", "daemon off;"])
    wait_for(port, server, config.parent / "error.log", timeout=10)
    yield port
    server.terminate()
    server.wait(timeout=10)


def fetch(port, path, method="GET", headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, body=body, headers={"Host": "hipguide.test", **(headers or {})})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def upstream_requests(path):
    return [seen for seen in Upstream.seen if seen[1] == path]


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
    fetch(proxy, "/who/", headers={"X-Forwarded-For": "203.0.113.9"})
    _, _, headers = upstream_requests("/who/")[0]
    assert headers["X-Forwarded-For"] == "203.0.113.9, 127.0.0.1"
    assert headers["X-Forwarded-Proto"] == "http"
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
