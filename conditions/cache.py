"""From a save to every reader: the one way content reaches a cached page.

Reader pages are rendered on a reader's first request and kept in each worker's memory under the
*content version*, a short value in the shared cache (a folder, or Redis with REDIS_URL) read on
every request. Any save, delete or link change readers would see replaces it (the receivers
below), so every worker on every server renders afresh on its next request; no save renders a
page. The version lists when scheduled pages go live, so once one's time passes readers compute a
new version with nothing written and no more work than an ordinary miss. Without the shared
cache, pages come from the database; the outage is logged once.
"""

import contextlib
import hashlib
import logging
import time
import uuid
from functools import cache, wraps
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.core.cache import cache as shared_cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from conditions.models import Condition, ContentModel, SiteText
from conditions.models.content import content_updated

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
# Browsers check back every time (a cheap 304 while nothing changed); a proxy or CDN keeps a
# page four seconds (nginx counts whole seconds), so an edit reaches readers within five.
SHARED = "public, max-age=0, s-maxage=4"
# Someone signed in may see drafts: nothing shared may keep what they get.
PERSONAL = "private, no-cache"
# After the shared cache fails, how long to render from the database before trying it again.
RETRY_AFTER = 5
# A worker forgets what it made after a minute, whatever the version says: a save it could not
# announce (its worker was cut off from the shared cache) shows everywhere within a minute.
MAX_AGE = 60


# ---- Publishing: the one place that hears about every change readers would see ----

@receiver(post_save, dispatch_uid="publish-on-save")
@receiver(post_delete, dispatch_uid="publish-on-delete")
@receiver(content_updated, dispatch_uid="publish-on-update")
def content_saved(sender, **kwargs):
    if issubclass(sender, ContentModel):
        publish()


@receiver(m2m_changed, dispatch_uid="publish-on-link")
def links_changed(sender, instance, action, **kwargs):
    if isinstance(instance, ContentModel) and action.startswith("post_"):
        publish()


@receiver(post_migrate, dispatch_uid="publish-on-migrate")
def migrated(sender, **kwargs):
    """Data migrations, `flush` and `restore` change rows without the models' signals (and
    a database migrated back to before the content tables has nothing for readers)."""
    with contextlib.suppress(DatabaseError):
        publish()


def publish():
    """Retire every page now (for the rest of this transaction), and again once it commits:
    a reader in between renders the rows as they were and keeps that page under the new version."""
    new_version()
    transaction.on_commit(new_version, robust=True)


def new_version():
    """Start a content version, remembering when scheduled pages go live; return it."""
    scheduled = Condition.objects.scheduled_times()
    stamp = " ".join([uuid.uuid4().hex, *(str(at.timestamp()) for at in scheduled)])
    shared_store("set", VERSION_KEY, stamp, None)
    return stamp


# ---- The content version, read on every request ----

def content_version():
    """What readers' pages are made from now, or None when the shared cache is unreachable."""
    stamp = shared_store("get", VERSION_KEY)
    with contextlib.suppress(DatabaseError):
        if stamp is None and _health["ok"]:
            stamp = new_version()  # a cache that was emptied: start again
    if stamp is None:
        return None
    token, *scheduled = stamp.split(" ")
    gone_live = sum(float(at) <= timezone.now().timestamp() for at in scheduled)
    return f"{token}.{gone_live}.{build()}"


_health = {"ok": True, "retry_at": 0.0}


def shared_store(method, *args):
    """The shared cache, or None while it cannot be reached (logged once per outage)."""
    if not _health["ok"] and time.monotonic() < _health["retry_at"]:
        return None
    try:
        value = getattr(shared_cache, method)(*args)
    except Exception:  # noqa: BLE001 - any backend's failure: readers are served from the database
        if _health["ok"]:
            logger.exception("The shared cache cannot be reached; rendering from the database")
        _health.update(ok=False, retry_at=time.monotonic() + RETRY_AFTER)
        return None
    if not _health["ok"]:
        _health["ok"] = True
        logger.warning("The shared cache is back; starting a new content version")
        new_version()  # saves made meanwhile could not retire the pages
    return value


def shared_cache_is_up():
    return shared_store("get", VERSION_KEY) is not None or _health["ok"]


@cache
def build():
    """A digest of the code, templates and static files, so a deploy starts a new version."""
    digest = hashlib.blake2b(digest_size=6)
    base = Path(settings.BASE_DIR)
    for folder in ("templates", "conditions", "hipguide"):
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in {".py", ".html"} and path.is_file():
                digest.update(path.read_bytes())
    if (manifest := Path(settings.STATIC_ROOT) / "staticfiles.json").is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


# ---- Each worker's memory: pages and values made from one content version ----

class Memory:
    """What this process has made from the current content version; emptied when it changes."""

    version, values, expires = None, {}, 0.0

    def get(self, version, key):
        if version != self.version or time.monotonic() >= self.expires:
            self.version, self.values, self.expires = version, {}, time.monotonic() + MAX_AGE
        return self.values.get(key)

    def set(self, version, key, value):
        if version is not None and version == self.version:
            self.values[key] = value


memory = Memory()


def versioned(name, compute):
    """A value made from the content (the site texts, say), kept until the content changes."""
    version = content_version()
    value = memory.get(version, ("value", name))
    if value is None:
        value = compute()
        memory.set(version, ("value", name), value)
    return value


# ---- Reader pages ----

def is_personal(request):
    """Someone signed in (staff previewing drafts); a cookie of no live session is a reader's."""
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    try:
        return "_auth_user_id" in store.load()
    except Exception:  # noqa: BLE001 - no session can be read, so nobody is signed in
        return False


def reader_page(view):
    """Mark a view's page as the same for every reader, so caches may keep and reuse it."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if is_personal(request):
            response["Cache-Control"] = PERSONAL
        else:
            response["Cache-Control"] = SHARED
            response.for_every_reader = response.status_code == 200
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapped


class PageCacheMiddleware:
    """Answer readers from this worker's memory before sessions, CSRF checks and sign-in run.

    A page is kept under its scheme, host and path (reader pages ignore query strings), and only
    for the host as the server is reached: a made-up port gets a page rendered but never kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or is_personal(request):
            return self.get_response(request)
        version = content_version()
        key = page_key(request)
        stored = memory.get(version, key) if key and version else None
        if stored is not None:
            response = HttpResponse(stored[0], headers=stored[1])
        else:
            response = self.get_response(request)
            if version and getattr(response, "for_every_reader", False):
                response["ETag"] = f'"{version}"'
                if key and is_shareable(request, response):
                    memory.set(version, key, (response.content, list(response.items())))
        # ConditionalGetMiddleware, outside this one, answers 304 to a reader whose copy is current.
        return response

    def process_exception(self, request, exception):
        """With the database down, a page this worker has not kept says how to get help now."""
        if not isinstance(exception, DatabaseError):
            return None
        logger.error("The database cannot be reached: %s %s", request.method, request.path)
        site = memory.values.get(("value", "site-text")) or SiteText()
        html = render_to_string("503.html", {"site": site})
        return HttpResponse(html, status=503, headers={"Cache-Control": "no-store"})


def page_key(request):
    host = request.get_host()  # refuses hosts that are not allowed
    port = host.rpartition(":")[2] if ":" in host.rpartition("]")[2] else ""
    if port and port != request.META.get("SERVER_PORT"):
        return None
    return ("page", request.scheme, host, request.path)


def is_shareable(request, response):
    """Only a page made for everyone, carrying no cookie or CSRF token, is kept."""
    cookies = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    return response.status_code == 200 and not response.streaming and not cookies
