"""Reader pages served from a cache every worker shares, with HTTP caching headers.

The content changes a few times a week and is read all day, so a reader page is rendered once per
version of the content and then served as stored bytes. Every save of anything readers see makes
a new content version (ContentModel, in conditions/models/content.py); the version is part of
every page's cache key and ETag, so one write retires every stored page and validator at once,
in every worker and on every server sharing the cache, without having to find them. A deploy
that changes the code, templates or stylesheet starts a new namespace the same way (build()).
"""

import hashlib
import os
import tempfile
import uuid
from functools import cache, lru_cache, wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers

CACHE_ALIAS = "pages"
VERSION_KEY = "content-version"
# Browsers keep a page briefly; a proxy longer, revalidating with the ETag (a cheap 304).
SHARED = "public, max-age=60, s-maxage=600, stale-while-revalidate=60"
# Someone signed in may see drafts: nothing shared may keep what they get.
PERSONAL = "private, no-cache"


def store():
    return caches[CACHE_ALIAS]


def content_version():
    """The version of what readers see: the content's, renewed when a scheduled page goes live,
    and the build's."""
    version, next_change = read_version()
    if version is None or (next_change is not None and next_change <= timezone.now().timestamp()):
        version = _new_version()
    return f"{version}-{build()}"


def read_version():
    """(version, when a scheduled page goes live as a Unix time, or None); (None, None) if unset.

    Read on every request, so with the cache in a folder it is a small file of its own: one
    read, no unpickling. A new version replaces the file whole, so readers see the old one or
    the new one, never a mix.
    """
    stamp = _stamp_file(*_backend())
    if stamp is None:
        return store().get(VERSION_KEY) or (None, None)
    try:
        descriptor = os.open(stamp, os.O_RDONLY)  # a third of the cost of open()
    except FileNotFoundError:
        return None, None
    try:
        version, _, next_change = os.read(descriptor, 256).decode().partition(" ")
    finally:
        os.close(descriptor)
    return version or None, float(next_change) if next_change else None


def write_version(version, next_change):
    stamp = _stamp_file(*_backend())
    if stamp is None:
        store().set(VERSION_KEY, (version, next_change), None)
        return
    folder = os.path.dirname(stamp)
    os.makedirs(folder, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".content-version-")
    with os.fdopen(descriptor, "w") as file:
        file.write(f"{version} {next_change or ''}")
    os.replace(temporary, stamp)


def _backend():
    pages = settings.CACHES[CACHE_ALIAS]
    return pages["BACKEND"], str(pages.get("LOCATION", ""))


@lru_cache(maxsize=8)
def _stamp_file(backend, location):
    if backend.endswith("FileBasedCache"):
        # Named like the cache's own files, so clearing the cache clears the version too.
        return os.path.join(location, f"{VERSION_KEY}.djcache")
    return None


@cache
def build():
    """A digest of the code, templates and static manifest that shape every page."""
    digest = hashlib.blake2b(digest_size=6)
    base = Path(settings.BASE_DIR)
    for folder in ("templates", "conditions", "hipguide"):
        for path in sorted((base / folder).rglob("*")):
            if path.suffix in {".py", ".html"} and path.is_file():
                digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


def content_changed():
    """Retire every stored page: now, and again when the saving transaction commits.

    Between the two, another request may render the old rows under the new version (it cannot
    see uncommitted changes); the second version retires whatever it stored.
    """
    _new_version()
    transaction.on_commit(_new_version)


def _new_version():
    from conditions.models import Condition  # the models import this module

    version = uuid.uuid4().hex
    next_change = Condition.objects.next_publication()
    write_version(version, next_change.timestamp() if next_change else None)
    return version


def versioned(name, compute):
    """A value made from the content, kept until the content next changes."""
    key = f"{name}:{content_version()}"
    value = store().get(key)
    if value is None:
        value = compute()
        store().set(key, value)
    return value


def is_personal(request):
    """Signed-in people (staff previewing drafts) carry a session cookie; readers do not."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def reader_page(view):
    """Mark a view's page as the same for every reader, so caches may keep and reuse it."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if is_personal(request):
            response = view(request, *args, **kwargs)
            response["Cache-Control"] = PERSONAL
        else:
            etag = f'"{getattr(request, "content_version", None) or content_version()}"'
            # A reader whose copy is current gets a 304 before anything is rendered.
            response = get_conditional_response(request, etag=etag) or view(
                request, *args, **kwargs
            )
            response["ETag"] = etag
            response["Cache-Control"] = SHARED
            response.for_every_reader = response.status_code == 200
        patch_vary_headers(response, ["Cookie"])
        return response

    return wrapped


class PageCacheMiddleware:
    """Answer readers from the page cache before sessions, CSRF and authentication run.

    Placed right after whitenoise, so a stored page costs about what a static file does. Each
    process also keeps the pages it has served in memory, under the same versioned keys: the
    version is still read from the shared cache on every request, so a save elsewhere is seen at
    once, and only the copy of the unchanged bytes is local.
    """

    local_limit = 500

    def __init__(self, get_response):
        self.get_response = get_response
        self.local = {}

    def __call__(self, request):
        if request.method != "GET" or request.META.get("QUERY_STRING") or is_personal(request):
            return self.get_response(request)
        request.content_version = content_version()
        key = page_key(request, request.content_version)
        stored = self.local.get(key) or store().get(key)
        if stored is not None:
            self.keep_locally(key, stored)
            return stored_response(request, *stored)
        response = self.get_response(request)
        if is_shareable(request, response):
            stored = (response.content, list(response.items()))
            store().set(key, stored)
            self.keep_locally(key, stored)
        return response

    def keep_locally(self, key, stored):
        if key not in self.local:
            if len(self.local) >= self.local_limit:
                self.local = {}  # mostly pages of retired versions
            self.local[key] = stored


def page_key(request, version):
    # The page shows its own full address, so the scheme and host are part of the key.
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return f"page:{version}:{hashlib.blake2b(address.encode(), digest_size=16).hexdigest()}"


def stored_response(request, content, headers):
    response = HttpResponse(content, headers=headers)
    if "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META:
        return get_conditional_response(request, etag=response["ETag"], response=response)
    return response


def is_shareable(request, response):
    """Only a reader page made for everyone, carrying no cookie or CSRF token, is kept."""
    return (
        getattr(response, "for_every_reader", False)
        and not response.streaming
        and not response.cookies
        and not response.has_header("Set-Cookie")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )
