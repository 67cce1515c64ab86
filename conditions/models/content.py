"""What every model readers see shares, so that publishing (conditions/cache.py) hears of it."""

from django.db import models
from django.dispatch import Signal

# Sent by QuerySet.update(), which sends no post_save: publishing listens for it too.
content_updated = Signal()


class ContentQuerySet(models.QuerySet):
    def update(self, **kwargs):
        rows = super().update(**kwargs)
        content_updated.send(sender=self.model)
        return rows


class ContentModel(models.Model):
    """Something readers see: saving, deleting or relinking one retires every cached page."""

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True
