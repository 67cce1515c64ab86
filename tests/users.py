"""Users with exactly the rights a test needs."""

from django.contrib.auth.models import Group, Permission, User


def make_user(username, *, staff=True, groups=(), permissions=()):
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=staff)
    user.groups.set(Group.objects.filter(name__in=groups))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def make_editor(username="editor"):
    return make_user(username, groups=["Editors"])
