import datetime

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from conditions import views
from conditions.models import (
    CareAdvice,
    Condition,
    PendingChange,
    Reference,
    SiteText,
    WarningSign,
)


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Serve static files the way production does: hashed, compressed, from STATIC_ROOT."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture(scope="session", autouse=True)
def page_cache_folder(tmp_path_factory):
    """Cached pages go to a folder of the test run's own, never a local site's."""
    pages = settings.CACHES["pages"]
    if not pages["BACKEND"].endswith("FileBasedCache"):
        yield
        return
    folder = str(tmp_path_factory.mktemp("page-cache"))
    with override_settings(CACHES={**settings.CACHES, "pages": {**pages, "LOCATION": folder}}):
        yield folder


@pytest.fixture(autouse=True)
def empty_cache():
    """Tests roll the database back; the caches must not remember what they wrote."""
    cache.clear()
    caches["pages"].clear()
    yield
    cache.clear()
    caches["pages"].clear()


def make_condition(**fields):
    today = timezone.localdate()
    defaults = {
        "title": "Test condition",
        "slug": f"test-condition-{Condition.objects.count()}",
        "summary": "A short summary.",
        "where_it_hurts": "The side of your hip",
        "body": "## Overview\n\nSome text.",
        "status": Condition.Status.PUBLISHED,
        "publish_at": timezone.now() - datetime.timedelta(days=1),
        "order": 1000,
        "last_reviewed": today,
        "next_review_due": today + datetime.timedelta(days=365),
    }
    return Condition.objects.create(**{**defaults, **fields})


def make_reference(condition, **fields):
    defaults = {"title": "A page", "publisher": "NHS", "url": "https://www.nhs.uk/"}
    return Reference.objects.create(condition=condition, **{**defaults, **fields})


def make_warning_sign(tier="urgent", conditions=(), **fields):
    defaults = {"sign": "A test warning sign", "why_it_matters": "Because it matters."}
    flag = WarningSign.objects.create(tier=CareAdvice.objects.get(tier=tier), **{**defaults, **fields})
    flag.conditions.set(conditions)
    return flag


def approve_pending(obj):
    """A clinical reviewer approves the change awaiting review on `obj`, for tests about what
    follows once an editor's save reaches readers."""
    from django.contrib.auth.models import User

    from tests.users import make_reviewer

    approver = User.objects.filter(username="approver").first() or make_reviewer("approver")
    PendingChange.objects.open_for(obj).approve(approver)


def pending_value(obj, field):
    """The value of `field` in the change awaiting review on `obj`."""
    return PendingChange.objects.open_for(obj).values[field]


def site_text():
    return SiteText.objects.get()


@pytest.fixture
def seeded_condition(db):
    return Condition.objects.get(slug="it-band-syndrome")


@pytest.fixture
def renders(monkeypatch):
    """Counts the pages the reader views render; a page served from the cache adds none."""
    rendered = []
    real_render = views.render

    def counting_render(request, template, context):
        rendered.append(request.path)
        return real_render(request, template, context)

    monkeypatch.setattr(views, "render", counting_render)
    return rendered
