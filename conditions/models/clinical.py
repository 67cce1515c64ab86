"""What counts as clinical content, and how an item's values are kept while they await review.

Generic over each model's editable fields, so it follows the models as they change.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder


class ExactJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder, keeping times to the microsecond: it cuts them to milliseconds, so an
    approved change would move every saved time a little, a change in the history nobody made."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


def clinical_models():
    """The content an editor's save cannot change without a reviewer's approval."""
    from conditions.models import (
        Area,
        CareAdvice,
        Condition,
        ConditionArea,
        ConditionFactor,
        Factor,
        SiteText,
        WarningSign,
    )

    return [
        Condition, WarningSign, CareAdvice, SiteText, Area, Factor, ConditionArea, ConditionFactor,
    ]


def needs_review(model):
    return model in clinical_models()


def proposed_fields(model):
    return [f for f in model._meta.concrete_fields if f.editable and not f.primary_key]


def linked_fields(model):
    return [f for f in model._meta.many_to_many if f.editable]


def values_of(obj, form=None):
    """Every editable value of `obj` (and its many-to-many links) as plain JSON."""
    values = {f.name: f.value_from_object(obj) for f in proposed_fields(type(obj))}
    for field in linked_fields(type(obj)):
        if form is not None and field.name in form.cleaned_data:
            chosen = form.cleaned_data[field.name]
            values[field.name] = sorted(item.pk for item in chosen)
        elif obj.pk is not None:
            values[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))
    return json.loads(json.dumps(values, cls=ExactJSONEncoder))


# Rows an editor adds in a table on another item's form (a condition's explorer areas) have
# no state of their own in which readers cannot see them: they wait in that item's change,
# under "+" and their model's name, and are made when it is approved.
NEW_ROWS = "+"


def new_rows(values):
    """(model, [unsaved instance, ...]) for each kind of row a change adds."""
    from django.apps import apps

    for key, rows in values.items():
        if key.startswith(NEW_ROWS):
            model = apps.get_model("conditions", key.removeprefix(NEW_ROWS))
            yield model, [row_from(model, row) for row in rows]


def row_from(model, row):
    instance = model()
    for field in proposed_fields(model):
        if field.name in row:
            setattr(instance, field.attname, field.to_python(row[field.name]))
    return instance
