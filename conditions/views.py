from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from conditions.cache import reader_page
from conditions.forms import ChecklistForm, ExplorerForm, SearchForm
from conditions.models import Area, CareAdvice, Condition, Factor, SiteText, Tier, WarningSign


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
    condition = get_object_or_404(Condition.objects.visible_to(request.user).page(slug))
    warning_signs = condition.warning_signs.active().select_related("tier").most_urgent_first()
    diagram = Area.objects.diagram()
    typical = diagram["typical"].get(condition.slug, set())
    return render(request, "conditions/condition_detail.html", {
        "condition": condition,
        "areas": diagram["areas"],
        "typical": typical,
        "diagram_text": SiteText.objects.current().diagram_text(
            [area for area in diagram["areas"] if area.pk in typical]
        ),
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


# Like the checklist: the answers are health data, so the result is the POST response itself.
@never_cache
@require_http_methods(["GET", "POST"])
def explorer(request):
    areas = Area.objects.diagram()["areas"]
    factors = Factor.objects.select_related("warning_sign__tier")
    if request.method == "GET" or "change" in request.POST:
        answers = {name: request.POST.getlist(name) for name in ["areas", "factors"]}
        form = ExplorerForm(initial=answers, areas=areas, factors=factors)
        return render(request, "conditions/explorer.html", {"form": form, "areas": areas})

    form = ExplorerForm(request.POST, areas=areas, factors=factors)
    if not form.is_valid():
        context = {"form": form, "areas": areas}
        return render(request, "conditions/explorer.html", context, status=400)

    signs = form.warning_signs()
    fitting = Condition.objects.published().fitting(
        form.chosen_areas(), form.chosen_factors(), SiteText.objects.current()
    )
    return render(request, "conditions/explorer_result.html", {
        # A warning sign among the answers gives its care advice first, as the checklist would.
        "outcome": signs[0].tier if signs else None,
        "ticked": signs,
        "best": [condition for condition in fitting if condition.typical],
        "less": [condition for condition in fitting if not condition.typical],
        "answers": form.cleaned_data,
        "today": timezone.localdate(),
    })


# Search terms can be health data: never cached, stored or logged (the log filter and nginx
# drop query strings). Not a reader_page: results must never reach the shared page cache.
@never_cache
@require_GET
def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "conditions/search.html", {"form": form}, status=400)
    query = form.cleaned_data["q"]
    if not query:
        return render(request, "conditions/search.html", {"form": form})
    texts = SiteText.objects.current()
    results = Condition.objects.search(query)
    return render(request, "conditions/search.html", {
        "form": form,
        "results": results,
        "summary": texts.found(results, query) if results else texts.nothing_found(query),
    })
