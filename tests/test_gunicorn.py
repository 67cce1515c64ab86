"""gunicorn.conf.py: sized from the machine, patient on shutdown, quiet about readers."""

import multiprocessing
import re
import runpy
from pathlib import Path

import pytest

from tests.production import ROOT
from tools.production_site import Server, environment, server_command


@pytest.fixture
def config(monkeypatch):
    def load(**env):
        for name in ("GUNICORN_WORKERS", "GUNICORN_GRACEFUL_TIMEOUT", "GUNICORN_MAX_REQUESTS",
                     "FORWARDED_ALLOW_IPS", "PORT"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    return load


def test_workers_follow_the_cpu_count(config):
    assert config()["workers"] == 2 * multiprocessing.cpu_count() + 1


def test_workers_can_be_set_by_the_environment(config):
    assert config(GUNICORN_WORKERS="3")["workers"] == 3


def test_workers_are_recycled_rarely_enough_that_starting_them_costs_little(config):
    assert config()["max_requests"] == 20000
    assert config(GUNICORN_MAX_REQUESTS="0")["max_requests"] == 0  # never


def test_requests_in_progress_get_time_to_finish_on_shutdown(config):
    settings = config()
    assert settings["graceful_timeout"] == 25
    assert settings["timeout"] == 30


def test_only_the_proxy_is_trusted_for_forwarded_headers_by_default(config):
    assert config()["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config(FORWARDED_ALLOW_IPS="10.0.0.2")["forwarded_allow_ips"] == "10.0.0.2"


def test_the_access_log_has_the_path_without_query_string_or_referrer(config):
    log_format = config()["access_log_format"]
    assert "%(U)s" in log_format
    for leaky in ("%(r)s", "%(q)s", "%(f)s", "%(h)s"):
        assert leaky not in log_format


def test_logs_go_to_stdout_and_stderr(config):
    settings = config()
    assert (settings["accesslog"], settings["errorlog"]) == ("-", "-")


def test_it_listens_on_the_port_the_platform_gives(config):
    assert config(PORT="9000")["bind"] == "0.0.0.0:9000"


def test_the_access_log_records_no_sizes(config):
    """A checklist result's size would tell its answers apart (issue 12, point 3)."""
    log_format = config()["access_log_format"]
    for size in ("%(b)s", "%(B)s", "{content-length}", "{Content-Length}"):
        assert size not in log_format


def test_production_like_servers_run_the_dockerfiles_command():
    assert server_command("/venv/bin/python") == [
        "/venv/bin/python", "-m", "gunicorn", "--config", "gunicorn.conf.py"
    ]


def test_nothing_but_the_one_production_like_server_starts_gunicorn():
    # `python -m gunicorn`, or a gunicorn command line handed to Popen.
    starting = re.compile(r'"-m",\s*"gunicorn"|Popen\(\s*\[\s*"gunicorn"')
    starters = [
        path.relative_to(ROOT).as_posix()
        for folder in ("tests", "tools", "bench", "scripts")
        for path in (ROOT / folder).rglob("*.py")
        if path != Path(__file__) and starting.search(path.read_text())
    ]
    assert starters == ["tools/production_site.py"]


def test_a_throwaway_site_ignores_the_callers_deployment_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("GUNICORN_WORKER_CLASS", "gevent")
    monkeypatch.setenv("DJANGO_DEBUG", "1")
    monkeypatch.setenv("REDIS_URL", "redis://elsewhere:6379/0")
    env = environment(tmp_path, GUNICORN_WORKERS=2)
    assert "GUNICORN_WORKER_CLASS" not in env
    assert "DJANGO_DEBUG" not in env
    assert "REDIS_URL" not in env
    assert env["GUNICORN_WORKERS"] == "2"
    assert env["DATABASE_URL"] == f"sqlite:///{tmp_path / 'db.sqlite3'}"


def test_a_production_like_server_is_placed_only_through_gunicorn_conf(tmp_path):
    server = Server(environment(tmp_path), tmp_path / "server.log", port=8123)
    assert server.env["GUNICORN_BIND"] == "127.0.0.1:8123"
    assert server.url == "http://127.0.0.1:8123"
