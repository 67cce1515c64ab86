"""The Editors group: exactly the rights to manage content, nothing over users or rights."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from conditions.models import Condition
from tests.admin_forms import form_data
from tests.conftest import approve_pending
from tests.users import make_editor

pytestmark = pytest.mark.django_db

CONTENT = [
    "condition", "reference", "warningsign", "careadvice", "sitetext",
    "area", "factor", "conditionarea", "conditionfactor",
]


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_editor())
    return client


def test_the_editors_group_has_exactly_the_content_permissions():
    permissions = Group.objects.get(name="Editors").permissions.all()
    granted = {(p.content_type.app_label, p.codename) for p in permissions}
    expected = {
        *(("conditions", f"{action}_{model}")
          for model in CONTENT for action in ("add", "change", "delete", "view")),
        *(("conditions", f"view_historical{model}") for model in CONTENT),
        ("conditions", "view_pendingchange"),
        # The writing help's glossary: editor help, with no history.
        *(("conditions", f"{action}_glossaryterm")
          for action in ("add", "change", "delete", "view")),
    }
    assert granted == expected


def test_editors_can_edit_a_condition(editor, client):
    condition = Condition.objects.get(slug="sciatica")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    data = {**form_data(editor.get(url)), "summary": "A new summary from an editor."}
    assert editor.post(url, data).status_code == 302
    approve_pending(condition)
    assert "A new summary from an editor." in client.get(condition.get_absolute_url()).content.decode()


def test_editors_can_restore_a_revision(editor):
    condition = Condition.objects.get(slug="sciatica")
    url = reverse("admin:conditions_condition_change", args=[condition.pk])
    editor.post(url, {**form_data(editor.get(url)), "title": "First"})
    approve_pending(condition)
    editor.post(url, {**form_data(editor.get(url)), "title": "Second"})
    approve_pending(condition)
    first = Condition.history.get(id=condition.pk, title="First")
    restore = reverse("admin:conditions_condition_simple_history", args=[condition.pk, first.pk])
    assert editor.post(restore, form_data(editor.get(restore))).status_code == 302
    approve_pending(condition)
    condition.refresh_from_db()
    assert condition.title == "First"


@pytest.mark.parametrize("url", [
    reverse("admin:auth_user_changelist"),
    reverse("admin:auth_user_add"),
    reverse("admin:auth_group_changelist"),
])
def test_editors_cannot_open_the_user_or_group_admin(editor, url):
    assert editor.get(url).status_code == 403


def test_the_admin_front_page_shows_editors_only_content(editor):
    html = editor.get(reverse("admin:index")).content.decode()
    assert reverse("admin:conditions_condition_changelist") in html
    assert reverse("admin:auth_user_changelist") not in html
