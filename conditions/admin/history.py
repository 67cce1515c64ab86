"""Every content item's revision history: the list, the compare view, restoring a version and
bringing back a deleted item. Word-level differences for the compare view are made here too."""

import difflib

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import router, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME
from simple_history.utils import get_m2m_reverse_field_name

from conditions.diff import word_diff

# Unchanged stretches of a long text are cut down to this many lines either side of a change.
DIFF_CONTEXT = 1
# A changed line is shown word by word when at least this share of its words is kept;
# below it, the old line and the new one are shown whole, which reads better.
WORD_DIFF_SIMILARITY = 0.6


def similar(old, new):
    matcher = difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False)
    return matcher.ratio() >= WORD_DIFF_SIMILARITY


def changed_lines(old_lines, new_lines):
    """A block of replaced lines: pairs of similar lines word by word, the rest whole."""
    lines = []
    for old, new in zip(old_lines, new_lines, strict=False):
        if similar(old, new):
            lines.append(("changed", word_diff(old, new)))
        else:
            lines += [("removed", old), ("added", new)]
    paired = min(len(old_lines), len(new_lines))
    lines += [("removed", line) for line in old_lines[paired:]]
    lines += [("added", line) for line in new_lines[paired:]]
    return lines


def line_diff(old, new):
    """The lines of two texts as ("same" | "removed" | "added" | "gap", line) pairs, and
    ("changed", pieces) for a line edited word by word (see word_diff)."""
    old_lines, new_lines = str(old or "").splitlines(), str(new or "").splitlines()
    lines = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            same = old_lines[old_start:old_end]
            if len(same) > 2 * DIFF_CONTEXT + 1:
                head = same[:DIFF_CONTEXT] if lines else []
                tail = same[-DIFF_CONTEXT:] if new_end < len(new_lines) else []
                same = [*head, None, *tail]
            lines += [("gap", "…") if line is None else ("same", line) for line in same]
            continue
        lines += changed_lines(old_lines[old_start:old_end], new_lines[new_start:new_end])
    return lines


def when(record):
    return date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT")


def linked_names(field, rows):
    """The items a version linked to through a many-to-many field, by name, one a line."""
    target = get_m2m_reverse_field_name(field)
    ids = [row[target] for row in rows]
    names = {item.pk: str(item) for item in field.related_model._base_manager.filter(pk__in=ids)}
    deleted = f"A deleted {field.related_model._meta.verbose_name}"
    return "\n".join(sorted(names.get(pk, deleted) for pk in ids))


class VersionLinks:
    """Part of the form for an earlier version: its links as they were in that version."""

    version_links = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.update(self.version_links)


