"""Errors are logged with what an operator needs, and never with what a reader submitted."""

import logging

import pytest
from django.conf import settings
from django.test import Client

from tests.conftest import answer
from tests.production import fetch, gunicorn, manage, production_env

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.urls_errors")]

SECRET = "numb-left-foot-since-tuesday"


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


def logged(caplog):
    """Every record as the site's log handler writes it."""
    formatter = logging.Formatter(settings.LOGGING["formatters"]["context"]["format"])
    return "\n".join(formatter.format(record) for record in caplog.records)


def test_a_server_error_logs_the_method_path_status_and_exception(client, caplog):
    response = answer(client, {"age": SECRET}, path="/failing-form/?page=2")
    assert response.status_code == 500
    text = logged(caplog)
    assert "ERROR django.request [POST /failing-form/ 500] Internal Server Error" in text
    assert "Traceback (most recent call last)" in text
    assert 'File "' in text and "failing_form" in text
    assert "ValueError: invalid literal for int() with base 10: '[removed]'" in text


def test_a_server_error_on_a_post_never_logs_the_submitted_values(client, caplog):
    answer(client, {"age": SECRET, "other": "x-ray-result"},
           path="/failing-form/?answer=yes-since-monday")
    assert caplog.records
    for record in caplog.records:
        text = logged(caplog) + record.getMessage() + str(record.exc_text)
        assert SECRET not in text
        assert "yes-since-monday" not in text


def test_a_server_error_on_a_body_that_is_not_a_form_withholds_exception_messages(client, caplog):
    client.post("/failing-json/", f'{{"symptom": "{SECRET}"}}', content_type="application/json")
    text = logged(caplog)
    assert SECRET not in text
    assert "ValueError: [removed]" in text


FAIL_A_FORM = f"""
from django.test import Client, override_settings
with override_settings(ROOT_URLCONF="tests.urls_errors"):
    Client(raise_request_exception=False).post(
        "/failing-form/", "age={SECRET}", content_type="application/x-www-form-urlencoded"
    )
"""


def test_errors_go_to_stderr_in_production(tmp_path, collected_static):
    env = production_env(
        tmp_path, DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_STATIC_ROOT=str(collected_static)
    )
    result = manage(env, "shell", "-v0", "-c", FAIL_A_FORM)
    assert "ERROR django.request [POST /failing-form/ 500]" in result.stderr
    assert "ValueError" in result.stderr
    assert SECRET not in result.stderr + result.stdout


def test_records_without_a_request_are_logged_as_usual(caplog):
    logging.getLogger("hipguide").warning("Disk almost full: %s%%", 95)
    assert "WARNING hipguide [- -] Disk almost full: 95%" in logged(caplog)


def test_the_access_log_leaves_out_query_strings(tmp_path):
    log = tmp_path / "server.log"
    with gunicorn(production_env(tmp_path), log) as url:
        status, _headers, _body = fetch(url + f"/healthz?answer={SECRET}")
    assert status == 200
    assert '"GET /healthz HTTP/1.1" 200' in log.read_text()
    assert SECRET not in log.read_text()


FORGED = "/nope%0a2026-11-30%2015:31:00,000%20ERROR%20forged"


def test_a_forged_newline_in_the_path_stays_escaped_on_one_line(client, caplog):
    client.get(FORGED)
    text = logged(caplog)
    assert "[GET /nope\\n2026-11-30 15:31:00,000 ERROR forged 404]" in text
    assert "Not Found: /nope\\n2026-11-30 15:31:00,000 ERROR forged" in text
    assert not any(line.startswith("2026-11-30 15:31:00,000") for line in text.splitlines())


@pytest.mark.parametrize("control", ["%0d", "%00", "%1b", "%7f", "%e2%80%a8", "%e2%80%ae", "%c2%85"])
def test_every_control_character_and_line_separator_in_the_path_is_escaped(client, caplog, control):
    client.get(f"/nope{control}forged")
    text = logged(caplog)
    assert "/nope\\" in text
    assert all(char.isprintable() for char in text.replace("\n", ""))


def test_a_forged_newline_is_escaped_in_gunicorns_access_and_error_logs(tmp_path, collected_static):
    env = production_env(
        tmp_path, DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_STATIC_ROOT=str(collected_static),
        HIPGUIDE_CACHE_DIR=str(tmp_path / "page-cache"),
    )
    manage(env, "migrate", "-v0")
    log = tmp_path / "server.log"
    with gunicorn(env, log) as url:
        status, _headers, _body = fetch(url + FORGED)
    assert status == 404
    lines = log.read_text().splitlines()
    forged = [line for line in lines if "ERROR forged" in line]
    assert any('"GET /nope\\n2026-11-30 15:31:00,000 ERROR forged HTTP/1.1" 404' in line
               for line in forged)  # the access log
    assert any("WARNING django.request [GET /nope\\n2026-11-30" in line for line in forged)
    assert not any(line.startswith("2026-11-30 15:31:00,000") for line in lines)
