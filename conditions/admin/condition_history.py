"""A condition's history also tells what happened to its references and to the warning signs
that point to it. Both live in other tables with histories of their own (a reference's, and a
warning sign's, which keeps the conditions the sign pointed to in each version); this reads
them for one condition.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.forms.models import BaseInlineFormSet
from django.utils.text import capfirst

from conditions.admin.history import line_diff
from conditions.admin.history import when as written
from conditions.models import Reference, WarningSign

SIGN_VERSIONS = WarningSign.history.model
# One row per condition a sign pointed to, in each version of the sign.
POINTED_TO = SIGN_VERSIONS.conditions.model


@dataclass
class RelatedChange:
    """One reference added, changed or removed, or one warning sign linked or unlinked."""

    record: object
    action: str
    item: str
    fields: list = field(default_factory=list)

    @property
    def date(self):
        return self.record.history_date

    @property
    def when(self):
        return written(self.record)

    @property
    def who(self):
        return self.record.history_user

    @property
    def note(self):
        return self.record.history_change_reason or ""


def reference_line(record):
    return f"{record.title} ({record.publisher}) {record.url}"


class RelatedHistory:
    """The history of one condition's references and warning-sign links."""

    REFERENCE_ACTIONS = {"+": "Reference added", "~": "Reference changed", "-": "Reference removed"}

    def __init__(self, condition_id):
        records = (
            Reference.history.filter(condition_id=condition_id)
            .select_related("history_user").order_by("history_date", "history_id")
        )
        # Left out: references removed by the content's set-up without a record, as if
        # never there (otherwise they would stay in every version after).
        self.references = list(records.filter(
            Q(id__in=Reference.objects.values("id"))
            | Q(id__in=records.filter(history_type="-").values("id"))
        ))
        self.sign_versions = list(
            SIGN_VERSIONS.objects.filter(
                id__in=POINTED_TO.objects.filter(condition_id=condition_id).values("warningsign_id")
            )
            .annotate(points_here=Exists(POINTED_TO.objects.filter(
                history_id=OuterRef("history_id"), condition_id=condition_id
            )))
            .select_related("history_user").order_by("history_date", "history_id")
        )

    def reference_changes(self):
        before = {}
        for record in self.references:
            action, fields = self.REFERENCE_ACTIONS[record.history_type], []
            if record.history_type == "~" and record.id not in before:
                # Its first record: references written before their history began have no "+".
                action = self.REFERENCE_ACTIONS["+"]
            elif record.history_type == "~":
                changed = record.diff_against(before[record.id]).changed_fields
                fields = [capfirst(Reference._meta.get_field(name).verbose_name)
                          for name in changed]
                if not fields:  # saved again unchanged
                    continue
            before[record.id] = record
            yield RelatedChange(record, action, reference_line(record), fields)

    def link_changes(self):
        pointed = {}
        for version in self.sign_versions:
            if version.points_here != pointed.get(version.id, False):
                if version.points_here:
                    action = "Warning sign linked"
                elif version.history_type == "-":
                    action = "Warning sign deleted"
                else:
                    action = "Warning sign unlinked"
                yield RelatedChange(version, action, version.sign)
            pointed[version.id] = version.points_here

    def changes(self, after=None, until=None):
        """Every change, newest first; or those after one moment until another."""
        found = [*self.reference_changes(), *self.link_changes()]
        found = [
            change for change in found
            if (after is None or change.date > after) and (until is None or change.date <= until)
        ]
        return sorted(found, key=lambda change: change.date, reverse=True)

    @staticmethod
    def latest_until(records, moment):
        latest = {}
        for record in records:
            if moment is None or record.history_date <= moment:
                latest[record.id] = record
        return list(latest.values())

    def reference_lines(self, moment):
        kept = [r for r in self.latest_until(self.references, moment) if r.history_type != "-"]
        kept.sort(key=lambda record: (record.order, record.id))
        return "\n".join(reference_line(record) for record in kept)

    def sign_lines(self, moment):
        signs = [v.sign for v in self.latest_until(self.sign_versions, moment) if v.points_here]
        return "\n".join(sorted(signs))

    def differences(self, older, until):
        """The references and linked signs of two versions, as the compare view shows fields."""
        rows = [
            ("References", self.reference_lines(older), self.reference_lines(until)),
            ("Warning signs that point to this condition",
             self.sign_lines(older), self.sign_lines(until)),
        ]
        return [{"field": name, "lines": line_diff(old, new)} for name, old, new in rows
                if old != new]


class LinkThroughTheSign(BaseInlineFormSet):
    """Warning signs linked or unlinked on a condition's page go through the sign's own list of
    conditions, as on the sign's page, so the sign's history records them (and who did it)."""

    def sign(self, form, sign):
        sign._change_reason = getattr(form.instance, "_change_reason", "")
        return sign

    def save_new(self, form, commit=True):
        link = form.save(commit=False)
        self.sign(form, link.warningsign).conditions.add(self.instance)
        return link

    def save_existing(self, form, obj, commit=True):
        link = form.save(commit=False)
        before = WarningSign.objects.get(pk=form.initial["warningsign"])
        self.sign(form, before).conditions.remove(self.instance)
        self.sign(form, link.warningsign).conditions.add(self.instance)
        return link

    def delete_existing(self, obj, commit=True):
        form = next(form for form in self.deleted_forms if form.instance is obj)
        self.sign(form, obj.warningsign).conditions.remove(self.instance)
