"""Admin sign-in protection: five wrong passwords for one username from one address lock it."""

import datetime
import io
import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.core.management import call_command
from django.db.models import F
from django.urls import reverse

from hipguide.sign_in import SLOWDOWN_LONGEST, slowdown_wait
from tests.production import manage, production_env

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


@pytest.fixture
def behind_one_proxy(settings):
    """What hipguide/settings.py sets for DJANGO_TRUSTED_PROXY_COUNT=1."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR"]
    settings.AXES_IPWARE_PROXY_COUNT = 0
    settings.AXES_IPWARE_PROXY_ORDER = "right-most"


PRINT_CLIENT_ADDRESS_SETTINGS = (
    "from django.conf import settings as s; print(s.AXES_IPWARE_META_PRECEDENCE_ORDER, "
    "s.AXES_IPWARE_PROXY_COUNT, s.AXES_IPWARE_PROXY_ORDER)"
)


def test_one_trusted_proxy_gives_the_settings_the_proxy_tests_use(tmp_path):
    env = production_env(tmp_path, DJANGO_TRUSTED_PROXY_COUNT="1")
    result = manage(env, "shell", "--no-imports", "-c", PRINT_CLIENT_ADDRESS_SETTINGS)
    assert result.stdout.strip() == "['HTTP_X_FORWARDED_FOR'] 0 right-most"


def test_a_proxy_count_that_is_not_a_number_stops_start_up_with_a_clear_message(tmp_path):
    env = production_env(tmp_path, DJANGO_TRUSTED_PROXY_COUNT="one")
    result = manage(env, "check", check=False)
    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXY_COUNT is a number of proxies" in result.stderr


def sign_in(client, password, address=READER, username=USERNAME, **headers):
    """Post the admin sign-in form from a client connected straight to the site."""
    return client.post(
        LOGIN + "?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def sign_in_through_proxy(client, password, address=READER, forwarded_for=None):
    """Post it through one proxy, which appends the address it saw to X-Forwarded-For."""
    return client.post(
        LOGIN + "?next=/admin/",
        {"username": USERNAME, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=f"{forwarded_for}, {address}" if forwarded_for else address,
    )


def fail_five_times(client, **where):
    return [sign_in(client, "wrong-password", **where).status_code for _ in range(5)]


def wait(minutes=0, seconds=0):
    """Make every recorded attempt that much older, as if the time had passed."""
    earlier = F("attempt_time") - datetime.timedelta(minutes=minutes, seconds=seconds)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.update(attempt_time=earlier)


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


def test_twenty_guesses_each_with_a_new_forwarded_for_address_end_in_429(client, editor):
    """The attack on the production defaults: no proxy trusted, a new X-Forwarded-For a guess."""
    statuses = [
        sign_in(client, "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}").status_code
        for number in range(20)
    ]
    assert statuses[-1] == 429
    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_a_forged_forwarded_for_entry_does_not_dodge_the_lock(
    client, editor, behind_one_proxy
):
    for number in range(20):
        sign_in_through_proxy(client, "wrong-password", forwarded_for=f"192.0.2.{number}")
    assert sign_in_through_proxy(client, PASSWORD, forwarded_for="192.0.2.99").status_code == 429


def test_behind_a_proxy_the_lock_is_for_the_address_the_proxy_saw(client, editor, behind_one_proxy):
    for _ in range(5):
        sign_in_through_proxy(client, "wrong-password")
    assert sign_in_through_proxy(client, PASSWORD).status_code == 429
    assert sign_in_through_proxy(client, PASSWORD, address="198.51.100.20").status_code == 302


def test_a_forged_lock_cannot_be_put_on_an_editors_address_behind_a_proxy(
    client, editor, behind_one_proxy
):
    sign_in_through_proxy(client, PASSWORD)  # The editor's usual connection.
    client.logout()
    for _ in range(5):
        sign_in_through_proxy(client, "wrong-password", address="192.0.2.1", forwarded_for=READER)
    assert sign_in_through_proxy(client, PASSWORD).status_code == 302


def test_the_documented_command_unlocks_an_editor(client, editor):
    fail_five_times(client)
    call_command("axes_reset_username", USERNAME, stdout=io.StringIO())
    assert sign_in(client, PASSWORD).status_code == 302


def guess_from_many_addresses(client, count):
    """One guess from each of `count` addresses, as an attacker with many addresses would."""
    return [
        sign_in(client, "wrong-password", address=f"198.18.0.{n}").status_code
        for n in range(count)
    ]


def test_guesses_spread_over_many_addresses_are_slowed_down(client, editor):
    statuses = guess_from_many_addresses(client, 20)
    assert statuses[:6] == [200] * 5 + [429]
    # The wait grows (2 s, then 4 s, 8 s...): however slow this machine, few more get checked.
    assert statuses.count(200) <= 7


def test_the_right_password_from_a_new_address_waits_too_once_a_username_is_slowed(client, editor):
    twelve_recent_failures(client)
    response = sign_in(client, PASSWORD, address="198.51.100.99")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_page_of_a_slowed_sign_in_says_how_long_to_wait(client, editor):
    twelve_recent_failures(client)
    response = sign_in(client, PASSWORD, address="198.51.100.99")
    seconds = re.search(r"Sign-in paused for (\d+) seconds", response.content.decode()).group(1)
    assert response["Retry-After"] == seconds
    assert 60 < int(seconds) <= 2**8


def wait_right_after_the_last_failure():
    last = AccessFailureLog.objects.filter(locked_out=False).latest("attempt_time").attempt_time
    return slowdown_wait(USERNAME, "198.51.100.99", now=last).total_seconds()


def test_the_wait_doubles_with_each_failure(client, editor):
    guess_from_many_addresses(client, 5)
    waits = [wait_right_after_the_last_failure()]
    for number in range(3):
        wait(minutes=5)
        assert sign_in(client, "wrong-password", address=f"198.51.100.{number}").status_code == 200
        waits.append(wait_right_after_the_last_failure())
    assert waits == [2, 4, 8, 16]


def test_the_wait_is_never_longer_than_five_minutes():
    AccessFailureLog.objects.bulk_create(
        AccessFailureLog(username=USERNAME, ip_address=f"198.18.1.{n}") for n in range(200)
    )
    assert slowdown_wait(USERNAME, "198.51.100.1") <= SLOWDOWN_LONGEST


def twelve_recent_failures(client):
    """Five guesses, and seven more recorded: the wait is now minutes long."""
    guess_from_many_addresses(client, 5)
    AccessFailureLog.objects.bulk_create(
        AccessFailureLog(username=USERNAME, ip_address=f"198.18.2.{n}") for n in range(7)
    )


def test_attempts_refused_for_waiting_do_not_make_the_wait_longer(client, editor):
    twelve_recent_failures(client)
    statuses = [sign_in(client, "wrong-password", address="198.51.100.1").status_code
                for _ in range(20)]
    assert set(statuses) == {429}
    assert AccessFailureLog.objects.filter(locked_out=False).count() == 12
    wait(minutes=5)
    assert sign_in(client, PASSWORD, address="198.51.100.2").status_code == 302


def test_a_stranger_cannot_keep_an_editor_out_for_more_than_five_minutes(client, editor):
    guess_from_many_addresses(client, 100)
    wait(minutes=5)
    assert sign_in(client, PASSWORD, address="198.51.100.2").status_code == 302


def test_an_editors_usual_address_is_not_slowed_by_a_strangers_guesses(client, editor):
    sign_in(client, PASSWORD)
    client.logout()
    guess_from_many_addresses(client, 30)
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_slowdown_forgets_failures_after_an_hour(client, editor):
    guess_from_many_addresses(client, 30)
    wait(minutes=60)
    assert guess_from_many_addresses(client, 5) == [200] * 5
