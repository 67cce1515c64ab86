"""The site's own texts: one row, in sections as the pages use them."""

from django.contrib import admin

from conditions.admin.base import HTTPS_URLS, EditorialAdmin
from conditions.models import SiteText
from conditions.models.condition import SECTIONS


@admin.register(SiteText)
class SiteTextAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    fieldsets = [
        (None, {"fields": ["site_name", "emergency_number", "emergency_number_note"]}),
        ("Home page", {"fields": ["hub_title", "hub_intro", "care_heading", "care_intro"]}),
        ("Call to action", {"fields": ["cta_heading", "cta_text", "cta_link_label", "cta_url"]}),
        ("Disclaimer", {"fields": ["disclaimer"]}),
        ("Condition pages", {"fields": ["review_byline"]}),
        (
            "Condition pages",
            {
                "fields": [
                    "contents_heading",
                    *(f"{name}_heading" for name in SECTIONS[:2]),
                    "when_to_get_help_heading",
                    *(f"{name}_heading" for name in SECTIONS[2:]),
                    "care_card_signs_intro",
                    "source_label",
                ]
            },
        ),
        (
            "Medicines caution",
            {
                "fields": [
                    "medicines_caution",
                    "medicines_caution_source_title",
                    "medicines_caution_source_url",
                ]
            },
        ),
        (
            "Warning-sign checklist",
            {
                "fields": [
                    "checklist_title",
                    "checklist_link_label",
                    "checklist_intro",
                    "checklist_emergency_notice",
                    "checklist_legend",
                    "checklist_hint",
                    "checklist_privacy",
                ]
            },
        ),
        (
            "Where does it hurt? (the explorer)",
            {
                "fields": [
                    "explorer_title",
                    "explorer_link_label",
                    "explorer_intro",
                    "explorer_areas_legend",
                    "explorer_areas_hint",
                    "explorer_factors_legend",
                    "explorer_factors_hint",
                    "explorer_button",
                    "explorer_result_title",
                    "explorer_not_a_diagnosis",
                    "explorer_best_heading",
                    "explorer_less_heading",
                    "explorer_no_fit",
                    "explorer_typical",
                    "explorer_possible",
                    "explorer_and",
                    "explorer_more",
                    "explorer_change",
                    "explorer_privacy",
                    "diagram_alt",
                ]
            },
        ),
        (
            "Search",
            {
                "fields": [
                    "search_label",
                    "search_button",
                    "search_title",
                    "search_results",
                    "search_nothing",
                    "search_privacy",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        # One row, made with the site: a new one would be live at once, not reviewed.
        return False

    def has_delete_permission(self, request, obj=None):
        return False
