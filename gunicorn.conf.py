"""gunicorn settings for HipGuide; `gunicorn` run from this folder reads them by itself.

Each can be changed with an environment variable, so one image serves every size of machine.
"""

import multiprocessing
import os
import re
import sys

import gunicorn
import gunicorn.http.wsgi
from gunicorn.glogging import Logger

# The log escaping is the app's own (hipguide/logs.py), wherever gunicorn is started from.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hipguide.logs import OneLineFilter, escape  # noqa: E402

wsgi_app = "hipguide.wsgi"
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")

# Pages are short database reads: two workers a core keeps the cores busy while others wait.
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A worker silent this long is restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, requests in progress get this long to finish. The orchestrator must wait at least
# this long before it kills the container (Docker: --stop-timeout; Kubernetes:
# terminationGracePeriodSeconds).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "25"))
keepalive = 5
# Recycle workers now and then so a slow leak never grows. Not too often: a new worker costs
# about half a second of CPU to start, as much as a couple of thousand cached pages, and at
# 2,000 requests a busy server was replacing a worker every few seconds (bench/results.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10

# One proxy (the load balancer) in front, terminating HTTPS: gunicorn trusts its forwarded
# headers. Set FORWARDED_ALLOW_IPS to its address; "*" where only the proxy can reach this port.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log to stdout, errors to stderr. Method and path only: a query string or a referrer
# could carry a reader's answers, and addresses are not needed to run the site. No sizes either:
# a checklist result's size could tell its answers apart (conditions/padding.py).
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(M)sms'


class HipGuideLogger(Logger):
    """gunicorn's logger, with nothing from a request able to start a line of its own.

    A path such as /nope%0a2026-11-30 15:31:00,000 ERROR forged is written with \\n, not a new
    line, in the access log; the error log's messages are escaped the same way.
    """

    ATOMS = re.findall(r"%\((\w+)\)s", access_log_format)

    def setup(self, cfg):
        super().setup(cfg)
        self.error_log.addFilter(OneLineFilter())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        # WSGI hands over the path's bytes read as Latin-1; show it as the UTF-8 it was.
        atoms["U"] = environ.get("PATH_INFO", "").encode("latin-1").decode(
            "utf-8", "backslashreplace"
        )
        for name in self.ATOMS:
            if isinstance(atoms[name], str):
                atoms[name] = escape(atoms[name])
        return atoms


logger_class = HipGuideLogger

# Say nothing about the server software in the Server header.
gunicorn.SERVER = gunicorn.http.wsgi.SERVER = "hipguide"
