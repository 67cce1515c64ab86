import time

from django.core.management.base import BaseCommand

from conditions import snapshots


class Command(BaseCommand):
    help = (
        "Render every reader page and store it, under a new content version. Saving content "
        "does this by itself; run it after changing the database by other means."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = snapshots.publish()
        milliseconds = (time.perf_counter() - started) * 1000
        self.stdout.write(f"Rendered {count} reader pages in {milliseconds:.0f} ms.")
