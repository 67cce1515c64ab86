"""The WSGI handler that answers pages it has already sent before Django starts work."""

import io
import sys

import pytest
from django.core import signals
from django.db import close_old_connections
from django.urls import reverse

from conditions.cache import PageCacheHandler
from conditions.models import Condition

pytestmark = pytest.mark.django_db

SCIATICA = reverse("conditions:detail", args=["sciatica"])


@pytest.fixture
def handler(monkeypatch):
    """gunicorn's application, counting the requests that reach Django's own handling."""
    # As Django's test client does: the test's transaction keeps its database connection.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    application = PageCacheHandler()
    application.reached_django = []
    get_response = application.get_response

    def counting(request):
        application.reached_django.append(request.path)
        return get_response(request)

    monkeypatch.setattr(application, "get_response", counting)
    yield application
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def call(application, path=SCIATICA, method="GET", query="", **headers):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
        **headers,
    }
    started = {}

    def start_response(status, response_headers):
        started.update(status=status, headers=response_headers)

    body = b"".join(application(environ, start_response))
    return started["status"], started["headers"], body


def test_a_page_sent_before_is_answered_without_django(handler):
    first = call(handler)
    second = call(handler)
    assert handler.reached_django == [SCIATICA]
    assert second == first
    assert first[0] == "200 OK"


def test_it_keeps_every_header_the_middleware_gave_the_page(handler):
    call(handler)
    _, headers, _ = call(handler)
    names = {name for name, _ in headers}
    assert {"Content-Security-Policy", "ETag", "Cache-Control", "Referrer-Policy",
            "X-Content-Type-Options", "Permissions-Policy", "Content-Length"} <= names


def test_a_save_is_seen_on_the_next_request(handler):
    call(handler)
    condition = Condition.objects.get(slug="sciatica")
    condition.title = "Sciatica (a trapped nerve)"
    condition.save()
    _, _, body = call(handler)
    assert handler.reached_django == [SCIATICA, SCIATICA]
    assert b"Sciatica (a trapped nerve)" in body


@pytest.mark.parametrize("request_kwargs", [
    {"query": "from=search"},
    {"HTTP_COOKIE": "sessionid=abc"},
    {"HTTP_IF_NONE_MATCH": '"an-old-version"'},
    {"HTTP_IF_MODIFIED_SINCE": "Wed, 21 Oct 2015 07:28:00 GMT"},
], ids=["query string", "signed in", "conditional (ETag)", "conditional (date)"])
def test_requests_a_stored_page_may_not_answer_go_to_django(handler, request_kwargs):
    call(handler)
    call(handler, **request_kwargs)
    call(handler, **request_kwargs)
    assert handler.reached_django == [SCIATICA] * 3


def test_the_checklist_is_never_kept(handler):
    checklist = reverse("conditions:checklist")
    call(handler, checklist)
    call(handler, checklist)
    assert handler.reached_django == [checklist, checklist]


def test_static_files_are_left_to_whitenoise(handler):
    assert handler.key({"REQUEST_METHOD": "GET", "PATH_INFO": "/static/css/site.css"}) is None


@pytest.mark.parametrize("request_kwargs", [
    {"HTTP_HOST": "localhost"},
    {"HTTP_X_FORWARDED_PROTO": "https"},
    {"wsgi.url_scheme": "https"},
], ids=["another host", "HTTPS through the proxy", "HTTPS"])
def test_each_host_and_scheme_gets_its_own_page(handler, request_kwargs):
    call(handler)
    _, _, body = call(handler, **request_kwargs)
    assert handler.reached_django == [SCIATICA, SCIATICA]
    assert body != call(handler)[2]


def test_a_signed_in_editors_page_is_never_kept(handler, admin_user, client):
    client.force_login(admin_user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    _, staff_headers, _ = call(handler, HTTP_COOKIE=cookie)
    _, reader_headers, _ = call(handler)
    assert handler.reached_django == [SCIATICA, SCIATICA]
    assert ("Cache-Control", "private, no-cache") in staff_headers
    assert ("Cache-Control", "private, no-cache") not in reader_headers
