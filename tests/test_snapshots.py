"""Publish-time rendering: reader pages are rendered when content changes, and a reader the
page cache cannot answer is sent the stored page with one query."""

import datetime
import io
import time
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path, reverse
from django.utils import timezone

from conditions import cache as page_cache
from conditions import snapshots
from conditions.models import Condition, SiteText, Snapshot
from tests.conftest import make_condition, make_reference, make_warning_sign

pytestmark = pytest.mark.django_db

HUB = reverse("conditions:hub")
LIST = reverse("conditions:list")
SCIATICA = reverse("conditions:detail", args=["sciatica"])
# A query string keeps a request out of the page cache, so it reaches the view every time.
UNCACHED = "?from=search"


@pytest.fixture
def published():
    """Every reader page rendered and stored, as a save does when its transaction commits."""
    snapshots.publish()


@pytest.fixture
def sixty_conditions():
    for number in range(54):
        condition = make_condition(title=f"Extra {number}", slug=f"extra-{number}")
        make_warning_sign(conditions=[condition], sign=f"Extra sign {number}")
    snapshots.publish()


def test_every_reader_page_is_published(published):
    stored = set(Snapshot.objects.filter(version=page_cache.content_version())
                 .values_list("path", flat=True))
    published_conditions = Condition.objects.published()
    assert stored == {HUB, LIST, *(c.get_absolute_url() for c in published_conditions)}
    assert len(stored) == 8


def test_a_stored_page_is_byte_for_byte_the_page_a_reader_would_be_rendered(client, renders):
    paths = snapshots.reader_paths()
    rendered = {url: client.get(url + UNCACHED).content for url in paths}
    snapshots.publish()
    renders.clear()
    stored = {url: client.get(url + UNCACHED).content for url in paths}
    assert renders == []
    assert stored == rendered


def test_a_stored_page_carries_the_readers_own_scheme_and_host(client, published):
    page = client.get(SCIATICA + UNCACHED, HTTP_HOST="localhost", secure=True).content.decode()
    assert '<link rel="canonical" href="https://localhost/conditions/sciatica/">' in page
    assert snapshots.HOST not in page


@pytest.mark.parametrize("url", [HUB, LIST, SCIATICA])
@pytest.mark.parametrize("conditions", ["published", "sixty_conditions"],
                         ids=["6 conditions", "60 conditions"])
def test_a_page_the_page_cache_cannot_answer_costs_one_query(
    client, django_assert_num_queries, url, conditions, request
):
    request.getfixturevalue(conditions)
    with django_assert_num_queries(1):
        assert client.get(url + UNCACHED).status_code == 200


@pytest.mark.parametrize("url", [HUB, LIST, SCIATICA])
def test_rendering_a_page_to_store_it_runs_at_most_three_queries_with_sixty_conditions(
    sixty_conditions, django_assert_max_num_queries, url
):
    SiteText.objects.current()  # cached under the content version after the first page
    with django_assert_max_num_queries(3):
        snapshots.render(url)


def test_a_save_publishes_the_pages_when_it_commits(
    client, renders, django_capture_on_commit_callbacks
):
    condition = Condition.objects.get(slug="sciatica")
    with django_capture_on_commit_callbacks(execute=True):
        condition.title = "Sciatica (a trapped nerve)"
        condition.save()
    renders.clear()
    page = client.get(SCIATICA).content.decode()
    assert renders == []
    assert "Sciatica (a trapped nerve)" in page


def test_a_save_of_several_rows_in_one_transaction_publishes_once(
    monkeypatch, django_capture_on_commit_callbacks
):
    publications = []
    monkeypatch.setattr(snapshots, "publish", lambda: publications.append("published"))
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        condition = make_condition(title="Snapping hip", slug="snapping-hip")
        make_reference(condition)
        make_reference(condition, title="Another source")
    assert publications == ["published"]


