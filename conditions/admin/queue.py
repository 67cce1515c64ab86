"""The clinical reviewers' queue: changes awaiting review, each with its differences, the
editor's note and the reviewer's decision; and the names reviewers sign pages with."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.cache import never_cache

from conditions.admin.previews import PREVIEWS
from conditions.admin.review import APPROVE
from conditions.models import PendingChange, ReviewerProfile


class QueueFilter(admin.SimpleListFilter):
    title = "show"
    parameter_name = "show"

    def lookups(self, request, model_admin):
        return [
            ("urgent", "Urgent corrections to check"),
            ("sent_back", "Sent back to the editor"),
            ("done", "Approved and checked"),
            ("closed", "Closed when the item was deleted"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "urgent":
            return queryset.awaiting_second_check()
        if self.value() == "sent_back":
            return queryset.filter(state=PendingChange.State.SENT_BACK)
        if self.value() == "closed":
            return queryset.filter(state=PendingChange.State.CLOSED)
        if self.value() == "done":
            return queryset.filter(state__in=[PendingChange.State.APPROVED,
                                              PendingChange.State.CHECKED])
        return queryset.filter(state=PendingChange.State.PENDING)


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    """The reviewers' queue: newest first, each change with its differences and the note."""

    list_display = ["__str__", "state", "author", "updated"]
    list_filter = [QueueFilter]
    list_select_related = ["content_type", "author"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:change_id>/preview/", wrap(never_cache(self.preview_view)),
                 name="conditions_pendingchange_preview"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None or not self.has_view_permission(request, change):
            raise Http404
        if request.method == "POST":
            return self.decide(request, change)
        item = change.model._default_manager.filter(pk=change.object_id).first()
        context = {
            **self.admin_site.each_context(request),
            "title": f"Review: {change}",
            "opts": self.opts,
            "change": change,
            "item": item,
            "item_url": reverse(f"admin:conditions_{change.model._meta.model_name}_change",
                                args=[change.object_id]),
            "differences": change.differences() if item is not None else [],
            "can_review": request.user.has_perm(APPROVE) and request.user.pk != change.author_id,
            "preview_url": reverse("admin:conditions_pendingchange_preview", args=[change.pk])
            if self.previewable(change) else "",
            "preview_label": PREVIEWS.get(change.model, (None, ""))[1],
        }
        return TemplateResponse(request, "admin/conditions/review/change.html", context)

    def decide(self, request, change):
        if not request.user.has_perm(APPROVE):
            raise PermissionDenied
        here = reverse("admin:conditions_pendingchange_change", args=[change.pk])
        name = change.item_name
        try:
            if "_approve" in request.POST and change.is_deletion:
                change.approve(request.user)
                message = (f"Approved: “{name}” is deleted, and readers no longer see it. It "
                           "can be brought back from its list's “Recover deleted”.")
            elif "_approve" in request.POST:
                change.approve(request.user)
                message = f"Approved: readers see the new version of “{name}” now."
            elif "_send_back" in request.POST:
                change.send_back(request.user, request.POST.get("comment", ""))
                message = "Sent back: the editor sees your comment on the item."
            elif "_check" in request.POST:
                change.check_correction(request.user)
                message = "Checked: the urgent correction is no longer flagged."
            else:
                return redirect(here)
        except (PermissionDenied, ValidationError) as refusal:
            self.message_user(request, " ".join(getattr(refusal, "messages", [str(refusal)])),
                              messages.ERROR)
            return redirect(here)
        self.message_user(request, message, messages.SUCCESS)
        return redirect(reverse("admin:conditions_pendingchange_changelist"))

    @staticmethod
    def previewable(change):
        # An item deleted since (with the condition it belonged to) has nothing to preview.
        return (change.model in PREVIEWS and change.is_open and not change.is_deletion
                and change.item is not None)

    def preview_view(self, request, change_id):
        """Where readers meet the item, as it will look once the change is approved, with a
        banner (see previews.py)."""
        change = PendingChange.objects.filter(pk=change_id).first()
        if change is None or not self.previewable(change):
            raise Http404
        if not self.has_view_permission(request, change):
            raise PermissionDenied
        template, context = PREVIEWS[change.model][0](change)
        return TemplateResponse(request, template, {**context, "pending_preview": change})


@admin.register(ReviewerProfile)
class ReviewerProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "qualification", "user"]
    autocomplete_fields = ["user"]
    search_fields = ["display_name", "user__username"]
