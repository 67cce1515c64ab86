from django.urls import path

from conditions import views

app_name = "conditions"

urlpatterns = [
    path("", views.hub, name="hub"),
    path("conditions/", views.condition_list, name="list"),
    path("conditions/<slug:slug>/", views.condition_detail, name="detail"),
    path("checklist/", views.checklist, name="checklist"),
]
