"""A backup taken from one database and restored into a new one gives the same site."""

import io
import json
import tarfile

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from conditions.models import Condition, SiteText, WarningSign
from tests.conftest import make_condition, make_reference, make_warning_sign
from tests.production import manage, production_env

pytestmark = pytest.mark.django_db

RENDER_PAGES = """
import json, os
from django.test import Client
client = Client()
print(json.dumps({path: client.get(path).content.decode() for path in json.loads(os.environ["PAGES"])}))
"""

SHOW_ACCOUNTS_AND_HISTORY = """
import json
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import User
print(json.dumps({
    "users": sorted(User.objects.values_list("username", "is_superuser")),
    "history": list(LogEntry.objects.values_list("object_repr", "change_message")),
}))
"""


@pytest.fixture
def edited_site(django_user_model, settings, tmp_path):
    """A site some editors have worked on: changed, added and removed content, an upload."""
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw-1a")
    sciatica = Condition.objects.get(slug="sciatica")
    sciatica.overview += "\n\nA paragraph an editor added."
    sciatica.save()
    added = make_condition(title="Snapping hip", slug="snapping-hip", order=7)
    make_reference(added, title="Snapping hip syndrome")
    make_warning_sign(tier="urgent", conditions=[added], sign="A hip that locks")
    WarningSign.objects.filter(conditions=sciatica).first().delete()
    texts = SiteText.objects.get()
    texts.hub_title = "Hip pain that runs down the leg, explained"
    texts.save()
    LogEntry.objects.create(
        user=editor, content_type=ContentType.objects.get_for_model(added),
        object_id=str(added.pk), object_repr=str(added), action_flag=ADDITION,
        change_message="Added.",
    )
    settings.MEDIA_ROOT = tmp_path / "media-before"
    (settings.MEDIA_ROOT / "markdownx").mkdir(parents=True)
    (settings.MEDIA_ROOT / "markdownx" / "hip.png").write_bytes(b"\x89PNG pretend image")


def pages():
    return ["/", "/conditions/"] + [
        condition.get_absolute_url() for condition in Condition.objects.published()
    ]


def test_a_restored_backup_serves_identical_pages(edited_site, tmp_path, collected_static):
    paths = pages()
    client = Client()
    before = {path: client.get(path).content.decode() for path in paths}
    call_command("backup", output_dir=tmp_path / "backups", stdout=io.StringIO())
    archive = next((tmp_path / "backups").glob("hipguide-*.tar.gz"))

    env = production_env(
        tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path / "media-after"), DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(collected_static),
    )
    manage(env, "migrate", "-v0")
    manage(env, "restore", str(archive))
    env["PAGES"] = json.dumps(paths)
    after = json.loads(manage(env, "shell", "-v0", "-c", RENDER_PAGES).stdout)

    assert "Snapping hip" in before["/"]
    assert after == before


def test_a_restore_brings_back_accounts_edit_history_and_uploads(edited_site, tmp_path):
    call_command("backup", output_dir=tmp_path / "backups", stdout=io.StringIO())
    archive = next((tmp_path / "backups").glob("hipguide-*.tar.gz"))
    env = production_env(
        tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path / "media-after"),
    )
    manage(env, "migrate", "-v0")
    manage(env, "restore", str(archive))
    restored = json.loads(manage(env, "shell", "-v0", "-c", SHOW_ACCOUNTS_AND_HISTORY).stdout)
    assert restored["users"] == [["editor", True]]
    assert restored["history"] == [["Snapping hip", "Added."]]
    upload = tmp_path / "media-after" / "markdownx" / "hip.png"
    assert upload.read_bytes() == b"\x89PNG pretend image"


def test_a_backup_is_one_dated_archive_of_data_and_media(edited_site, tmp_path):
    output = io.StringIO()
    call_command("backup", output_dir=tmp_path, stdout=output)
    archive = next(tmp_path.glob("hipguide-*.tar.gz"))
    assert output.getvalue().strip() == str(archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        data = json.load(tar.extractfile("data.json"))
    assert "media/markdownx/hip.png" in names
    models = {row["model"] for row in data}
    assert {"conditions.condition", "conditions.sitetext", "auth.user"} <= models
    assert not models & {"sessions.session", "contenttypes.contenttype", "axes.accessattempt"}


def test_restore_refuses_a_database_that_is_in_use(edited_site, tmp_path):
    call_command("backup", output_dir=tmp_path, stdout=io.StringIO())
    archive = next(tmp_path.glob("hipguide-*.tar.gz"))
    with pytest.raises(CommandError, match="already has accounts"):
        call_command("restore", str(archive))
    assert Condition.objects.filter(slug="snapping-hip").exists()


def test_restore_explains_a_missing_archive(tmp_path):
    with pytest.raises(CommandError, match="No backup archive"):
        call_command("restore", str(tmp_path / "nothing.tar.gz"))
