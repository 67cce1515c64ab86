"""`make loadtest` judges readers' answers from gunicorn's access log (bench/faults.py)."""

import runpy

from bench.faults import answers
from tests.production import ROOT

ACCESS_LOG_FORMAT = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["access_log_format"]


def logged(method, path, status):
    """An access log line as gunicorn.conf.py's format writes it."""
    return ACCESS_LOG_FORMAT % {
        "t": "[30/Nov/2026:17:00:00 +0000]", "m": method, "U": path, "H": "HTTP/1.1",
        "s": status, "B": "805", "M": "12",
    }


def test_each_answer_is_read_from_the_lines_gunicorn_writes():
    log = "\n".join([
        logged("POST", "/checklist/", 503),
        logged("GET", "/checklist/", 200),
        "2026-11-30 17:00:00,000 ERROR conditions.cache [- -] The database cannot be reached",
    ])
    assert answers(log)["checklist"] == {503: 1, 200: 1}


def test_reader_pages_are_counted_apart_from_the_admin_and_static_files():
    log = "\n".join(logged("GET", path, 500) for path in (
        "/", "/conditions/", "/conditions/sciatica/", "/admin/conditions/condition/6/change/",
        "/static/css/site.0123456789ab.css", "/healthz",
    ))
    counts = answers(log)
    assert counts["reader pages"] == {500: 3}
    assert counts["admin"] == {500: 1}
    assert counts["static files"] == {500: 1}
    assert counts["other"] == {500: 1}
