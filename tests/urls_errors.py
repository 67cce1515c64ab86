"""A URLconf with views that fail, for tests of what errors log."""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def failing_form(request):
    # Fails quoting the submitted value, as int() does: the value must still not be logged.
    return HttpResponse(int(request.POST["age"]))


@csrf_exempt
@require_POST
def failing_json(request):
    raise ValueError(f"unexpected body {request.body.decode()}")


urlpatterns = [
    path("failing-form/", failing_form),
    path("failing-json/", failing_json),
    path("", include("hipguide.urls")),
]
