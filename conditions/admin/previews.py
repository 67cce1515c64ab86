"""Where readers meet an item, as it will look once its change awaiting review is approved.

Each preview is the readers' own template filled with the proposed version, unsaved: nothing is
written, and the queue serves them staff-only and never cached (queue.py)."""

from django.utils import timezone

from conditions.models import CareAdvice, Condition, SiteText, WarningSign


def condition_page(change):
    condition = change.proposed()
    return "conditions/condition_detail.html", {
        "condition": condition,
        "references": condition.references.all(),
        "warning_signs": condition.warning_signs.active().select_related("tier")
        .most_urgent_first(),
    }


def checklist_result(outcome, ticked, conditions):
    """The checklist's result page for a reader who ticked `ticked` (most urgent first)."""
    return "conditions/checklist_result.html", {
        "outcome": outcome,
        "ticked": ticked,
        "answers": {"signs": [str(sign.pk) for sign in ticked], "none": not ticked},
        "conditions": sorted(set(conditions), key=lambda item: (item.order, item.title)),
        "today": timezone.localdate(),
    }


def warning_sign_result(change):
    """The result of a reader who ticks only this sign."""
    sign = change.proposed()
    linked = change.values.get("conditions")
    conditions = Condition.objects.published()
    conditions = (conditions.filter(pk__in=linked) if linked is not None
                  else conditions.filter(warning_signs=sign))
    return checklist_result(CareAdvice.objects.get(tier=sign.tier_id), [sign], conditions)


def care_advice_result(change):
    """The result of a reader whose answers lead to this advice: every active sign with it."""
    advice = change.proposed()
    ticked = list(WarningSign.objects.active().filter(tier=advice.tier).select_related("tier"))
    conditions = Condition.objects.published().filter(warning_signs__in=ticked)
    return checklist_result(advice, ticked, conditions)


def home_page(change):
    """The home page, where most site texts are first met, with the texts as proposed."""
    return "conditions/hub.html", {
        "site": change.proposed(),
        "conditions": Condition.objects.published().summaries(),
        "warning_signs": WarningSign.objects.active().select_related("tier").most_urgent_first(),
    }


PREVIEWS = {
    Condition: (condition_page, "Preview the page as it will look"),
    WarningSign: (warning_sign_result, "Preview the checklist result as it will look"),
    CareAdvice: (care_advice_result, "Preview the checklist result as it will look"),
    SiteText: (home_page, "Preview the home page as it will look"),
}
