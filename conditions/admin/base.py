"""What every content admin shares: revision history (conditions/admin/history.py), clinical
sign-off (conditions/admin/review.py), conflict checks and content checks."""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.db import models
from markdownx.admin import MarkdownxModelAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from conditions.admin.forms import EditConflictForm, labelled_rows
from conditions.admin.history import RevisionHistory, when
from conditions.admin.review import SignOffMixin
from conditions.editor_warnings import content_warnings
from conditions.models.clinical import needs_review

# Editors paste addresses without a scheme; assume the secure one.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}

# Date boxes show and take dates as the admin writes them (hipguide/formats/en/formats.py);
# a date that cannot be read says how to write one, rather than "Enter a valid date".
DATE_EXAMPLE = "Enter the date as day, month and year, for example 30 November 2026."
TIME_EXAMPLE = "Enter the time in hours and minutes, for example 09:00."
DATES = {
    models.DateField: {"error_messages": {"invalid": DATE_EXAMPLE}},
    models.DateTimeField: {
        "error_messages": {"invalid_date": DATE_EXAMPLE, "invalid_time": TIME_EXAMPLE},
    },
}


class EditorialAdmin(SignOffMixin, RevisionHistory):
    form = EditConflictForm
    # MarkdownxModelAdmin only swaps in the editor widget; this admin inherits history instead.
    formfield_overrides = {**MarkdownxModelAdmin.formfield_overrides, **DATES}
    # Long pages: Save without scrolling to the end.
    save_on_top = True

    class Media:
        js = ["js/upload-errors.js", "js/editor-images.js"]

    def get_changelist_formset(self, request, **kwargs):
        return labelled_rows(super().get_changelist_formset(request, **kwargs))

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if "opened_version" in flatten_fieldsets(fieldsets):
            return fieldsets
        # Clinical content has one note box, for its reviewer and the history (review.py).
        notes = [] if needs_review(self.model) else [
            ("Note for the history", {"fields": ["change_reason"]}),
        ]
        return [*fieldsets, *notes, (None, {"fields": ["opened_version"], "classes": ["hidden"]})]

    def save_model(self, request, obj, form, change):
        note = form.cleaned_data.get("change_reason", "").strip()
        restored = getattr(obj, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if restored is not None:
            restore = f"Restored the version of {when(restored)}"
            note = f"{restore}: {note}" if note else restore
        if note:
            # The history keeps 100 characters; a restore's own words come first.
            obj._change_reason = note if len(note) <= 100 else note[:99] + "…"
        super().save_model(request, obj, form, change)
        for warning in content_warnings(obj):
            self.message_user(request, warning, messages.WARNING)

    def save_formset(self, request, form, formset, change):
        # Rows saved with the item (references, links) carry the same note in their history.
        note = form.cleaned_data.get("review_note", "").strip()
        note = note or getattr(form.instance, "_change_reason", "")
        for row in formset.forms:
            row.instance._change_reason = note if len(note) <= 100 else note[:99] + "…"
        super().save_formset(request, form, formset, change)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "title": self.changelist_title(request)}
        if self.recoverable and self.has_add_permission(request):
            extra_context["recover_url"] = self.admin_url("recover_list")
        return super().changelist_view(request, extra_context)

    def changelist_title(self, request):
        """"Choose a condition to change", not Django's "Select condition to change"."""
        name, plural = self.opts.verbose_name, self.opts.verbose_name_plural
        # "care advice" and "site texts" take no article.
        item = name if name == plural else f"{'an' if name[0] in 'aeiou' else 'a'} {name}"
        verb = "change" if self.has_change_permission(request) else "view"
        return f"Choose {item} to {verb}"


class LabelledInline(admin.TabularInline):
    """A table of rows whose every box is named after its row, for screen readers."""

    # The related items a row's name is made of: read with the rows, so naming a row costs
    # no query of its own on every open and every save.
    named_after = ()

    def get_formset(self, request, obj=None, **kwargs):
        return labelled_rows(super().get_formset(request, obj, **kwargs))

    def get_queryset(self, request):
        rows = super().get_queryset(request)
        return rows.select_related(*self.named_after) if self.named_after else rows
