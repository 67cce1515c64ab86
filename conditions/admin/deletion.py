"""Deleting clinical content is a change like any other: the editor asks, a reviewer approves
(and the item goes, its history kept so it can be recovered) or sends it back. Readers keep the
item until then. Part of SignOffMixin; does nothing for content that needs no review."""

from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.utils import model_ngettext
from django.http import HttpResponseRedirect

from conditions.models import PendingChange
from conditions.models.clinical import needs_review


@admin.action(permissions=["delete"],
              description="Ask to delete the selected %(verbose_name_plural)s (after review)")
def delete_after_review(modeladmin, request, queryset):
    """Django's "delete selected", whose confirmed deletion is a request for review."""
    _, _, perms_needed, protected = modeladmin.get_deleted_objects(queryset, request)
    if not request.POST.get("post") or perms_needed or protected:
        # The confirmation page (or Django's refusal), saying the deletion waits for review.
        response = delete_selected(modeladmin, request, queryset)
        if response is not None:
            response.context_data["deletion_awaits_review"] = True
        return response
    modeladmin.delete_queryset(request, queryset)
    count = len(queryset)
    modeladmin.message_user(
        request, f"Your request to delete {count} {model_ngettext(modeladmin.opts, count)} "
        "awaits clinical review. Readers see them until a reviewer approves.", messages.SUCCESS,
    )
    return None


class ReviewedDeletionMixin:
    def get_actions(self, request):
        actions = super().get_actions(request)
        if needs_review(self.model) and "delete_selected" in actions:
            # Same name: Django's confirmation page posts back to "delete_selected".
            description = delete_after_review.short_description % {
                "verbose_name_plural": self.opts.verbose_name_plural,
            }
            actions["delete_selected"] = (delete_after_review, "delete_selected", description)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        awaits = needs_review(self.model)
        extra_context = {**(extra_context or {}), "deletion_awaits_review": awaits}
        return super().delete_view(request, object_id, extra_context)

    def log_deletions(self, request, queryset):
        # Nothing is deleted yet: the history records the deletion once it is approved.
        if not needs_review(self.model):
            super().log_deletions(request, queryset)

    def delete_model(self, request, obj):
        if not needs_review(self.model):
            return super().delete_model(request, obj)
        note = request.POST.get("review_note", "").strip()
        before = PendingChange.objects.open_for(obj)
        request.pending_change = PendingChange.objects.propose_deletion(obj, request.user, note)
        if before is not None and not before.is_deletion:
            self.message_user(request, f"“{obj}” had changes awaiting review; they are kept in "
                              "the request, and used only if the deletion is sent back and the "
                              "item saved again.", messages.INFO)
        return None

    def delete_queryset(self, request, queryset):
        if not needs_review(self.model):
            return super().delete_queryset(request, queryset)
        for obj in queryset:
            PendingChange.objects.propose_deletion(
                obj, request.user, request.POST.get("review_note", "").strip()
            )
        return None

    def response_delete(self, request, obj_display, obj_id):
        if getattr(request, "pending_change", None) is None:
            return super().response_delete(request, obj_display, obj_id)
        self.message_user(request, f"Your request to delete “{obj_display}” awaits clinical "
                          "review. Readers see it until a reviewer approves the deletion.",
                          messages.SUCCESS)
        return HttpResponseRedirect(self.admin_url("changelist"))
