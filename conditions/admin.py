from django.contrib import admin
from django.db import models
from markdownx.admin import MarkdownxModelAdmin

from conditions.models import CareTier, Condition, RedFlag, Reference, SiteText

# Editors paste addresses without a scheme; assume the secure one.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 1
    formfield_overrides = HTTPS_URLS


class RedFlagInline(admin.TabularInline):
    model = RedFlag.conditions.through
    extra = 0
    verbose_name = "warning sign"
    verbose_name_plural = "warning signs that point to this condition"
    autocomplete_fields = ["redflag"]


@admin.register(Condition)
class ConditionAdmin(MarkdownxModelAdmin):
    list_display = ["title", "status", "publish_at", "order", "last_reviewed", "next_review_due"]
    list_editable = ["order"]
    list_filter = ["status"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ReferenceInline, RedFlagInline]
    date_hierarchy = "next_review_due"
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "where_it_hurts", "body"]}),
        ("For search engines", {"fields": ["signs_or_symptoms", "treatments"]}),
        ("Publishing", {"fields": ["status", "publish_at", "order"]}),
        ("Clinical review", {"fields": ["last_reviewed", "next_review_due", "reviewed_by"]}),
    ]


@admin.register(RedFlag)
class RedFlagAdmin(admin.ModelAdmin):
    list_display = ["sign", "tier", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["tier", "is_active"]
    search_fields = ["sign", "why_it_matters"]
    filter_horizontal = ["conditions"]
    ordering = ["tier", "order"]


@admin.register(CareTier)
class CareTierAdmin(MarkdownxModelAdmin):
    list_display = ["__str__", "heading", "action_label"]
    search_fields = ["heading", "what_to_do", "meanwhile"]

    def has_add_permission(self, request):
        return CareTier.objects.count() < len(CareTier._meta.get_field("tier").choices)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SiteText)
class SiteTextAdmin(MarkdownxModelAdmin):
    formfield_overrides = {**MarkdownxModelAdmin.formfield_overrides, **HTTPS_URLS}
    fieldsets = [
        (None, {"fields": ["site_name", "emergency_number"]}),
        ("Home page", {"fields": ["hub_title", "hub_intro", "care_heading", "care_intro"]}),
        ("Call to action", {"fields": ["cta_heading", "cta_text", "cta_link_label", "cta_url"]}),
        ("Disclaimer", {"fields": ["disclaimer"]}),
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
