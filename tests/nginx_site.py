"""The nginx the nginx tests run: deploy/nginx.conf, rendered as bench/nginx.py renders it, run
by the real nginx (a pytest plugin of tests/conftest.py; each test file starts its own).

A small stand-in for gunicorn answers behind it, saying every page may be cached, so the tests
show what nginx itself decides. nginx missing is a failure: `make test` installs it.
"""

import gzip
import http.client
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.nginx import https_port, nginx, write
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
        self.send_header("Vary", "Cookie")
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
