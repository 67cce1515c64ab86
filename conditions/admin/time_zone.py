"""Times in the admin in the editor's own time zone, chosen once on their account.

A browser does not tell the server its time zone without JavaScript, so each editor picks
theirs on "Your time zone"; without one, the admin uses DJANGO_TIME_ZONE (UTC by default).
"""

import contextlib
import zoneinfo

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from conditions.models import EditorTimeZone

# The zone is read from the table once per sign-in and kept in the session after that.
SESSION_KEY = "hipguide_time_zone"


class EditorTimeZoneMiddleware:
    """Show and read times on admin pages in the signed-in editor's time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # With the database down the page goes on to meet the outage, and answers it with the
        # site's 503 page (conditions/cache.py), not a 500 from here.
        with contextlib.suppress(DatabaseError):
            self.activate(request)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def activate(self, request):
        # Only the admin: reader pages never touch the session (they are cached for everyone).
        if self.in_the_admin(request) and request.user.is_authenticated:
            name = request.session.get(SESSION_KEY)
            if name is None:
                chosen = EditorTimeZone.objects.filter(user=request.user)
                name = chosen.values_list("time_zone", flat=True).first() or ""
                request.session[SESSION_KEY] = name
            if name in zoneinfo.available_timezones():
                timezone.activate(zoneinfo.ZoneInfo(name))


    @staticmethod
    def in_the_admin(request):
        try:
            return request.path.startswith(reverse("admin:index"))
        except NoReverseMatch:  # a site (or a test's URLconf) without the admin
            return False


class TimeZoneForm(forms.Form):
    time_zone = forms.ChoiceField(
        label="Your time zone",
        help_text="The place whose clock you go by. Publishing dates and the history are "
        "shown in it, and a time you type means that time there.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [
            (name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())
        ]


def time_zone_view(request):
    """The signed-in editor's own time zone; wrapped by admin_view in hipguide/urls.py."""
    saved = EditorTimeZone.objects.filter(user=request.user).first()
    initial = {"time_zone": saved.time_zone if saved else settings.TIME_ZONE}
    form = TimeZoneForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            name = form.cleaned_data["time_zone"]
            EditorTimeZone.objects.update_or_create(user=request.user, defaults={"time_zone": name})
            request.session[SESSION_KEY] = name
            messages.success(request, f"Times in the admin are now shown in {name}.")
            return redirect("admin_time_zone")
        status = 400
    context = {
        **admin.site.each_context(request),
        "title": "Your time zone",
        "form": form,
        "current": timezone.get_current_timezone_name(),
    }
    return TemplateResponse(request, "admin/time_zone.html", context, status=status)
