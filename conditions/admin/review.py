"""Clinical sign-off in the admin: editors' saves of clinical content wait for a reviewer.

SignOffMixin is part of every content admin (EditorialAdmin); it does nothing for content that
needs no review. The reviewers' queue is the admin of PendingChange.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import OuterRef, Subquery
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html

from conditions.admin.deletion import ReviewedDeletionMixin
from conditions.admin.inline_review import InlineReviewMixin
from conditions.diff import history_note
from conditions.models import Area, Condition, Factor, PendingChange, WarningSign
from conditions.models.clinical import needs_review, values_of

# A new clinical item is saved in a state readers cannot see; its pending change makes it live.
# Rows added in the tables on its page are saved with it, and hidden with it. The other clinical
# content cannot be added in the admin: care advice and site texts are a fixed set, and an
# explorer row is added on its condition's (or area's, or factor's) page, where it waits.
HIDDEN_WHILE_NEW = {
    Condition: {"status": Condition.Status.DRAFT},
    WarningSign: {"is_active": False},
    Area: {"is_active": False},
    Factor: {"is_active": False},
}
APPROVE = "conditions.approve_pendingchange"


class ReviewNoteForm(forms.ModelForm):
    """Carries the editor's note, and shows the pending version's links.

    The one note box of clinical content: the reviewer reads it with the change, and the
    history keeps it (its first 100 characters) once the change is approved. It takes the
    place of the history's own box, so nobody has to say why twice."""

    review_note = forms.CharField(
        label="Why are you changing this?",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="For the clinical reviewer, and for the history once approved (it keeps the "
        "first 100 characters): why the change is needed, and your source.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The history's own box (EditConflictForm) gives way to this one.
        self.fields.pop("change_reason", None)
        pending = getattr(self.instance, "pending_change", None)
        if pending is not None and not self.is_bound:
            self.initial["review_note"] = pending.note
            self.initial.update(pending.proposed_links())

    def saved_version(self, lock=False):
        """While a change awaits review, the version an editor works on is that change."""
        if self.instance.pk is not None:
            changes = PendingChange.objects.open().for_item(self.instance)
            if lock:
                changes = changes.select_for_update()
            updated = changes.values_list("updated", flat=True).first()
            if updated is not None:
                return updated.isoformat()
        return super().saved_version(lock)

    def last_save(self):
        change = PendingChange.objects.open().for_item(self.instance).first()
        if change is not None:
            return change.saved_by, change.updated
        return super().last_save()


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"
    STATES = ["Live", "Changed (awaiting review)", "To be deleted (awaiting review)", "Scheduled",
              "Draft"]

    def lookups(self, request, model_admin):
        return [(state, state) for state in self.STATES]

    def queryset(self, request, queryset):
        if self.value() not in self.STATES:
            return queryset
        return queryset.filter(pk__in=[obj.pk for obj in queryset if state_of(obj) == self.value()])


def state_of(obj):
    """The item's state in the words of the lists: awaiting review, scheduled, draft or live."""
    if getattr(obj, "awaiting_review", None) == PendingChange.Kind.DELETE:
        return "To be deleted (awaiting review)"
    if getattr(obj, "awaiting_review", None):
        return "Changed (awaiting review)"
    if getattr(obj, "status", None) == "published" and not obj.is_live:
        return "Scheduled"
    if getattr(obj, "status", None) == "draft" or getattr(obj, "is_active", True) is False:
        return "Draft"
    return "Live"


class SignOffMixin(ReviewedDeletionMixin, InlineReviewMixin):
    change_form_template = "admin/conditions/review/change_form.html"
    hidden_while_new = HIDDEN_WHILE_NEW

    def get_form(self, request, obj=None, **kwargs):
        if needs_review(self.model):
            base = kwargs.get("form", self.form)
            kwargs["form"] = type(base.__name__, (ReviewNoteForm, base), {})
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not needs_review(self.model):
            return fieldsets
        # Admins without fieldsets list every form field; the note goes in its own, last, and
        # the history's box (EditConflictForm) gives way to it.
        notes = {"review_note", "change_reason"}
        fieldsets = [
            (name, {**options, "fields": [f for f in options["fields"] if f not in notes]})
            for name, options in fieldsets
        ]
        return [*fieldsets, ("For the clinical reviewer and the history",
                             {"fields": ["review_note"]})]

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return [*shown, "state"] if needs_review(self.model) else shown

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        return [*filters, StateFilter] if needs_review(self.model) else filters

    def get_queryset(self, request):
        rows = super().get_queryset(request)
        if not needs_review(self.model):
            return rows
        # The kind of the open change: a change or a deletion (or None).
        return rows.annotate(awaiting_review=Subquery(
            PendingChange.objects.open().filter(
                content_type=ContentType.objects.get_for_model(self.model), object_id=OuterRef("pk")
            ).values("kind")[:1]
        ))

    @admin.display(description="State")
    def state(self, obj):
        return state_of(obj)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if getattr(request, "pending_change", None) is not None:
            # Edits made in the list (order, active) are held for review like any other.
            self.message_user(request, "Your changes await clinical review. Readers see the "
                              "approved versions until they are approved.", messages.INFO)
        return response

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None or not needs_review(self.model) or request.method == "POST":
            return obj
        # The editor carries on with the pending version, not the live one.
        pending = PendingChange.objects.open_for(obj)
        if pending is not None:
            obj = pending.proposed(obj)
            obj.pending_change = pending
        return obj

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if not needs_review(self.model):
            return super().change_view(request, object_id, form_url, extra_context)
        live = self.model._default_manager.filter(pk=unquote(object_id)).first()
        pending = PendingChange.objects.open_for(live) if live is not None else None
        if request.method == "GET" and pending is not None:
            self.tell_about(request, pending)
        extra_context = {
            **(extra_context or {}),
            "pending_change": pending,
            "can_publish_urgently": request.user.has_perm(APPROVE)
            and self.has_change_permission(request, live),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_publish_urgently": False}
        return super().add_view(request, form_url, extra_context)

    def tell_about(self, request, pending):
        when = date_format(pending.updated, "j F Y")
        if pending.is_deletion:
            what = "a request to delete it awaiting clinical review, made by {} on {}. Saving " \
                "it withdraws the request. Readers still see it."
        else:
            what = "a change awaiting clinical review, started by {} on {}. The form shows the " \
                "changed version: readers still see the approved one."
        self.message_user(request, format_html(
            "This {} has " + what + ' <a href="{}">See the change</a>.',
            self.opts.verbose_name, pending.author, when,
            reverse("admin:conditions_pendingchange_change", args=[pending.pk]),
        ), messages.INFO)
        if pending.state == PendingChange.State.SENT_BACK:
            self.message_user(
                request, f"Sent back by the reviewer: {pending.comment}", messages.WARNING
            )

    def save_model(self, request, obj, form, change):
        if not needs_review(self.model):
            return super().save_model(request, obj, form, change)
        # A restore says which version it brings back (EditorialAdmin), then the editor's note.
        restored = getattr(obj, "_change_reason", "")
        note = ": ".join(part for part in [restored, form.cleaned_data.get("review_note", "")]
                         if part)
        if note:
            obj._change_reason = history_note(note)
        if not change:
            hidden = HIDDEN_WHILE_NEW.get(self.model)
            if hidden is None:
                return super().save_model(request, obj, form, change)
            values = values_of(obj, form)
            for name, value in hidden.items():
                setattr(obj, name, value)
            super().save_model(request, obj, form, change)
            request.pending_change = PendingChange.objects.propose(obj, values, request.user, note)
            return None
        values = {k: v for k, v in values_of(obj, form).items() if k in form.fields}
        before = PendingChange.objects.open_for(obj)
        pending = PendingChange.objects.propose(obj, values, request.user, note)
        # The live row and its links stay as they are until the change is approved.
        form.save_m2m = lambda: None
        request.pending_change = pending
        if before is not None and before.author_id != request.user.pk:
            self.message_user(request, f"Your edits were added to the change {before.author} "
                              "started; it still awaits review.", messages.INFO)
        if "_urgent" in request.POST:
            try:
                pending.publish_urgently(request.user)
            except (PermissionDenied, ValidationError) as refusal:
                self.message_user(request, " ".join(getattr(refusal, "messages", [str(refusal)])),
                                  messages.ERROR)
        return None

    def save_recovered(self, request, obj):
        """An item brought back from *Recover deleted*: its deletion was approved, so it comes
        back hidden like a new item, and its change makes it live when approved."""
        hidden = HIDDEN_WHILE_NEW.get(self.model) if needs_review(self.model) else None
        if hidden is None:
            return obj.save()
        values = values_of(obj)
        for name, value in hidden.items():
            setattr(obj, name, value)
        obj.save()
        PendingChange.objects.propose(obj, values, request.user, obj._change_reason)
        self.message_user(request, "Readers do not see it until a clinical reviewer approves "
                          "its change.", messages.INFO)
        return None

    def held_response(self, request, obj):
        pending = request.pending_change
        if pending.state == PendingChange.State.URGENT:
            self.message_user(request, f"“{obj}” is published as an urgent correction. A second "
                              "clinical reviewer must check it within 48 hours.", messages.SUCCESS)
        else:
            self.message_user(request, f"Your change to “{obj}” is saved and awaits clinical "
                              "review. Readers see the approved version until it is approved.",
                              messages.SUCCESS)
        if "_continue" in request.POST:
            return HttpResponseRedirect(self.admin_url("change", obj.pk))
        return HttpResponseRedirect(self.admin_url("changelist"))

    def response_change(self, request, obj):
        if getattr(request, "pending_change", None) is not None:
            return self.held_response(request, obj)
        return super().response_change(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        if getattr(request, "pending_change", None) is not None:
            return self.held_response(request, obj)
        return super().response_add(request, obj, post_url_continue)
