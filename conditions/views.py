from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import SimpleTemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from conditions.cache import reader_page, versioned
from conditions.forms import ChecklistForm, ExplorerForm, SearchForm
from conditions.models import (
    CareAdvice,
    Condition,
    Factor,
    OldAddress,
    Tier,
    WarningSign,
)
from conditions.padding import padded

# An empty post may come without a type; it gets the form back with "select an answer".
FORM_TYPES = {"application/x-www-form-urlencoded", ""}



# Read once per content version in each worker: every condition page and the explorer need them.
def diagram():
    return versioned("diagram")


def site_text():
    return versioned("site-text")


def checklist_content():
    """The active signs (with their published conditions) and the advice for each level of
    urgency. Kept like the rest, so the checklist still answers from the last published content
    while the database cannot be reached: it is the page people in trouble need most."""
    published = Prefetch("conditions", queryset=Condition.objects.published().summaries())
    return versioned("checklist", lambda: (
        WarningSign.objects.active().select_related("tier").prefetch_related(published)
        .most_urgent_first(),
        {advice.tier: advice for advice in CareAdvice.objects.all()},
    ))


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
    visible = Condition.objects.visible_to(request.user).select_related(
        "reviewer__reviewer_profile"
    )
    condition = visible.filter(slug=slug).first()
    if condition is None:
        # A page whose web address changed: links to the old one lead to it, for good.
        addresses = OldAddress.objects.filter(condition__in=visible).select_related("condition")
        moved = get_object_or_404(addresses, slug=slug)
        return redirect(moved.condition, permanent=True)
    warning_signs = condition.warning_signs.active().select_related("tier").most_urgent_first()
    previous, following = condition.neighbours(versioned("reading-order"))
    body_map = diagram()
    typical = body_map["typical"].get(condition.slug, set())
    return render(request, "conditions/condition_detail.html", {
        "condition": condition,
        "areas": body_map["areas"],
        "typical": typical,
        "diagram_text": site_text().diagram_text(
            [area for area in body_map["areas"] if area.pk in typical]
        ),
        "references": condition.references.all(),
        "warning_signs": warning_signs,
        "previous": previous,
        "next": following,
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
    warning_signs, advice = checklist_content()
    if request.method == "GET" or "change" in request.POST:
        initial = {"signs": request.POST.getlist("signs"), "none": "none" in request.POST}
        form = ChecklistForm(initial=initial, warning_signs=warning_signs)
        return render(request, "conditions/checklist.html", {"form": form})

    form = ChecklistForm(request.POST, warning_signs=warning_signs)
    if not form.is_valid():
        return render(request, "conditions/checklist.html", {"form": form}, status=400)

    ticked = form.ticked()
    # Signs come most urgent first, so the first one's tier is the advice; one is enough.
    outcome = advice[ticked[0].tier_id] if ticked else advice[Tier.NONE]
    linked = {condition.pk: condition for sign in ticked for condition in sign.conditions.all()}
    return render(request, "conditions/checklist_result.html", {
        "outcome": outcome,
        "ticked": ticked,
        "answers": form.cleaned_data,
        "conditions": sorted(linked.values(), key=lambda item: (item.order, item.title)),
        "today": timezone.localdate(),
    })


# Like the checklist: the answers are health data, so the result is the POST response itself.
@never_cache
@require_http_methods(["GET", "POST"])
def explorer(request):
    areas = diagram()["areas"]
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
        form.chosen_areas(), form.chosen_factors(), site_text()
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
@require_safe
def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "conditions/search.html", {"form": form}, status=400)
    query = form.cleaned_data["q"]
    if not query:
        return render(request, "conditions/search.html", {"form": form})
    texts = site_text()
    vocabulary = versioned("vocabulary", Condition.objects.vocabulary)
    results = Condition.objects.search(query, vocabulary)
    return render(request, "conditions/search.html", {
        "form": form,
        "results": results,
        "summary": texts.found(results, query) if results else texts.nothing_found(query),
    })