def test_a_failed_publication_keeps_the_save_and_readers_get_the_page_rendered(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(path):
        raise RuntimeError("the template went missing")

    monkeypatch.setattr(snapshots, "render", broken)
    condition = Condition.objects.get(slug="sciatica")
    with django_capture_on_commit_callbacks(execute=True):
        condition.title = "Sciatica (a trapped nerve)"
        condition.save()
    assert Condition.objects.get(slug="sciatica").title == "Sciatica (a trapped nerve)"
    assert "Sciatica (a trapped nerve)" in client.get(SCIATICA).content.decode()


def test_a_new_build_is_never_sent_pages_the_old_one_rendered(published, client, renders,
                                                              monkeypatch):
    monkeypatch.setattr(page_cache, "build", lambda: "new-templates")
    client.get(SCIATICA)
    assert renders == [SCIATICA]


def test_staff_get_the_page_rendered_for_them(published, admin_client, renders):
    admin_client.get(SCIATICA)
    assert renders == [SCIATICA]


def test_a_draft_is_never_stored_for_readers(client):
    make_condition(title="Snapping hip", slug="snapping-hip", status=Condition.Status.DRAFT)
    snapshots.publish()
    assert not Snapshot.objects.filter(path__contains="snapping-hip").exists()
    assert client.get(reverse("conditions:detail", args=["snapping-hip"])).status_code == 404


def test_a_scheduled_page_is_published_when_its_time_comes(client, renders):
    publish_at = timezone.now() + datetime.timedelta(days=2)
    make_condition(title="Snapping hip", slug="snapping-hip", publish_at=publish_at)
    snapshots.publish()
    with mock.patch("django.utils.timezone.now", return_value=publish_at):
        renders.clear()
        page = client.get(LIST + UNCACHED).content.decode()
        assert "Snapping hip" in page
        version = page_cache.content_version()
    assert Snapshot.objects.filter(version=version, path="/conditions/snapping-hip/").exists()
    assert renders.count(LIST) == 1  # by the publication; the reader was sent it stored


def test_renderings_of_old_versions_are_removed_an_hour_later(published):
    first = page_cache.content_version()
    later = timezone.now() + snapshots.KEEP + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        snapshots.publish()
        current = page_cache.content_version()
    assert not Snapshot.objects.filter(version=first).exists()
    assert Snapshot.objects.filter(version=current).count() == 8


def test_renderings_of_the_version_before_stay_for_workers_still_sending_it(published):
    first = page_cache.content_version()
    snapshots.publish()
    assert Snapshot.objects.filter(version=first).count() == 8


def test_render_pages_renders_every_reader_page():
    output = io.StringIO()
    call_command("render_pages", stdout=output)
    assert output.getvalue().startswith("Rendered 8 reader pages in ")
    assert Snapshot.objects.filter(version=page_cache.content_version()).count() == 8


def test_migrate_says_so_when_pages_cannot_be_rendered_and_still_succeeds(monkeypatch):
    def broken(path):
        raise ValueError("Missing staticfiles manifest entry for 'css/site.css'")

    monkeypatch.setattr(snapshots, "render", broken)
    errors = io.StringIO()
    call_command("migrate", verbosity=0, stderr=errors)
    assert "Reader pages were not rendered ahead (Missing staticfiles manifest" in errors.getvalue()
    assert "python manage.py render_pages" in errors.getvalue()


# A page made for one person can never be stored for everyone, even if a view were wrongly
# marked as a reader page.
@page_cache.reader_page
def page_with_a_form(request):
    return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')


@page_cache.reader_page
def page_setting_a_cookie(request):
    response = HttpResponse("hello")
    response.set_cookie("seen", "1")
    return response


urlpatterns = [path("form/", page_with_a_form), path("cookie/", page_setting_a_cookie)]


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("url", ["/form/", "/cookie/"])
def test_a_page_with_a_csrf_token_or_a_cookie_is_never_stored(url):
    with pytest.raises(snapshots.NotShareable):
        snapshots.render(url)


def test_published_pages_are_sent_however_long_ago_the_last_save_was(
    client, django_assert_num_queries
):
    snapshots.publish()
    two_days_later = time.time() + 2 * 24 * 60 * 60  # the page cache keeps entries for one
    with mock.patch("time.time", return_value=two_days_later), django_assert_num_queries(1):
        client.get(SCIATICA + UNCACHED)
