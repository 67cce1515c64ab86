from django.contrib import admin
from django.urls import include, path

from hipguide import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("markdownx/", include("markdownx.urls")),
    path("", include("conditions.urls")),
    # Answered by hipguide.health.ProbeMiddleware first; named here so reverse() knows them.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
