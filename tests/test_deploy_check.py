"""Django's deployment checklist, run against the settings a production deployment gets."""

from tests.production import manage, production_env

DEPLOY_CHECK = ("check", "--deploy", "--fail-level", "WARNING")


def test_the_deployment_check_passes_with_production_settings(tmp_path):
    result = manage(production_env(tmp_path), *DEPLOY_CHECK, check=False)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deployment_check_fails_a_deployment_without_https(tmp_path):
    env = production_env(tmp_path, DJANGO_SECURE_SSL_REDIRECT="0")
    result = manage(env, *DEPLOY_CHECK, check=False)
    assert result.returncode != 0
    assert "security.W008" in result.stderr


def test_the_deployment_check_fails_with_debug_on(tmp_path):
    result = manage(production_env(tmp_path, DJANGO_DEBUG="1"), *DEPLOY_CHECK, check=False)
    assert result.returncode != 0
    assert "security.W018" in result.stderr
