"""Admin forms that stop one editor silently overwriting another's work."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst


class EditConflictForm(forms.ModelForm):
    """Refuses a save if someone else saved the same item after this form was opened.

    The form carries the item's `updated` time as it was when the editor opened it. A refused
    form comes back with the editor's text still in it, so nothing typed is lost.
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)
    # simple_history keeps up to 100 characters of a change's reason.
    change_reason = forms.CharField(
        label="Why are you changing this?",
        required=False,
        max_length=100,
        help_text="Optional, a few words for the history, for example “Clearer advice on ice "
        "after the annual review”.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self.data = self.with_plain_line_endings(self.data)
        for field in self.fields.values():
            # A date and a time share one label, which names neither box.
            parts = getattr(field.widget, "widgets", [])
            if len(parts) == 2:
                parts[0].attrs["aria-label"] = f"{capfirst(field.label)}: date"
                parts[1].attrs["aria-label"] = f"{capfirst(field.label)}: time"
        if self.instance.pk is not None and not self.is_bound:
            # Read from the table, not the instance: a revision being restored carries the
            # time of that old revision, and restoring it is an edit of the current one.
            self.initial["opened_version"] = self.saved_version()

    @cached_property
    def changed_data(self):
        # The form's own fields are about the save, not the item: never "Changed opened_version".
        return [name for name in super().changed_data
                if name not in {"opened_version", "change_reason"}]

    @staticmethod
    def with_plain_line_endings(data):
        """Browsers send text boxes with Windows line endings (\r\n) and the database keeps
        \n: without this, a save that changed nothing would mark every long text as changed,
        in the history and in the admin's "changed fields"."""
        data = data.copy()
        for name, values in data.lists():
            if any(isinstance(value, str) and "\r" in value for value in values):
                data.setlist(name, [
                    value.replace("\r\n", "\n").replace("\r", "\n")
                    if isinstance(value, str) else value
                    for value in values
                ])
        return data

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
        self.keep_saved_fractions_of_a_second(cleaned_data)
        saved = self.saved_version(lock=True)
        if saved and cleaned_data.get("opened_version") != saved:
            raise ValidationError(self.conflict_message(), code="edit_conflict")
        return cleaned_data

    def keep_saved_fractions_of_a_second(self, cleaned_data):
        """The admin shows times to the second: a time sent back unchanged keeps the saved
        fraction of a second, so the history does not record a change nobody made."""
        for name, value in cleaned_data.items():
            saved = getattr(self.instance, name, None) if name in self.fields else None
            if (isinstance(value, datetime.datetime) and isinstance(saved, datetime.datetime)
                    and saved.replace(microsecond=0) == value):
                cleaned_data[name] = saved

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
            when = " at " + date_format(timezone.localtime(saved), "DATETIME_FORMAT")
        newer = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.instance.pk])
        return format_html(
            "This {} was saved by {}{} after you opened it, so your changes have not been saved. "
            "They are still in the form below: copy what you need, then open "
            '<a href="{}" target="_blank">the newer version</a> in a new tab and make your '
            "changes there.",
            opts.verbose_name, who, when, newer,
        )


def label_fields(form, row):
    """Name every input of a table row for screen readers ("Position: Sciatica"): a table's
    column heading is no label, and unnamed inputs fail WCAG 2.2 (axe's "label" rule)."""
    for name, field in form.fields.items():
        label = "Delete" if name == "DELETE" else capfirst(field.label or name)
        # A related item's select comes wrapped with its add and change links, and the wrapper's
        # attrs are shared by every row: name this row's select itself.
        widget = getattr(field.widget, "widget", field.widget)
        for part in getattr(widget, "widgets", [widget]):
            part.attrs.setdefault("aria-label", f"{label}: {row}")


def labelled_rows(formset_class):
    """`formset_class`, with every row's inputs named after the row's item."""

    class LabelledRows(formset_class):
        def add_fields(self, form, index):
            super().add_fields(form, index)
            opts = form._meta.model._meta
            row = form.instance if form.instance.pk else f"new {opts.verbose_name}"
            label_fields(form, row)

    return LabelledRows
