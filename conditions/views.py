from django.shortcuts import get_object_or_404, render
from django.template.response import SimpleTemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from conditions.cache import reader_page
from conditions.forms import ChecklistForm
from conditions.models import CareAdvice, Condition, Tier, WarningSign
from conditions.padding import padded

# An empty post may come without a type; it gets the form back with "select an answer".
FORM_TYPES = {"application/x-www-form-urlencoded", ""}


@require_safe
@reader_page
def hub(request):
    return render(request, "conditions/hub.html", {
        "conditions": Condition.objects.published().summaries(),
        "warning_signs": WarningSign.objects.active().select_related("tier").most_urgent_first(),
    })


@require_safe
@reader_page
def condition_list(request):
    return render(request, "conditions/condition_list.html", {
        "conditions": Condition.objects.published().summaries(),
    })


@require_safe
@reader_page
def condition_detail(request, slug):
    condition = get_object_or_404(Condition.objects.visible_to(request.user).page(slug))
    warning_signs = condition.warning_signs.active().select_related("tier").most_urgent_first()
    return render(request, "conditions/condition_detail.html", {
        "condition": condition,
        "references": condition.references.all(),
        "warning_signs": warning_signs,
    })


# The answers are health data: the result is the POST response itself, so nothing is stored,
# redirected through a URL or kept in a cache, and never_cache marks it private, no-store.
# Every page it sends is the same length (conditions/padding.py).
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@padded
def checklist(request):
    if request.method == "POST" and request.content_type not in FORM_TYPES:
        # A browser sends the form urlencoded; anything else is refused before it is read.
        return SimpleTemplateResponse("400.html", status=415).render()
    warning_signs = WarningSign.objects.active().select_related("tier").most_urgent_first()
    if request.method == "GET" or "change" in request.POST:
        initial = {"signs": request.POST.getlist("signs"), "none": "none" in request.POST}
        form = ChecklistForm(initial=initial, warning_signs=warning_signs)
        return render(request, "conditions/checklist.html", {"form": form})

    form = ChecklistForm(request.POST, warning_signs=warning_signs)
    if not form.is_valid():
        return render(request, "conditions/checklist.html", {"form": form}, status=400)

    ticked = form.ticked()
    # Signs come most urgent first, so the first one's tier is the advice; one is enough.
    outcome = ticked[0].tier if ticked else CareAdvice.objects.get(tier=Tier.NONE)
    return render(request, "conditions/checklist_result.html", {
        "outcome": outcome,
        "ticked": ticked,
        "answers": form.cleaned_data,
        "conditions": Condition.objects.published().summaries().linked_to(ticked),
        "today": timezone.localdate(),
    })
