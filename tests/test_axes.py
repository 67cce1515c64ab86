"""Admin sign-in protection: five wrong passwords for one username from one address lock it."""

import datetime
import io

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse

from hipguide.proxy import client_ip

pytestmark = pytest.mark.django_db

USERNAME = "editor"
PASSWORD = "the-right-password-9"
PROXY = "10.0.0.2"
READER = "203.0.113.7"
LOGIN = reverse("admin:login")


@pytest.fixture(autouse=True)
def quick_password_checks(settings):
    """Each attempt checks a password; the slow production hasher adds nothing to these tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(USERNAME, "editor@example.org", PASSWORD)


def sign_in(client, password, address=READER, username=USERNAME, forwarded_for=None):
    """Post the admin sign-in form through the proxy, which appends the client's address."""
    return client.post(
        LOGIN + "?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=f"{forwarded_for}, {address}" if forwarded_for else address,
    )


def fail_five_times(client, **where):
    return [sign_in(client, "wrong-password", **where).status_code for _ in range(5)]


def wait(minutes):
    """Make every recorded attempt that many minutes older, as if the time had passed."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=minutes))


def test_four_wrong_passwords_only_show_the_form_again(client, editor):
    statuses = [sign_in(client, "wrong-password").status_code for _ in range(4)]
    assert statuses == [200] * 4
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_fifth_wrong_password_locks_and_the_sixth_is_answered_429(client, editor):
    assert fail_five_times(client) == [200, 200, 200, 200, 429]
    assert sign_in(client, "wrong-password").status_code == 429


def test_the_right_password_is_refused_while_locked(client, editor):
    fail_five_times(client)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_still_holds_after_14_minutes(client, editor):
    fail_five_times(client)
    wait(minutes=14)
    assert sign_in(client, PASSWORD).status_code == 429


def test_the_right_password_works_once_15_minutes_have_passed(client, editor):
    fail_five_times(client)
    wait(minutes=15)
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_an_attempt_while_locked_starts_the_15_minutes_again(client, editor):
    fail_five_times(client)
    wait(minutes=10)
    assert sign_in(client, PASSWORD).status_code == 429
    wait(minutes=10)
    assert sign_in(client, PASSWORD).status_code == 429


def test_the_locked_page_says_what_happened_in_the_site_design(client, editor):
    fail_five_times(client)
    response = sign_in(client, "wrong-password")
    html = response.content.decode()
    assert "Sign-in paused for 15 minutes" in html
    assert "the account “editor”" in html
    assert 'class="site-header"' in html
    assert response["Content-Security-Policy"]


def test_the_lock_is_for_that_username_from_that_address_only(client, editor):
    fail_five_times(client)
    assert sign_in(client, PASSWORD, address="198.51.100.20").status_code == 302


def test_a_forged_forwarded_for_address_does_not_dodge_the_lock(client, editor):
    for number in range(5):
        sign_in(client, "wrong-password", forwarded_for=f"192.0.2.{number}")
    assert sign_in(client, PASSWORD, forwarded_for="192.0.2.99").status_code == 429


def test_the_documented_command_unlocks_an_editor(client, editor):
    fail_five_times(client)
    call_command("axes_reset_username", USERNAME, stdout=io.StringIO())
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_client_is_the_address_the_proxy_appended():
    request = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7"
    )
    assert client_ip(request) == "203.0.113.7"


def test_without_a_proxy_the_client_is_the_connection_address(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR=READER, HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert client_ip(request) == READER


def test_a_request_that_bypassed_the_proxy_is_known_by_its_connection_address():
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR=READER)) == READER
