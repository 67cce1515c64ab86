"""The Markdown editor's preview and upload answer editors only."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from conditions.markdown import render
from conditions.models import Condition
from tests.conftest import answer
from tests.images import image_file
from tests.users import make_editor, make_user

pytestmark = pytest.mark.django_db

PREVIEW = reverse("markdownx_markdownify")
UPLOAD = reverse("markdownx_upload")
UNSAFE = '<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[x](javascript:alert(3))'


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def png():
    return image_file("PNG", "diagram.png")


def test_django_markdownx_own_urls_are_not_mounted(client):
    assert answer(client, {"content": "# Hi"}, path="/markdownx/markdownify/").status_code == 404
    assert answer(client, {}, path="/markdownx/upload/").status_code == 404


def test_the_editor_widget_posts_to_the_guarded_urls(admin_client):
    condition = Condition.objects.first()
    html = admin_client.get(reverse("admin:conditions_condition_change", args=[condition.pk]))
    assert f'data-markdownx-urls-path="{PREVIEW}"' in html.content.decode()
    assert f'data-markdownx-upload-urls-path="{UPLOAD}"' in html.content.decode()
    assert settings.MARKDOWNX_URLS_PATH == PREVIEW
    assert settings.MARKDOWNX_UPLOAD_URLS_PATH == UPLOAD


def test_anonymous_visitors_get_no_preview(client):
    response = client.post(PREVIEW, {"content": "## Hello"})
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    assert b"<h2>" not in response.content


def test_signed_in_readers_who_are_not_staff_get_no_preview():
    client = signed_in(make_user("reader", staff=False))
    response = client.post(PREVIEW, {"content": "## Hello"})
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_without_the_right_to_change_content_get_no_preview():
    client = signed_in(make_user("viewer", permissions=["view_condition"]))
    assert client.post(PREVIEW, {"content": "## Hello"}).status_code == 403


def test_editors_get_the_preview_from_the_public_renderer():
    client = signed_in(make_editor())
    response = client.post(PREVIEW, {"content": "## Hello\n\nSome *text*."})
    assert response.status_code == 200
    # Then the writing help box (tests/test_writing.py).
    assert response.content.decode().startswith(render("## Hello\n\nSome *text*."))


def test_the_preview_is_sanitised_like_the_public_page(admin_client):
    html = admin_client.post(PREVIEW, {"content": UNSAFE}).content.decode()
    for marker in ["<script", "onerror", "javascript:"]:
        assert marker not in html


def test_the_preview_needs_content(admin_client):
    assert admin_client.post(PREVIEW, {}).status_code == 400


def test_the_preview_only_answers_posts(admin_client):
    assert admin_client.get(PREVIEW, {"content": "## Hello"}).status_code == 405


def test_the_preview_and_upload_need_a_csrf_token(media_root, png):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    assert client.post(PREVIEW, {"content": "## Hello"}).status_code == 403
    assert client.post(UPLOAD, {"image": png}).status_code == 403
    assert stored_files(media_root) == []


def test_anonymous_visitors_cannot_upload_and_nothing_is_stored(client, media_root, png):
    response = client.post(UPLOAD, {"image": png})
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    assert stored_files(media_root) == []


def test_signed_in_readers_who_are_not_staff_cannot_upload(media_root, png):
    client = signed_in(make_user("reader", staff=False))
    assert client.post(UPLOAD, {"image": png}).status_code == 302
    assert stored_files(media_root) == []


def test_staff_without_the_right_to_change_content_cannot_upload(media_root, png):
    client = signed_in(make_user("viewer", permissions=["view_condition"]))
    assert client.post(UPLOAD, {"image": png}).status_code == 403
    assert stored_files(media_root) == []


def test_editors_can_upload(media_root, png):
    client = signed_in(make_editor())
    response = client.post(UPLOAD, {"image": png})
    assert response.status_code == 200
    assert response.json()["image_code"].startswith("![](/media/")
    assert len(stored_files(media_root)) == 1
