"""gunicorn settings for HipGuide; `gunicorn` run from this folder reads them by itself.

Each can be changed with an environment variable, so one image serves every size of machine.
"""

import multiprocessing
import os

import gunicorn
import gunicorn.http.wsgi

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
# could carry a reader's answers, and addresses are not needed to run the site.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

# Say nothing about the server software in the Server header.
gunicorn.SERVER = gunicorn.http.wsgi.SERVER = "hipguide"
