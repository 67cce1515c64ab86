"""deploy/nginx.conf, rendered as bench/nginx.py renders it, run by the real nginx.

A small stand-in for gunicorn answers behind it, saying every page may be cached, so these
tests show what nginx itself decides. nginx missing is a failure: `make test` installs it.
"""

import gzip
import http.client
import os
import re
import signal
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.nginx import check, https_port, nginx, write
from tools.production_site import free_port, wait_for

PAGE = b"<!doctype html><title>A reader page</title>" + b"<p>Plenty of words to compress.</p>" * 40


class Upstream(BaseHTTPRequestHandler):
    seen = []

    # The page at /edited/ as HipGuide sends reader pages (issue 13): kept 4 seconds by shared
    # caches, with an ETag; a test "edits" it by changing the version.
    version = 1

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        Upstream.seen.append((self.command, self.path, dict(self.headers)))
        if self.path.startswith("/edited/"):
            self.answer_edited()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        # What HipGuide sends on reader pages, here on every answer: nginx must still refuse
        # to keep the admin, forms and signed-in pages.
        self.send_header("Cache-Control", "public, max-age=60, s-maxage=600")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def answer_edited(self):
        etag = f'"v{Upstream.version}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        page = f"<!doctype html><title>Version {Upstream.version}</title>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", "public, max-age=0, s-maxage=4")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

    do_GET = do_POST = do_HEAD = answer

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
    wait_for(https_port(config), server, config.parent / "error.log", timeout=10)
    yield https_port(config)
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def plain_port(rendered, proxy):
    return rendered[1]


def self_signed():
    """A TLS client that accepts the test's own certificate."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def fetch(port, path, method="GET", headers=None, body=None, https=True):
    connection = (
        http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=self_signed())
        if https else http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    )
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


def test_plain_http_is_redirected_to_https_for_good(plain_port):
    response, _ = fetch(plain_port, "/conditions/sciatica/?x=1", https=False)
    assert response.status == 301
    assert response.getheader("Location") == "https://hipguide.test/conditions/sciatica/?x=1"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_the_probes_stay_on_plain_http(plain_port, path):
    response, content = fetch(plain_port, path, https=False)
    assert response.status == 200
    assert upstream_requests(path)


@pytest.mark.parametrize("path", ["/", "/checklist/", "/admin/", "/static/favicon.svg",
                                  "/static/css/site.0123456789ab.css"])
def test_every_https_answer_carries_hsts_once(proxy, path):
    response, _ = fetch(proxy, path)
    assert response.headers.get_all("Strict-Transport-Security") == [
        "max-age=31536000; includeSubDomains"
    ]


def test_static_files_from_nginx_are_sent_with_nosniff(proxy):
    response, _ = fetch(proxy, "/static/favicon.svg")
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def tls_handshake(port, version):
    context = self_signed()
    context.minimum_version = context.maximum_version = version
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, \
            context.wrap_socket(raw) as tls:
        return tls.version()


@pytest.mark.parametrize("version", [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3])
def test_tls_1_2_and_1_3_are_offered(proxy, version):
    assert tls_handshake(proxy, version) == version.name.replace("v1_", "v1.")


def test_tls_1_1_is_refused(proxy):
    with pytest.raises(ssl.SSLError):
        tls_handshake(proxy, ssl.TLSVersion.TLSv1_1)


def test_session_tickets_are_off_and_the_cipher_list_is_mozillas_intermediate(rendered):
    config, _ = rendered
    text = config.read_text()
    assert "ssl_session_tickets off;" in text
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in text
    assert "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:" in text


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
