"""Request bodies refused before they are stored (issue 12, point 6), sent as the attack was:
an anonymous multipart post with a large file part to the checklist."""

import tempfile

import pytest
from django.test import Client
from django.urls import reverse

from tests.images import image_file, upload

pytestmark = pytest.mark.django_db

CHECKLIST = reverse("conditions:checklist")
UPLOAD = reverse("markdownx_upload")
TEN_MB = 10 * 1024 * 1024


@pytest.fixture
def temp_folder(tmp_path, monkeypatch, settings):
    """Every temporary file Django or Python might write goes here, so a test can see it."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    settings.FILE_UPLOAD_TEMP_DIR = str(folder)
    return folder


def file_part(size):
    return {"signs": "1", "evidence": upload(b"x" * size, "scan.bin", "application/octet-stream")}


def test_a_10_mb_multipart_post_to_the_checklist_is_refused_and_nothing_is_stored(
    client, temp_folder
):
    response = client.post(CHECKLIST, file_part(TEN_MB))
    assert response.status_code == 413
    assert list(temp_folder.iterdir()) == []


def test_a_small_multipart_post_to_the_checklist_is_refused_and_nothing_is_stored(
    client, temp_folder
):
    response = client.post(CHECKLIST, file_part(100_000))
    assert response.status_code == 415
    assert list(temp_folder.iterdir()) == []


def test_a_refused_body_gets_the_sites_plain_message(client):
    response = client.post(CHECKLIST, file_part(TEN_MB))
    assert "Sorry, we could not understand that request" in response.content.decode()
    assert response["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/", "/conditions/", "/checklist/", "/nope/", "/media/x.png",
                                  "/admin/login/", "/healthz"])
def test_a_file_part_under_the_limit_is_kept_in_memory_never_written_to_disk(client, path, temp_folder):
    response = client.post(path, file_part(2 * 1024 * 1024))
    assert response.status_code < 500
    assert list(temp_folder.iterdir()) == []


def test_a_large_urlencoded_body_is_refused_wherever_it_is_sent(client):
    body = "signs=1&padding=" + "x" * (3 * 1024 * 1024)
    for path in (CHECKLIST, "/admin/login/", "/"):
        response = client.post(path, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 413


@pytest.mark.parametrize("length", ["-5", "1e9", "\xb2", "7 ", "0x10"])
def test_a_nonsense_content_length_is_refused(client, length):
    response = client.generic("POST", CHECKLIST, b"signs=1", CONTENT_LENGTH=length,
                              content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


@pytest.mark.parametrize("content_type", ["application/json", "text/plain", "application/xml"])
def test_the_checklist_accepts_only_urlencoded_forms(client, content_type):
    response = client.post(CHECKLIST, '{"signs": ["1"]}', content_type=content_type)
    assert response.status_code == 415
    assert "Sorry, we could not understand that request" in response.content.decode()


def test_the_image_upload_still_takes_an_image(admin_client, temp_folder, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    response = admin_client.post(UPLOAD, {"image": image_file("PNG", "photo.png")})
    assert response.status_code == 200, response.content
    assert list(temp_folder.iterdir()) == []


def test_a_10_mb_upload_to_the_image_upload_is_refused_with_its_reason(admin_client, temp_folder):
    response = admin_client.post(UPLOAD, {"image": file_part(TEN_MB)["evidence"]})
    assert response.status_code == 413
    assert "the most, 2 MB" in response.json()["image"][0]
    assert list(temp_folder.iterdir()) == []


def test_a_10_mb_multipart_post_to_the_admin_sign_in_is_refused(client, temp_folder):
    response = client.post("/admin/login/", file_part(TEN_MB))
    assert response.status_code == 413
    assert list(temp_folder.iterdir()) == []


def test_a_csrf_token_is_not_needed_to_be_refused(temp_folder):
    response = Client(enforce_csrf_checks=True).post(CHECKLIST, file_part(TEN_MB))
    assert response.status_code == 413



@pytest.mark.parametrize("path", ["/where-does-it-hurt/", "/search/", "/"])
def test_a_multipart_post_outside_the_admin_is_refused_before_it_is_read(client, path):
    evidence = image_file("PNG", "evidence.png")
    response = client.post(path, {"areas": ["1"], "evidence": evidence})
    assert response.status_code == 415
