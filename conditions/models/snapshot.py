"""Reader pages as they were rendered when their content was published."""

from django.db import connections, models
from django.utils import timezone


class SnapshotQuerySet(models.QuerySet):
    def html(self, version, path):
        """The stored page for this content version and address, or None.

        Every reader who misses the page cache is answered through here, so the one query is
        written out: building it through the ORM took ten times as long as running it.
        """
        connection = connections[self.db]
        table, html, version_column, path_column = map(
            connection.ops.quote_name, [self.model._meta.db_table, "html", "version", "path"]
        )
        query = f"SELECT {html} FROM {table} WHERE {version_column} = %s AND {path_column} = %s"  # noqa: S608 - names are the model's own, values are parameters
        with connection.cursor() as cursor:
            cursor.execute(query, [version, path])
            row = cursor.fetchone()
        return row[0] if row else None


class Snapshot(models.Model):
    """Made by conditions.snapshots, never edited: each row is a rendering of editors' rows."""

    version = models.CharField(max_length=100)
    path = models.CharField(max_length=300)
    html = models.TextField()
    rendered = models.DateTimeField(default=timezone.now)

    objects = SnapshotQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "path"], name="snapshot_one_per_page"),
        ]

    def __str__(self):
        return f"{self.path} ({self.version})"
