from django.conf import settings
from django.urls import path

from conditions import editor, views

app_name = "conditions"

urlpatterns = [
    path("", views.hub, name="hub"),
    path("conditions/", views.condition_list, name="list"),
    path("conditions/<slug:slug>/", views.condition_detail, name="detail"),
    path("checklist/", views.checklist, name="checklist"),
    path("where-does-it-hurt/", views.explorer, name="explorer"),
    path("search/", views.search, name="search"),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", editor.media, name="media"),
]
