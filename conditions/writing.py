"""Writing help: how easy a piece of Markdown is to read, for the content checks after a save and
for the box under the editor's live preview.

Three things, each measured on the text as readers read it (the Markdown rendered, then the tags
taken away): the reading grade, sentences over 25 words, and glossary terms used without a plain
explanation (conditions/models/glossary.py says what counts as one).
"""

import html
import math
import re
from dataclasses import dataclass, field

import textstat
from django.template.loader import render_to_string
from django.utils.html import strip_tags

from conditions.markdown import render
from conditions.models import GlossaryTerm

# The Flesch-Kincaid grade estimates the school grade a reader needs, from sentence length and
# syllables per word. The NHS writes for a reading age of 9 to 11: grade 6 to 7 at most.
HIGHEST_GRADE = 7
LONGEST_SENTENCE = 25
# Below this many words the grade means little (one long word swings it), so none is given.
MEASURED_WORDS = 20
# Enough of a long sentence's start for the editor to find it.
QUOTED_WORDS = 8
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def plain_text(rendered_html):
    """What a reader reads: each list item, paragraph or heading a sentence of its own."""
    text = re.sub(r"</(li|p|h\d)>", ".\n", rendered_html)
    text = html.unescape(strip_tags(text))
    # A list item that already ends a sentence must not count as two.
    return re.sub(r"([.!?:])\.", r"\1", text)


def words(sentence):
    return [word for word in sentence.split() if re.search(r"\w", word)]


def reading_grade(text):
    """The Flesch-Kincaid grade of plain text, as a whole school grade: the measure is not
    precise enough for its decimals to mean anything to an editor."""
    return math.floor(textstat.flesch_kincaid_grade(text) + 0.5)


def long_sentences(text):
    """The start of each sentence over LONGEST_SENTENCE words, as the editor wrote it."""
    starts = []
    for sentence in SENTENCE_END.split(text):
        found = words(sentence)
        if len(found) > LONGEST_SENTENCE:
            starts.append((len(found), " ".join(found[:QUOTED_WORDS]) + " …"))
    return starts


@dataclass
class WritingHelp:
    """How one Markdown field reads."""

    # None: too short to measure.
    grade: int | None
    long_sentences: list = field(default_factory=list)
    unexplained: list = field(default_factory=list)

    @classmethod
    def of(cls, markdown_text, rendered_html=None, glossary=None, title=""):
        """`glossary`: the GlossaryTerm QuerySet to check against. Pass the same one for each
        field of an item, and the glossary is read once (a QuerySet keeps its rows).
        `title`: the title of the page the text is on; its terms need no explaining."""
        if glossary is None:
            glossary = GlossaryTerm.objects.all()
        text = plain_text(render(markdown_text) if rendered_html is None else rendered_html)
        return cls(
            grade=reading_grade(text) if len(words(text)) >= MEASURED_WORDS else None,
            long_sentences=long_sentences(text),
            unexplained=glossary.unexplained_in(text, title),
        )

    @property
    def too_hard(self):
        return self.grade is not None and self.grade > HIGHEST_GRADE

    @property
    def is_fine(self):
        return not (self.too_hard or self.long_sentences or self.unexplained)

    def notes(self):
        """Each problem as a sentence for the editor."""
        notes = []
        if self.too_hard:
            notes.append(
                f"reads at grade {self.grade}. Aim for grade {HIGHEST_GRADE} or below: use "
                "shorter sentences and everyday words."
            )
        for count, start in self.long_sentences:
            notes.append(
                f"a sentence has {count} words (“{start}”). Keep sentences to "
                f"{LONGEST_SENTENCE} words or fewer: split it."
            )
        for term in self.unexplained:
            notes.append(
                f"uses “{term.term}” without saying what it means. Explain it in brackets, for "
                f"example “{term.term} ({term.explanation})”."
            )
        return notes

    def warnings(self, label):
        return [f"{label}: {note}" for note in self.notes()]


def preview(text, title=""):
    """The live preview: the field as readers will see it, then the writing help box.

    The sanitised HTML is the same as a save stores; the box comes from a template, so
    everything in it is escaped. `title`: the title of the page being edited, if it has one.
    """
    rendered = render(text)
    help_box = render_to_string(
        "admin/conditions/writing_help.html",
        {"help": WritingHelp.of(text, rendered, title=title)},
    )
    return rendered + help_box