class RevisionHistory(SimpleHistoryAdmin):
    object_history_list_template = "admin/conditions/history_list.html"
    object_history_form_template = "admin/conditions/history_form.html"
    object_history_template = "admin/conditions/object_history.html"
    # Whether deleted items can be brought back from their history.
    recoverable = False

    def url_name(self, view):
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def admin_url(self, view, *args):
        return reverse(f"admin:{self.url_name(view)}", args=args)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        urls = [
            path("<path:object_id>/history/compare/", wrap(self.compare_view),
                 name=self.url_name("compare")),
        ]
        if self.recoverable:
            urls += [
                path("recover/", wrap(self.recover_list_view), name=self.url_name("recover_list")),
                path("recover/<int:history_id>/", wrap(self.recover_view),
                     name=self.url_name("recover")),
            ]
        # Before the history and change URLs, which would read "compare" as an id.
        return urls + super().get_urls()

    def related_history(self, pk):
        """What else the item's history tells (a condition's references and warning-sign
        links, for example), with .changes() and .differences(); models add to this."""
        return None

    def history_view(self, request, object_id, extra_context=None):
        related = self.related_history(self.history_pk(object_id))
        if related is not None:
            extra_context = {**(extra_context or {}), "related_changes": related.changes()}
        return super().history_view(request, object_id, extra_context)

    def shown(self, change):
        """A field's two values as text; for links, the items linked, by name, one a line."""
        field = self.opts.get_field(change.field)
        if not field.many_to_many:
            return change.old, change.new
        return linked_names(field, change.old), linked_names(field, change.new)

    def history_view_title(self, request, obj):
        return f"History of {obj}"

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return f"An earlier version of {obj}"
        return f"Restore an earlier version of {obj}"

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        version = getattr(obj, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if version is None or not version._history_m2m_fields:
            return form
        # A version opened from the history shows, and restores, the links it had then.
        links = {
            field.name: list(getattr(version, field.name).values_list(
                get_m2m_reverse_field_name(field), flat=True
            ))
            for field in version._history_m2m_fields
        }
        return type(form.__name__, (VersionLinks, form), {"version_links": links})

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        record = self.history_records(object_id).filter(history_id=version_id).first()
        if record is not None:
            extra_context = {**(extra_context or {}), "version": record,
                             "version_when": when(record)}
        # The conflict check locks the row until the restore commits.
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def history_pk(self, object_id):
        try:
            return self.opts.pk.to_python(unquote(object_id))
        except ValidationError as error:
            # An address typed by hand ("…/abc/history/compare/"): not found, not a crash.
            raise Http404 from error

    def history_records(self, object_id):
        return self.model.history.filter(**{self.opts.pk.attname: self.history_pk(object_id)})

    @staticmethod
    def _history_id(value):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    def compare_view(self, request, object_id):
        """The differences between any two revisions of one item, field by field."""
        records = self.history_records(object_id)
        chosen = records.filter(
            history_id__in=[self._history_id(request.GET.get(key)) for key in ("from", "to")]
        ).order_by("history_date", "history_id")
        latest = records.first()
        if latest is None:
            raise Http404
        if not self.has_view_history_or_change_history_permission(request, latest.instance):
            raise PermissionDenied
        history_url = self.admin_url("history", object_id)
        if len(chosen) != 2:
            self.message_user(request, "Choose two different versions to compare.", messages.ERROR)
            return redirect(history_url)
        older, newer = chosen
        changes = [
            {
                "field": capfirst(self.opts.get_field(change.field).verbose_name),
                "lines": line_diff(*self.shown(change)),
            }
            for change in newer.diff_against(older).changes
        ]
        related, related_changes = self.related_history(getattr(latest, self.opts.pk.attname)), []
        if related is not None:
            # The newest version stands for the page as it is now, with the references and
            # links changed since it was saved; an older one, for the moment it was saved.
            until = timezone.now() if newer.history_id == latest.history_id else newer.history_date
            changes += related.differences(older.history_date, until)
            related_changes = related.changes(after=older.history_date, until=until)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Changes to {latest.instance}",
            "opts": self.opts,
            "object": latest.instance,
            "older": older,
            "newer": newer,
            "older_when": when(older),
            "newer_when": when(newer),
            "changes": changes,
            "related_changes": related_changes,
            "history_url": history_url,
        }
        return TemplateResponse(request, "admin/conditions/compare.html", context)

    def deleted_records(self):
        """The last record of each deleted item that has not been brought back."""
        existing = self.model._default_manager.values("pk")
        records = self.model.history.filter(history_type="-").exclude(
            **{f"{self.opts.pk.attname}__in": existing}
        )
        latest = {}
        for record in records.order_by("-history_date").select_related("history_user"):
            latest.setdefault(getattr(record, self.opts.pk.attname), record)
        return list(latest.values())

    def recover_list_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"Recover deleted {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "records": [(record, when(record)) for record in self.deleted_records()],
        }
        return TemplateResponse(request, "admin/conditions/recover_list.html", context)

    def recover_view(self, request, history_id):
        if not self.has_add_permission(request):
            raise PermissionDenied
        record = next((r for r in self.deleted_records() if r.history_id == history_id), None)
        if record is None:
            raise Http404
        if request.method != "POST":
            return redirect(self.admin_url("recover_list"))
        obj = record.instance
        try:
            obj.full_clean()
        except ValidationError as error:
            for message in error.messages:
                self.message_user(request, f"{obj} cannot be brought back: {message}",
                                  messages.ERROR)
            return redirect(self.admin_url("recover_list"))
        obj._history_user = request.user
        obj._change_reason = f"Brought back after it was deleted on {when(record)}"
        with transaction.atomic(using=router.db_for_write(self.model)):
            self.save_recovered(request, obj)
            self.recover_related(request, obj)
        self.log_addition(request, obj, [{"added": {}}])
        self.message_user(request, f"{capfirst(self.opts.verbose_name)} “{obj}” is back, "
                          "as it was when it was deleted.", messages.SUCCESS)
        return redirect(self.admin_url("change", obj.pk))

    def save_recovered(self, request, obj):
        """Clinical content overrides this (conditions/admin/review.py): it comes back hidden."""
        obj.save()

    def recover_related(self, request, obj):
        """Bring back what was deleted along with `obj`; models add to this."""
