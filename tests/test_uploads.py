"""Images uploaded in the editor: only real JPEG, PNG and WebP files, stored and served safely."""

import re

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

from tests.images import image_bytes, image_file, upload
from tests.users import make_editor

pytestmark = pytest.mark.django_db

UPLOAD = reverse("markdownx_upload")
STORED_URL = re.compile(r"^!\[\]\((/media/markdownx/[0-9a-f]{32}\.(jpg|png|webp))\)$")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_editor())
    return client


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def stored_url(response):
    assert response.status_code == 200, response.content
    match = STORED_URL.match(response.json()["image_code"])
    assert match, response.json()
    return match.group(1)


@pytest.mark.parametrize(("image_format", "extension"), [
    ("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"),
])
def test_jpeg_png_and_webp_images_are_stored_under_a_random_name(
    editor, media_root, image_format, extension
):
    response = editor.post(UPLOAD, {"image": image_file(image_format, "My photo.jpg")})
    url = stored_url(response)
    assert url.endswith(f".{extension}")
    assert "photo" not in url.lower()
    [stored] = stored_files(media_root)
    assert stored.suffix == f".{extension}"


def test_the_stored_extension_is_the_real_format_not_the_declared_one(editor, media_root):
    jpeg_named_png = image_file("JPEG", "diagram.png", content_type="image/png")
    assert stored_url(editor.post(UPLOAD, {"image": jpeg_named_png})).endswith(".jpg")


def test_a_real_image_is_accepted_whatever_type_the_browser_declared(editor, media_root):
    png_declared_html = image_file("PNG", "page.html", content_type="text/html")
    assert stored_url(editor.post(UPLOAD, {"image": png_declared_html})).endswith(".png")


@pytest.mark.parametrize("bad_file", [
    pytest.param(lambda: upload(HTML, "photo.png", "image/png"), id="HTML named .png"),
    pytest.param(lambda: upload(SVG, "diagram.png", "image/png"), id="SVG named .png"),
    pytest.param(lambda: upload(SVG, "diagram.svg", "image/svg+xml"), id="SVG"),
    pytest.param(lambda: upload(image_bytes("GIF"), "anim.gif", "image/gif"), id="GIF"),
    pytest.param(lambda: upload(image_bytes("BMP"), "pic.png", "image/png"), id="BMP named .png"),
    pytest.param(lambda: upload(HTML, "photo.png", "text/html"), id="wrong content type"),
    pytest.param(lambda: upload(b"\x00\x01 not an image", "x.jpg", "image/jpeg"), id="not an image"),
    pytest.param(lambda: upload(image_bytes("PNG")[:60], "cut.png"), id="truncated PNG"),
    pytest.param(lambda: upload(b"", "empty.png"), id="empty file"),
])
def test_files_that_are_not_accepted_images_get_400_and_nothing_is_stored(
    editor, media_root, bad_file
):
    response = editor.post(UPLOAD, {"image": bad_file()})
    assert response.status_code == 400
    assert "not a JPEG, PNG or WebP image" in response.json()["image"][0]
    assert stored_files(media_root) == []


def test_an_image_over_2_mb_is_refused_with_its_reason_and_nothing_is_stored(editor, media_root):
    big = image_bytes("PNG", size=(1000, 1000), noise=True)
    assert len(big) > 2.5 * 1024 * 1024
    response = editor.post(UPLOAD, {"image": upload(big, "big.png")})
    assert response.status_code == 413
    assert "the most, 2 MB" in response.json()["image"][0]
    assert stored_files(media_root) == []


def test_an_upload_without_a_file_gets_400(editor, media_root):
    response = editor.post(UPLOAD, {})
    assert response.status_code == 400
    assert response.json() == {"image": ["Choose an image to upload."]}


def test_uploads_go_through_the_configured_storage(editor, media_root, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    url = stored_url(editor.post(UPLOAD, {"image": image_file("PNG", "a.png")}))
    assert default_storage.exists(url.removeprefix("/media/"))
    assert stored_files(media_root) == []


def test_uploaded_images_are_served_with_their_type_and_nosniff(editor, media_root, client):
    content = image_bytes("PNG")
    url = stored_url(editor.post(UPLOAD, {"image": upload(content, "a.png")}))
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content


@pytest.mark.parametrize("name", ["evil.html", "evil.svg", "markdownx/notes.txt", "evil.png.html"])
def test_media_files_that_are_not_images_are_never_served(client, media_root, name):
    path = media_root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(HTML)
    assert client.get(f"/media/{name}").status_code == 404


def test_media_outside_the_media_folder_is_never_served(client, media_root, tmp_path):
    (tmp_path / "secret.png").write_bytes(image_bytes("PNG"))
    media_root.mkdir()
    assert client.get("/media/../secret.png").status_code == 404
    assert client.get("/media/%2E%2E/secret.png").status_code == 404


def test_missing_media_is_404(client, media_root):
    assert client.get("/media/markdownx/nope.png").status_code == 404
