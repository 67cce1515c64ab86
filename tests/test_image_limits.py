"""Image limits in pixels as well as bytes (issue 12, point 7), attacked as it was: a
12000 × 12000 PNG of a few kilobytes, 144 megapixels for a reader's phone to decode."""

import pytest
from django.urls import reverse
from PIL import ImageFile

from tests.images import blank_png, upload
from tests.users import make_editor

pytestmark = pytest.mark.django_db

UPLOAD = reverse("markdownx_upload")


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client):
    client.force_login(make_editor())
    return client


@pytest.fixture
def never_decoded(monkeypatch):
    """Fails the test if Pillow decodes an image's pixels."""

    def load(image):
        raise AssertionError("the image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)


def stored(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


def test_a_12000_by_12000_png_is_refused_without_being_decoded(editor, media_root, never_decoded):
    bomb = blank_png((12000, 12000))
    assert len(bomb) < 2 * 1024 * 1024
    response = editor.post(UPLOAD, {"image": upload(bomb, "bomb.png")})
    assert response.status_code == 400
    assert "at most 4096 pixels on a side and 16 megapixels" in response.json()["image"][0]
    assert stored(media_root) == []


@pytest.mark.parametrize("size", [(4097, 10), (10, 5000), (5000, 4000)])
def test_an_image_too_wide_or_too_tall_is_refused_with_its_reason(editor, media_root, size,
                                                                   never_decoded):
    response = editor.post(UPLOAD, {"image": upload(blank_png(size), "wide.png")})
    assert response.status_code == 400
    assert "4096 pixels on a side" in response.json()["image"][0]
    assert stored(media_root) == []


def test_an_image_of_4096_by_4096_is_accepted(editor, media_root):
    response = editor.post(UPLOAD, {"image": upload(blank_png((4096, 4096)), "big.png")})
    assert response.status_code == 200, response.content
    assert len(stored(media_root)) == 1
