"""Users with exactly the rights a test needs."""

from django.contrib.auth.models import Group, Permission, User
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def make_user(username, *, staff=True, groups=(), permissions=()):
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=staff)
    user.groups.set(Group.objects.filter(name__in=groups))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def make_editor(username="editor"):
    return make_user(username, groups=["Editors"])


def give_second_factor(client, user):
    """Mark the client's session as having given the code of an enrolled authenticator app."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="Authenticator app", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def make_reviewer(username="reviewer", name="Dr Amy Smith", qualification="Sports medicine physician",
                  groups=("Clinical reviewers",)):
    from conditions.models import ReviewerProfile

    user = make_user(username, groups=groups)
    ReviewerProfile.objects.create(user=user, display_name=name, qualification=qualification)
    return user
