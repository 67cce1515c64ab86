"""The Dockerfile's promises; `make prod-check` runs its steps for real."""

import re

from tests.production import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions():
    """Each instruction as (KEYWORD, arguments), continuation lines joined."""
    lines = DOCKERFILE.replace("\\\n", " ").splitlines()
    return [
        tuple(line.split(None, 1)) for line in lines if line.strip() and not line.startswith("#")
    ]


def keywords():
    return [keyword for keyword, *_ in instructions()]


def test_it_starts_from_slim_python_311():
    assert instructions()[0] == ("FROM", "python:3.11-slim")


def test_it_runs_as_a_user_that_is_not_root():
    users = [args for keyword, args in instructions() if keyword == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert keywords().index("USER") < keywords().index("CMD")


def test_dependencies_are_installed_before_the_code_is_copied():
    copies = [args for keyword, args in instructions() if keyword == "COPY"]
    assert copies[0] == "pyproject.toml ./"
    install = next(i for i, (kw, args) in enumerate(instructions()) if "pip install" in args)
    copy_code = instructions().index(("COPY", ". ."))
    assert install < copy_code


def test_static_files_are_collected_at_build():
    assert re.search(r"^RUN .*manage\.py collectstatic", DOCKERFILE, re.MULTILINE)


def test_gunicorn_runs_with_its_config_file():
    assert ("CMD", '["gunicorn", "--config", "gunicorn.conf.py"]') in instructions()


def test_the_healthcheck_probes_healthz_without_curl():
    healthcheck = next(args for keyword, args in instructions() if keyword == "HEALTHCHECK")
    assert "/healthz" in healthcheck
    assert "urllib.request" in healthcheck
    assert "curl" not in healthcheck


def test_the_stop_grace_period_covers_gunicorns_graceful_timeout():
    assert ("STOPSIGNAL", "SIGTERM") in instructions()
    grace = int(re.search(r'stop-grace-period="(\d+)s"', DOCKERFILE).group(1))
    graceful_timeout = int(re.search(
        r'graceful_timeout = int\(os.environ.get\("GUNICORN_GRACEFUL_TIMEOUT", "(\d+)"\)\)',
        (ROOT / "gunicorn.conf.py").read_text(),
    ).group(1))
    assert grace > graceful_timeout


def test_the_image_says_how_many_proxies_are_trusted_and_trusts_none_by_default():
    settings = [arguments.split() for keyword, arguments in instructions() if keyword == "ENV"]
    assert any("DJANGO_TRUSTED_PROXY_COUNT=0" in words for words in settings)
