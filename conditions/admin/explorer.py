"""The explorer's areas, factors and their links to conditions."""

from django.contrib import admin

from conditions.admin.base import HTTPS_URLS, EditorialAdmin, LabelledInline
from conditions.models import Area, ConditionArea, ConditionFactor, Factor


class ConditionAreaInline(LabelledInline):
    model = ConditionArea
    named_after = ["area"]
    extra = 0
    verbose_name_plural = "where it hurts (for the explorer and the page's diagram)"
    formfield_overrides = HTTPS_URLS


class ConditionFactorInline(LabelledInline):
    model = ConditionFactor
    named_after = ["factor"]
    extra = 0
    verbose_name_plural = "what it is like (for the explorer)"
    formfield_overrides = HTTPS_URLS


class AreaConditionsInline(ConditionAreaInline):
    verbose_name_plural = "conditions that hurt here"


class FactorConditionsInline(ConditionFactorInline):
    verbose_name_plural = "conditions this fits"


@admin.register(Area)
class AreaAdmin(EditorialAdmin):
    list_display = ["name", "view", "order", "is_active"]
    list_editable = ["order"]
    list_filter = ["view"]
    search_fields = ["name", "you_said"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AreaConditionsInline]


@admin.register(Factor)
class FactorAdmin(EditorialAdmin):
    list_display = ["name", "warning_sign", "order", "is_active"]
    list_editable = ["order"]
    search_fields = ["name", "you_said"]
    autocomplete_fields = ["warning_sign"]
    inlines = [FactorConditionsInline]


class LinkAdmin(EditorialAdmin):
    formfield_overrides = {**EditorialAdmin.formfield_overrides, **HTTPS_URLS}

    def has_add_permission(self, request):
        # Added here, a row would be live at once: it has no hidden state of its own. Added on
        # the condition's page, it waits in the condition's change for review.
        return False


@admin.register(ConditionArea)
class ConditionAreaAdmin(LinkAdmin):
    list_display = ["condition", "area", "fit"]
    list_filter = ["condition", "area", "fit"]
    search_fields = ["reason", "reference_title"]


@admin.register(ConditionFactor)
class ConditionFactorAdmin(LinkAdmin):
    list_display = ["condition", "factor", "fit"]
    list_filter = ["condition", "factor", "fit"]
    search_fields = ["reason", "reference_title"]
