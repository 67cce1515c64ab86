"""Admin forms that stop one editor silently overwriting another's work."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html


class EditConflictForm(forms.ModelForm):
    """Refuses a save if someone else saved the same item after this form was opened.

    The form carries the item's `updated` time as it was when the editor opened it. A refused
    form comes back with the editor's text still in it, so nothing typed is lost.
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and not self.is_bound:
            # Read from the table, not the instance: a revision being restored carries the
            # time of that old revision, and restoring it is an edit of the current one.
            self.initial["opened_version"] = self.saved_version()

    def saved_version(self, lock=False):
        rows = type(self.instance)._default_manager.filter(pk=self.instance.pk)
        if lock and transaction.get_connection(rows.db).in_atomic_block:
            # Hold the row until this save commits, so two saves cannot both pass the check.
            rows = rows.select_for_update()
        updated = rows.values_list("updated", flat=True).first()
        return updated.isoformat() if updated else ""

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None:
            return cleaned_data
        saved = self.saved_version(lock=True)
        if saved and cleaned_data.get("opened_version") != saved:
            raise ValidationError(self.conflict_message(), code="edit_conflict")
        return cleaned_data

    def last_save(self):
        """Who saved the item last, and when (either may be None)."""
        opts = self.instance._meta
        history = type(self.instance).history
        latest = history.filter(**{opts.pk.attname: self.instance.pk}).first()
        if latest is None:
            return None, None
        return latest.history_user, latest.history_date

    def conflict_message(self):
        opts = self.instance._meta
        user, saved = self.last_save()
        who, when = "someone else", ""
        if user is not None:
            who = user.get_full_name() or user.get_username()
        if saved is not None:
            when = " at " + date_format(timezone.localtime(saved), "j F Y, H:i")
        newer = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.instance.pk])
        return format_html(
            "This {} was saved by {}{} after you opened it, so your changes have not been saved. "
            "They are still in the form below: copy what you need, then open "
            '<a href="{}" target="_blank">the newer version</a> in a new tab and make your '
            "changes there.",
            opts.verbose_name, who, when, newer,
        )
