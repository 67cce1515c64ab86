"""Web addresses a condition's page used to have, so links to them keep working."""

from django.db import models

from conditions.models.condition import Condition
from conditions.models.content import ContentModel, ContentQuerySet


class OldAddressQuerySet(ContentQuerySet):
    def remember(self, slug, condition):
        """`condition` has just moved away from `slug`: send readers of `slug` to it."""
        self.update_or_create(slug=slug, defaults={"condition": condition})
        # An address in use again is the page's own, not an old one.
        self.filter(slug=condition.slug).delete()


class OldAddress(ContentModel):
    slug = models.SlugField(
        "old web address",
        max_length=120,
        unique=True,
        help_text="The last part of an address the page used to have. Readers who follow a "
        "link to it are sent on to the page, permanently.",
    )
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="old_addresses"
    )
    created = models.DateTimeField(auto_now_add=True)

    objects = OldAddressQuerySet.as_manager()

    class Meta:
        verbose_name = "old web address"
        verbose_name_plural = "old web addresses"
        ordering = ["slug"]

    def __str__(self):
        return f"/conditions/{self.slug}/ → {self.condition}"
