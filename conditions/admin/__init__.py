from django.contrib import admin
from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html

from conditions.admin.base import EditorialAdmin
from conditions.models import (
    Area,
    CareAdvice,
    Condition,
    ConditionArea,
    ConditionFactor,
    Factor,
    Reference,
    ReviewStatus,
    SiteText,
    WarningSign,
)
from conditions.models.condition import SECTIONS

# Editors paste addresses without a scheme; assume the secure one.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 1
    formfield_overrides = HTTPS_URLS


class WarningSignInline(admin.TabularInline):
    model = WarningSign.conditions.through
    extra = 0
    verbose_name = "warning sign"
    verbose_name_plural = "warning signs that point to this condition"
    autocomplete_fields = ["warningsign"]


class ConditionAreaInline(admin.TabularInline):
    model = ConditionArea
    extra = 0
    verbose_name_plural = "where it hurts (for the explorer and the page's diagram)"
    formfield_overrides = HTTPS_URLS


class ConditionFactorInline(admin.TabularInline):
    model = ConditionFactor
    extra = 0
    verbose_name_plural = "what it is like (for the explorer)"
    formfield_overrides = HTTPS_URLS


class AreaConditionsInline(ConditionAreaInline):
    verbose_name_plural = "conditions that hurt here"


class FactorConditionsInline(ConditionFactorInline):
    verbose_name_plural = "conditions this fits"


class ReviewStatusFilter(admin.SimpleListFilter):
    title = "clinical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return ReviewStatus.choices

    def queryset(self, request, queryset):
        if self.value() in ReviewStatus.values:
            return queryset.review_status(self.value())
        return queryset


@admin.register(Condition)
class ConditionAdmin(EditorialAdmin):
    list_display = [
        "title", "status", "publish_at", "order", "review", "page_link",
    ]
    list_editable = ["order"]
    list_filter = ["status", ReviewStatusFilter]
    search_fields = ["title", "summary", "overview", "symptoms"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ReferenceInline, WarningSignInline, ConditionAreaInline, ConditionFactorInline]
    date_hierarchy = "next_review_due"
    recoverable = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "also_known_as", "where_it_hurts"]}),
        (
            "Sections",
            {
                "description": "Each section has its own heading on the page. “When to get "
                "help” is made from the warning signs linked below, in care cards by urgency: "
                "link a sign rather than writing urgent advice here.",
                "fields": SECTIONS,
            },
        ),
        ("Medicines", {"fields": ["uses_anti_inflammatories"]}),
        ("For search engines", {"fields": ["signs_or_symptoms", "treatments"]}),
        ("Publishing", {"fields": ["status", "publish_at", "order"]}),
        ("Clinical review", {"fields": ["last_reviewed", "next_review_due", "reviewed_by"]}),
    ]

    @admin.display(description="Clinical review", ordering="next_review_due")
    def review(self, condition):
        due = date_format(condition.next_review_due, "j M Y")
        return f"{condition.review_status.label} (due {due})"

    @admin.display(description="Page")
    def page_link(self, condition):
        # Staff see drafts and scheduled pages on the site itself, with a banner.
        label = "View" if condition.is_live else "Preview"
        return format_html(
            '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            condition.get_absolute_url(), label, condition.title,
        )

    def recover_related(self, request, condition):
        """Its references were deleted with it; warning signs keep no record of the link."""
        existing = Reference.objects.values("pk")
        records = Reference.history.filter(condition_id=condition.pk, history_type="-").exclude(
            id__in=existing
        )
        restored = set()
        for record in records.order_by("-history_date"):
            if record.id not in restored:
                restored.add(record.id)
                reference = record.instance
                reference._history_user = request.user
                reference.save()
        self.message_user(
            request,
            "Its warning signs are not linked again: add them under “Warning signs that point "
            "to this condition” below.",
        )


@admin.register(WarningSign)
class WarningSignAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    list_display = ["sign", "tier", "source_title", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["tier", "is_active"]
    search_fields = ["sign", "why_it_matters"]
    filter_horizontal = ["conditions"]
    ordering = ["tier", "order"]
    recoverable = True


@admin.register(CareAdvice)
class CareAdviceAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    list_display = ["__str__", "heading", "action_label", "source_title"]
    search_fields = ["heading", "what_to_do", "meanwhile"]

    def has_add_permission(self, request):
        return CareAdvice.objects.count() < len(CareAdvice._meta.get_field("tier").choices)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SiteText)
class SiteTextAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    fieldsets = [
        (None, {"fields": ["site_name", "emergency_number", "emergency_number_note"]}),
        ("Home page", {"fields": ["hub_title", "hub_intro", "care_heading", "care_intro"]}),
        ("Call to action", {"fields": ["cta_heading", "cta_text", "cta_link_label", "cta_url"]}),
        ("Disclaimer", {"fields": ["disclaimer"]}),
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
        return not SiteText.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Area)
class AreaAdmin(EditorialAdmin):
    list_display = ["name", "view", "order"]
    list_editable = ["order"]
    list_filter = ["view"]
    search_fields = ["name", "you_said"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AreaConditionsInline]


@admin.register(Factor)
class FactorAdmin(EditorialAdmin):
    list_display = ["name", "warning_sign", "order"]
    list_editable = ["order"]
    search_fields = ["name", "you_said"]
    autocomplete_fields = ["warning_sign"]
    inlines = [FactorConditionsInline]


@admin.register(ConditionArea)
class ConditionAreaAdmin(EditorialAdmin):
    list_display = ["condition", "area", "fit"]
    list_filter = ["condition", "area", "fit"]
    search_fields = ["reason", "reference_title"]
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}


@admin.register(ConditionFactor)
class ConditionFactorAdmin(EditorialAdmin):
    list_display = ["condition", "factor", "fit"]
    list_filter = ["condition", "factor", "fit"]
    search_fields = ["reason", "reference_title"]
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
