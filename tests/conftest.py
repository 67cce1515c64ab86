import datetime
import os
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from conditions import views
from conditions.cache import SHARED_VALUES, versioned
from conditions.models import (
    Area,
    CareAdvice,
    Condition,
    ConditionArea,
    ConditionFactor,
    Factor,
    PendingChange,
    Reference,
    SiteText,
    WarningSign,
)
from conditions.models.condition import SECTIONS
from tests.users import give_second_factor, make_editor, make_reviewer

# The suite runs in two processes (pytest-xdist), each taking whole test files in turn, so a
# process may run database tests after a browser test. Playwright's sync API leaves an event loop
# set in the test thread once it has started, and Django would then refuse database calls as if
# they came from async code. Nothing in these tests runs concurrently in that thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# nginx in front of a stand-in for HipGuide, for the nginx tests.
pytest_plugins = ["tests.nginx_site"]


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Serve static files the way production does: hashed, compressed, from STATIC_ROOT."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture(scope="session", autouse=True)
def shared_cache_folder(tmp_path_factory):
    """The shared cache is a folder of the test run's own, never a local site's."""
    shared = settings.CACHES["default"]
    if not shared["BACKEND"].endswith("FileBasedCache"):
        yield
        return
    folder = str(tmp_path_factory.mktemp("shared-cache"))
    with override_settings(CACHES={"default": {**shared, "LOCATION": folder}}):
        yield folder


@pytest.fixture(autouse=True)
def force_login_gives_the_second_factor(monkeypatch):
    """`client.force_login(staff)` (and pytest-django's admin_client) stands for a whole sign-in,
    both steps. Tests of the steps themselves post the forms instead."""
    real_force_login = Client.force_login

    def force_login(self, user, backend=None):
        real_force_login(self, user, backend)
        if user.is_staff:
            give_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def empty_cache():
    """Tests roll the database back; the shared cache must not remember what they wrote."""
    cache.clear()
    yield
    cache.clear()


def make_condition(**fields):
    today = timezone.localdate()
    defaults = {
        "title": "Test condition",
        "slug": f"test-condition-{Condition.objects.count()}",
        "summary": "A short summary.",
        "where_it_hurts": "The side of your hip",
        **{name: f"Some text about {name.replace('_', ' ')}." for name in SECTIONS},
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
    defaults = {
        "sign": "A test warning sign",
        "why_it_matters": "Because it matters.",
        "source_title": "NHS: Hip pain in adults",
        "source_url": "https://www.nhs.uk/symptoms/hip-pain/",
    }
    flag = WarningSign.objects.create(tier=CareAdvice.objects.get(tier=tier), **{**defaults, **fields})
    flag.conditions.set(conditions)
    return flag


def answer(client, data, path="/checklist/"):
    """Send a reader's form (the checklist's, or another's at `path`) as a browser does,
    urlencoded: outside the admin, nothing else is accepted."""
    return client.post(path, urlencode(data, doseq=True),
                       content_type="application/x-www-form-urlencoded")


def make_area(**fields):
    defaults = {
        "name": "Test area", "you_said": "the test area", "slug": f"area-{Area.objects.count()}",
        "view": "front", "centre_x": 60, "centre_y": 100, "width": 20, "height": 20, "order": 100,
    }
    return Area.objects.create(**{**defaults, **fields})


def make_factor(**fields):
    defaults = {"name": "A test factor", "you_said": "a test factor", "order": 100}
    return Factor.objects.create(**{**defaults, **fields})


def link(condition, choice, fit="typical", **fields):
    """Link an area or a factor to a condition, as editors do in the admin."""
    model, field = (ConditionArea, "area") if isinstance(choice, Area) else (
        ConditionFactor, "factor"
    )
    defaults = {
        "reason": "A test reason.", "reference_title": "NHS: A page",
        "reference_url": "https://www.nhs.uk/",
    }
    return model.objects.create(
        condition=condition, fit=fit, **{field: choice}, **{**defaults, **fields}
    )


def area(slug):
    return Area.objects.get(slug=slug)


def factor(name):
    return Factor.objects.get(name=name)


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


def read_site_text():
    """Each worker reads the site texts once per content version, for every page after."""
    return versioned("site-text")


def read_shared_values():
    """What every condition page shares (the site texts, the body diagram, the reading order),
    read as each worker does once per content version, so a test counts only a page's own."""
    for name in SHARED_VALUES:
        versioned(name)


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


# Signed-in clients for the clinical sign-off tests: an editor, a clinical reviewer, and a
# warning sign for them to change.
def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return signed_in(make_editor())


@pytest.fixture
def reviewer():
    return signed_in(make_reviewer())


@pytest.fixture
def sign():
    return make_warning_sign(tier="soon", sign="My hip clicks when I run")
