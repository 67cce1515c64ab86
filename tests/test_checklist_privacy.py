"""The checklist's answers are health data: never stored, logged, cached or put in a URL."""

import logging

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import answer
from tests.test_checklist import CHECKLIST, sign, tick

pytestmark = pytest.mark.django_db


def test_a_post_without_the_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    assert tick(client, sign("soon")).status_code == 403


def test_the_result_is_never_cached_or_shared(client):
    cache_control = tick(client, sign("soon"))["Cache-Control"]
    assert "no-store" in cache_control
    assert "private" in cache_control


def test_the_form_page_is_never_cached_or_shared(client):
    cache_control = client.get(CHECKLIST)["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_the_result_is_the_post_response_not_a_redirect(client):
    response = tick(client, sign("soon"))
    assert response.status_code == 200
    assert "Location" not in response


def test_completing_the_checklist_writes_nothing_to_the_database(client):
    with CaptureQueriesContext(connection) as queries:
        tick(client, sign("emergency"), sign("soon"))
        answer(client, {"none": "on"})
        answer(client, {"signs": [sign("soon").pk], "change": "1"})
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_completing_the_checklist_writes_no_session(client):
    tick(client, sign("urgent"))
    assert Session.objects.count() == 0
    assert "sessionid" not in client.cookies


def test_answers_never_reach_the_logs(client, caplog):
    flags = [sign("emergency"), sign("soon")]
    with caplog.at_level(logging.DEBUG):
        tick(client, *flags)
        answer(client, {"signs": ["999999"], "none": "on"})
    logged = caplog.text
    for flag in flags:
        assert flag.sign not in logged
        assert f"signs={flag.pk}" not in logged
    assert "999999" not in logged
