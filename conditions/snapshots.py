"""Publish-time rendering: reader pages are rendered when their content changes, not when read.

A reader whose page is not in the page cache (the first request a server answers, or any after
the cache was emptied) is sent the page's stored rendering: one small query and no templates,
so a miss costs little more than a hit. Every reader page is rendered again, under a new content
version, when content is saved or deleted, when a scheduled page goes live, after `migrate` and
`restore`, and by `manage.py render_pages`. Until a version's pages are stored, readers' pages
are rendered as they ask for them, as before.

A page is rendered for no particular host name: its own full addresses (the canonical link, the
structured data) carry ORIGIN, which is swapped for the reader's scheme and host as it is sent,
so one rendering serves every host name the site answers to.
"""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import resolve, reverse
from django.utils import timezone

from conditions import cache
from conditions.models import Condition, Snapshot

# .invalid is reserved (RFC 2606): no real site or link an editor writes can carry it.
HOST = "rendering.hipguide.invalid"
ORIGIN = f"https://{HOST}"
# Renderings of earlier versions are kept a while, for workers still answering with them.
KEEP = datetime.timedelta(hours=1)


class RenderingRequest(HttpRequest):
    """A reader's plain GET of one page, with no reader: anonymous, no cookies, no query."""

    def __init__(self, path):
        super().__init__()
        self.method = "GET"
        self.path = self.path_info = path
        self.user = AnonymousUser()
        self.META = {"SERVER_NAME": HOST, "SERVER_PORT": "443", "HTTP_HOST": HOST}

    def get_host(self):
        return HOST

    def _get_scheme(self):
        return "https"


class NotShareable(Exception):
    """A reader page that came out different for each reader, so it cannot be stored."""


def reader_paths():
    """Every page readers may be sent from a store: the hub, the list and each condition."""
    conditions = Condition.objects.published().only("slug")
    return [
        reverse("conditions:hub"),
        reverse("conditions:list"),
        *(condition.get_absolute_url() for condition in conditions),
    ]


def render(path):
    """One reader page's HTML, made by its own view exactly as for a reader with no cookies."""
    request = RenderingRequest(path)
    request.resolver_match = match = resolve(path)
    response = match.func.render_for_readers(request, *match.args, **match.kwargs)
    if (
        response.status_code != 200
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # it holds a CSRF token
    ):
        raise NotShareable(f"{path} answered {response.status_code} or set a cookie or token")
    return response.content.decode(response.charset)


def publish():
    """Render every reader page under a new content version, then let readers be sent them.

    The new version is taken first, so everything rendered here (and any page a reader is sent
    meanwhile) is made from the content as it is now; the pages are marked ready only once all
    of them are stored, so a reader never meets a version with half its pages.
    """
    version = cache.new_version()
    pages = [Snapshot(version=version, path=path, html=render(path)) for path in reader_paths()]
    with transaction.atomic():
        Snapshot.objects.bulk_create(pages, ignore_conflicts=True)
        Snapshot.objects.filter(rendered__lt=timezone.now() - KEEP).exclude(
            version=version
        ).delete()
    cache.mark_rendered(version)
    return len(pages)


def stored_page(request, version):
    """The page's stored rendering for this content version, or None if there is none yet."""
    # The mark, read from the page cache, spares the query while a version is not yet rendered,
    # so a page rendered for its reader still costs its three queries and no more.
    if not cache.is_rendered(version):
        return None
    html = Snapshot.objects.html(version, request.path)
    if html is None:
        return None
    return HttpResponse(html.replace(ORIGIN, f"{request.scheme}://{request.get_host()}"))


def publish_or_explain(command):
    """publish() for commands that change content by other means than save() (migrate,
    restore): if the pages cannot be rendered yet (in production, before collectstatic), say so
    and go on. The new content version is taken first either way, so cached pages are retired,
    and readers' pages are rendered as they ask for them."""
    try:
        count = publish()
    except Exception as error:  # noqa: BLE001 - the command's own work has succeeded
        command.stderr.write(
            f"Reader pages were not rendered ahead ({error}). They are rendered as readers ask "
            "for them until `python manage.py render_pages` succeeds."
        )
        return
    if getattr(command, "verbosity", 1):  # migrate has it; restore always reports
        command.stdout.write(f"Rendered {count} reader pages.")
