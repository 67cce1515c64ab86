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


def make_reviewer(username="reviewer", name="Dr Amy Smith", qualification="Sports medicine physician",
                  groups=("Clinical reviewers",)):
    from conditions.models import ReviewerProfile

    user = make_user(username, groups=groups)
    ReviewerProfile.objects.create(user=user, display_name=name, qualification=qualification)
    return user
