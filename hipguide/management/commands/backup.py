import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

# Rebuilt by migrate (content types, permissions), by restore (the pages rendered from the
# content) or worthless once restored (sessions, sign-in attempts); everything else is the
# site's content and its editors.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes"]


class Command(BaseCommand):
    help = "Write the site's content (database and uploaded media) to one dated archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", default=settings.BASE_DIR / "backups", type=Path,
            help="Folder for the archive (default: backups/ in the project).",
        )

    def handle(self, *args, output_dir, **options):
        output_dir.mkdir(parents=True, exist_ok=True)
        stamp = timezone.now().strftime("%Y-%m-%d-%H%M%S")
        archive = output_dir / f"hipguide-{stamp}.tar.gz"
        # Written under another name and renamed once complete: a scheduled copy of the
        # folder never picks up half an archive.
        partial = archive.with_name(archive.name + ".partial")
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data.json"
            call_command(
                "dumpdata", natural_foreign=True, natural_primary=True, exclude=EXCLUDED,
                indent=1, output=str(data), verbosity=0,
            )
            with tarfile.open(partial, "w:gz") as tar:
                tar.add(data, arcname="data.json")
                if Path(settings.MEDIA_ROOT).is_dir():
                    tar.add(settings.MEDIA_ROOT, arcname="media")
        partial.rename(archive)
        self.stdout.write(str(archive))
