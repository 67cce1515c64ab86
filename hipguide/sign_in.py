"""Sign-in protection on top of django-axes: a per-username slowdown and the page that says so.

Axes locks a username out from one address after five failures. An attacker with many
addresses could still make five guesses from each, so once a username has had SLOWDOWN_AFTER
failures in the last SLOWDOWN_WINDOW, from any addresses at all, every further attempt for it
must wait a delay that doubles with each failure, up to SLOWDOWN_LONGEST. Attempts refused
for waiting are not counted, so a stranger cannot make the wait grow or last: the editor waits
at most SLOWDOWN_LONGEST after the stranger's last guess. Addresses the person has signed in
from recently are not slowed at all, so an attack on their username never keeps them out of
their usual connection (the per-address lock still applies there).
"""

import datetime
import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessFailureLog, AccessLog
from django.shortcuts import render
from django.utils import timezone

SLOWDOWN_AFTER = 5
SLOWDOWN_WINDOW = datetime.timedelta(hours=1)
SLOWDOWN_LONGEST = datetime.timedelta(minutes=5)
TRUSTED_ADDRESS_FOR = datetime.timedelta(days=30)


def slowdown_wait(username, address, now=None):
    """How long an attempt for this username from this address must still wait (0: none)."""
    if not username:
        return datetime.timedelta(0)
    now = now or timezone.now()
    # Refused attempts are logged as locked out: only real password or code checks count.
    failures = AccessFailureLog.objects.filter(
        username=username, locked_out=False, attempt_time__gt=now - SLOWDOWN_WINDOW
    )
    count = failures.count()
    if count < SLOWDOWN_AFTER:
        return datetime.timedelta(0)
    if address and AccessLog.objects.filter(
        username=username, ip_address=address, attempt_time__gt=now - TRUSTED_ADDRESS_FOR
    ).exists():
        return datetime.timedelta(0)
    doublings = min(count - SLOWDOWN_AFTER + 1, 20)  # 2 s after the fifth failure, then 4 s...
    delay = min(datetime.timedelta(seconds=2**doublings), SLOWDOWN_LONGEST)
    last = failures.latest("attempt_time").attempt_time
    return max(last + delay - now, datetime.timedelta(0))


class SignInHandler(AxesDatabaseHandler):
    """Axes' database handler, also refusing attempts that come before the username's wait."""

    def is_locked(self, request, credentials=None):
        if super().is_locked(request, credentials):
            return True
        wait = slowdown_wait(
            get_client_username(request, credentials), getattr(request, "axes_ip_address", None)
        )
        if wait:
            request.sign_in_wait = wait
            return True
        return False

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        # An attempt refused for waiting checked nothing: recording it would let anyone who
        # knows a username keep its wait (and the address's lock) going for ever.
        if getattr(request, "sign_in_wait", None):
            request.axes_locked_out = True  # AxesMiddleware answers with locked_out() below.
            request.axes_credentials = credentials
            return
        super().user_login_failed(sender, credentials, request, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """The 429 page: the 15-minute lock for this address, or the username's wait."""
    wait = getattr(request, "sign_in_wait", None)
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "username": get_client_username(request, credentials) or "",
        "wait_seconds": math.ceil(wait.total_seconds()) if wait else None,
    }
    response = render(request, "axes/locked_out.html", context, status=429)
    if wait:
        response["Retry-After"] = str(context["wait_seconds"])
    return response
