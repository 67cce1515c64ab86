"""The Markdown editor's image upload takes JPEG and PNG only (see SECURITY.md)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'


def upload(client, name, content, content_type):
    return client.post(
        reverse("markdownx_upload"),
        {"image": SimpleUploadedFile(name, content, content_type=content_type)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_an_svg_upload_is_refused(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(admin_client, "diagram.svg", SVG, "image/svg+xml")
    assert response.status_code == 400
    assert not any(tmp_path.rglob("*.svg"))


def test_a_png_upload_is_stored_and_linked(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(admin_client, "hip.png", png(), "image/png")
    assert response.status_code == 200
    assert response.json()["image_code"].startswith("![](")
    assert len(list(tmp_path.rglob("*.png"))) == 1
