from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from conditions import editor
from conditions.admin.time_zone import time_zone_view
from conditions.sitemaps import SITEMAPS
from hipguide import health, two_factor

urlpatterns = [
    # The Markdown editor's preview and upload, for editors only; before the admin's catch-all.
    path("admin/markdownx/upload/", editor.upload_image, name="markdownx_upload"),
    path("admin/markdownx/markdownify/", editor.markdownify, name="markdownx_markdownify"),
    # The second step of signing in to the admin, and the QR code it shows the first time.
    path("admin/two-factor/", two_factor.two_factor, name="two_factor"),
    path("admin/two-factor/qr-code.svg", two_factor.enrolment_qr_code, name="two_factor_qr_code"),
    path("admin/two-factor/sign-out/", two_factor.sign_out, name="two_factor_sign_out"),
    path("admin/time-zone/", admin.site.admin_view(time_zone_view), name="admin_time_zone"),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(
        template_name="robots.txt", content_type="text/plain; charset=utf-8"
    ), name="robots"),
    path("", include("conditions.urls")),
    # Answered by hipguide.health.ProbeMiddleware first; named here so reverse() knows them.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
