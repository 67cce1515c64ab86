"""Reader pages served from a cache every worker shares, with HTTP caching headers.

The content changes a few times a week and is read all day, so a reader page is rendered once per
version of the content (when it is published: conditions/snapshots.py) and then served as stored
bytes: by each worker before Django starts work (PageCacheHandler), from the cache every worker
shares (PageCacheMiddleware), or from the database. Every save of anything readers see makes
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
from django.core.handlers.wsgi import WSGIHandler
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
    return settled_version() or _renew()


def settled_version():
    """The content version, or None if there is none yet or a scheduled page is due."""
    version, next_change = read_version()
    if version is None or (next_change is not None and next_change <= timezone.now().timestamp()):
        return None
    return f"{version}-{build()}"


def _renew():
    if read_version()[0] is None:
        return new_version()
    _publish()  # a scheduled page goes live now: this is its publication
    return content_version()


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
    """Retire every stored page now, and publish the pages when the saving transaction commits.

    Between the two, another request may render the old rows under the new version (it cannot
    see uncommitted changes); publishing starts another version, which retires whatever it
    stored. An admin save writes several rows in one transaction: they are published once.
    """
    new_version()
    connection = transaction.get_connection()
    if not any(callback is _publish for _, callback, _ in connection.run_on_commit):
        # robust: the content is saved whatever happens here; a failure is logged, and readers'
        # pages are then rendered as they ask for them.
        transaction.on_commit(_publish, robust=True)


def _publish():
    from conditions.snapshots import publish  # it renders pages with the models and views

    return publish()


def new_version():
    """Start a new content version, with no pages stored under it yet; return it."""
    from conditions.models import Condition  # the models import this module

    version = uuid.uuid4().hex
    next_change = Condition.objects.next_publication()
    write_version(version, next_change.timestamp() if next_change else None)
    return f"{version}-{build()}"


def mark_rendered(version):
    """Every reader page of this version is stored (conditions/snapshots.py). Kept as long as
    the version is, however long until the next save."""
    store().set(f"rendered:{version}", True, None)


def is_rendered(version):
    return store().get(f"rendered:{version}", False)


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
            version = getattr(request, "content_version", None) or content_version()
            etag = f'"{version}"'
            # A reader whose copy is current gets a 304 before anything is rendered; anyone
            # else gets the page as published, or if it is not stored yet, rendered now.
            response = (
                get_conditional_response(request, etag=etag)
                or stored_page(request, version)
                or view(request, *args, **kwargs)
            )
            response["ETag"] = etag
            response["Cache-Control"] = SHARED
            response.for_every_reader = response.status_code == 200
        patch_vary_headers(response, ["Cookie"])
        return response

    # How conditions/snapshots.py renders the page for storing; wraps() carries it outward.
    wrapped.render_for_readers = view
    return wrapped


def stored_page(request, version):
    from conditions.snapshots import stored_page  # it reads the models

    return stored_page(request, version)


class PageCacheMiddleware:
    """Answer readers from the page cache before sessions, CSRF and authentication run.

    Placed right after whitenoise. What it serves or stores is marked with its content version,
    for PageCacheHandler to keep in the process and answer next time before Django starts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "GET" or request.META.get("QUERY_STRING") or is_personal(request):
            return self.get_response(request)
        request.content_version = content_version()
        key = page_key(request, request.content_version)
        stored = store().get(key)
        if stored is not None:
            response = stored_response(request, *stored)
        else:
            response = self.get_response(request)
            if not is_shareable(request, response):
                return response
            store().set(key, (response.content, list(response.items())))
        if response.status_code == 200:
            response.page_cache_version = request.content_version
        return response


class PageCacheHandler(WSGIHandler):
    """Django's WSGI handler, answering a page this process has sent before Django starts work.

    A page the page cache served or stored (marked by PageCacheMiddleware) is kept here with
    the headers every middleware gave it, keyed by the content version and the request values
    its address, scheme and host are read from. The version is read on every request, so a save
    anywhere shows at once. Anything else goes to Django: other methods, query strings, signed-in
    people, conditional requests (Django answers 304), static files, and any request that must
    first start a content version or publish a page whose time has come.
    """

    limit = 500

    def __init__(self):
        super().__init__()
        self.pages = {}
        self.static_prefix = settings.STATIC_URL
        self.session_cookie = f"{settings.SESSION_COOKIE_NAME}="
        self.fields = [
            "wsgi.url_scheme", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "SCRIPT_NAME",
            "PATH_INFO", "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT",
        ]
        if settings.SECURE_PROXY_SSL_HEADER:
            self.fields.append(settings.SECURE_PROXY_SSL_HEADER[0])

    def __call__(self, environ, start_response):
        key = self.key(environ)
        version = settled_version() if key is not None else None
        stored = self.pages.get((version, key)) if version is not None else None
        if stored is not None:
            status, headers, content = stored
            start_response(status, headers)
            return [content]
        response = super().__call__(environ, start_response)
        version = getattr(response, "page_cache_version", None)
        if key is not None and version is not None:
            if len(self.pages) >= self.limit:
                self.pages = {}  # mostly pages of retired versions
            status = f"{response.status_code} {response.reason_phrase}"
            self.pages[version, key] = (status, list(response.items()), response.content)
        return response

    def key(self, environ):
        """The values a reader page's bytes depend on, or None if it must go to Django."""
        if (
            environ["REQUEST_METHOD"] != "GET"
            or environ.get("QUERY_STRING")
            or "HTTP_IF_NONE_MATCH" in environ
            or "HTTP_IF_MODIFIED_SINCE" in environ
            or self.session_cookie in environ.get("HTTP_COOKIE", "")
            or environ.get("PATH_INFO", "").startswith(self.static_prefix)
        ):
            return None
        return tuple(environ.get(field) for field in self.fields)


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
