"""What the page cache never keeps: pages for anyone signed in, pages with a form token or a
cookie, views not marked as reader pages, form posts, and made-up addresses."""

import uuid

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path, reverse

from conditions import cache as page_cache
from conditions.models import Condition
from tests.conftest import answer, make_condition

pytestmark = pytest.mark.django_db

SCIATICA = reverse("conditions:detail", args=["sciatica"])


def page(client, url):
    return client.get(url).content.decode()


def test_staff_always_get_a_fresh_page(client, admin_client, renders):
    client.get(SCIATICA)
    admin_client.get(SCIATICA)
    admin_client.get(SCIATICA)
    assert renders == [SCIATICA, SCIATICA, SCIATICA]


def test_a_staff_draft_preview_is_never_served_to_readers(client, admin_client):
    make_condition(slug="draft", status=Condition.Status.DRAFT)
    url = reverse("conditions:detail", args=["draft"])
    assert "Draft preview." in page(admin_client, url)
    assert client.get(url).status_code == 404


def test_a_signed_in_session_bypasses_the_cache(client, admin_user, renders):
    client.get(SCIATICA)
    client.force_login(admin_user)
    client.get(SCIATICA)
    assert renders == [SCIATICA, SCIATICA]


def test_a_session_cookie_of_no_session_gets_the_readers_cached_page(client, renders):
    client.get(SCIATICA)
    client.cookies[settings.SESSION_COOKIE_NAME] = "made-up-to-get-round-the-cache"
    response = client.get(SCIATICA)
    assert response["Cache-Control"] == page_cache.SHARED
    assert renders == [SCIATICA]


def test_a_readers_csrf_cookie_does_not_stop_the_cache(client, renders):
    client.cookies[settings.CSRF_COOKIE_NAME] = "a" * 32
    client.get(SCIATICA)
    client.get(SCIATICA)
    assert renders == [SCIATICA]


def test_cached_pages_carry_no_cookie_or_csrf_token(client):
    client.get(SCIATICA)
    cached = client.get(SCIATICA)
    assert not cached.cookies
    assert "Set-Cookie" not in cached
    assert "csrfmiddlewaretoken" not in cached.content.decode()


def test_addresses_with_a_query_string_are_sent_the_published_page(client, renders):
    client.get(SCIATICA)
    response = client.get(SCIATICA, {"from": "newsletter"})
    client.get(SCIATICA, {"nocache": uuid.uuid4().hex})
    assert "newsletter" not in response.content.decode()
    assert renders == [SCIATICA]


def test_a_made_up_port_in_the_host_is_never_kept(client, renders):
    for port in range(8001, 8004):
        client.get(SCIATICA, HTTP_HOST=f"testserver:{port}")
    assert renders == [SCIATICA] * 3
    assert not [key for key in page_cache.memory.values if key[0] == "page"]


def test_head_gets_the_pages_headers_without_its_body(client):
    page = client.get(SCIATICA)
    head = client.head(SCIATICA)
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == page["ETag"]
    assert head["Content-Type"] == page["Content-Type"]


def test_each_host_name_gets_its_own_cached_page(client):
    # The page prints its own full address, so one host's copy is wrong for another.
    assert "http://testserver/conditions/sciatica/" in page(client, SCIATICA)
    other_host = client.get(SCIATICA, HTTP_HOST="127.0.0.1").content.decode()
    assert "http://127.0.0.1/conditions/sciatica/" in other_host


# Pages made for one person, like the checklist with its CSRF token and its answers, are
# never kept, even if a view is wrongly marked as a reader page.
form_views = []


@page_cache.reader_page
def page_with_a_form(request):
    form_views.append(request.method)
    return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')


@page_cache.reader_page
def page_setting_a_cookie(request):
    form_views.append(request.method)
    response = HttpResponse("hello")
    response.set_cookie("seen", "1")
    return response


def unmarked_page(request):
    form_views.append(request.method)
    return HttpResponse("hello")


urlpatterns = [
    path("form/", page_with_a_form),
    path("cookie/", page_setting_a_cookie),
    path("unmarked/", unmarked_page),
]


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("url", ["/form/", "/cookie/", "/unmarked/"])
def test_pages_with_a_csrf_token_a_cookie_or_no_reader_mark_are_never_cached(client, url):
    form_views.clear()
    client.get(url)
    client.get(url)
    assert form_views == ["GET", "GET"]


@pytest.mark.urls(__name__)
def test_form_posts_are_never_cached(client):
    form_views.clear()
    client.get("/form/")
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    answer(client, {"csrfmiddlewaretoken": token}, path="/form/")
    answer(client, {"csrfmiddlewaretoken": token}, path="/form/")
    assert form_views == ["GET", "POST", "POST"]
