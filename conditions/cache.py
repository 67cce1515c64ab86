"""From a save to every reader: the one way content reaches a cached page.

Reader pages are rendered on a reader's first request and kept in each worker's memory under the
*content version*, a short value in the shared cache (a folder, or Redis with REDIS_URL) that any
change readers would see replaces (the receivers below). It lists when scheduled pages go live,
so it changes then too, with nothing written. Without the shared cache, pages come from the
database; the outage is logged once."""

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
_health = {"ok": True, "retry_at": 0.0}  # of the shared cache, in this process

VERSION_KEY = "content-version"  # in the shared cache
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
# What every condition page needs besides its own rows: the change that starts a content version
# makes them once for every worker (in the shared cache, for a day), so the first reader after
# it runs only the page's own queries. A page going live changes none of them.
SHARED_VALUES = {"site-text": SiteText.objects.current, "diagram": Area.objects.diagram,
                 "reading-order": Condition.objects.reading_order}
SHARED_VALUE_LIFETIME = 24 * 60 * 60


@receiver(post_save, dispatch_uid="publish-on-save")
@receiver(post_delete, dispatch_uid="publish-on-delete")
@receiver(m2m_changed, dispatch_uid="publish-on-link")
@receiver(content_updated, dispatch_uid="publish-on-update")
def content_changed(sender, instance=None, action="post_", **kwargs):
    """A save, a delete, a link change once made, or a bulk update, of anything readers see."""
    model = sender if instance is None else type(instance)
    if issubclass(model, ContentModel) and action.startswith("post_"):
        publish()


@receiver(post_migrate, dispatch_uid="publish-on-migrate")
def migrated(sender, **kwargs):
    """Data migrations, `flush` and `restore` change rows without the models' signals."""
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
    folders = [Path(settings.BASE_DIR) / name for name in ("templates", "conditions", "hipguide")]
    for path in sorted(path for folder in folders for path in folder.rglob("*.*")):
        if path.suffix in {".py", ".html"} and path.is_file():
            digest.update(path.read_bytes())
    if (manifest := Path(settings.STATIC_ROOT) / "staticfiles.json").is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


class Memory:
    """What this process made from one version; `current` forgets it for another, or in time."""

    version, values, expires = None, {}, 0.0

    def current(self, version):
        if version != self.version or time.monotonic() >= self.expires:
            self.version, self.values, self.expires = version, {}, time.monotonic() + MAX_AGE
        return self.values if version is not None else {}


memory = Memory()


def versioned(name, compute=None):
    """A value made from the content, kept until it changes: what `compute` makes, kept by this
    worker, or one of SHARED_VALUES by its name, from the shared cache (or made and left there)."""
    values = memory.current(version := content_version())
    if ("value", name) not in values:
        key = f"{name}:{version.split('.')[0]}:{build()}" if version and not compute else None
        value = shared_store("get", key) if key else None
        if value is None:
            value = (compute or SHARED_VALUES[name])()
            if key:
                shared_store("set", key, value, SHARED_VALUE_LIFETIME)
        values[("value", name)] = value
    return values[("value", name)]


def is_personal(request):
    """Someone signed in (staff previewing drafts); a cookie of no live session is a reader's."""
    if not (key := request.COOKIES.get(settings.SESSION_COOKIE_NAME)):
        return False
    try:
        return "_auth_user_id" in import_module(settings.SESSION_ENGINE).SessionStore(key).load()
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
    runs, with every header the others gave it when it was made. Kept under its scheme, host and
    path (reader pages ignore query strings), and only for the host as the server is reached: a
    made-up port gets a page rendered but never kept. A body, or anyone signed in, goes through."""

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
            # Only a page made for everyone, carrying no cookie or CSRF token, is kept.
            cookies = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            if not version or not key or response.streaming or cookies:
                return response
            stored = (response.content, list(response.items()), response["ETag"])
            memory.current(version)[key] = stored
        content, headers, etag = stored
        if etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
            # The page's headers, but for those that describe a body a 304 does not have.
            entity = {"Content-Type", "Content-Length"}
            return HttpResponseNotModified(headers=[h for h in headers if h[0] not in entity])
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

