"""The shared cache: a folder every worker of one machine shares by default, one Redis shared by
every app server with REDIS_URL.

`make test-redis` (run by CI) runs these with REDIS_URL set, against the Redis server at
127.0.0.1:6379; an unreachable Redis then fails them.
"""

import json
import os

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

from conditions.models import SiteText
from tests.conftest import read_site_text
from tests.production import manage, production_env

REDIS_URL = os.environ.get("REDIS_URL")

SHOW_CACHE = """
import json
from django.conf import settings
print(json.dumps(settings.CACHES["default"]))
"""


def cache_settings(tmp_path, **env):
    return json.loads(manage(production_env(tmp_path, **env), "shell", "-v0", "-c", SHOW_CACHE).stdout)


def test_redis_url_switches_to_djangos_redis_backend(tmp_path):
    settings = cache_settings(tmp_path, REDIS_URL="redis://cache.internal:6379/2")
    assert settings["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert settings["LOCATION"] == "redis://cache.internal:6379/2"


def test_without_redis_url_the_workers_of_one_machine_share_a_folder(tmp_path):
    settings = cache_settings(tmp_path, HIPGUIDE_CACHE_DIR=str(tmp_path / "cache"))
    assert settings["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert settings["LOCATION"] == str(tmp_path / "cache")


def test_the_cache_in_use_is_the_one_the_environment_names(settings):
    if REDIS_URL:
        assert isinstance(caches["default"], RedisCache)
        assert settings.CACHES["default"]["LOCATION"] == REDIS_URL
    else:
        assert isinstance(caches["default"], FileBasedCache)


def test_values_round_trip_through_the_cache():
    cache.set("greeting", {"text": "hello", "number": 3}, 30)
    assert cache.get("greeting") == {"text": "hello", "number": 3}
    cache.delete("greeting")
    assert cache.get("greeting") is None


SET_IN_ANOTHER_SERVER = """
from django.core.cache import cache, caches
cache.set("written-by-another-server", "yes", 60)
"""


def test_another_worker_or_server_sees_what_this_one_cached(tmp_path, settings):
    # A second process stands for another worker (the same folder) or app server (Redis).
    shared = {"REDIS_URL": REDIS_URL} if REDIS_URL else {
        "HIPGUIDE_CACHE_DIR": settings.CACHES["default"]["LOCATION"]}
    manage(production_env(tmp_path, **shared), "shell", "-v0", "-c", SET_IN_ANOTHER_SERVER)
    assert cache.get("written-by-another-server") == "yes"


@pytest.mark.django_db
def test_site_texts_are_read_once_and_again_after_a_save(django_assert_num_queries):
    read_site_text()
    with django_assert_num_queries(0):
        assert read_site_text().site_name == "HipGuide"
    texts = SiteText.objects.get()
    texts.site_name = "HipGuide for runners"
    texts.save()
    assert read_site_text().site_name == "HipGuide for runners"
