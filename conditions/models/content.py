"""What every model readers see shares: saving or deleting one retires every cached page."""


from django.db import models

from conditions.cache import content_changed


class ContentQuerySet(models.QuerySet):
    """Bulk edits (the admin's delete action) retire cached pages just as saves do."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        content_changed()
        return rows

    def delete(self):
        deleted = super().delete()
        content_changed()
        return deleted


class ContentModel(models.Model):
    """Something readers see: saving or deleting one retires every cached page at once.

    Editors change warning signs' conditions in the admin, which saves the sign or the
    condition in the same transaction, so the version made on commit covers those links too.
    """

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        content_changed()
        return deleted
