"""The glossary the writing help checks against: editor help, so a plain admin with no history
or sign-off (it is not reader content)."""

from django.contrib import admin

from conditions.models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "explanation"]
    search_fields = ["term", "other_forms", "explanation"]
    fields = ["term", "other_forms", "explanation"]
