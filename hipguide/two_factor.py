"""Two-factor sign-in for staff, with django-otp's devices.

Signing in takes a password (Django's admin login, counted by django-axes) and then a code: a
six-digit code from an authenticator app (a confirmed TOTP device) or one of the person's
single-use recovery codes (a static device). Until the code is given, the admin treats the
person as signed out of every staff page. The first time, the person enrols the app by scanning
a QR code (or typing the secret shown beside it) and gets ten recovery codes, shown once.

With debug on (`make run`) the second step is skipped and the admin says so; with debug off it
cannot be (settings.TWO_FACTOR_REQUIRED is derived from DEBUG).
"""

import io
from base64 import b32encode

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_otp import login as otp_login
from django_otp.admin import OTPAdminSite
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def signed_in_fully(user):
    """Staff who gave both factors in this session (or any staff while two-factor is off)."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    if not settings.TWO_FACTOR_REQUIRED:
        return True
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


class AdminSite(OTPAdminSite):
    """The admin, refusing every staff page until the second factor is given.

    django-otp's site does the refusing (has_permission); the password form and its template
    stay Django's own, and the code is asked for on a page of its own (two_factor below).
    """

    login_form = None
    login_template = None

    def __init__(self, name="admin"):
        super().__init__(name)

    def has_permission(self, request):
        return signed_in_fully(request.user)

    def login(self, request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and not self.has_permission(
            request
        ):
            return redirect_with_next(request, "two_factor")
        return super().login(request, extra_context)

    def each_context(self, request):
        context = super().each_context(request)
        context["two_factor_off"] = not settings.TWO_FACTOR_REQUIRED
        return context


def redirect_with_next(request, url_name):
    target = reverse(url_name)
    next_url = request.GET.get(REDIRECT_FIELD_NAME) or request.POST.get(REDIRECT_FIELD_NAME)
    if next_url and safe_next(request, next_url):
        target += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
    return redirect(target)


def safe_next(request, url):
    return url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def next_page(request):
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    return url if url and safe_next(request, url) else resolve_url("admin:index")


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label="Code",
        max_length=16,
        help_text="The six-digit code your authenticator app shows now, or one of your "
        "recovery codes.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_otp_token(self):
        return "".join(self.cleaned_data["otp_token"].split()).lower()


def app_device(user, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def recovery_codes_for(user):
    """A new set of recovery codes, replacing any the person had."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def devices_for_code(user, code):
    """The devices a code can be for: six digits are an app code, anything else a recovery
    code, so a wrong app code never counts against the recovery codes' throttle or the other
    way round."""
    if code.isdigit() and len(code) == 6:
        return list(TOTPDevice.objects.filter(user=user, confirmed=True))
    return list(StaticDevice.objects.filter(user=user, confirmed=True))


def check_code(devices, code):
    """The device that accepts the code; None if none does; THROTTLED if none may be tried.

    django-otp refuses any code for a while after a wrong one, doubling the wait each time."""
    allowed = [device for device in devices if device.verify_is_allowed()[0]]
    if devices and not allowed:
        return THROTTLED
    for device in allowed:
        with transaction.atomic():
            if device.verify_token(code):
                return device
    return None


THROTTLED = object()


def failed_code(request, form):
    """A wrong code counts in the sign-in lockout exactly as a wrong password does."""
    credentials = {"username": request.user.get_username()}
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    if getattr(request, "axes_locked_out", False):
        return get_lockout_response(request, None, credentials)
    form.add_error("otp_token", "That code is not right. Check the time on your phone, wait "
                   "for a new code, and try again.")
    return None


@never_cache
@require_http_methods(["GET", "POST"])
def two_factor(request):
    """The second step of signing in: enrol the app the first time, then give a code."""
    user = request.user
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return redirect_with_next(request, "admin:login")
    if signed_in_fully(user):
        return redirect(next_page(request))
    credentials = {"username": user.get_username()}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, None, credentials)

    enrolling = app_device(user) is None
    device = None
    if enrolling:
        device = app_device(user, confirmed=False) or TOTPDevice.objects.create(
            user=user, name=APP_DEVICE_NAME, confirmed=False
        )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["otp_token"]
        verified = check_code([device] if enrolling else devices_for_code(user, code), code)
        if verified is THROTTLED:
            form.add_error("otp_token", "Several wrong codes in a row: wait a few seconds, "
                           "then try again with the code your app shows then.")
        elif verified and enrolling:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            return signed_in(request, device, recovery_codes=recovery_codes_for(user))
        elif verified:
            return signed_in(request, verified)
        else:
            refusal = failed_code(request, form)
            if refusal:
                return refusal
    context = {
        "form": form,
        "enrolling": enrolling,
        "secret": device and format_secret(device),
        "next": next_page(request),
        "title": "Set up two-step sign-in" if enrolling else "Enter your code",
        "site_header": admin.site.site_header,
    }
    return render(request, "admin/two_factor.html", context)


def signed_in(request, device, recovery_codes=None):
    otp_login(request, device)
    # The whole sign-in succeeded: clear this address's count, as a plain sign-in used to.
    AxesProxyHandler.get_implementation().reset_user_attempts(
        request, {"username": request.user.get_username()}
    )
    if recovery_codes is None:
        return redirect(next_page(request))
    context = {
        "codes": recovery_codes,
        "next": next_page(request),
        "title": "Your recovery codes",
        "site_header": admin.site.site_header,
    }
    return render(request, "admin/two_factor_recovery_codes.html", context)


def format_secret(device):
    """The secret as authenticator apps ask for it when typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@require_POST
def sign_out(request):
    """Leave after the password alone (the admin's own sign-out needs both steps)."""
    logout(request)
    return redirect("admin:login")


@never_cache
@require_safe
def enrolment_qr_code(request):
    """The QR code of the app being enrolled, as an SVG image (no inline code: the CSP)."""
    user = request.user
    device = app_device(user, confirmed=False) if user.is_authenticated and user.is_staff else None
    if device is None or app_device(user) is not None:
        return HttpResponse("No app is being set up.", status=404, content_type="text/plain")
    image = io.BytesIO()
    write_qrcode_image(device.config_url, image)
    return HttpResponse(image.getvalue(), content_type="image/svg+xml")
