"""How a change awaiting review reads to its reviewer: word by word, in the editors' words."""

import difflib
import re

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from markdownx.models import MarkdownxField

from conditions.markdown import render
from conditions.models.clinical import linked_fields, new_rows, proposed_fields


def history_note(note):
    """An editor's note as the history keeps it: 100 characters at most."""
    note = " ".join(note.split())
    return note if len(note) <= 100 else note[:99] + "…"


def changed_fields(model, current, proposed):
    """Each field `proposed` alters in `current` (both as values_of gives them): its label,
    word-by-word pieces, and for Markdown the new version rendered as readers will see it."""
    rows = []
    for field in [*proposed_fields(model), *linked_fields(model)]:
        if field.name not in proposed or proposed[field.name] == current.get(field.name):
            continue
        old, new = shown(field, current.get(field.name)), shown(field, proposed[field.name])
        if old == new:
            continue
        rows.append({
            "field": field.verbose_name[:1].upper() + field.verbose_name[1:],
            "pieces": word_diff(old, new, PHRASES),
            "html": render(new) if isinstance(field, MarkdownxField) else "",
        })
    return rows


# How word_diff cuts a text: into words and the spaces between them, or (for the review queue)
# into words that keep the space after them, so that a changed phrase reads as one piece.
WORDS = r"\S+|\s+"
PHRASES = r"\S+\s*|\s+"


def word_diff(old, new, pieces_of=WORDS):
    """Two texts as ("same" | "removed" | "added", text) pieces, word by word."""
    old_words, new_words = re.findall(pieces_of, old), re.findall(pieces_of, new)
    pieces = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("same", "".join(old_words[old_start:old_end])))
            continue
        if old_end > old_start:
            pieces.append(("removed", "".join(old_words[old_start:old_end])))
        if new_end > new_start:
            pieces.append(("added", "".join(new_words[new_start:new_end])))
    return pieces


def shown(field, value):
    """A value as an editor reads it: labels rather than codes, names rather than ids."""
    if value is None:
        return ""
    if field.many_to_many:
        linked = field.related_model._default_manager.filter(pk__in=value)
        return ", ".join(str(item) for item in linked)
    if field.many_to_one:
        related = field.related_model._default_manager.filter(
            **{field.target_field.name: value}
        ).first()
        return str(related or value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(field, models.DateTimeField):
        # To the minute, as the admin's form has it.
        return date_format(timezone.localtime(field.to_python(value)), "j F Y, H:i")
    # Browsers send text with CRLF line endings and no final newline: not a change.
    return str(value).replace("\r\n", "\n").strip()


def added_rows(values):
    """The rows a change adds (see clinical.new_rows), each shown whole as added words."""
    return [
        {
            "field": f"New {model._meta.verbose_name}",
            "pieces": [("added", "; ".join(
                shown(field, getattr(row, field.attname)) for field in proposed_fields(model)
            ))],
            "html": "",
        }
        for model, rows in new_rows(values)
        for row in rows
    ]
