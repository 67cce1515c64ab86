import datetime
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from conditions import cache as page_cache
from conditions.models import CareAdvice, Condition, Reference, SiteText, WarningSign
from tests.conftest import make_condition, make_reference, make_warning_sign

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
HUB = reverse("conditions:hub")
LIST = reverse("conditions:list")
SCIATICA = reverse("conditions:detail", args=["sciatica"])


@pytest.fixture
def other_worker(monkeypatch):
    """Run code as another gunicorn worker would: with its own memory and its own connection
    to the shared cache, so this worker learns of the change only through the shared cache."""

    @contextmanager
    def as_other_worker():
        own_shared, own_memory = page_cache.shared_cache, page_cache.memory
        monkeypatch.setattr(page_cache, "shared_cache", caches.create_connection("default"))
        monkeypatch.setattr(page_cache, "memory", page_cache.Memory())
        try:
            yield
        finally:
            monkeypatch.setattr(page_cache, "shared_cache", own_shared)
            monkeypatch.setattr(page_cache, "memory", own_memory)

    return as_other_worker


def page(client, url):
    return client.get(url).content.decode()


def test_a_readers_second_visit_is_served_from_the_cache(client, renders):
    first = client.get(SCIATICA)
    second = client.get(SCIATICA)
    assert renders == [SCIATICA]
    assert second.status_code == 200
    assert second.content == first.content


def test_every_reader_page_is_cached(client, renders):
    for url in [HUB, LIST, SCIATICA]:
        client.get(url)
        client.get(url)
    assert renders == [HUB, LIST, SCIATICA]


def test_a_page_from_the_cache_runs_no_queries(client, django_assert_num_queries):
    client.get(SCIATICA)
    with django_assert_num_queries(0):
        assert client.get(SCIATICA).status_code == 200


def test_a_cold_content_version_costs_one_query(client, django_assert_num_queries):
    page_cache.content_version()
    caches["default"].clear()
    with django_assert_num_queries(1):
        page_cache.content_version()


def test_a_save_renders_no_page(client, renders):
    edit_condition()
    assert renders == []


def edit_condition():
    condition = Condition.objects.get(slug="sciatica")
    condition.summary = "A sentence an editor just added."
    condition.save()
    return SCIATICA, "A sentence an editor just added."


def add_reference():
    make_reference(Condition.objects.get(slug="sciatica"), title="A newly cited paper")
    return SCIATICA, "A newly cited paper"


def edit_warning_sign():
    flag = make_warning_sign(conditions=[Condition.objects.get(slug="sciatica")], sign="Old words")
    flag.sign = "New words for a warning sign"
    flag.save()
    return SCIATICA, "New words for a warning sign"


def edit_care_advice():
    tier = CareAdvice.objects.get(tier="emergency")
    tier.heading = "Phone {number} straight away"
    tier.save()
    return HUB, "Phone 911 straight away"


def edit_site_text():
    texts = SiteText.objects.get()
    texts.hub_title = "Hip pain in runners, explained"
    texts.save()
    return HUB, "Hip pain in runners, explained"


def update_titles_in_bulk():
    Condition.objects.filter(slug="sciatica").update(title="Sciatica, updated in bulk")
    return LIST, "Sciatica, updated in bulk"


def link_a_sign_from_code():
    flag = make_warning_sign(sign="A sign linked from code")
    flag.conditions.add(Condition.objects.get(slug="sciatica"))
    return SCIATICA, "A sign linked from code"


def link_a_condition_from_code():
    flag = make_warning_sign(sign="A sign a condition was linked to")
    Condition.objects.get(slug="sciatica").warning_signs.add(flag)
    return SCIATICA, "A sign a condition was linked to"


@pytest.mark.parametrize(
    "change",
    [edit_condition, add_reference, edit_warning_sign, edit_care_advice, edit_site_text,
     update_titles_in_bulk, link_a_sign_from_code, link_a_condition_from_code],
    ids=lambda change: change.__name__,
)
def test_a_content_save_in_another_worker_shows_on_the_next_request(
    client, other_worker, change
):
    for url in [HUB, LIST, SCIATICA]:
        page(client, url)  # readers have every page cached
    with other_worker():
        url, text = change()
    assert text in page(client, url)


def delete_condition():
    Condition.objects.get(slug="sciatica").delete()
    return LIST, f'href="{SCIATICA}"'


def delete_conditions_in_bulk():
    Condition.objects.filter(slug="sciatica").delete()
    return LIST, f'href="{SCIATICA}"'


