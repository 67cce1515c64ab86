"""An approved deletion closes the changes still waiting on what it deletes: the item, and the
rows deleted with it (a condition's or an area's explorer rows, say). Nobody could act on them,
so they leave the reviewers' queue, each saying why."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import router
from django.db.models.deletion import Collector
from django.utils import timezone


def close_changes_deleted_with(obj, deletion):
    """Close the open changes on `obj` and on every row deleting `obj` deletes too; call it in
    the deletion's transaction, before `obj` is deleted."""
    collector = Collector(using=router.db_for_write(type(obj)))
    collector.collect([obj])
    deleted = {model: {row.pk for row in rows} for model, rows in collector.data.items()}
    for rows in collector.fast_deletes:
        deleted.setdefault(rows.model, set()).update(rows.values_list("pk", flat=True))
    comment = (f"Closed without a decision: deleted along with “{obj}” when a reviewer "
               "approved that deletion.")
    for model, pks in deleted.items():
        type(deletion).objects.open().filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=pks
        ).exclude(pk=deletion.pk).update(
            state=type(deletion).State.CLOSED, comment=comment, updated=timezone.now()
        )


def deleted_name(model, pk):
    """The name of an item deleted since, from its history."""
    last = model.history.filter(**{model._meta.pk.attname: pk}).first()
    try:
        return str(last.instance) if last is not None else f"#{pk} (deleted)"
    except ObjectDoesNotExist:
        # Its name needs an item deleted with it (an explorer row's area, say).
        return f"{model._meta.verbose_name} #{pk} (deleted)"
