"""What an editor sets for themselves: nothing here is shown to readers."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


def validate_time_zone(name):
    if name not in zoneinfo.available_timezones():
        raise ValidationError(f"“{name}” is not a time zone this server knows.")


class EditorTimeZone(models.Model):
    """The time zone an editor reads and types times in, so 09:00 means 09:00 where they are."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="time_zone"
    )
    # No choices on the field: the list of zones comes from the server's time zone database,
    # which differs between machines and would make migrations differ with it.
    time_zone = models.CharField(
        max_length=64,
        validators=[validate_time_zone],
        help_text="Times in the admin are shown, and typed, in this zone, "
        "for example “America/New_York”.",
    )

    class Meta:
        verbose_name = "editor's time zone"

    def __str__(self):
        return f"{self.user}: {self.time_zone}"
