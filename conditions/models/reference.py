"""The sources each condition page cites."""

from django.db import models
from simple_history.models import HistoricalRecords

from conditions.models.condition import Condition
from conditions.models.content import ContentModel


class Reference(ContentModel):
    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="references")
    title = models.CharField(max_length=200, help_text="The title of the page or paper.")
    publisher = models.CharField(
        max_length=200, help_text="Who published it, for example “NHS” or “Mayo Clinic”."
    )
    url = models.URLField("web address", max_length=500, help_text="The full https:// address.")
    order = models.PositiveIntegerField(
        "position", default=0, help_text="Lower numbers are listed first."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.title} ({self.publisher})"
