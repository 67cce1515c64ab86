"""Tables of links on a clinical item's form (a condition's warning signs, areas and factors)
wait for review like the item's own fields: readers see no new, changed or removed link until a
reviewer approves it. Part of SignOffMixin."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.html import format_html

from conditions.models import PendingChange, WarningSign
from conditions.models.clinical import NEW_ROWS, needs_review, values_of

# The table behind "warning signs that point to this condition".
SIGN_LINK = WarningSign.conditions.through


class InlineReviewMixin:
    # Set by SignOffMixin: new items readers cannot see yet, whose tables may save at once.
    hidden_while_new = {}

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET" and any(inline.model is SIGN_LINK for inline in self.inlines):
            condition = self.model._default_manager.filter(pk=unquote(object_id)).first()
            if condition is not None:
                self.tell_about_sign_links(request, condition)
        return super().change_view(request, object_id, form_url, extra_context)

    def tell_about_sign_links(self, request, condition):
        """The table of warning signs shows the links readers see now; a link changed there
        waits in its sign's change, so say which links are changing."""
        changes = PendingChange.objects.open().filter(
            kind=PendingChange.Kind.EDIT, values__has_key="conditions",
            content_type=ContentType.objects.get_for_model(WarningSign),
        )
        linked = set(condition.warning_signs.values_list("pk", flat=True))
        waiting = [change for change in changes
                   if (condition.pk in change.values["conditions"]) != (change.object_id in linked)]
        signs = WarningSign.objects.in_bulk([change.object_id for change in waiting])
        for change in waiting:
            what = "to stop pointing" if change.object_id in linked else "to point"
            self.message_user(request, format_html(
                "Awaiting clinical review: the warning sign “{}” is {} to this condition. The "
                "table of warning signs shows the links readers see until a reviewer approves "
                'it. <a href="{}">See the change</a>.',
                signs[change.object_id], what,
                reverse("admin:conditions_pendingchange_change", args=[change.pk]),
            ), messages.INFO)

    def save_formset(self, request, form, formset, change):
        reviewed = formset.model is SIGN_LINK or needs_review(formset.model)
        if not reviewed or not (change or self.model not in self.hidden_while_new):
            return super().save_formset(request, form, formset, change)
        # The admin's history message reads these; nothing is saved yet.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        note = form.cleaned_data.get("review_note", "")
        if formset.model is SIGN_LINK:
            self.propose_sign_links(request, form.instance, formset, note)
        else:
            self.propose_rows(request, form.instance, formset, note)
        return None

    def propose_sign_links(self, request, condition, formset, note):
        """Each warning sign whose link to `condition` changes gets the change in its own
        "Conditions", as if it were ticked on the sign's form."""
        added, removed = set(), set()
        for row in formset.forms:
            old = row.initial.get("warningsign") if row.instance.pk else None
            new = row.cleaned_data.get("warningsign") if row.has_changed() or old else None
            if row in formset.deleted_forms:
                new = None
            new = getattr(new, "pk", new)
            if old != new:
                removed |= {old} - {None}
                added |= {new} - {None}
        for sign in WarningSign.objects.filter(pk__in=added | removed):
            pending = PendingChange.objects.open_for(sign)
            links = set(values_of(sign)["conditions"])
            if pending is not None and "conditions" in pending.values:
                links = set(pending.values["conditions"])
            links = links | {condition.pk} if sign.pk in added else links - {condition.pk}
            PendingChange.objects.propose(sign, {"conditions": sorted(links)}, request.user, note)
        if added or removed:
            self.message_user(request, "Your changes to the warning signs that point here await "
                              "clinical review, each as a change to its warning sign.",
                              messages.INFO)

    def propose_rows(self, request, parent, formset, note):
        """Changed and removed rows become their own changes; new rows wait in the parent's."""
        new = []
        for row in formset.forms:
            if row in formset.deleted_forms:
                if row.instance.pk:
                    PendingChange.objects.propose_deletion(row.instance, request.user, note)
            elif row.instance.pk and row.has_changed():
                values = {k: v for k, v in values_of(row.instance).items() if k in row.fields}
                PendingChange.objects.propose(row.instance, values, request.user, note)
            elif not row.instance.pk and row.has_changed():
                setattr(row.instance, formset.fk.name, parent)
                new.append(values_of(row.instance))
        if new:
            key = NEW_ROWS + formset.model._meta.model_name
            pending = PendingChange.objects.open_for(parent)
            earlier = pending.values.get(key, []) if pending is not None else []
            PendingChange.objects.propose(parent, {key: earlier + new}, request.user, note)
