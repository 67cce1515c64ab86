"""Remove a person's two-step sign-in devices, so they set up a new app at their next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = (
        "Remove USERNAME's authenticator app and recovery codes (for a lost phone). They set up "
        "a new app the next time they sign in; their sessions lose access to the admin at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"There is no user called “{username}”.") from error
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(
            f"Removed {len(devices)} two-step sign-in device(s) of “{username}”. They will set up "
            "an authenticator app the next time they sign in."
        )
