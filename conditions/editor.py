"""The admin editor's server side: Markdown preview (with its writing help), image upload, and
serving the images.

django-markdownx's own URLconf lets anyone preview and upload; these views let only staff who
may change content do either.
"""

from django.contrib.auth.decorators import permission_required, user_passes_test
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST, require_safe

from conditions import uploads
from conditions.writing import preview
from hipguide.two_factor import signed_in_fully

# Staff who gave both sign-in steps; anyone else is sent to the admin's sign-in.
staff_member_required = user_passes_test(signed_in_fully, login_url="admin:login")

editor_only = permission_required("conditions.change_condition", raise_exception=True)


@staff_member_required
@editor_only
@require_POST
def markdownify(request):
    if "content" not in request.POST:
        return HttpResponseBadRequest("Nothing to preview.", content_type="text/plain")
    # The condition form's script adds the page's title (static/js/writing-help.js).
    return HttpResponse(preview(request.POST["content"], title=request.GET.get("title", "")))


@staff_member_required
@editor_only
@require_POST
def upload_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return JsonResponse({"image": ["Choose an image to upload."]}, status=400)
    try:
        url = uploads.save_image(upload)
    except ValidationError as error:
        return JsonResponse({"image": error.messages}, status=400)
    # No alt text on purpose: the content checks then remind the editor to write one.
    return JsonResponse({"image_code": f"![]({url})"})


@require_safe
def media(request, name):
    """Uploaded images, in a deployment without an object store or a web server in front."""
    content_type = uploads.content_type_for(name)
    if content_type is None:
        raise Http404
    try:
        image = default_storage.open(name)
    # ValueError: a name the file system cannot hold, such as one with a NUL byte (/media/%00.png).
    except (OSError, SuspiciousFileOperation, ValueError) as error:
        raise Http404 from error
    response = FileResponse(image, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    # Stored names are random and never reused, so a copy never goes stale.
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