def delete_reference():
    reference = Reference.objects.filter(condition__slug="sciatica").first()
    reference.delete()
    return SCIATICA, reference.url


def hide_warning_signs_in_bulk():
    flag = WarningSign.objects.filter(conditions__slug="sciatica").first()
    WarningSign.objects.filter(pk=flag.pk).update(is_active=False)
    return SCIATICA, flag.sign


def unlink_a_sign_from_code():
    flag = WarningSign.objects.filter(conditions__slug="sciatica").first()
    flag.conditions.remove(Condition.objects.get(slug="sciatica"))
    return SCIATICA, flag.sign


def delete_warning_signs_in_bulk():
    flag = WarningSign.objects.filter(conditions__slug="sciatica").first()
    WarningSign.objects.filter(pk=flag.pk).delete()
    return SCIATICA, flag.sign


@pytest.mark.parametrize(
    "change",
    [delete_condition, delete_conditions_in_bulk, delete_reference, hide_warning_signs_in_bulk,
     delete_warning_signs_in_bulk, unlink_a_sign_from_code],
    ids=lambda change: change.__name__,
)
def test_a_removal_in_another_worker_shows_on_the_next_request(client, other_worker, change):
    cached = {url: page(client, url) for url in [HUB, LIST, SCIATICA]}
    with other_worker():
        url, text = change()
    assert text in cached[url]
    assert text not in page(client, url)


def test_a_scheduled_page_goes_live_on_time_without_a_save(client, monkeypatch):
    make_condition(title="Coming soon", slug="soon",
                   publish_at=timezone.now() + datetime.timedelta(hours=1))
    assert "Coming soon" not in page(client, HUB)
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Coming soon" in page(client, HUB)


def test_the_reader_after_a_scheduled_time_writes_nothing_and_renders_once(
    client, monkeypatch, renders, django_assert_max_num_queries
):
    make_condition(title="Coming soon", slug="soon",
                   publish_at=timezone.now() + datetime.timedelta(hours=1))
    page(client, HUB)
    stamp = caches["default"].get(page_cache.VERSION_KEY)
    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    with django_assert_max_num_queries(3):  # an ordinary miss: the hub and the site texts
        assert client.get(HUB).status_code == 200
    assert caches["default"].get(page_cache.VERSION_KEY) == stamp
    assert renders == [HUB, HUB]



def run_in_another_process(code, **env):
    """A separate Python process on this machine, as another gunicorn worker would be."""
    environment = {
        **os.environ,
        "DJANGO_SECRET_KEY": "another-process",
        "DJANGO_SETTINGS_MODULE": "hipguide.settings",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=environment, cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return result.stdout.strip()


def test_workers_on_one_machine_share_the_version_without_a_server(tmp_path):
    folder = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
              "LOCATION": str(tmp_path)}
    with override_settings(CACHES={"default": folder}):
        before = page_cache.content_version()
        code = (
            "from django.core.cache import cache, caches; "
            "cache.set('content-version', 'from-another-worker', None); "
            "print(type(caches['default']).__name__)"
        )
        env = {"REDIS_URL": "", "HIPGUIDE_CACHE_DIR": str(tmp_path)}
        assert run_in_another_process(code, **env) == "FileBasedCache"
        after = page_cache.content_version()
    assert after != before
    assert after.startswith("from-another-worker.")


def test_the_cache_is_redis_when_redis_url_is_set():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    backend = run_in_another_process(code, REDIS_URL="redis://127.0.0.1:6379/0")
    assert backend == "django.core.cache.backends.redis.RedisCache"


def test_migrate_starts_a_new_content_version(client):
    before = client.get(SCIATICA)["ETag"]
    call_command("migrate", verbosity=0)
    assert client.get(SCIATICA)["ETag"] != before


def test_a_new_build_starts_a_new_content_version(client, renders, monkeypatch):
    client.get(SCIATICA)
    monkeypatch.setattr(page_cache, "build", lambda: "new-templates")
    client.get(SCIATICA)
    assert renders == [SCIATICA, SCIATICA]


def test_saves_are_seen_across_redis_clients(client, other_worker):
    # The Redis server this machine runs (README.md); a prefix of this test's own, short-lived.
    shared = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": f"hipguide-test-{uuid.uuid4().hex}",
        "TIMEOUT": 60,
    }
    with override_settings(CACHES={"default": shared}):
        assert type(caches["default"]).__name__ == "RedisCache"
        page(client, SCIATICA)
        with other_worker():
            url, text = edit_condition()
        assert text in page(client, url)
        caches["default"].delete(page_cache.VERSION_KEY)
