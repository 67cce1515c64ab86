"""deploy/nginx.conf's HTTPS (tests/nginx_site.py): plain HTTP redirected but for the probes,
HSTS on every answer, TLS 1.2 and 1.3 only, Mozilla's intermediate ciphers."""

import socket
import ssl

import pytest

from tests.nginx_site import fetch, self_signed, upstream_requests


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
