"""Response headers that Django and django-csp do not set, and request bodies refused early."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import loader

from conditions.uploads import TOO_LARGE

# Powerful browser features the site never uses, switched off for the site and anything it
# might embed. Only features Chromium recognises: unknown ones fill the console with warnings.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera",
        "display-capture", "geolocation", "gyroscope", "hid", "idle-detection",
        "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
)


class SecurityHeadersMiddleware:
    """The outermost middleware, so every response carries the headers, whoever made it.

    Django's SecurityMiddleware sets the same nosniff, Referrer-Policy and
    Cross-Origin-Opener-Policy, but not on the 400 it answers when the Host is refused before
    its own response step runs; these are set here as well for that case.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.headers.setdefault(
            "Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        )
        return response


# Multipart bodies (file uploads) are taken only here.
STAFF = "/admin/"


class RequestBodyLimitMiddleware:
    """Refuse a request body by its headers, before any of it is read or written to disk.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count file parts, and it spools those to a
    temporary file as they arrive. Any body larger than REQUEST_BODY_MAX_SIZE is refused with 413
    wherever it is sent, so a body that is accepted fits in memory (FILE_UPLOAD_MAX_MEMORY_SIZE
    is as large) and no file part ever reaches the disk. Outside the admin, multipart bodies are
    refused (415), and the checklist takes only ordinary form posts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not (length.isascii() and length.isdigit()):  # "²".isdigit() is true
            return refused(400)
        if int(length) > settings.REQUEST_BODY_MAX_SIZE:
            if request.path == settings.MARKDOWNX_UPLOAD_URLS_PATH:
                # The editor shows the reason above the text, as for any refused image.
                return JsonResponse({"image": [TOO_LARGE]}, status=413)
            return refused(413)
        if request.content_type == "multipart/form-data" and not request.path.startswith(STAFF):
            # Readers' forms are ordinary form posts: a file part has no business outside the
            # admin (staff signed in with both steps) and its image upload.
            return refused(415)
        return self.get_response(request)


def refused(status):
    """The site's plain "could not understand that request" page, which needs no database."""
    return HttpResponse(loader.render_to_string("400.html"), status=status)
