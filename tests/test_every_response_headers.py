"""Every response carries the security headers, error pages and static files included, and bad
media names answer 404 (issue 12, point 8), tried as they were found: a static file, a page for
a host that is not allowed, and /media/%00.png."""

import re

import pytest
from django.test import Client

from tests.conftest import answer

pytestmark = pytest.mark.django_db

HEADERS = ["Content-Security-Policy", "X-Frame-Options", "Permissions-Policy",
           "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"]


def assert_headers(response):
    missing = [name for name in HEADERS if name not in response]
    assert missing == [], f"{response.status_code} response lacks {missing}"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def stylesheet_url(client):
    return re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"',
                     client.get("/").content.decode()).group(1)


def test_a_reader_page_has_them(client):
    response = client.get("/")
    assert response.status_code == 200
    assert_headers(response)


def test_static_files_from_whitenoise_have_them(client):
    response = client.get(stylesheet_url(client))
    assert response.status_code == 200
    assert_headers(response)


def test_the_page_for_a_host_that_is_not_allowed_has_them(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert_headers(response)


def test_a_not_found_page_has_them(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_headers(response)


@pytest.mark.urls("tests.urls_errors")
def test_a_server_error_page_has_them():
    response = answer(Client(raise_request_exception=False), {"age": "x"}, path="/failing-form/")
    assert response.status_code == 500
    assert_headers(response)


def test_a_refused_body_has_them(client):
    response = client.post("/checklist/", {"evidence": "x" * 3_000_000})
    assert response.status_code == 413
    assert_headers(response)


@pytest.mark.parametrize("name", ["%00.png", "a%00b.png", "..%2f..%2fetc%2fpasswd.png",
                                  "x" * 300 + ".png", "%ff%fe.png", "nope.png"])
def test_bad_media_names_answer_404_not_500(client, name, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = client.get(f"/media/{name}")
    assert response.status_code == 404
    assert_headers(response)
