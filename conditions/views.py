from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from conditions.cache import reader_page
from conditions.models import Condition, RedFlag


@require_GET
@reader_page
def hub(request):
    return render(request, "conditions/hub.html", {
        "conditions": Condition.objects.published().summaries(),
        "red_flags": RedFlag.objects.active().select_related("tier").most_urgent_first(),
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
    condition = get_object_or_404(Condition.objects.visible_to(request.user).page(slug))
    red_flags = condition.red_flags.active().select_related("tier").most_urgent_first()
    return render(request, "conditions/condition_detail.html", {
        "condition": condition,
        "references": condition.references.all(),
        "red_flags": red_flags,
    })
