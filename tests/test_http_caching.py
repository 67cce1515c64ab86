import re

import pytest
from django.conf import settings
from django.urls import reverse

from conditions import cache as page_cache
from conditions import views
from conditions.models import Condition

pytestmark = pytest.mark.django_db

HUB = reverse("conditions:hub")
READER_PAGES = [HUB, reverse("conditions:list"), reverse("conditions:detail", args=["sciatica"])]
ONE_YEAR = 365 * 24 * 60 * 60


def refuse_to_render(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the page was rendered again")

    monkeypatch.setattr(views, "render", refuse)


@pytest.mark.parametrize("url", READER_PAGES)
def test_reader_pages_are_checked_by_browsers_and_kept_five_seconds_by_proxies(client, url):
    directives = {
        part.strip() for part in client.get(url)["Cache-Control"].split(",")
    }
    assert directives == {"public", "max-age=0", "s-maxage=4"}


@pytest.mark.parametrize("url", READER_PAGES)
def test_reader_pages_carry_an_etag_and_vary_on_cookie(client, url):
    response = client.get(url)
    assert re.fullmatch(r'"[0-9a-f]{32}\.0\.[0-9a-f]{12}"', response["ETag"])
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("url", READER_PAGES)
def test_a_current_copy_gets_a_304_from_the_cache_without_rendering(client, url, monkeypatch):
    etag = client.get(url)["ETag"]
    refuse_to_render(monkeypatch)
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "s-maxage=4" in response["Cache-Control"]


def test_a_copy_from_before_a_save_gets_the_new_page(client):
    url = reverse("conditions:detail", args=["sciatica"])
    etag = client.get(url)["ETag"]
    condition = Condition.objects.get(slug="sciatica")
    condition.title = "Sciatica (revised)"
    condition.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "Sciatica (revised)" in response.content.decode()


def test_staff_pages_are_private_and_never_revalidated(admin_client):
    response = admin_client.get(READER_PAGES[2])
    assert response["Cache-Control"] == "private, no-cache"
    assert "s-maxage" not in response["Cache-Control"]


def test_pages_are_not_compressed_by_django(client):
    # Compression belongs to the proxy: GZipMiddleware halves throughput and, on pages with
    # tokens, opens the door to BREACH.
    assert "django.middleware.gzip.GZipMiddleware" not in settings.MIDDLEWARE
    response = client.get(HUB, HTTP_ACCEPT_ENCODING="gzip, br")
    assert "Content-Encoding" not in response


def test_the_page_cache_is_the_outermost_middleware():
    assert settings.MIDDLEWARE[0] == "conditions.cache.PageCacheMiddleware"


@pytest.mark.parametrize("url", READER_PAGES)
def test_a_kept_page_carries_every_header_it_was_made_with(client, url, monkeypatch):
    made = client.get(url)
    refuse_to_render(monkeypatch)
    kept = client.get(url)
    assert dict(kept.headers) == dict(made.headers)
    for header in ["Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options",
                   "Referrer-Policy", "Cross-Origin-Opener-Policy", "X-Frame-Options"]:
        assert header in kept


def test_a_304_for_a_kept_page_carries_the_security_headers(client):
    etag = client.get(HUB)["ETag"]
    response = client.get(HUB, HTTP_IF_NONE_MATCH=f'"other", {etag}')
    assert response.status_code == 304
    assert "Content-Security-Policy" in response
    assert "Content-Type" not in response


def test_a_request_with_a_body_never_gets_a_kept_page(client):
    client.get(HUB)
    response = client.generic("GET", HUB, b"x" * (settings.REQUEST_BODY_MAX_SIZE + 1))
    assert response.status_code == 413


def test_static_files_never_read_the_content_version(client, monkeypatch):
    url = stylesheet_url(client)
    client.get(url)

    def refuse():
        raise AssertionError("the content version was read for a static file")

    monkeypatch.setattr(page_cache, "content_version", refuse)
    assert client.get(url).status_code == 200


def stylesheet_url(client):
    return re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"',
                     client.get(HUB).content.decode()).group(1)


def test_static_files_have_hashed_names(client):
    assert stylesheet_url(client)


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_static_files_are_served_precompressed(client, encoding):
    response = client.get(stylesheet_url(client), HTTP_ACCEPT_ENCODING=encoding)
    assert response.status_code == 200
    assert response["Content-Encoding"] == encoding


def test_static_files_are_cached_for_at_least_a_year(client):
    response = client.get(stylesheet_url(client))
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "immutable"} <= directives
    max_age = next(int(part[8:]) for part in directives if part.startswith("max-age="))
    assert max_age >= ONE_YEAR
