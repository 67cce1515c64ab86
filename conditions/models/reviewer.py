"""How each clinical reviewer is named on the pages they approve."""

from django.conf import settings
from django.db import models


class ReviewerProfile(models.Model):
    """How a clinical reviewer is named on the pages they approve."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile"
    )
    display_name = models.CharField(
        max_length=120, help_text="As readers should see it, for example “Dr Amy Smith”."
    )
    qualification = models.CharField(
        max_length=120, help_text="For example “Sports medicine physician”."
    )

    class Meta:
        verbose_name = "reviewer's name and qualification"
        verbose_name_plural = "reviewers' names and qualifications"

    def __str__(self):
        return f"{self.display_name}, {self.qualification}"
