from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from conditions.cache import reader_page
from conditions.forms import ChecklistForm
from conditions.models import CareAdvice, Condition, Tier, WarningSign


@require_GET
@reader_page
def hub(request):
    return render(request, "conditions/hub.html", {
        "conditions": Condition.objects.published().summaries(),
        "warning_signs": WarningSign.objects.active().select_related("tier").most_urgent_first(),
    })


@require_GET
@reader_page
def condition_list(request):
    return render(request, "conditions/condition_list.html", {
        "conditions": Condition.objects.published().summaries(),
    })


@require_GET
@reader_page
def condition_detail(request, slug):
    conditions = Condition.objects.visible_to(request.user).select_related(
        "reviewer__reviewer_profile"
    )
    condition = get_object_or_404(conditions.page(slug))
    warning_signs = condition.warning_signs.active().select_related("tier").most_urgent_first()
    return render(request, "conditions/condition_detail.html", {
        "condition": condition,
        "references": condition.references.all(),
        "warning_signs": warning_signs,
    })


# The answers are health data: the result is the POST response itself, so nothing is stored,
# redirected through a URL or kept in a cache, and never_cache marks it private, no-store.
@never_cache
@require_http_methods(["GET", "POST"])
def checklist(request):
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
