"""Two-step sign-in for staff: the password, then a code from an authenticator app."""

import io
import re

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import make_condition
from tests.production import manage, production_env
from tests.users import make_editor, make_user

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"
LOGIN = reverse("admin:login")
TWO_FACTOR = reverse("two_factor")


@pytest.fixture(autouse=True)
def quick_password_checks(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor():
    user = make_editor()
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in_with_password(client, user, address="203.0.113.7"):
    return client.post(
        LOGIN + "?next=/admin/",
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR=address,
    )


def send_code(client, code, address="203.0.113.7"):
    return client.post(TWO_FACTOR, {"otp_token": code, "next": "/admin/"}, REMOTE_ADDR=address)


def enrolled_app(user):
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def code_for(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def secret_on_page(response):
    secret = re.search(r'<code id="two-factor-secret">([A-Z2-7 ]+)</code>', response.content.decode())
    return secret.group(1).replace(" ", "")


PRINT_SETTING = "from django.conf import settings; print(settings.TWO_FACTOR_REQUIRED)"


def test_no_environment_variable_switches_two_factor_off_in_production(tmp_path):
    env = production_env(tmp_path, TWO_FACTOR_REQUIRED="0", DJANGO_TWO_FACTOR_REQUIRED="0",
                         DJANGO_TWO_FACTOR="0", OTP_ENABLED="0")
    assert manage(env, "shell", "--no-imports", "-c", PRINT_SETTING).stdout.strip() == "True"


def test_two_factor_is_off_with_debug_on(tmp_path):
    env = production_env(tmp_path, DJANGO_DEBUG="1")
    assert manage(env, "shell", "--no-imports", "-c", PRINT_SETTING).stdout.strip() == "False"


@pytest.mark.parametrize("path", ["/admin/", "/admin/conditions/condition/", "/admin/auth/user/"])
def test_the_password_alone_opens_no_staff_page(client, editor, path):
    sign_in_with_password(client, editor)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_the_sign_in_page_sends_a_password_only_sign_in_on_to_the_code(client, editor):
    assert sign_in_with_password(client, editor).status_code == 302
    response = client.get(LOGIN + "?next=/admin/conditions/")
    assert response.status_code == 302
    assert response["Location"] == TWO_FACTOR + "?next=%2Fadmin%2Fconditions%2F"


def test_the_editor_preview_refuses_a_password_only_sign_in(client, editor):
    sign_in_with_password(client, editor)
    response = client.post(reverse("markdownx_markdownify"), {"content": "# Hi"})
    assert response.status_code == 302


def test_the_first_sign_in_shows_a_qr_code_and_the_secret_as_text(client, editor):
    sign_in_with_password(client, editor)
    response = client.get(TWO_FACTOR)
    html = response.content.decode()
    assert 'src="/admin/two-factor/qr-code.svg"' in html
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert secret_on_page(response) == device.config_url.split("secret=")[1].split("&")[0]


def test_the_qr_code_is_an_svg_image_of_the_apps_setup_address(client, editor):
    sign_in_with_password(client, editor)
    client.get(TWO_FACTOR)
    response = client.get(reverse("two_factor_qr_code"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content
    assert "no-store" in response["Cache-Control"]


def test_the_qr_code_is_never_shown_once_an_app_is_set_up(client, editor):
    enrolled_app(editor)
    sign_in_with_password(client, editor)
    assert client.get(reverse("two_factor_qr_code")).status_code == 404


def test_enrolling_with_the_apps_code_signs_in_and_shows_ten_recovery_codes_once(client, editor):
    sign_in_with_password(client, editor)
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=editor)
    response = send_code(client, code_for(device))
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert "no-store" in response["Cache-Control"]
    assert client.get("/admin/").status_code == 200
    assert client.get(TWO_FACTOR).status_code == 302


def test_a_signed_in_person_gets_the_admin_with_the_apps_code(client, editor):
    device = enrolled_app(editor)
    sign_in_with_password(client, editor)
    response = send_code(client, code_for(device))
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client, editor):
    device = enrolled_app(editor)
    sign_in_with_password(client, editor)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = send_code(client, wrong)
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_a_recovery_code_works_once(client, editor):
    enrolled_app(editor)
    recovery = StaticDevice.objects.create(user=editor, name="Recovery codes")
    recovery.token_set.create(token="abcd2345ef")
    sign_in_with_password(client, editor)
    assert send_code(client, "ABCD 2345 EF").status_code == 302
    client.logout()
    sign_in_with_password(client, editor)
    assert send_code(client, "abcd2345ef").status_code == 200
    assert client.get("/admin/").status_code == 302


def after_the_throttle(device):
    """As if django-otp's wait after a wrong code had passed (the count of failures stays)."""
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)


def test_five_wrong_codes_lock_the_sign_in_like_wrong_passwords(client, editor):
    device = enrolled_app(editor)
    sign_in_with_password(client, editor)
    statuses = []
    for _ in range(5):
        after_the_throttle(device)
        statuses.append(send_code(client, "000000").status_code)
    assert statuses == [200, 200, 200, 200, 429]
    after_the_throttle(device)
    assert send_code(client, code_for(device)).status_code == 429
    client.logout()
    assert sign_in_with_password(client, editor).status_code == 429


def test_the_right_code_clears_the_count_of_wrong_ones(client, editor):
    device = enrolled_app(editor)
    sign_in_with_password(client, editor)
    for _ in range(4):
        after_the_throttle(device)
        send_code(client, "000000")
    after_the_throttle(device)
    assert send_code(client, code_for(device)).status_code == 302
    client.logout()
    assert sign_in_with_password(client, editor).status_code == 302


def test_a_person_asked_for_the_code_can_sign_out(client, editor):
    sign_in_with_password(client, editor)
    assert 'action="/admin/two-factor/sign-out/"' in client.get(TWO_FACTOR).content.decode()
    response = client.post(reverse("two_factor_sign_out"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_reset_command_removes_the_app_and_recovery_codes(client, editor):
    enrolled_app(editor)
    StaticDevice.objects.create(user=editor, name="Recovery codes")
    out = io.StringIO()
    call_command("reset_two_factor", editor.username, stdout=out)
    assert "Removed 2" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()


def test_after_a_reset_the_next_sign_in_sets_up_a_new_app(client, editor):
    enrolled_app(editor)
    call_command("reset_two_factor", editor.username, stdout=io.StringIO())
    sign_in_with_password(client, editor)
    assert 'id="two-factor-secret"' in client.get(TWO_FACTOR).content.decode()


def test_a_reset_ends_the_admin_access_of_sessions_already_signed_in(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    call_command("reset_two_factor", editor.username, stdout=io.StringIO())
    assert client.get("/admin/").status_code == 302


def test_the_reset_command_names_an_unknown_user():
    with pytest.raises(CommandError, match="no user called “nobody”"):
        call_command("reset_two_factor", "nobody")


def test_with_two_factor_off_the_admin_says_so(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED = False
    sign_in_with_password(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Two-step sign-in is off because debug is on" in response.content.decode()


def test_with_two_factor_on_the_admin_has_no_such_banner(client, editor):
    client.force_login(editor)
    assert "Two-step sign-in is off" not in client.get("/admin/").content.decode()


def test_a_draft_is_404_for_staff_without_content_rights(client):
    draft = make_condition(status="draft")
    client.force_login(make_user("helpdesk"))
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_draft_is_404_for_an_editor_who_gave_only_the_password(client, editor):
    draft = make_condition(status="draft")
    sign_in_with_password(client, editor)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_draft_shows_to_an_editor_signed_in_fully(client, editor):
    draft = make_condition(status="draft")
    client.force_login(editor)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_staff_sessions_last_twelve_hours_at_most_and_end_with_the_browser(client, editor):
    assert settings.SESSION_COOKIE_AGE == 12 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    response = sign_in_with_password(client, editor)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["expires"] == ""
    assert cookie["max-age"] == ""
    assert client.session.get_expiry_age() == 12 * 60 * 60


def test_a_code_straight_after_a_wrong_one_is_asked_again_after_a_wait(client, editor):
    device = enrolled_app(editor)
    sign_in_with_password(client, editor)
    send_code(client, "000000")
    response = send_code(client, code_for(device))
    assert response.status_code == 200
    assert "wait a few seconds" in response.content.decode()
    assert client.get("/admin/").status_code == 302
