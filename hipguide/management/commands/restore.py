import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Load an archive made by `backup` into a new database (migrating it first), replacing the "
        "content the migrations put there. Refuses a database that already has accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--replace", action="store_true",
            help="Replace a database in use (one with accounts) with the archive's content.",
        )

    def handle(self, *args, archive, replace, **options):
        if not archive.is_file():
            raise CommandError(f"No backup archive at {archive}.")
        # A new database has no tables yet: make them, as `make restore` does, before looking.
        call_command("migrate", interactive=False, verbosity=0)
        if get_user_model().objects.exists() and not replace:
            raise CommandError(
                "This database already has accounts, so it is in use: restoring would replace "
                "everything in it. Restore into a new database, or add --replace if that is "
                "what you mean."
            )
        with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive) as tar:
            # The "data" filter refuses absolute paths, links out of the folder and devices.
            tar.extractall(tmp, filter="data")
            data = Path(tmp) / "data.json"
            if not data.is_file():
                raise CommandError(f"{archive} is not a HipGuide backup: it has no data.json.")
            with transaction.atomic():
                # The migrations seed content with the same keys the archive uses: empty every
                # table first so the archive's rows, and only those, are left.
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(data), verbosity=0)
            media = Path(tmp) / "media"
            if media.is_dir():
                shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
        self.stdout.write(f"Restored {archive}.")

