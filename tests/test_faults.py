"""Faults do not take readers down: the shared cache is optional, and with the database gone the
pages a worker has kept, and a page that says how to get help now, are still served."""

import logging
import time

import pytest
from django.core.cache.backends.redis import RedisCache
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import override_settings
from django.urls import reverse

from conditions import cache as page_cache
from conditions.models import Condition, WarningSign
from tests.conftest import answer

pytestmark = pytest.mark.django_db

HUB = reverse("conditions:hub")
SCIATICA = reverse("conditions:detail", args=["sciatica"])
CHECKLIST = reverse("conditions:checklist")
# Nothing listens on port 1 of this machine: connecting is refused at once.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture(autouse=True)
def healthy_cache():
    page_cache._health.update(ok=True, retry_at=0.0)
    yield
    page_cache._health.update(ok=True, retry_at=0.0)


@pytest.fixture
def redis_down():
    with override_settings(CACHES=UNREACHABLE_REDIS):
        yield


@pytest.mark.parametrize("url", [HUB, SCIATICA, CHECKLIST])
def test_reader_pages_are_served_from_the_database_while_redis_is_unreachable(
    client, redis_down, url
):
    response = client.get(url)
    assert response.status_code == 200


def test_the_checklist_gives_its_advice_while_redis_is_unreachable(client, redis_down):
    response = answer(client, {"none": "on"})
    assert response.status_code == 200


def test_probes_stay_up_and_readyz_says_the_cache_is_down(client, redis_down):
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert "shared cache unreachable" in ready.content.decode()


def test_an_unreachable_redis_is_logged_once_not_on_every_request(client, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="conditions.cache"):
        for _ in range(5):
            client.get(SCIATICA)
    assert len([r for r in caplog.records if "cannot be reached" in r.getMessage()]) == 1


def test_a_save_while_redis_is_unreachable_is_kept_and_shown(client, redis_down):
    condition = Condition.objects.get(slug="sciatica")
    condition.summary = "Saved while the cache was down."
    condition.save()
    assert "Saved while the cache was down." in client.get(SCIATICA).content.decode()


@pytest.fixture
def database_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    def take_down():
        monkeypatch.setattr(CursorWrapper, "execute", unreachable)
        monkeypatch.setattr(CursorWrapper, "executemany", unreachable)

    return take_down


def test_pages_a_worker_has_kept_are_served_with_the_database_down(client, database_down):
    client.get(SCIATICA)
    database_down()
    response = client.get(SCIATICA)
    assert response.status_code == 200
    assert b"Sciatica" in response.content


def test_with_the_database_down_the_checklist_answers_from_the_last_published_content(
    client, database_down
):
    client.get(CHECKLIST)  # this worker has read the checklist's content
    emergency = WarningSign.objects.active().filter(tier="emergency").first()
    database_down()
    assert client.get(CHECKLIST).status_code == 200
    result = answer(client, {"signs": [emergency.pk]})
    assert result.status_code == 200
    assert "Call 911" in result.content.decode()


def test_with_the_database_down_readers_are_told_to_call_the_emergency_number(
    client, database_down
):
    client.get(HUB)  # this worker has read the site texts, but not the checklist
    database_down()
    response = client.get(CHECKLIST)
    assert response.status_code == 503
    html = response.content.decode()
    assert "911" in html
    assert "emergency" in html.lower()


def test_with_the_database_down_the_error_is_a_503_not_a_500(client, database_down):
    database_down()
    response = client.get(reverse("conditions:detail", args=["never-visited"]))
    assert response.status_code == 503
    assert "911" in response.content.decode()


def test_with_the_database_down_a_signed_in_editor_gets_a_503_not_a_500(
    admin_client, database_down
):
    condition = Condition.objects.get(slug="sciatica")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    database_down()
    response = admin_client.get(url)
    assert response.status_code == 503


def test_a_save_its_worker_could_not_announce_shows_everywhere_within_a_minute(
    client, monkeypatch
):
    client.get(SCIATICA)  # this worker keeps the page under the current version
    this_worker = (page_cache.shared_cache, page_cache.memory, dict(page_cache._health))
    # Another worker, cut off from Redis while Redis itself stays up, saves.
    monkeypatch.setattr(page_cache, "shared_cache", RedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.5}}))
    monkeypatch.setattr(page_cache, "memory", page_cache.Memory())
    condition = Condition.objects.get(slug="sciatica")
    condition.summary = "Saved while Redis was out of reach."
    condition.save()
    monkeypatch.setattr(page_cache, "shared_cache", this_worker[0])
    monkeypatch.setattr(page_cache, "memory", this_worker[1])
    page_cache._health.update(this_worker[2])
    a_minute_on = time.monotonic() + page_cache.MAX_AGE
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: a_minute_on)
    assert "Saved while Redis was out of reach." in client.get(SCIATICA).content.decode()
