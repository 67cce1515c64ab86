"""Probes for the load balancer and the orchestrator.

/healthz says the process is alive and touches neither the database nor the shared cache, so an
outage of either does not get every app server restarted. /readyz says this server can serve
pages: it is taken out of the pool while its database is unreachable. It also says whether the
shared cache answers, but stays ready without it: pages are then rendered from the database.
"""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.http import require_safe

from conditions.cache import shared_cache_is_up


@require_safe
def healthz(request):
    return probe_response("ok", 200)


@require_safe
def readyz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return probe_response("database unreachable", 503)
    if not shared_cache_is_up():
        return probe_response("ok; shared cache unreachable, pages rendered from the database", 200)
    return probe_response("ok", 200)


def probe_response(text, status):
    response = HttpResponse(text + "\n", status=status, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


class ProbeMiddleware:
    """Answers the probes before the Host header is checked or HTTPS is enforced.

    Load balancers probe each server by its address, over plain HTTP, with that address as the
    Host: CommonMiddleware would reject the host and SecurityMiddleware would redirect. Only
    these two exact paths are answered here; everything else goes through the usual checks.
    """

    probes = {"/healthz": healthz, "/readyz": readyz}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = self.probes.get(request.path_info)
        if probe is not None:
            return probe(request)
        return self.get_response(request)
