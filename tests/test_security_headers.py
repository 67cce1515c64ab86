"""Security headers and cookies, on a public page and in the admin."""

import pytest
from django.urls import reverse

from conditions.models import Condition
from tests.production import fetch, gunicorn, production_env

pytestmark = pytest.mark.django_db

ONE_YEAR = 365 * 24 * 60 * 60


@pytest.fixture(params=["public", "admin"])
def get(request):
    """GET a reader's page, or an editor's admin change form, as that person."""
    if request.param == "public":
        path = reverse("conditions:detail", args=["it-band-syndrome"])
        http = request.getfixturevalue("client")
    else:
        condition = Condition.objects.get(slug="it-band-syndrome")
        path = reverse("admin:conditions_condition_change", args=[condition.pk])
        http = request.getfixturevalue("admin_client")

    def get(**headers):
        response = http.get(path, **headers)
        assert response.status_code == 200
        return response

    return get


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_scripts_come_only_from_the_site(get):
    csp = policy(get())
    assert csp["script-src"] == ["'self'"]
    every_source = [source for sources in csp.values() for source in sources]
    assert "'unsafe-inline'" not in every_source
    assert "'unsafe-eval'" not in every_source


def test_styles_come_only_from_the_site(get):
    assert policy(get())["style-src"] == ["'self'"]


def test_plugins_base_tags_and_framing_are_forbidden(get):
    csp = policy(get())
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]


def test_forms_post_only_to_the_site(get):
    assert policy(get())["form-action"] == ["'self'"]


def test_https_responses_tell_browsers_to_use_https_for_a_year(get):
    response = get(HTTP_X_FORWARDED_PROTO="https")
    assert response["Strict-Transport-Security"] == f"max-age={ONE_YEAR}; includeSubDomains"


def test_plain_http_responses_carry_no_hsts(get):
    assert "Strict-Transport-Security" not in get()


def test_content_types_are_not_sniffed(get):
    assert get()["X-Content-Type-Options"] == "nosniff"


def test_referrers_leave_only_the_origin_to_other_sites(get):
    assert get()["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_other_windows_cannot_reach_into_the_site(get):
    assert get()["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_site_cannot_be_framed(get):
    assert get()["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "feature", ["camera", "microphone", "geolocation", "payment", "usb", "display-capture"]
)
def test_powerful_browser_features_are_switched_off(get, feature):
    features = dict(item.strip().split("=") for item in get()["Permissions-Policy"].split(","))
    assert features[feature] == "()"


def test_error_pages_carry_the_headers_too(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert policy(response)["script-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_the_csrf_cookie_is_secure_httponly_and_same_site(client):
    cookie = client.get(reverse("admin:login")).cookies["csrftoken"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_the_session_cookie_is_secure_httponly_and_same_site(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    response = client.post(
        reverse("admin:login"), {"username": "editor", "password": "a-long-password-1"}
    )
    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_gunicorn_does_not_say_what_server_software_it_is(tmp_path):
    with gunicorn(production_env(tmp_path), tmp_path / "server.log") as url:
        status, headers, _body = fetch(url + "/healthz")
    assert status == 200
    assert headers["Server"] == "hipguide"
