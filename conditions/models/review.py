"""Clinical sign-off: an editor's change to clinical content waits here until a reviewer
approves it, so readers only ever see approved versions. The proposed values are kept as JSON,
field by field, for whatever editable fields the item's model has, so it follows the models."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from markdownx.models import MarkdownxField

from conditions.diff import added_rows, changed_fields, history_note
from conditions.markdown import render
from conditions.models.clinical import linked_fields, new_rows, proposed_fields, values_of
from conditions.models.closing import close_changes_deleted_with, deleted_name
from conditions.models.reviewer import ReviewerProfile

# An urgent correction a second reviewer has not checked within this long is reported.
SECOND_CHECK_WITHIN = datetime.timedelta(hours=48)
# How long an approval vouches for a condition page.
REVIEW_LASTS = datetime.timedelta(days=365)


class PendingChangeQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=PendingChange.OPEN)

    def awaiting_second_check(self):
        return self.filter(state=PendingChange.State.URGENT)

    def overdue_second_check(self):
        return self.awaiting_second_check().filter(
            reviewed_at__lt=timezone.now() - SECOND_CHECK_WITHIN
        )

    def for_item(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
        )

    def open_for(self, obj):
        return self.open().for_item(obj).first()

    @transaction.atomic
    def propose(self, obj, values, author, note=""):
        """Keep `values` as the proposed version of `obj`: a new change, or the open one
        extended (its earlier values kept for fields this save did not carry)."""
        change = self.held_for(obj, author)
        change.values = {**change.values, **values}
        # Saving the item again means keeping it: an open request to delete it is withdrawn.
        return change.saved(PendingChange.Kind.EDIT, author, note)

    @transaction.atomic
    def propose_deletion(self, obj, author, note=""):
        """Ask to delete `obj`. Edits already awaiting review are kept in the change, unused,
        so they are still there if the reviewer sends the deletion back."""
        return self.held_for(obj, author).saved(PendingChange.Kind.DELETE, author, note)

    def held_for(self, obj, author):
        """The item's open change, held until this save commits; or a new one."""
        change = self.select_for_update().open_for(obj)
        return change or self.model(item=obj, values={}, author=author)


