"""From a save to every reader: the one way content reaches a cached page.

Reader pages are rendered on a reader's first request and kept in each worker's memory under the
*content version*, a short value in the shared cache (a folder, or Redis with REDIS_URL). Any
save, delete or link change readers would see replaces it (the receivers below), so every worker
on every server renders afresh on its next request; no save renders a page. The version lists
when scheduled pages go live, so once one's time passes it changes with nothing written. Without
the shared cache, pages come from the database; the outage is logged once.
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
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotModified
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags

from conditions.models import Area, Condition, ContentModel, SiteText
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
# What every condition page needs besides its own rows. The save that starts a content version
# makes them once for every worker on every server (in the shared cache, for a day), so the
# first reader after a save runs only the page's own queries. A page going live changes neither.
SHARED_VALUES = {"site-text": SiteText.objects.current, "diagram": Area.objects.diagram}
SHARED_VALUE_LIFETIME = 24 * 60 * 60
# A 304 carries the page's headers but those that describe a body it does not have.
ENTITY_HEADERS = {"Content-Type", "Content-Length"}


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
    transaction.on_commit(lambda: new_version(committed=True), robust=True)


def new_version(committed=False):
    """Start a content version, remembering when scheduled pages go live; return it. Once the
    change is committed, make what every page needs (SHARED_VALUES) for all the workers."""
    token = uuid.uuid4().hex
    scheduled = Condition.objects.scheduled_times()
    stamp = " ".join([token, *(str(at.timestamp()) for at in scheduled)])
    shared_store("set", VERSION_KEY, stamp, None)
    for name, compute in SHARED_VALUES.items() if committed else ():
        shared_store("set", f"{name}:{token}:{build()}", compute(), SHARED_VALUE_LIFETIME)
    return stamp


# ---- The content version, read for each page ----

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

    def current(self, version):
        """The values made from `version`, forgetting any made from another or too long ago."""
        if version != self.version or time.monotonic() >= self.expires:
            self.version, self.values, self.expires = version, {}, time.monotonic() + MAX_AGE
        return self.values if version is not None else {}


memory = Memory()


def versioned(name, compute=None):
    """A value made from the content, kept until it changes: one of SHARED_VALUES by its name,
    or what `compute` makes (kept by this worker alone)."""
    version = content_version()
    values = memory.current(version)
    if ("value", name) not in values:
        values[("value", name)] = compute() if compute else shared_value(name, version)
    return values[("value", name)]


def shared_value(name, version):
    """From the shared cache, or made now and left there for the other workers."""
    key = f"{name}:{version.split('.')[0]}:{build()}" if version else None
    value = shared_store("get", key) if key else None
    if value is None:
        value = SHARED_VALUES[name]()
        if key:
            shared_store("set", key, value, SHARED_VALUE_LIFETIME)
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
        version = content_version()  # read first: a save while the page renders retires it
        response = view(request, *args, **kwargs)
        if is_personal(request):
            response["Cache-Control"] = PERSONAL
        else:
            response["Cache-Control"] = SHARED
            if version and response.status_code == 200:
                response["ETag"] = f'"{version}"'  # ConditionalGetMiddleware answers 304s
                response.content_version = version
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapped


class PageCacheMiddleware:
    """The outermost middleware: a page this worker has kept is answered before anything else
    runs, with every header the other middleware gave it when it was made.

    A page is kept under its scheme, host and path (reader pages ignore query strings), and only
    for the host as the server is reached: a made-up port gets a page rendered but never kept.
    Anything with a body, and anyone signed in, goes the whole way through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        body = request.META.get("CONTENT_LENGTH") not in (None, "", "0")
        if request.method not in ("GET", "HEAD") or body or is_personal(request):
            return self.get_response(request)
        key = page_key(request)
        # Only a path this worker has a page for pays for reading the version.
        stored = memory.current(content_version()).get(key) if key in memory.values else None
        if stored is None:
            response = self.get_response(request)
            version = getattr(response, "content_version", None)
            if not (version and key and is_shareable(request, response)):
                return response
            stored = (response.content, list(response.items()), response["ETag"])
            memory.current(version)[key] = stored
        content, headers, etag = stored
        if etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
            return HttpResponseNotModified(headers=[
                (name, value) for name, value in headers if name not in ENTITY_HEADERS
            ])
        return HttpResponse(content, headers=headers)

    def process_exception(self, request, exception):
        """With the database down, a page this worker has not kept says how to get help now."""
        if not isinstance(exception, DatabaseError):
            return None
        logger.error("The database cannot be reached: %s %s", request.method, request.path)
        site = memory.values.get(("value", "site-text")) or SiteText()
        html = render_to_string("503.html", {"site": site})
        return HttpResponse(html, status=503, headers={"Cache-Control": "no-store"})


def page_key(request):
    try:
        host = request.get_host()
    except DisallowedHost:  # refused further in, with the security headers
        return None
    port = host.rpartition(":")[2] if ":" in host.rpartition("]")[2] else ""
    if port and port != request.META.get("SERVER_PORT"):
        return None
    return ("page", request.scheme, host, request.path)


def is_shareable(request, response):
    """Only a page made for everyone, carrying no cookie or CSRF token, is kept."""
    cookies = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    return response.status_code == 200 and not response.streaming and not cookies
