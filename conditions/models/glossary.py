"""The glossary: medical words the writing help asks editors to explain in plain English.

It helps editors write; readers never see it, so it is not clinical content: a change to it
needs no sign-off and leaves the published pages alone.

The rule, for each Markdown field on its own (readers may jump straight to any section): a term
is explained if, at least once in that field, the words around it say what it is:
- in brackets, after it or around it: “tendinopathy (a sore, weak tendon)”, “thigh bone (femur)”;
- as a definition: “Tendinopathy is …”, “… means …”, “An MRI scan uses …”, “This layer is
  cartilage.”, “… is called sciatica”, or in the next sentence: “… the femoral neck. This is …”;
- after a comma or by example: “the hip flexors, the muscles that …”, “an anti-inflammatory
  painkiller, such as ibuprofen”.
On a condition, the words of its title need no explaining in each section: the whole page is
about them, and its overview explains them.
"""

import re

from django.db import models
from django.db.models.functions import Lower

# What may come straight after, or straight before, a term for it to count as explained (see the
# rule above).
EXPLAINED_AFTER = re.compile(
    r"\s*\("
    r"|,\s+(the|a|an|which)\b"
    r"|\s+(is|are|means|uses)\b"
    r"|(\s+\w+){0,2},?\s+(such as|like|for example)\b"
    r"|[.:]\s+(this|these|it|they)\s+(is|are|means|uses)\b",
    re.IGNORECASE,
)
EXPLAINED_BEFORE = re.compile(r"\([^()]*$|\b(is|are|called|named|known as)\s+$", re.IGNORECASE)


class GlossaryQuerySet(models.QuerySet):
    def unexplained_in(self, text, title=""):
        """The terms `text` (plain text, as readers read it) uses without explaining them, but
        for those in the `title` of the page it is on."""
        return [
            term for term in self
            if term.used_in(text) and not term.explained_in(text) and not term.used_in(title)
        ]


class GlossaryTerm(models.Model):
    term = models.CharField(
        max_length=80,
        help_text="The medical word or phrase, for example “tendinopathy”. Capital letters do "
        "not matter, and plurals ending in “s” or “es” are found too.",
    )
    other_forms = models.TextField(
        blank=True,
        help_text="Other forms and spellings to look for, one per line, for example “bursae” "
        "for “bursa”, or “tendonitis” for “tendinitis”.",
    )
    explanation = models.CharField(
        "plain explanation",
        max_length=200,
        help_text="What it means in everyday words, short enough to put in brackets after the "
        "term, for example “a sore, weak tendon”. The writing help suggests it to editors "
        "who use the term without explaining it.",
    )

    objects = GlossaryQuerySet.as_manager()

    class Meta:
        ordering = [Lower("term")]
        verbose_name = "glossary term"
        constraints = [
            models.UniqueConstraint(
                Lower("term"), name="glossary_term_unique",
                violation_error_message="This term is already in the glossary.",
            ),
            models.CheckConstraint(
                condition=~models.Q(term="") & ~models.Q(explanation=""),
                name="glossary_term_and_explanation_not_empty",
            ),
        ]

    def __str__(self):
        return self.term

    @property
    def forms(self):
        lines = [self.term, *self.other_forms.splitlines()]
        return [line.strip() for line in lines if line.strip()]

    def pattern(self):
        # Longest first, so “femoral neck stress fracture” wins over “stress fracture”.
        forms = sorted(self.forms, key=len, reverse=True)
        alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?:e?s)?(?![\w-])", re.IGNORECASE)

    def used_in(self, text):
        return self.pattern().search(text) is not None

    def explained_in(self, text):
        return any(
            EXPLAINED_AFTER.match(text, found.end())
            or EXPLAINED_BEFORE.search(text, 0, found.start())
            for found in self.pattern().finditer(text)
        )