class PendingChange(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Awaiting review"
        SENT_BACK = "sent_back", "Sent back to the editor"
        APPROVED = "approved", "Approved"
        URGENT = "urgent", "Published as an urgent correction, awaiting a second check"
        CHECKED = "checked", "Urgent correction checked"
        CLOSED = "closed", "Closed: the item was deleted"

    # Still being written or reviewed: the item has at most one of these.
    OPEN = [State.PENDING, State.SENT_BACK]

    class Kind(models.TextChoices):
        EDIT = "edit", "Change this item"
        DELETE = "delete", "Delete this item"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    values = models.JSONField(encoder=DjangoJSONEncoder, default=dict)
    kind = models.CharField(
        max_length=6, choices=Kind.choices, default=Kind.EDIT,
        help_text="Whether approving it changes the item or deletes it.",
    )
    note = models.TextField(
        "why",
        blank=True,
        help_text="Why the change is needed, for the reviewer. Cite a source where you can.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="changes_proposed"
    )
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+",
        help_text="Who saved the change last.",
    )
    contributors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="changes_contributed", blank=True,
        help_text="Everyone who saved this change; none of them may approve it.",
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    comment = models.TextField(
        "reviewer's comment", blank=True,
        help_text="What the editor needs to change before it can be approved.",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="changes_reviewed",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        verbose_name = "change awaiting review"
        verbose_name_plural = "changes awaiting review"
        ordering = ["-updated"]
        permissions = [("approve_pendingchange", "Can approve, send back and check changes")]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(state__in=["pending", "sent_back"]),
                name="pending_change_one_open_per_item",
            ),
            models.CheckConstraint(
                condition=~Q(reviewer=F("author")), name="pending_change_not_approved_by_author"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["edit", "delete"]), name="pending_change_kind_is_known"
            ),
        ]

    def __str__(self):
        return f"{self.content_type.name.capitalize()}: {self.item_name}"

    @property
    def item_name(self):
        if self.item is not None:
            return str(self.item)
        return deleted_name(self.model, self.object_id)

    @property
    def is_deletion(self):
        return self.kind == self.Kind.DELETE

    def saved(self, kind, author, note):
        self.kind = kind
        self.saved_by = author
        self.state = self.State.PENDING
        if note:
            self.note = note
        self.save()
        self.contributors.add(author)
        return self

    @property
    def is_open(self):
        return self.state in self.OPEN

    @property
    def model(self):
        return self.content_type.model_class()

    def proposed(self, obj=None):
        """`obj` (by default the live item) with the proposed values set, not saved."""
        obj = obj if obj is not None else self.model._default_manager.get(pk=self.object_id)
        for field in proposed_fields(self.model):
            if field.name in self.values:
                setattr(obj, field.attname, field.to_python(self.values[field.name]))
                if isinstance(field, MarkdownxField) and hasattr(obj, f"{field.name}_html"):
                    # Each Markdown section is shown from its HTML, as the page will show it.
                    setattr(obj, f"{field.name}_html", render(getattr(obj, field.attname)))
        return obj

    def proposed_links(self):
        fields = linked_fields(self.model)
        return {f.name: self.values[f.name] for f in fields if f.name in self.values}

    def differences(self):
        """Each field the change alters: its label, word-by-word pieces, and for Markdown the
        new version rendered as readers will see it."""
        live = self.model._default_manager.get(pk=self.object_id)
        if self.is_deletion:
            return [{"field": self.Kind.DELETE.label, "pieces": [("removed", str(live))],
                     "html": ""}]
        return [*changed_fields(self.model, values_of(live), self.values),
                *added_rows(self.values)]

    def refuse_author(self, reviewer):
        if reviewer.pk == self.author_id or self.contributors.filter(pk=reviewer.pk).exists():
            raise PermissionDenied("Nobody can approve or check a change they wrote.")
        if not ReviewerProfile.objects.filter(user=reviewer).exists():
            # The approval puts the reviewer's name on the page, so it must have one.
            raise ValidationError(
                "Add your name and qualification under “Reviewers' names and qualifications” "
                "before you review a change."
            )

    def lock(self):
        """Read the change again and hold it, so two reviewers cannot both decide it."""
        locked = PendingChange.objects.select_for_update().get(pk=self.pk)
        self.state, self.values, self.kind = locked.state, locked.values, locked.kind
        self.reviewer_id = locked.reviewer_id

    @transaction.atomic
    def approve(self, reviewer):
        """Apply the change to the live item, as the reviewer's approval."""
        self.lock()
        if not self.is_open:
            raise ValidationError("This change is not awaiting review.")
        self.refuse_author(reviewer)
        self.publish(reviewer)
        self.state = self.State.APPROVED
        self.reviewer = reviewer
        self.reviewed_at = timezone.now()
        self.save()

    @transaction.atomic
    def send_back(self, reviewer, comment):
        self.lock()
        if not self.is_open:
            raise ValidationError("This change is not awaiting review.")
        if not comment.strip():
            raise ValidationError("Say what needs to change before sending it back.")
        self.refuse_author(reviewer)
        self.state = self.State.SENT_BACK
        self.comment = comment
        self.save()

    @transaction.atomic
    def publish_urgently(self, reviewer):
        """A reviewer's own correction, live at once and flagged for a second reviewer."""
        if not reviewer.has_perm("conditions.approve_pendingchange"):
            raise PermissionDenied("Only clinical reviewers can publish an urgent correction.")
        if not ReviewerProfile.objects.filter(user=reviewer).exists():
            raise ValidationError(
                "Add your name and qualification under “Reviewers' names and qualifications” "
                "before you publish a correction."
            )
        self.publish(reviewer)
        self.state = self.State.URGENT
        self.reviewed_at = timezone.now()
        self.save()

    @transaction.atomic
    def check_correction(self, reviewer):
        """A second reviewer's retrospective check of an urgent correction."""
        self.lock()
        if self.state != self.State.URGENT:
            raise ValidationError("This change is not an urgent correction awaiting a check.")
        self.refuse_author(reviewer)
        self.state = self.State.CHECKED
        self.reviewer = reviewer
        self.save()

    def publish(self, reviewer):
        live = self.model._default_manager.filter(pk=self.object_id).first()
        if live is None:
            raise ValidationError("This item has been deleted since: nothing to approve.")
        live._history_user = self.saved_by or self.author
        live._change_reason = history_note(self.note or f"Approved by {reviewer}")
        if self.is_deletion:
            # simple-history keeps its last version, so it can be recovered as before.
            close_changes_deleted_with(live, self)
            live.delete()
            return
        old_slug = getattr(live, "slug", None)
        obj = self.proposed(live)
        if hasattr(obj, "reviewer_id") and hasattr(obj, "last_reviewed"):
            # Approval is the clinical review: it renews the page's review dates.
            today = timezone.localdate()
            obj.last_reviewed, obj.next_review_due = today, today + REVIEW_LASTS
            obj.reviewer = reviewer
        obj.save()
        for name, ids in self.proposed_links().items():
            links = getattr(obj, name)
            # An item deleted since the change was proposed is left out, not an error.
            links.set(links.model._default_manager.filter(pk__in=ids))
        for _, rows in new_rows(self.values):
            for row in rows:
                # Checked again: a link added meanwhile may take its place.
                row.full_clean()
                row._history_user, row._change_reason = live._history_user, live._change_reason
                row.save()
        if hasattr(obj, "old_addresses") and old_slug != obj.slug:
            # A condition page that moves keeps its old web address working, once the move is
            # live (not while it awaits review).
            obj.old_addresses.model.objects.remember(old_slug, obj)
