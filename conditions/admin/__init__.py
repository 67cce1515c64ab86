from django.contrib import admin
from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html

from conditions.admin import queue  # noqa: F401 - registers the clinical reviewers' queue
from conditions.admin.base import EditorialAdmin
from conditions.models import CareAdvice, Condition, Reference, ReviewStatus, SiteText, WarningSign

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
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ReferenceInline, WarningSignInline]
    date_hierarchy = "next_review_due"
    recoverable = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "where_it_hurts", "body"]}),
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
    list_display = ["sign", "tier", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["tier", "is_active"]
    search_fields = ["sign", "why_it_matters"]
    filter_horizontal = ["conditions"]
    ordering = ["tier", "order"]
    recoverable = True


@admin.register(CareAdvice)
class CareAdviceAdmin(EditorialAdmin):
    list_display = ["__str__", "heading", "action_label"]
    search_fields = ["heading", "what_to_do", "meanwhile"]

    def has_add_permission(self, request):
        return CareAdvice.objects.count() < len(CareAdvice._meta.get_field("tier").choices)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SiteText)
class SiteTextAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}
    fieldsets = [
        (None, {"fields": ["site_name", "emergency_number"]}),
        ("Home page", {"fields": ["hub_title", "hub_intro", "care_heading", "care_intro"]}),
        ("Call to action", {"fields": ["cta_heading", "cta_text", "cta_link_label", "cta_url"]}),
        ("Disclaimer", {"fields": ["disclaimer"]}),
        ("Condition pages", {"fields": ["review_byline"]}),
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
    ]

    def has_add_permission(self, request):
        return not SiteText.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
