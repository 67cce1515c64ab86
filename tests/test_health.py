"""The load balancer's probes: /healthz (alive) and /readyz (database reachable)."""

import json

import pytest
from django.urls import reverse

from tests.production import free_port, manage, production_env

HEALTHZ = reverse("healthz")
READYZ = reverse("readyz")


def test_healthz_answers_without_touching_the_database(client):
    # No django_db mark: any database query here would fail the test.
    response = client.get(HEALTHZ)
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_readyz_answers_after_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get(READYZ)
    assert response.status_code == 200


@pytest.mark.parametrize("path", [HEALTHZ, READYZ])
@pytest.mark.django_db
def test_probes_answer_a_load_balancer_that_uses_the_server_address_as_host(client, path):
    assert client.get(path, HTTP_HOST="10.0.3.17:8000").status_code == 200


@pytest.mark.django_db
def test_pages_still_refuse_unknown_hosts(client):
    assert client.get(reverse("conditions:hub"), HTTP_HOST="10.0.3.17:8000").status_code == 400


@pytest.mark.parametrize("path", [HEALTHZ, READYZ])
@pytest.mark.django_db
def test_probes_are_not_redirected_to_https(client, settings, path):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(path, HTTP_HOST="10.0.3.17:8000").status_code == 200
    assert client.get(reverse("conditions:hub")).status_code == 301


@pytest.mark.parametrize("path", [HEALTHZ, READYZ])
@pytest.mark.django_db
def test_probe_answers_are_never_cached(client, path):
    assert client.get(path)["Cache-Control"] == "no-store"


def test_probes_only_answer_get_and_head(client):
    assert client.head(HEALTHZ).status_code == 200
    assert client.post(HEALTHZ).status_code == 405


PROBE_BOTH = """
import json
from django.test import Client
client = Client()
print(json.dumps({path: client.get(path).status_code for path in ("/healthz", "/readyz")}))
"""


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_readyz_says_503_when_the_database_is_unreachable(tmp_path, database):
    unreachable = {
        # A file in a folder that does not exist cannot be opened.
        "sqlite": f"sqlite:///{tmp_path / 'missing-folder' / 'db.sqlite3'}",
        # Nothing listens on a port just freed.
        "postgresql": f"postgresql://postgres@127.0.0.1:{free_port()}/hipguide",
    }[database]
    env = production_env(tmp_path, DATABASE_URL=unreachable, DJANGO_SECURE_SSL_REDIRECT="0")
    statuses = json.loads(manage(env, "shell", "-v0", "-c", PROBE_BOTH).stdout)
    assert statuses == {"/healthz": 200, "/readyz": 503}
